// Fuzzy candidates for one quote in a span of the text, their Hypothesis-style scores, and the rule that
// decides whether the best one is trustworthy enough to anchor to (else the annotation is an orphan).
import { approxSearch, editDistanceBound, exactOccurrences, firstOccurrence, type RawMatch } from './approx-search';
import { MAX_QUOTE_ERRORS, positionSimilarity, prefixSimilarity, suffixSimilarity } from './match-quote';
import { CONTEXT_LENGTH } from './types';

const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** A candidate must keep at least this share of the quote (at most 40% edits). */
export const MIN_QUOTE_SIMILARITY = 0.6;
/** A context side "confirms" a candidate when it is at least this similar (unrelated text scores ~0.3-0.5). */
export const MIN_CONTEXT_SIMILARITY = 0.75;
/** A context side shorter than this confirms only when it matches exactly up to the text's edge. */
const MIN_CONFIRMING_CONTEXT = 8;
/** Without confirming context, only a long and nearly intact quote is trusted. */
export const DISTINCTIVE_QUOTE_LENGTH = 24;
export const DISTINCTIVE_QUOTE_SIMILARITY = 0.9;
/** At most this many candidates of each kind (the nearest to the hint) are scored. */
const MAX_CANDIDATES = 32;
/** Exact scans stop after this many occurrences (a one-letter prefix in a 1 MB text would list thousands). */
const MAX_SCANNED = 10_000;
/** Longer quotes are not searched approximately (too slow); they still anchor exactly or by their context. */
const MAX_FUZZY_QUOTE_LENGTH = 8192;

/** What is being looked for: the stored quote selector and the expected start in the current text. */
export interface QuoteSearch {
  text: string;
  exact: string;
  prefix: string;
  suffix: string;
  hint: number;
}

export interface ScoredCandidate {
  start: number;
  end: number;
  score: number;
  quoteSim: number;
  /** One side of the stored context (long enough to mean something, or reaching the text's edge) matches. */
  contextConfirms: boolean;
}

