// Hypothesis's matchQuote test cases (transcribed to JSON in ../shared/corpora) run against our matchQuote.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchQuote, type QuoteContext } from '../../src-renderer/core/anchoring';

const file = path.resolve(__dirname, '../../../shared/corpora/hypothesis/match-quote-cases.json');

interface Expect {
  null?: boolean;
  score?: number;
  scoreBetween?: [number, number];
  matchedText?: string;
  start?: number;
  scoresStrictlyDescending?: boolean;
}

interface Case {
  name: string;
  text?: string;
  textLiteral?: string;
  kind?: 'rankQuotes' | 'rankPrefixes' | 'rankSuffixes';
  quote?: string;
  quotes?: string[];
  prefixes?: string[];
  suffixes?: string[];
  context?: QuoteContext;
  expect: Expect;
}

interface Corpus {
  texts: Record<string, string>;
  cases: Case[];
}

function load(): Corpus {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Corpus;
}

function textOf(corpus: Corpus, c: Case): string {
  if (c.textLiteral !== undefined) return c.textLiteral;
  const text = c.text === undefined ? undefined : corpus.texts[c.text];
  if (text === undefined) throw new Error(`unknown text in case "${c.name}"`);
  return text;
}

function rankedScores(text: string, c: Case): number[] {
  const quote = c.quote ?? '';
  const score = (q: string, context: QuoteContext = {}): number => {
    const m = matchQuote(text, q, context);
    if (m === null) throw new Error(`no match for "${q}"`);
    return m.score;
  };
  switch (c.kind) {
    case 'rankQuotes':
      return (c.quotes ?? []).map((q) => score(q));
    case 'rankPrefixes':
      return (c.prefixes ?? []).map((prefix) => score(quote, { prefix }));
    case 'rankSuffixes':
      return (c.suffixes ?? []).map((suffix) => score(quote, { suffix }));
    default:
      return [];
  }
}

describe.skipIf(!fs.existsSync(file))('matchQuote: Hypothesis cases (needs ../shared/corpora beside the repo)', () => {
  const corpus = fs.existsSync(file) ? load() : { texts: {}, cases: [] };

  it('has cases to run', () => {
    expect(corpus.cases.length).toBeGreaterThan(0);
  });

  for (const c of corpus.cases) {
    it(c.name, () => {
      const text = textOf(corpus, c);
      const e = c.expect;
      if (c.kind !== undefined) {
        const scores = rankedScores(text, c);
        expect(scores.length).toBeGreaterThan(1);
        if (e.scoresStrictlyDescending) {
          for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeLessThan(scores[i - 1]!);
        }
        return;
      }
      const m = matchQuote(text, c.quote ?? '', c.context);
      if (e.null) {
        expect(m).toBeNull();
        return;
      }
      expect(m).not.toBeNull();
      if (m === null) return;
      if (e.score !== undefined) expect(m.score).toBeCloseTo(e.score, 10);
      if (e.scoreBetween) {
        expect(m.score).toBeGreaterThan(e.scoreBetween[0]);
        expect(m.score).toBeLessThan(e.scoreBetween[1]);
      }
      if (e.matchedText !== undefined) expect(text.slice(m.start, m.end)).toBe(e.matchedText);
      if (e.start !== undefined) expect(m.start).toBe(e.start);
    });
  }
});
