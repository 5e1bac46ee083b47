// E-mail importer and its MIME helpers: multipart/alternative, QP, base64, RFC 2047 headers, KOI8-R.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { chooseBody, displayName, parseEml, rfc822Date } from '../../../src-main/import/formats/eml';
import {
  decodeEncodedWords,
  decodeQuotedPrintable,
  parseContentType,
  parseMime,
} from '../../../src-main/import/formats/mime';
import { KOI8_BODY, RU_NAME, RU_SUBJECT, alternativeEml, koi8Eml, mixedEml } from './fixtures-eml';
import { blockTexts, errorCode, unwrap } from './invariants';

describe('parseEml', () => {
  test('multipart/alternative: the base64 HTML part wins, through htmlToArticle', async () => {
    const a = unwrap(await parseEml('talks.eml', alternativeEml()));
    expect(a.format).toBe('eml');
    expect(a.encoding).toBe('utf-8');
    expect(blockTexts(a)).toEqual([
      'Talks resume',
      'Delegations met in Ankara on Monday and agreed to continue.',
      'Next round: schedule. Цена вопроса — 5 млн.',
    ]);
    const link = a.marks.find((m) => m.kind === 'link');
    expect(link?.href).toBe('https://example.org/next');
    expect(a.marks.some((m) => m.kind === 'strong' && a.text.slice(m.start, m.end) === 'Ankara')).toBe(true);
  });

  test('Subject (split UTF-8 B-words) -> title, From (KOI8-R Q-word) -> byline, Date -> ISO with offset', async () => {
    const a = unwrap(await parseEml('talks.eml', alternativeEml()));
    expect(a.title).toBe(RU_SUBJECT);
    expect(a.byline).toBe(RU_NAME);
    expect(a.published).toBe('2024-03-05T09:15:00+03:00');
  });

  test('a KOI8-R 8bit plain-text body: paragraphs and quoted lines', async () => {
    const a = unwrap(await parseEml('grain.eml', koi8Eml()));
    expect(a.encoding).toBe('koi8-r');
    expect(a.title).toBe('Поставки зерна');
    expect(a.byline).toBe('Petrov, Ivan');
    expect(a.published).toBe('2024-04-01T18:00:00Z');
    expect(blockTexts(a)).toEqual(['Министр заявил, что поставки возобновятся в апреле.', 'Это цитата из письма.', 'С уважением, Иван']);
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'quote', 'paragraph']);
    expect(KOI8_BODY).toContain('Министр');
  });

  test('multipart/mixed: quoted-printable Latin-1 body kept, attachment ignored', async () => {
    const a = unwrap(await parseEml('report.eml', mixedEml()));
    expect(blockTexts(a)).toEqual(['The résumé is attached.', 'Second paragraph.']);
    expect(a.text).not.toContain('Attachment text');
    expect(a.published).toBe('2024-01-10T08:00:00-05:00');
    expect(a.byline).toBe('analyst@example.org');
  });

  test('a message without a subject takes its title from the file name', async () => {
    const bytes = new TextEncoder().encode('From: a@b.c\r\nDate: 2 Feb 2024 10:00 +0000\r\n\r\nJust a line.\r\n');
    const a = unwrap(await parseEml('inbox/2024-02-02_note.eml', bytes));
    expect(a.title).toBe('2024-02-02 note');
    expect(blockTexts(a)).toEqual(['Just a line.']);
  });

  test('not an e-mail is DAMAGED; headers without a body are EMPTY', async () => {
    expect(errorCode(await parseEml('x.eml', new Uint8Array([0, 1, 2, 3, 250, 251])))).toBe('DAMAGED');
    expect(errorCode(await parseEml('x.eml', new TextEncoder().encode('Subject: hi\r\n\r\n\r\n')))).toBe('EMPTY');
  });

  test('arbitrary bytes and mangled messages never throw', async () => {
    const base = alternativeEml();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.nat(), async (noise, cut) => {
        const mangled = new Uint8Array([...base.subarray(0, cut % base.length), ...noise]);
        for (const bytes of [noise, mangled]) {
          const r = await parseEml('fuzz.eml', bytes);
          if (!r.ok) expect(['DAMAGED', 'EMPTY', 'NOT_TEXT', 'TOO_LARGE', 'UNSUPPORTED']).toContain(r.error.code);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('MIME helpers', () => {
  test('RFC 2047: B and Q words, adjacent words joined, plain text kept', () => {
    expect(decodeEncodedWords('=?UTF-8?B?0J/RgNC40LLQtdGC?=')).toBe('Привет');
    expect(decodeEncodedWords('=?koi8-r?Q?=F0=D2=C9=D7=C5=D4?=')).toBe('Привет');
    expect(decodeEncodedWords('=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=')).toBe('ab');
    expect(decodeEncodedWords('Re: =?utf-8?q?caf=C3=A9_talk?= today')).toBe('Re: café talk today');
    expect(decodeEncodedWords('=?unknown-charset?Q?abc?=')).toBe('abc');
  });

  test('quoted-printable: soft breaks, hex escapes, trailing whitespace', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('caf=C3=A9 con=\r\ntinues  \r\nnext'))).toBe('café continues\r\nnext');
    expect(new TextDecoder().decode(decodeQuotedPrintable('bad =ZZ escape'))).toBe('bad =ZZ escape');
  });

  test('Content-Type parameters: quoting and RFC 2231 continuations', () => {
    expect(parseContentType('text/HTML; charset="KOI8-R"; format=flowed')).toEqual({ type: 'text/html', params: { charset: 'KOI8-R', format: 'flowed' } });
    const p = parseContentType("application/pdf; name*0*=utf-8''%D0%BE%D1%82; name*1*=%D1%87%D1%91%D1%82.pdf");
    expect(p.params['name']).toBe('отчёт.pdf');
    expect(parseContentType(undefined).type).toBe('text/plain');
  });

  test('nested multiparts: HTML inside multipart/related inside alternative is chosen', () => {
    const raw = [
      'Content-Type: multipart/alternative; boundary=A',
      '',
      '--A',
      'Content-Type: text/plain',
      '',
      'plain',
      '--A',
      'Content-Type: multipart/related; boundary=B',
      '',
      '--B',
      'Content-Type: text/html',
      '',
      '<p>html</p>',
      '--B--',
      '--A--',
    ].join('\r\n');
    const choice = chooseBody(parseMime(raw));
    expect(choice?.kind).toBe('html');
  });

  test('deeply nested multiparts are bounded', () => {
    let raw = 'body';
    for (let i = 0; i < 200; i++) raw = `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n${raw}\r\n--b${i}--`;
    expect(() => parseMime(raw)).not.toThrow();
  });

  test('dates and names', () => {
    expect(rfc822Date('Mon, 2 Jan 06 15:04:05 PST')).toBe('2006-01-02T15:04:05-08:00');
    expect(rfc822Date('Thu, 13 Feb 1969 23:32 -0330 (Newfoundland Time)')).toBe('1969-02-13T23:32:00-03:30');
    expect(rfc822Date('not a date')).toBeUndefined();
    expect(displayName('"Doe, Jane" <jane@example.org>, other@example.org')).toBe('Doe, Jane');
    expect(displayName('<bare@example.org>')).toBe('bare@example.org');
  });
});
