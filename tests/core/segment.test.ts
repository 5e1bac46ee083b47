// The sentence segmenter: the golden rules corpora (../shared/corpora) and our own English and Russian
// news cases, block handling and offsets.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src-renderer/core/article';
import { segment, segmentFlat, segmentText, type Span } from '../../src-renderer/core/segment';
import { corpusDir, loadGolden, newsArticle, runGolden, scoreGolden } from './segment-fixtures';

/** The sentences of `text`, checking that every span is non-empty and trimmed. */
function sentences(text: string, lang?: string): string[] {
  return slices(text, segmentText(text, lang));
}

function slices(text: string, spans: Span[]): string[] {
  return spans.map((s) => {
    const slice = text.slice(s.start, s.end);
    expect(slice.length).toBeGreaterThan(0);
    expect(slice).toBe(slice.trim());
    return slice;
  });
}

for (const [lang, minimum] of [['en', 51], ['ru', 3]] as const) {
  const file = path.join(corpusDir, `golden-rules-${lang}.json`);
  describe.skipIf(!fs.existsSync(file))(`golden rules (${lang}) (needs ../shared/corpora beside the repo)`, () => {
    it(`passes at least ${minimum} cases`, () => {
      const score = scoreGolden(file);
      const report = score.failures.map((f) => `${f.id} ${f.name}\n  got      ${JSON.stringify(f.got)}\n  expected ${JSON.stringify(f.expected)}`);
      console.info(`segment golden rules (${lang}): ${score.passed}/${score.total}${report.length ? `\n${report.join('\n')}` : ''}`);
      expect(score.passed).toBeGreaterThanOrEqual(lang === 'ru' ? score.total : minimum);
    });

    it.each(loadGolden(file).map((c) => [c.id, c] as const))('%s gives trimmed spans', (_id, c) => {
      expect(runGolden(c).every((s) => s.length > 0 && s === s.trim())).toBe(true);
    });
  });
}

const ENGLISH: [string, string[]][] = [
  ['Mr. Smith met Gen. Jones and Gov. Brown in Washington. They talked.', ['Mr. Smith met Gen. Jones and Gov. Brown in Washington.', 'They talked.']],
  ['Sen. Warren (D-Mass.) said the bill would pass.', ['Sen. Warren (D-Mass.) said the bill would pass.']],
  ['Apple Inc. reported earnings on Tuesday.', ['Apple Inc. reported earnings on Tuesday.']],
  ['Shares of Acme Corp. fell. The company did not comment.', ['Shares of Acme Corp. fell.', 'The company did not comment.']],
  ['He bought shares of Acme Corp. The price rose.', ['He bought shares of Acme Corp.', 'The price rose.']],
  ['The U.S. and the U.K. signed a deal.', ['The U.S. and the U.K. signed a deal.']],
  ['He moved to the U.S. He never came back.', ['He moved to the U.S.', 'He never came back.']],
  ['The U.S. Senate voted on Friday.', ['The U.S. Senate voted on Friday.']],
  ['The meeting ended at 6 p.m. The senator left.', ['The meeting ended at 6 p.m.', 'The senator left.']],
  ['He left at 7 a.m. on Tuesday.', ['He left at 7 a.m. on Tuesday.']],
  ['At 9 a.m. Mrs. Jones opened the door.', ['At 9 a.m. Mrs. Jones opened the door.']],
  ['John F. Kennedy was president. J. R. R. Tolkien wrote books.', ['John F. Kennedy was president.', 'J. R. R. Tolkien wrote books.']],
  ['Martin Luther King Jr. Day is a holiday.', ['Martin Luther King Jr. Day is a holiday.']],
  ['He was born on Jan. 5, 1990, in St. Louis. He grew up there.', ['He was born on Jan. 5, 1990, in St. Louis.', 'He grew up there.']],
  ['Prof. Lee and Dr. Patel published the study. Sgt. Moore agreed.', ['Prof. Lee and Dr. Patel published the study.', 'Sgt. Moore agreed.']],
  ['The answer was no. No. 10 Downing St. is in London.', ['The answer was no.', 'No. 10 Downing St. is in London.']],
  ['He said: \'We will. We must.\'', ['He said: \'We will. We must.\'']],
  ['“We will win. We will never give up,” she said. “The fight is not over.”', ['“We will win. We will never give up,” she said.', '“The fight is not over.”']],
  ['"Really?" he asked. "Yes!" She nodded.', ['"Really?" he asked.', '"Yes!"', 'She nodded.']],
  ['The report (published in 2020. It was long.) is online.', ['The report (published in 2020. It was long.) is online.']],
  ['The price is $4.5 million. That is a lot.', ['The price is $4.5 million.', 'That is a lot.']],
  ['Growth was 2.5%. Inflation was 3.1%.', ['Growth was 2.5%.', 'Inflation was 3.1%.']],
  ['Visit https://example.com/a.b?c=d. Write to john.smith@news.org. Done.', ['Visit https://example.com/a.b?c=d.', 'Write to john.smith@news.org.', 'Done.']],
  ['It was a lot... Or was it? I think so!', ['It was a lot...', 'Or was it?', 'I think so!']],
  ['He waited… Then he left.', ['He waited…', 'Then he left.']],
  ['Smith et al. found this, e.g. in mice. The results (p. 12) were clear.', ['Smith et al. found this, e.g. in mice.', 'The results (p. 12) were clear.']],
  ['The plan has three parts: (1) cut taxes, (2) raise spending, and (3) reduce debt.', ['The plan has three parts: (1) cut taxes, (2) raise spending, and (3) reduce debt.']],
  ['1. Cut taxes 2. Raise spending 3. Reduce debt', ['1. Cut taxes', '2. Raise spending', '3. Reduce debt']],
  ['Why? Nobody knows!! Really?!', ['Why?', 'Nobody knows!!', 'Really?!']],
  ['She works at Yahoo! in London.', ['She works at Yahoo! in London.']],
  ['Headline without a period', ['Headline without a period']],
];