function nearestFirst<T>(items: T[], pos: (item: T) => number, hint: number): T[] {
  if (items.length <= MAX_CANDIDATES) return items;
  return items
    .map((item) => ({ item, d: Math.abs(pos(item) - hint) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, MAX_CANDIDATES)
    .map((x) => x.item);
}

/**
 * Candidates whose start lies in `[from, to)`: verbatim occurrences of the quote; otherwise its best
 * approximate matches; and the spans bracketed by an exact prefix and an exact suffix (which find an
 * edited quote even when a verbatim copy elsewhere would hide it from the approximate search).
 */
export function gatherCandidates(q: QuoteSearch, from: number, to: number, approximate = true): RawMatch[] {
  const { text, exact, prefix, suffix, hint } = q;
  const len = exact.length;
  const out: RawMatch[] = [];
  const verbatim = exactOccurrences(text, exact, from, Math.min(text.length, to + len), MAX_SCANNED);
  for (const at of nearestFirst(verbatim, (x) => x, hint)) out.push({ start: at, end: at + len, errors: 0 });
  if (approximate && verbatim.length === 0 && len > 0 && len <= MAX_FUZZY_QUOTE_LENGTH) {
    const maxErrors = quoteErrorBudget(len);
    if (maxErrors > 0) {
      const approx = approxSearch(text, exact, maxErrors, from, Math.min(text.length, to + len + maxErrors));
      out.push(...nearestFirst(approx, (m) => m.start, hint));
    }
  }
  const minGap = Math.floor(len * MIN_QUOTE_SIMILARITY);
  const maxGap = Math.ceil(len * (2 - MIN_QUOTE_SIMILARITY));
  let starts: number[] = [];
  if (prefix.length > 0) {
    const found = exactOccurrences(text, prefix, Math.max(0, from - prefix.length), to, MAX_SCANNED);
    starts = nearestFirst(found, (x) => x + prefix.length, hint).map((x) => x + prefix.length);
  } else if (from === 0) {
    starts = [0];
  }
  for (const start of starts) {
    let end = -1;
    if (suffix.length > 0) {
      end = firstOccurrence(text, suffix, start + minGap, start + maxGap + suffix.length);
    } else if (text.length - start >= minGap && text.length - start <= maxGap) {
      end = text.length;
    }
    if (end >= start) out.push({ start, end, errors: editDistanceBound(text.slice(start, end), exact) });
  }
  if (len === 0) {
    // An empty range sits right after its prefix or right before its suffix.
    for (const start of starts) out.push({ start, end: start, errors: 0 });
    if (suffix.length > 0) {
      const found = exactOccurrences(text, suffix, from, to + suffix.length, MAX_SCANNED);
      for (const at of nearestFirst(found, (x) => x, hint)) out.push({ start: at, end: at, errors: 0 });
    }
  }
  return out;
}

/** Weight of a context side: Hypothesis's 20, scaled down for sides cut short by the text's edge. */
function sideWeight(side: string): number {
  return side.length === 0 ? CONTEXT_WEIGHT : (CONTEXT_WEIGHT * Math.min(side.length, CONTEXT_LENGTH)) / CONTEXT_LENGTH;
}

/**
 * Scores a candidate with Hypothesis's weights (50 quote, 20 prefix, 20 suffix, 2 position), except that a
 * context side shorter than 32 weighs proportionally less, and an empty stored side means "at the text's
 * edge" (similarity 1 there, 0 elsewhere).
 */
export function scoreCandidate(q: QuoteSearch, m: RawMatch): ScoredCandidate {
  const { text, exact, prefix, suffix } = q;
  const quoteSim = exact.length === 0 ? (m.errors === 0 ? 1 : 0) : Math.max(0, 1 - m.errors / exact.length);
  const prefixSim = prefix.length > 0 ? prefixSimilarity(text, m.start, prefix) : m.start === 0 ? 1 : 0;
  const suffixSim = suffix.length > 0 ? suffixSimilarity(text, m.end, suffix) : m.end === text.length ? 1 : 0;
  const posSim = positionSimilarity(m.start, q.hint, text.length);
  const wp = sideWeight(prefix);
  const ws = sideWeight(suffix);
  const score =
    (QUOTE_WEIGHT * quoteSim + wp * prefixSim + ws * suffixSim + POSITION_WEIGHT * posSim) /
    (QUOTE_WEIGHT + wp + ws + POSITION_WEIGHT);
  const prefixConfirms =
    prefix.length >= MIN_CONFIRMING_CONTEXT
      ? prefixSim >= MIN_CONTEXT_SIMILARITY
      : prefixSim === 1 && m.start === prefix.length;
  const suffixConfirms =
    suffix.length >= MIN_CONFIRMING_CONTEXT
      ? suffixSim >= MIN_CONTEXT_SIMILARITY
      : suffixSim === 1 && m.end + suffix.length === text.length;
  return { start: m.start, end: m.end, score, quoteSim, contextConfirms: prefixConfirms || suffixConfirms };
}

/** Trustworthy: enough of the quote, and either the context confirms it or the quote is distinctive. */
export function isAcceptable(c: ScoredCandidate, quoteLength: number): boolean {
  if (c.quoteSim < MIN_QUOTE_SIMILARITY) return false;
  if (c.contextConfirms) return true;
  return quoteLength >= DISTINCTIVE_QUOTE_LENGTH && c.quoteSim >= DISTINCTIVE_QUOTE_SIMILARITY;
}

/** The most edits a fuzzy candidate may have: 40% of the quote, at most Hypothesis's 256. */
export function quoteErrorBudget(quoteLength: number): number {
  return Math.min(MAX_QUOTE_ERRORS, Math.floor(quoteLength * (1 - MIN_QUOTE_SIMILARITY)));
}

/** The best acceptable candidate in `[from, to)` (highest score, then nearest the hint), or null. */
export function bestCandidate(q: QuoteSearch, from: number, to: number, approximate = true): ScoredCandidate | null {
  return bestOf(q, gatherCandidates(q, from, to, approximate));
}

/** The best acceptable of the given raw candidates (highest score, then nearest the hint), or null. */
export function bestOf(q: QuoteSearch, candidates: readonly RawMatch[]): ScoredCandidate | null {
  const seen = new Set<string>();
  let best: ScoredCandidate | null = null;
  for (const m of candidates) {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const c = scoreCandidate(q, m);
    if (!isAcceptable(c, q.exact.length)) continue;
    const better =
      best === null ||
      c.score > best.score ||
      (c.score === best.score && Math.abs(c.start - q.hint) < Math.abs(best.start - q.hint));
    if (better) best = c;
  }
  return best;
}
