// Arrow keys in a pattern view: to the next cell with something in it, nearest column when changing rows.
import { describe, expect, it } from 'vitest';
import { countName, firstCell, nextCell } from '../../../src-renderer/core/patterns';

const counts = [
  [1, 0, 2, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 5],
];

describe('moving through cells', () => {
  it('skips empty cells along a row and stops at the edge', () => {
    expect(nextCell(counts, 0, 0, 'ArrowRight')).toEqual([0, 2]);
    expect(nextCell(counts, 0, 2, 'ArrowRight')).toBeNull();
    expect(nextCell(counts, 0, 2, 'ArrowLeft')).toEqual([0, 0]);
    expect(nextCell(counts, 0, 2, 'Home')).toEqual([0, 0]);
    expect(nextCell(counts, 0, 0, 'End')).toEqual([0, 2]);
  });

  it('goes down or up to the next row with a cell, the nearest column', () => {
    expect(nextCell(counts, 0, 2, 'ArrowDown')).toEqual([2, 3]);
    expect(nextCell(counts, 2, 3, 'ArrowUp')).toEqual([0, 2]);
    expect(nextCell(counts, 2, 3, 'ArrowDown')).toBeNull();
  });

  it('starts at the first cell and names counts', () => {
    expect(firstCell(counts)).toEqual([0, 0]);
    expect(firstCell([[0]])).toBeNull();
    expect([countName(1), countName(3), countName(1200, 'place')]).toEqual(['1 passage', '3 passages', '1,200 places']);
  });
});

describe('colour-blind-safe colours', () => {
  it('colour tag rows (and tag columns) in row order, leaving article columns alone', async () => {
    const { SAFE_PALETTE, withSafeColours } = await import('../../../src-renderer/core/patterns');
    const base = { title: 'x', rowsLabel: 'Tags', columnsLabel: 'Tags', counts: [[1, 0], [0, 2]], rows: [{ key: 'a', label: 'A', color: '#ff0000' }, { key: 'b', label: 'B' }] };
    const co = withSafeColours({ ...base, kind: 'cooccurrence', columns: [{ key: 'b', label: 'B' }, { key: 'a', label: 'A' }] });
    expect(co.rows.map((r) => r.color)).toEqual([SAFE_PALETTE[0], SAFE_PALETTE[1]]);
    expect(co.columns.map((r) => r.color)).toEqual([SAFE_PALETTE[1], SAFE_PALETTE[0]]);
    const m = withSafeColours({ ...base, kind: 'matrix', columns: [{ key: 'art', label: 'Article' }] });
    expect(m.columns).toEqual([{ key: 'art', label: 'Article' }]);
  });
});
