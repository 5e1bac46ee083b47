// Encoding detection and decoding: BOMs, <meta charset>, strict UTF-8, detected legacy encodings,
// UTF-16 without BOM, user overrides, and binary refusal.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { canonicalEncoding, decodeBytes, DETECTION_SAMPLE_BYTES, detectionSample, sniffMetaCharset } from '../../../src-main/import/decode';
import { parseArticleFile } from '../../../src-main/import/index';

const RU =
  'Президент Азербайджана Ильхам Алиев сегодня находился в России, где встретился с российским президентом ' +
  'Владимиром Путиным. В ходе встречи стороны подписали декларацию о союзническом взаимодействии, которая ' +
  'охватывает широкий круг вопросов: от торговли до гуманитарного сотрудничества.';
const EN =
  'The naïve café owner said “hello” — and the résumé was déjà vu for the señor. Prices rose 16% last year, ' +
  'according to the agency’s report on trade; the façade of the Zürich office was repainted in crème brûlée.';
const EN_LATIN1 = EN.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/—/g, '-');

const bytes = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

describe('decodeBytes: detection without a BOM', () => {
  const cases: [string, string, string][] = [
    ['windows-1251', RU, 'windows-1251'],
    ['koi8-r', RU, 'koi8-r'],
    ['ibm866', RU, 'ibm866'],
    ['windows-1252', EN, 'windows-1252'],
    ['iso-8859-1', EN_LATIN1, 'windows-1252'],
    ['utf-16le', RU, 'utf-16le'],
    ['utf-16be', RU, 'utf-16be'],
    ['utf-16le', EN, 'utf-16le'],
    ['utf-16be', EN, 'utf-16be'],
    ['utf-8', RU, 'utf-8'],
    ['utf-8', EN, 'utf-8'],
  ];
  it.each(cases)('decodes %s text correctly', (encoding, text, label) => {
    const r = decodeBytes(bytes(text, encoding));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toBe(text);
    expect(r.value.encoding).toBe(label);
  });

  it('decodes a longer multi-line Russian text in each Cyrillic encoding', () => {
    const text = `${RU}\n\n${RU.split('').reverse().join('')}\n`;
    for (const enc of ['windows-1251', 'koi8-r', 'ibm866']) {
      const r = decodeBytes(bytes(text, enc));
      expect(r.ok && r.value.text).toBe(text);
    }
  });
});

// Short texts (100 characters and up, the floor) made of our own news sentences in random order,
// with Latin names, figures and quotation marks mixed in: every one decodes exactly in each encoding.
describe('decodeBytes: many short texts in each encoding', () => {
  const RUSSIAN = [
    'Президент провёл переговоры с делегацией соседней страны.',
    'Стороны обсудили торговлю, транспорт и вопросы безопасности в регионе.',
    'По словам министра, соглашение будет подписано до конца года.',
    'Эксперты считают, что рост цен на энергоносители замедлится.',
    'Объём товарооборота за девять месяцев вырос на 12 процентов.',
    'Представитель ведомства отказался комментировать эти сообщения.',
    'Власти региона ввели режим чрезвычайной ситуации из-за паводка.',
    'Центральный банк сохранил ключевую ставку на прежнем уровне.',
    'Шествие прошло спокойно, сообщает пресс-служба полиции.',
    'Встреча прошла в Baku Expo Center, сообщает Reuters.',
    'Курс USD/RUB составил 92,5 на торгах Московской биржи (MOEX).',
    '«Мы готовы к диалогу», — заявил Ещё один участник.',
  ];
  const WESTERN = [
    'Le président a rencontré son homologue pour évoquer la coopération énergétique.',
    'Die Regierung prüft nach Angaben des Ministeriums neue Maßnahmen gegen die Inflation.',
    'El ministro señaló que la reunión fue «muy productiva» y que habrá más encuentros.',
    'The talks, held at the Hôtel de Ville, lasted three hours.',
    'Über die Höhe der Zölle wurde bislang keine Einigung erzielt, hieß es aus Brüssel.',
    'La economía creció un 2,5 % en el tercer trimestre, según el instituto.',
    'Officials in Brussels declined to comment on the report.',
    'Trade between the two countries reached 4.1 billion euros last year.',
  ];
  const textOf = (pool: readonly string[]) =>
    fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 12 }).map((picks) => {
      let text = '';
      for (let i = 0; text.length < 100; i++) text += (text ? ' ' : '') + pool[picks[i % picks.length]!]!;
      return text;
    });
  const cases: [string, readonly string[], string][] = [
    ['windows-1251', RUSSIAN, 'windows-1251'],
    ['koi8-r', RUSSIAN, 'koi8-r'],
    ['ibm866', RUSSIAN, 'ibm866'],
    ['windows-1252', WESTERN, 'windows-1252'],
    ['iso-8859-1', WESTERN, 'windows-1252'],
    ['utf-16le', RUSSIAN, 'utf-16le'],
    ['utf-16be', RUSSIAN, 'utf-16be'],
    ['utf-16le', WESTERN, 'utf-16le'],
  ];
  it.each(cases)('decodes random %s texts exactly', (encoding, pool, label) => {
    // Only sentences the encoding can hold (KOI8-R and IBM866 have no « » or —).
    const representable = pool.filter((s) => iconv.decode(iconv.encode(s, encoding), encoding) === s);
    expect(representable.length).toBeGreaterThanOrEqual(6);
    fc.assert(
      fc.property(textOf(representable), (text) => {
        const r = decodeBytes(bytes(text, encoding));
        expect(r.ok && r.value.text).toBe(text);
        // An 8-bit text that is all ASCII is valid UTF-8 and reads the same either way.
        const ascii = !label.startsWith('utf-16') && /^[\x00-\x7f]*$/.test(text);
        expect(r.ok && r.value.encoding).toBe(ascii ? 'utf-8' : label);
      }),
      { numRuns: 60 },
    );
  });
});

