import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK, tagPath } from '../../src-renderer/core/codebook';

describe('default codebook', () => {
  const byId = new Map(DEFAULT_CODEBOOK.map((t) => [t.id, t]));

  it('puts the five statement types on keys 1-5 under Type, in order', () => {
    const keyed = DEFAULT_CODEBOOK.filter((t) => t.key !== null).sort((a, b) => a.key! - b.key!);
    expect(keyed.map((t) => [t.key, tagPath(t, byId)])).toEqual([
      [1, 'Type/Claim'],
      [2, 'Type/Commitment'],
      [3, 'Type/Figure'],
      [4, 'Type/Quote'],
      [5, 'Type/Assessment'],
    ]);
  });

  it('has Actor and Topic roots and leaves keys 6-9 free', () => {
    expect(DEFAULT_CODEBOOK.filter((t) => t.parentId === null).map((t) => t.name)).toEqual(['Type', 'Actor', 'Topic']);
    expect(DEFAULT_CODEBOOK.some((t) => t.key !== null && t.key > 5)).toBe(false);
  });

  it('stops at cycles and missing parents when building a path', () => {
    const a = { id: 'a', name: 'A', parentId: 'b' };
    const b = { id: 'b', name: 'B', parentId: 'a' };
    expect(tagPath(a, new Map([['a', a], ['b', b]]))).toBe('B/A');
    expect(tagPath({ id: 'x', name: 'X', parentId: 'gone' }, new Map())).toBe('X');
  });
});