const RUSSIAN: [string, string[]][] = [
  ['В 2014 г. В. В. Путин подписал указ. Документ вступил в силу.', ['В 2014 г. В. В. Путин подписал указ.', 'Документ вступил в силу.']],
  ['Это яблоки, груши и т.д. Потом мы пошли домой.', ['Это яблоки, груши и т.д.', 'Потом мы пошли домой.']],
  ['Это, т.е. главное, было важно. Он ушёл.', ['Это, т.е. главное, было важно.', 'Он ушёл.']],
  ['Музей им. А. С. Пушкина находится на ул. Волхонка. Он открыт.', ['Музей им. А. С. Пушкина находится на ул. Волхонка.', 'Он открыт.']],
  ['Он сказал: «Мы победим. Мы должны». Потом ушёл.', ['Он сказал: «Мы победим. Мы должны».', 'Потом ушёл.']],
  ['— Я приду, — сказал он. — Жди меня.', ['— Я приду, — сказал он.', '— Жди меня.']],
  ['Цена выросла на 5,5 млн руб. В прошлом году было иначе.', ['Цена выросла на 5,5 млн руб.', 'В прошлом году было иначе.']],
  ['Он ждал… Потом ушёл.', ['Он ждал…', 'Потом ушёл.']],
  ['Это было в 1990-х гг. Тогда многое изменилось.', ['Это было в 1990-х гг.', 'Тогда многое изменилось.']],
  ['См. рис. 5 и табл. 3. Там всё видно.', ['См. рис. 5 и табл. 3.', 'Там всё видно.']],
  ['Путин В.В. заявил об этом журналистам.', ['Путин В.В. заявил об этом журналистам.']],
  ['Заседание прошло в г. Москве. Вопросов не было.', ['Заседание прошло в г. Москве.', 'Вопросов не было.']],
  ['Кто виноват? Что делать?! Неясно.', ['Кто виноват?', 'Что делать?!', 'Неясно.']],
];

describe('segmentText: English news prose', () => {
  it.each(ENGLISH)('%s', (text, expected) => {
    expect(sentences(text, 'en')).toEqual(expected);
  });
});

describe('segmentText: Russian news prose', () => {
  it.each(RUSSIAN)('%s', (text, expected) => {
    expect(sentences(text, 'ru')).toEqual(expected);
  });
});

describe('segmentText: other languages and scripts', () => {
  it('splits at CJK full stops but keeps a closed quotation inside its sentence', () => {
    expect(sentences('今日は晴れです。明日は雨でしょう！本当に？「はい。」と彼は言った。', 'ja')).toEqual([
      '今日は晴れです。', '明日は雨でしょう！', '本当に？', '「はい。」と彼は言った。',
    ]);
  });
  it('reads German ordinals and abbreviations', () => {
    expect(sentences('Am 3. Oktober feiern wir. Der Tag ist frei, z.B. für Schüler.', 'de')).toEqual([
      'Am 3. Oktober feiern wir.', 'Der Tag ist frei, z.B. für Schüler.',
    ]);
  });
  it('reads French and Spanish titles and inverted marks', () => {
    expect(sentences('M. Dupont est arrivé. Il a dit bonjour, etc. Puis il est parti.', 'fr')).toEqual([
      'M. Dupont est arrivé.', 'Il a dit bonjour, etc.', 'Puis il est parti.',
    ]);
    expect(sentences('¿Qué pasa? ¡Nada! El Sr. García vive en EE.UU. desde 2010.', 'es-MX')).toEqual([
      '¿Qué pasa?', '¡Nada!', 'El Sr. García vive en EE.UU. desde 2010.',
    ]);
  });
  it('defaults to English and accepts region subtags', () => {
    expect(sentences('Mr. Smith left. He was tired.')).toEqual(['Mr. Smith left.', 'He was tired.']);
    expect(sentences('Mr. Smith left. He was tired.', 'en-GB')).toEqual(['Mr. Smith left.', 'He was tired.']);
  });
});