describe('decodeBytes: byte order marks', () => {
  it.each([
    ['utf-8', [0xef, 0xbb, 0xbf]],
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ])('uses and strips a %s BOM', (encoding, bom) => {
    for (const text of [RU, EN, 'Hi']) {
      const body = bytes(text, encoding);
      const withBom = new Uint8Array([...bom, ...body]);
      const r = decodeBytes(withBom);
      expect(r.ok && r.value).toEqual({ text, encoding });
    }
  });
});

describe('decodeBytes: HTML meta charset and overrides', () => {
  it('follows <meta charset> in HTML', () => {
    const html = `<html><head><meta charset="windows-1251"><title>т</title></head><body><p>${RU}</p></body></html>`;
    const r = decodeBytes(bytes(html, 'windows-1251'), { html: true });
    expect(r.ok && r.value.encoding).toBe('windows-1251');
    expect(r.ok && r.value.text).toContain(RU);
  });

  it('follows http-equiv Content-Type charset and maps iso-8859-1 to windows-1252', () => {
    const html = `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>${EN_LATIN1}</p>`;
    expect(sniffMetaCharset(bytes(html, 'latin1'))).toBe('ISO-8859-1');
    const r = decodeBytes(bytes(html, 'latin1'), { html: true });
    expect(r.ok && r.value.encoding).toBe('windows-1252');
    expect(r.ok && r.value.text).toContain(EN_LATIN1);
  });

  it('detects instead of trusting a utf-8 declaration that the bytes contradict', () => {
    const html = `<meta charset="utf-8"><p>${RU}</p>`;
    const r = decodeBytes(bytes(html, 'koi8-r'), { html: true });
    expect(r.ok && r.value.encoding).toBe('koi8-r');
  });

  it('lets a user-chosen encoding override detection', () => {
    const r = decodeBytes(bytes(RU, 'windows-1251'), { encoding: 'KOI8-R' });
    expect(r.ok && r.value.encoding).toBe('koi8-r');
    expect(r.ok && r.value.text).not.toBe(RU);
    const right = decodeBytes(bytes(RU, 'windows-1251'), { encoding: 'cp1251' });
    expect(right.ok && right.value).toEqual({ text: RU, encoding: 'windows-1251' });
  });

  it('refuses an unknown user-chosen encoding', () => {
    const r = decodeBytes(bytes(EN, 'utf-8'), { encoding: 'klingon-9' });
    expect(!r.ok && r.error.code).toBe('UNSUPPORTED');
  });

  it('maps labels to WHATWG names', () => {
    expect(canonicalEncoding('UTF8')).toBe('utf-8');
    expect(canonicalEncoding('latin1')).toBe('windows-1252');
    expect(canonicalEncoding('CP866')).toBe('ibm866');
    expect(canonicalEncoding('KOI8-R')).toBe('koi8-r');
    expect(canonicalEncoding('nope')).toBeNull();
  });

  it('falls back to windows-1252 for undecidable 8-bit bytes', () => {
    const r = decodeBytes(new Uint8Array([0x41, 0x42, 0xe9, 0x43]));
    expect(r.ok && r.value.encoding).toBe('windows-1252');
  });
});

describe('decodeBytes: binary content', () => {
  it('refuses NUL bytes in non-UTF-16 content as NOT_TEXT', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const r = decodeBytes(png);
    expect(!r.ok && r.error.code).toBe('NOT_TEXT');
  });

  it('refuses random bytes and control-heavy content', () => {
    let seed = 7;
    const random = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0xff);
    expect(decodeBytes(random).ok).toBe(false);
    const controls = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    const r = decodeBytes(controls);
    expect(!r.ok && r.error.code).toBe('NOT_TEXT');
  });

  it('reports NOT_TEXT through parseArticleFile for a binary .txt', async () => {
    const r = await parseArticleFile('photo.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    expect(!r.ok && r.error.code).toBe('NOT_TEXT');
    expect(!r.ok && r.error.message).toMatch(/binary/);
  });
});

describe('decodeBytes: detection on large files', () => {
  it('detects a legacy page whose first letters come after 300 KB of ASCII markup', () => {
    const head = `<html><head><style>${'.rule { margin: 0 auto; padding: 1px; }\n'.repeat(8000)}</style></head><body>`;
    const html = `${head}<p>${RU}</p><p>${RU}</p></body></html>`;
    const r = decodeBytes(bytes(html, 'windows-1251'), { html: true });
    expect(r.ok && r.value.encoding).toBe('windows-1251');
    expect(r.ok && r.value.text).toContain(RU);
  });

  it('shows the detector a bounded sample that starts just before the first non-ASCII byte', () => {
    const big = new Uint8Array(1_000_000).fill(0x61);
    big[500_000] = 0xe9;
    const sample = detectionSample(big);
    expect(sample.length).toBe(DETECTION_SAMPLE_BYTES);
    expect(sample.indexOf(0xe9)).toBe(256);
    expect(detectionSample(big.subarray(0, 1000))).toHaveLength(1000);
    expect(detectionSample(big.subarray(0, 501_000))).toHaveLength(256 + 1000);
  });
});
