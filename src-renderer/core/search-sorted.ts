// The one binary search of the app: offsets of blocks, statements, text nodes and rows are kept sorted, and
// every "which one holds this offset" question is answered by finding where a monotone test turns true.

/**
 * The first index `i` in `[from, count)` for which `passes(i)` is true, or `count` when none does.
 *
 * `passes` must be monotone over the range: false for some prefix of indices, then true for the rest (for
 * a sorted array `a`, `(i) => a[i] > value` or `(i) => a[i] >= value`). It is called about log2(count)
 * times, never outside `[from, count)`. With a test that is not monotone the result is some index where it
 * turns from false to true, not necessarily the first.
 *
 * The usual questions, for a sorted `a` of length `n`:
 * - first element at or after `value`: `firstPassing(n, (i) => a[i] >= value)`
 * - last element at or before `value`: `firstPassing(n, (i) => a[i] > value) - 1` (-1 when none is)
 */
export function firstPassing(count: number, passes: (index: number) => boolean, from = 0): number {
  let lo = from;
  let hi = count;
  while (lo < hi) {
    // Unsigned shift: lo + hi stays below 2^32 for any array length, and `>>> 1` halves it without a float.
    const mid = (lo + hi) >>> 1;
    if (passes(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