describe('segmentText: whitespace and line breaks', () => {
  it('returns nothing for empty or blank text', () => {
    expect(segmentText('')).toEqual([]);
    expect(segmentText('  \n\t \n ')).toEqual([]);
  });
  it('treats a line break as a boundary, and a break after trailing spaces as a wrap', () => {
    expect(sentences('First line\nsecond line')).toEqual(['First line', 'second line']);
    expect(sentences('It was a cold \nnight in the city.')).toEqual(['It was a cold \nnight in the city.']);
    expect(sentences('One. \n\nTwo.')).toEqual(['One.', 'Two.']);
  });
  it('gives offsets into the original text, trimmed', () => {
    const text = '  Hello there.   General Kenobi!  ';
    expect(segmentText(text)).toEqual([
      { start: 2, end: 14 },
      { start: 17, end: 32 },
    ]);
  });
});

type B = Pick<Block, 'start' | 'end' | 'kind'>;

/** Text and blocks from parts joined by blank lines. */
function article(parts: [B['kind'], string][]): { text: string; blocks: B[] } {
  let text = '';
  const blocks: B[] = [];
  for (const [kind, part] of parts) {
    if (text) text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + part.length });
    text += part;
  }
  return { text, blocks };
}

describe('segment: blocks', () => {
  it('makes each heading and list item one statement unless it holds several sentences', () => {
    const { text, blocks } = article([
      ['heading', 'U.S. Sen. Smith Resigns'],
      ['paragraph', 'Sen. Smith resigned on Monday. He gave no reason.'],
      ['list-item', 'Votes cast: 51'],
      ['list-item', '2. Second item. It has two sentences.'],
      ['quote', '“We will. We must.”'],
    ]);
    expect(slices(text, segment(text, blocks))).toEqual([
      'U.S. Sen. Smith Resigns',
      'Sen. Smith resigned on Monday.',
      'He gave no reason.',
      'Votes cast: 51',
      '2. Second item.',
      'It has two sentences.',
      '“We will. We must.”',
    ]);
  });

  it('never crosses a block boundary, even mid-sentence', () => {
    const text = 'The senator said that the bill would pass';
    const blocks: B[] = [
      { kind: 'paragraph', start: 0, end: 11 },
      { kind: 'paragraph', start: 11, end: text.length },
    ];
    expect(segment(text, blocks)).toEqual([
      { start: 0, end: 11 },
      { start: 12, end: text.length },
    ]);
  });

  it('skips whitespace-only and empty blocks and ignores text outside blocks', () => {
    const text = 'Outside. \n   \n Inside one. Inside two.';
    const blocks: B[] = [
      { kind: 'paragraph', start: 9, end: 14 },
      { kind: 'paragraph', start: 14, end: 14 },
      { kind: 'paragraph', start: 14, end: text.length },
    ];
    expect(slices(text, segment(text, blocks))).toEqual(['Inside one.', 'Inside two.']);
  });

  it('returns spans in text order whatever the order of the blocks', () => {
    const { text, blocks } = article([['paragraph', 'One. Two.'], ['paragraph', 'Three.']]);
    expect(segment(text, [...blocks].reverse())).toEqual(segment(text, blocks));
  });

  it('segments a block with a language of its own by that language’s rules', () => {
    const { text, blocks } = article([['paragraph', 'He left at noon. She stayed.'], ['paragraph', 'Музей им. Пушкина открыт. Вход свободный.']]);
    const mixed = blocks.map((b, i) => (i === 1 ? { ...b, lang: 'ru' } : b));
    expect(slices(text, segment(text, mixed, 'en'))).toEqual(['He left at noon.', 'She stayed.', 'Музей им. Пушкина открыт.', 'Вход свободный.']);
    expect(slices(text, segment(text, blocks, 'en'))).toContain('Музей им.');
  });

  it('uses the language rules it is given', () => {
    const { text, blocks } = article([['paragraph', 'Это было в 1990-х гг. Тогда многое изменилось.']]);
    expect(slices(text, segment(text, blocks, 'ru'))).toEqual(['Это было в 1990-х гг.', 'Тогда многое изменилось.']);
  });
});

describe('segmentFlat', () => {
  it('gives the same statements as segment, as start and end offsets one after the other', () => {
    for (const lang of ['en', 'ru'] as const) {
      const { text, blocks } = newsArticle(3, 40_000, lang);
      const spans = segment(text, blocks, lang);
      const flat = segmentFlat(text, blocks, lang);
      expect(spans.length).toBeGreaterThan(100);
      expect(flat).toEqual(spans.flatMap((s) => [s.start, s.end]));
    }
  });
});
