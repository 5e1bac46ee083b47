// Hypothesis-compatible fuzzy quote matching (`matchQuote`) and the score formula the anchorer reuses:
// score = (50·quoteSim + 20·prefixSim + 20·suffixSim + 2·posSim) / 92.
import { searchExactThenApprox, textSimilarity } from './approx-search';
import type { Match, QuoteContext } from './types';

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Hypothesis caps the error budget of a quote search at this many edits. */
export const MAX_QUOTE_ERRORS = 256;

/** The normalised weighted score of one candidate, from its four similarities (each in [0, 1]). */
export function combinedScore(quoteSim: number, prefixSim: number, suffixSim: number, posSim: number): number {
  return (
    (QUOTE_WEIGHT * quoteSim + PREFIX_WEIGHT * prefixSim + SUFFIX_WEIGHT * suffixSim + POSITION_WEIGHT * posSim) /
    MAX_WEIGHT
  );
}

/** Similarity of `prefix` with the `prefix.length` code units of `text` just before `start`. */
export function prefixSimilarity(text: string, start: number, prefix: string): number {
  return textSimilarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

/** Similarity of `suffix` with the `suffix.length` code units of `text` just after `end`. */
export function suffixSimilarity(text: string, end: number, suffix: string): number {
  return textSimilarity(text.slice(end, end + suffix.length), suffix);
}

/** 1 at the hint, falling linearly with the distance from it relative to the text length. */
export function positionSimilarity(start: number, hint: number | undefined, textLength: number): number {
  if (hint === undefined || textLength === 0) return 1;
  return 1 - Math.abs(start - hint) / textLength;
}

/**
 * Hypothesis-compatible fuzzy quote matching: returns the best match or null.
 * Exact occurrences are used when there are any; otherwise approximate matches with at most
 * min(256, quote.length / 2) errors. Missing prefix/suffix/hint score 1; ties keep the lowest start.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): Match | null {
  if (quote.length === 0 || text.length === 0) return null;
  const maxErrors = Math.min(MAX_QUOTE_ERRORS, quote.length / 2);
  const matches = searchExactThenApprox(text, quote, maxErrors);
  let best: Match | null = null;
  for (const m of matches) {
    const quoteSim = 1 - m.errors / quote.length;
    const prefixSim = context.prefix ? prefixSimilarity(text, m.start, context.prefix) : 1;
    const suffixSim = context.suffix ? suffixSimilarity(text, m.end, context.suffix) : 1;
    const posSim = positionSimilarity(m.start, context.hint, text.length);
    const score = combinedScore(quoteSim, prefixSim, suffixSim, posSim);
    // Strictly greater: among equal scores the first (lowest start) wins, as with Hypothesis's stable sort.
    if (best === null || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}
