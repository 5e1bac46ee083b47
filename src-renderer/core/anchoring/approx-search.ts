// Adapter over `approx-string-match` (Myers' bit-parallel edit-distance search) and exact `indexOf` scans.
// The rest of the anchoring module goes through this file only, so the library can be swapped.
import approxSearchLib from 'approx-string-match';

/** A candidate occurrence of a pattern: `[start, end)` of the text and the edit distance to the pattern. */
export interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * The lowest-error approximate matches of `pattern` in `text.slice(from, to)`, offsets relative to `text`.
 * Only matches with the minimum error count (and at most `maxErrors`) are returned.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): RawMatch[] {
  if (pattern.length === 0 || from >= to) return [];
  const hay = from === 0 && to === text.length ? text : text.slice(from, to);
  return approxSearchLib(hay, pattern, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

/** Every start offset of `needle` in `text` within `[from, to)` (the whole occurrence must fit), up to `limit`. */
export function exactOccurrences(text: string, needle: string, from = 0, to = text.length, limit = Infinity): number[] {
  const found: number[] = [];
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (needle.length === 0 || hi - lo < needle.length) return found;
  // Search a slice (cheap in JS engines) so a miss does not scan on to the end of a large text.
  const hay = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  let at = hay.indexOf(needle);
  while (at !== -1 && found.length < limit) {
    found.push(at + lo);
    at = hay.indexOf(needle, at + 1);
  }
  return found;
}

/** The first start offset of `needle` in `text` within `[from, to)` (the whole occurrence must fit), or -1. */
export function firstOccurrence(text: string, needle: string, from: number, to: number): number {
  return exactOccurrences(text, needle, from, to, 1)[0] ?? -1;
}

/** Exact matches first (cheap), then approximate ones: the search Hypothesis's matchQuote uses. */
export function searchExactThenApprox(text: string, pattern: string, maxErrors: number): RawMatch[] {
  const exact = exactOccurrences(text, pattern);
  if (exact.length > 0) return exact.map((start) => ({ start, end: start + pattern.length, errors: 0 }));
  return approxSearch(text, pattern, maxErrors);
}

/**
 * Hypothesis's `textMatchScore`: 1 - (edit distance of the best match of `str` anywhere in `text`) / |str|.
 * 0 when either string is empty.
 */
export function textSimilarity(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  if (text.includes(str)) return 1;
  const best = approxSearch(text, str, str.length)[0];
  return best === undefined ? 0 : 1 - best.errors / str.length;
}

/** Quotes longer than this are compared with a cheap bound instead of the bit-parallel search. */
const MAX_PRECISE_LENGTH = 4096;

/**
 * An upper bound on the edit distance between `a` and `b`, exact for one contiguous edit:
 * strips the common prefix and suffix, then aligns the rest with the approximate search.
 */
export function editDistanceBound(a: string, b: string): number {
  if (a === b) return 0;
  let head = 0;
  const minLen = Math.min(a.length, b.length);
  while (head < minLen && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < minLen - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const crude = Math.max(midA.length, midB.length);
  if (midA.length === 0 || midB.length === 0 || crude > MAX_PRECISE_LENGTH) return crude;
  // Best substring of the longer middle matching the shorter one, plus the unmatched rest of the longer.
  const [hay, pat] = midA.length >= midB.length ? [midA, midB] : [midB, midA];
  const best = approxSearchLib(hay, pat, pat.length)[0];
  if (best === undefined) return crude;
  return Math.min(crude, best.errors + (hay.length - (best.end - best.start)));
}
