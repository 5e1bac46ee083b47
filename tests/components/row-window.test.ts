// The row window's range: the rows that meet a span, found by binary search over cumulative offsets,
// are exactly the rows a scan over every row finds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rowRange } from '../../src-renderer/app/row-window.svelte';

function offsetsOf(heights: readonly number[]): number[] {
  const out = [0];
  for (const h of heights) out.push(out[out.length - 1]! + h);
  return out;
}

/** Every row that meets [top, bottom), by looking at each one. */
function scan(heights: readonly number[], top: number, bottom: number): { start: number; end: number } {
  const offsets = offsetsOf(heights);
  const meets: number[] = [];
  for (let i = 0; i < heights.length; i++) if (offsets[i + 1]! > top && offsets[i]! < bottom) meets.push(i);
  if (meets.length === 0) {
    // Nothing drawn: both ends at the first row below `top` (or the end), as the search leaves them.
    let at = 0;
    while (at < heights.length && offsets[at + 1]! <= top) at++;
    return { start: at, end: at };
  }
  return { start: meets[0]!, end: meets[meets.length - 1]! + 1 };
}

describe('rowRange', () => {
  it('finds the rows meeting a span in a list of two row heights', () => {
    // Rows of 3.6 rem, a problem row of 6 rem at index 2.
    const offsets = offsetsOf([3.6, 3.6, 6, 3.6, 3.6]);
    expect(rowRange(offsets, 0, 1)).toEqual({ start: 0, end: 1 });
    expect(rowRange(offsets, 3.6, 7.3)).toEqual({ start: 1, end: 3 });
    expect(rowRange(offsets, 10, 14)).toEqual({ start: 2, end: 4 });
    expect(rowRange(offsets, -50, 1000)).toEqual({ start: 0, end: 5 });
    expect(rowRange(offsets, 100, 200)).toEqual({ start: 5, end: 5 });
    expect(rowRange([0], 0, 10)).toEqual({ start: 0, end: 0 });
  });

  it('agrees with a scan of every row for any heights and span', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(3.6, 6), { maxLength: 60 }),
        fc.double({ min: -20, max: 250, noNaN: true }),
        fc.double({ min: 0.1, max: 120, noNaN: true }),
        (heights, top, size) => {
          const found = rowRange(offsetsOf(heights), top, top + size);
          expect(found).toEqual(scan(heights, top, top + size));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
