// Shared by the actors tests: an article built from hand-written paragraphs, analysed as the parse worker
// would (paragraph blocks, core/segment's spans), and the speaker scores of the attribution cases.
import type { Block } from '../../../src-renderer/core/article';
import { analyseArticle } from '../../../src-renderer/core/actors';
import type { ArticleAnalysis } from '../../../src-renderer/core/actors/types';
import { segmentFlat } from '../../../src-renderer/core/segment';
import type { AttributionCase, Expected } from './attribution-cases';

export interface Built {
  text: string;
  blocks: Block[];
  spans: number[];
}

/** Paragraphs (blank-line separated in the text), one paragraph block each, segmented with `lang`'s rules. */
export function build(paragraphs: readonly string[], lang: string, firstIsTitle = false): Built {
  let text = '';
  const blocks: Block[] = [];
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ kind: firstIsTitle && blocks.length === 0 ? 'title' : 'paragraph', start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, blocks, spans: segmentFlat(text, blocks, lang) };
}

export function analyse(paragraphs: readonly string[], lang: string, firstIsTitle = false): Built & { analysis: ArticleAnalysis } {
  const b = build(paragraphs, lang, firstIsTitle);
  return { ...b, analysis: analyseArticle({ ...b, lang }) };
}

export interface StatementResult {
  case: string;
  statement: string;
  expected: Expected;
  got: string | null;
}

export interface Scores {
  tp: number;
  predicted: number;
  expectedNamed: number;
  precision: number;
  recall: number;
  results: StatementResult[];
  /** Cases whose statements the segmenter cut differently from the case's list. */
  missegmented: string[];
}

export function scoreCases(cases: readonly AttributionCase[]): Scores {
  const results: StatementResult[] = [];
  const missegmented: string[] = [];
  for (const c of cases) {
    const statements = c.paragraphs.flat();
    const { text, spans, analysis } = analyse(c.paragraphs.map((p) => p.map(([s]) => s).join(' ')), c.lang, c.title);
    if (spans.length / 2 !== statements.length) {
      missegmented.push(c.name);
      continue;
    }
    statements.forEach(([s, expected], i) => {
      const start = spans[2 * i]!;
      const got = analysis.speakers.find((x) => x.start === start)?.speaker ?? null;
      results.push({ case: c.name, statement: text.slice(start, spans[2 * i + 1]!) || s, expected, got });
    });
  }
  let tp = 0;
  let predicted = 0;
  let expectedNamed = 0;
  for (const r of results) {
    if (r.got !== null) predicted++;
    if (r.expected !== null) expectedNamed++;
    if (r.got !== null && r.got === r.expected) tp++;
  }
  return { tp, predicted, expectedNamed, precision: predicted ? tp / predicted : 1, recall: expectedNamed ? tp / expectedNamed : 1, results, missegmented };
}

/**
 * Scores `cases` per language, prints the table (and every wrong or missing speaker) under `title`, and
 * returns the scores by language, for a test's floors.
 */
export function scoreByLanguage(title: string, cases: readonly AttributionCase[]): Record<'en' | 'ru', Scores> {
  const pct = (x: number): string => (100 * x).toFixed(1);
  const rows: Record<string, Record<string, string | number>> = {};
  const scores = {} as Record<'en' | 'ru', Scores>;
  for (const lang of ['en', 'ru'] as const) {
    const s = scoreCases(cases.filter((c) => c.lang === lang));
    rows[lang] = { statements: s.results.length, 'named source': s.expectedNamed, suggested: s.predicted, right: s.tp, 'precision %': pct(s.precision), 'recall %': pct(s.recall) };
    for (const r of s.results) if (r.got !== r.expected) console.log(`${lang}: want ${r.expected ?? '-'} got ${r.got ?? '-'}: ${r.statement}`);
    scores[lang] = s;
  }
  console.log(title);
  console.table(rows);
  return scores;
}
