// Re-anchors stored annotation targets in (possibly edited) article text: verify by content hash, then
// exact and fuzzy search near the position hint, then in the whole text; orphan when nothing is trustworthy.
import { exactOccurrences } from './approx-search';
import { bestCandidate, bestOf, quoteErrorBudget, type QuoteSearch } from './candidates';
import { approxSearchMany, MIN_AGREEING_PIECES, PIECE_LENGTH } from './sparse-search';
import type { Anchored, AnnotationTarget, TextQuoteSelector } from './types';
import { clampOffset, snapRange } from './unicode';

/** Code units searched on each side of the hint before falling back to the whole text. */
export const WINDOW = 4096;

const ORPHAN: Anchored = { state: 'orphan' };

function finish(text: string, quote: string, start: number, end: number): Anchored {
  const r = snapRange(text, start, end);
  return { state: 'anchored', start: r.start, end: r.end, exact: text.slice(r.start, r.end) === quote };
}

/** True when the whole needle (prefix + quote + suffix) sits at `at` (the needle's start). */
function needleAt(text: string, needle: string, at: number): boolean {
  return at >= 0 && at + needle.length <= text.length && text.startsWith(needle, at);
}

/** The occurrence of `needle` starting in `[from, to)` nearest to `expected`, or -1. */
function nearestOccurrence(text: string, needle: string, expected: number, from: number, to: number): number {
  let best = -1;
  for (const at of exactOccurrences(text, needle, from, Math.min(text.length, to + needle.length))) {
    if (at >= to) break;
    if (best === -1 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  return best;
}

/** A target that failed every cheap search and awaits the (batched) whole-text approximate search. */
interface Pending {
  state: 'pending';
  search: QuoteSearch;
}

/**
 * Finds `quote` in `text`, expecting it at `hint` (where earlier targets' shift predicts it) and, failing
 * that, at `original` (its stored offset). Exact context matches win; then fuzzy candidates near the hint;
 * then the same over the whole text, where the approximate search is left `pending` for `searchWhole`.
 */
function locate(text: string, quote: TextQuoteSelector, hint: number, original: number): Anchored | Pending {
  const { exact, prefix, suffix } = quote;
  if (exact.length === 0 && prefix.length === 0 && suffix.length === 0) {
    // An empty range in an empty text: only an empty text still holds it.
    return text.length === 0 ? { state: 'anchored', start: 0, end: 0, exact: true } : ORPHAN;
  }
  const needle = prefix + exact + suffix;
  for (const at of [hint, original]) {
    if (needleAt(text, needle, at - prefix.length)) return finish(text, exact, at, at + exact.length);
  }
  const q: QuoteSearch = { text, exact, prefix, suffix, hint };
  const lo = Math.max(0, hint - WINDOW);
  const hi = Math.min(text.length, hint + exact.length + WINDOW);
  const near = nearestOccurrence(text, needle, hint - prefix.length, Math.max(0, lo - prefix.length), hi);
  if (near !== -1) return finish(text, exact, near + prefix.length, near + prefix.length + exact.length);
  const whole = lo === 0 && hi === text.length;
  const nearBest = bestCandidate(q, lo, hi, true);
  if (nearBest !== null) return finish(text, exact, nearBest.start, nearBest.end);
  if (whole) return ORPHAN;
  const far = nearestOccurrence(text, needle, hint - prefix.length, 0, text.length);
  if (far !== -1) return finish(text, exact, far + prefix.length, far + prefix.length + exact.length);
  const farBest = bestCandidate(q, 0, text.length, false);
  if (farBest !== null) return finish(text, exact, farBest.start, farBest.end);
  return exact.length >= (MIN_AGREEING_PIECES + 1) * PIECE_LENGTH ? { state: 'pending', search: q } : ORPHAN;
}

/** The whole-text approximate search for pending targets, all in one pass over the text. */
function searchWhole(text: string, pending: readonly Pending[]): Anchored[] {
  const patterns = pending.map((p) => p.search.exact);
  const found = approxSearchMany(text, patterns, patterns.map((p) => quoteErrorBudget(p.length)));
  return pending.map((p, i) => {
    const best = bestOf(p.search, found[i] ?? []);
    return best === null ? ORPHAN : finish(text, p.search.exact, best.start, best.end);
  });
}

function safeStart(target: AnnotationTarget): number {
  const start = target.position?.start;
  return typeof start === 'number' && Number.isFinite(start) ? start : 0;
}

function anchorWithHint(text: string, contentHash: string, target: AnnotationTarget, hint: number): Anchored | Pending {
  const quote = target.quote;
  if (typeof quote?.exact !== 'string' || typeof quote.prefix !== 'string' || typeof quote.suffix !== 'string') {
    return ORPHAN;
  }
  const original = clampOffset(safeStart(target), text.length);
  if (contentHash === target.contentHash && text.startsWith(quote.exact, original)) {
    return { state: 'anchored', start: original, end: original + quote.exact.length, exact: true };
  }
  return locate(text, quote, clampOffset(hint, text.length), original);
}

/**
 * Re-finds one target in (possibly changed) text: if contentHash equals the target's, verify position
 * (quote must equal the slice) and return it; otherwise exact/fuzzy search near the position hint first
 * (a window around it), then the whole text, using quote + prefix + suffix + position. Returns orphan
 * when nothing good enough is found — never throws.
 */
export function anchor(text: string, contentHash: string, target: AnnotationTarget): Anchored {
  try {
    const r = anchorWithHint(text, contentHash, target, safeStart(target));
    return r.state === 'pending' ? (searchWhole(text, [r])[0] ?? ORPHAN) : r;
  } catch {
    return ORPHAN;
  }
}

/**
 * Anchors many targets at once. Targets are visited in stored-position order and each one's hint is its
 * stored start shifted by the previous anchored target's shift, so text inserted or deleted before a run
 * of annotations costs one search for the first of them and a constant-time check for the rest.
 */
export function anchorAll(text: string, contentHash: string, targets: readonly AnnotationTarget[]): Anchored[] {
  const results: Anchored[] = targets.map(() => ORPHAN);
  const order = targets.map((t, i) => ({ i, start: safeStart(t) })).sort((a, b) => a.start - b.start);
  const pending: Pending[] = [];
  const pendingIndex: number[] = [];
  let delta = 0;
  for (const { i, start } of order) {
    const target = targets[i];
    if (target === undefined) continue;
    try {
      const r = anchorWithHint(text, contentHash, target, start + delta);
      if (r.state === 'pending') {
        pending.push(r);
        pendingIndex.push(i);
        continue;
      }
      if (r.state === 'anchored') delta = r.start - start;
      results[i] = r;
    } catch {
      results[i] = ORPHAN;
    }
  }
  if (pending.length > 0) {
    try {
      searchWhole(text, pending).forEach((r, j) => {
        const i = pendingIndex[j];
        if (i !== undefined) results[i] = r;
      });
    } catch {
      // Leave them orphans.
    }
  }
  return results;
}
