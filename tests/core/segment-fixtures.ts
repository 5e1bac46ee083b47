// Shared by the segmenter tests and benchmark: the golden-rules harness (PDF reflow, scoring) and a
// generator of realistic English news text as paragraph blocks.
import fs from 'node:fs';
import path from 'node:path';
import type { Block } from '../../src-renderer/core/article';
import { segment, segmentText } from '../../src-renderer/core/segment';

export const corpusDir = path.resolve(__dirname, '../../../shared/corpora');

export interface GoldenCase {
  id: string;
  name: string;
  input: string;
  expected: string[];
  lang?: string;
  options?: { language?: string; doc_type?: string };
}

export interface GoldenScore {
  passed: number;
  total: number;
  failures: { id: string; name: string; got: string[]; expected: string[] }[];
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Text as a PDF importer reflows it: blank lines separate paragraphs (blocks); inside a paragraph a
 * hyphen at a line end before a lower-case letter is dropped and other line breaks become spaces.
 */
export function reflowPdf(input: string): { text: string; blocks: Pick<Block, 'start' | 'end' | 'kind'>[] } {
  const paragraphs = input
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/-\n(?=\p{Ll})/gu, '').replace(/[ \t]*\n[ \t]*/g, ' ').trim())
    .filter((p) => p.length > 0);
  let text = '';
  const blocks: Pick<Block, 'start' | 'end' | 'kind'>[] = [];
  for (const p of paragraphs) {
    if (text.length > 0) text += '\n\n';
    blocks.push({ kind: 'paragraph', start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, blocks };
}

/** The sentences the segmenter finds for one golden case, trimmed and whitespace-collapsed. */
export function runGolden(c: GoldenCase): string[] {
  const lang = c.options?.language ?? c.lang ?? 'en';
  if (c.options?.doc_type === 'pdf') {
    const { text, blocks } = reflowPdf(c.input);
    return segment(text, blocks, lang).map((s) => collapse(text.slice(s.start, s.end)));
  }
  return segmentText(c.input, lang).map((s) => collapse(c.input.slice(s.start, s.end)));
}

export function loadGolden(file: string): GoldenCase[] {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as GoldenCase[];
}

export function scoreGolden(file: string): GoldenScore {
  const cases = loadGolden(file);
  const failures: GoldenScore['failures'] = [];
  for (const c of cases) {
    const got = runGolden(c);
    const expected = c.expected.map(collapse);
    if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ id: c.id, name: c.name, got, expected });
  }
  return { passed: cases.length - failures.length, total: cases.length, failures };
}

/** Deterministic PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Mr. Smith told reporters on Tuesday that the U.S. economy grew 2.5% in the third quarter.',
  'Gov. Jane Doe (D-Mass.) said the plan would cost $4.2 billion over 10 years.',
  '“We will not back down. We will keep fighting,” she said at a rally in St. Louis.',
  'Shares of Acme Corp. fell 3.1 percent to $57.20 by 4 p.m. in New York.',
  'The company, founded in 1998 by J. R. Williams, employs about 12,000 people.',
  'Critics say the measure goes too far... Supporters disagree.',
  'Is this the end of an era? Analysts at Goldman Sachs Group Inc. think not!',
  'The report, published at https://example.org/reports/2024.pdf, runs to 300 pages.',
  'Sen. Bob Jones, a Republican, called the vote "a disgrace." He did not elaborate.',
  'Officials in the U.K. and the E.U. have until Jan. 31 to respond, e.g. by letter.',
  'According to Dr. Maria Lopez, the virus spreads mainly through droplets (see Fig. 3).',
  'The meeting ended at 6 p.m. Mr. Brown left without comment.',
];

const RUSSIAN_SENTENCES = [
  'В 2014 г. В. В. Путин подписал указ о создании нового ведомства.',
  'Это, т.е. главное решение, было принято на заседании в г. Москве.',
  '«Мы победим. Мы должны», — сказал министр журналистам.',
  'Цена выросла на 5,5 млн руб. по сравнению с прошлым годом.',
  'Кто виноват? Что делать?! Ответа пока нет…',
  'Музей им. А. С. Пушкина на ул. Волхонка открыт с 10 ч. утра.',
  'Об этом сообщил зам. министра, проф. И. И. Иванов, и т.д.',
];

/**
 * About `size` UTF-16 units of news prose (English, or Russian with `lang` 'ru') as paragraphs of 3-8
 * sentences separated by blank lines.
 */
export function newsArticle(seed: number, size: number, lang: 'en' | 'ru' = 'en'): { text: string; blocks: Pick<Block, 'start' | 'end' | 'kind'>[] } {
  const pool = lang === 'ru' ? RUSSIAN_SENTENCES : SENTENCES;
  const random = seeded(seed);
  const parts: string[] = [];
  const blocks: Pick<Block, 'start' | 'end' | 'kind'>[] = [];
  let length = 0;
  while (length < size) {
    const count = 3 + Math.floor(random() * 6);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(pool[Math.floor(random() * pool.length)] ?? '');
    const paragraph = sentences.join(' ');
    const start = length + (parts.length > 0 ? 2 : 0);
    blocks.push({ kind: 'paragraph', start, end: start + paragraph.length });
    parts.push(paragraph);
    length = start + paragraph.length;
  }
  return { text: parts.join('\n\n'), blocks };
}
