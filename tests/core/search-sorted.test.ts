import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPassing } from '../../src-renderer/core/search-sorted';

/** The answer by walking: what the binary search must agree with. */
function byScan(count: number, passes: (i: number) => boolean, from = 0): number {
  for (let i = from; i < count; i++) if (passes(i)) return i;
  return count;
}

describe('firstPassing', () => {
  it('finds the first element above, and at or above, a value in a sorted array with repeats', () => {
    const a = [1, 3, 3, 3, 7, 9];
    expect(firstPassing(a.length, (i) => a[i]! > 3)).toBe(4);
    expect(firstPassing(a.length, (i) => a[i]! >= 3)).toBe(1);
    expect(firstPassing(a.length, (i) => a[i]! > 3) - 1).toBe(3);
  });

  it('returns count when nothing passes, and from when everything does', () => {
    const a = [1, 2, 3];
    expect(firstPassing(a.length, (i) => a[i]! > 10)).toBe(3);
    expect(firstPassing(a.length, () => true)).toBe(0);
    expect(firstPassing(a.length, () => true, 2)).toBe(2);
  });

  it('answers count for an empty range without calling the test', () => {
    let calls = 0;
    const passes = () => (calls++, true);
    expect(firstPassing(0, passes)).toBe(0);
    expect(firstPassing(5, passes, 5)).toBe(5);
    expect(calls).toBe(0);
  });

  it('agrees with a linear scan for any monotone test, and only looks inside [from, count)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 300 }), fc.nat({ max: 300 }), fc.nat({ max: 300 }), (count, flipAt, fromRaw) => {
        const from = Math.min(fromRaw, count);
        const seen: number[] = [];
        const passes = (i: number) => (seen.push(i), i >= flipAt);
        expect(firstPassing(count, passes, from)).toBe(byScan(count, (i) => i >= flipAt, from));
        expect(seen.every((i) => i >= from && i < count)).toBe(true);
        // Binary, not linear: at most ceil(log2(n + 1)) probes.
        expect(seen.length).toBeLessThanOrEqual(Math.ceil(Math.log2(count - from + 1)));
      }),
    );
  });

  it('finds the last element at or before any value in a sorted array, -1 when there is none', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (raw, value) => {
        const a = [...raw].sort((x, y) => x - y);
        const last = firstPassing(a.length, (i) => a[i]! > value) - 1;
        let expected = -1;
        a.forEach((x, i) => {
          if (x <= value) expected = i;
        });
        expect(last).toBe(expected);
      }),
    );
  });
});
