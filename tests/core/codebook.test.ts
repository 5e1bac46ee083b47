import { describe, expect, it } from 'vitest';
import { chipLabels, DEFAULT_CODEBOOK, tagPath } from '../../src-renderer/core/codebook';

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

describe('chipLabels', () => {
  const tag = (id: string, name: string, parentId: string | null = null) => ({ id, name, parentId });

  it('shows the parent of a tag always, and nothing before a top-level tag', () => {
    const labels = chipLabels([tag('actor', 'Actor'), tag('putin', 'Vladimir Putin', 'actor'), tag('claim', 'Claim', 'type'), tag('type', 'Type')]);
    expect(labels.get('putin')).toEqual({ parent: 'Actor/', name: 'Vladimir Putin', path: 'Actor/Vladimir Putin' });
    expect(labels.get('claim')).toEqual({ parent: 'Type/', name: 'Claim', path: 'Type/Claim' });
    expect(labels.get('actor')).toEqual({ parent: '', name: 'Actor', path: 'Actor' });
  });

  it('shows only the nearest parent of a deep tag whose name is its own', () => {
    const labels = chipLabels([tag('a', 'Actor'), tag('ru', 'Russia', 'a'), tag('p', 'Vladimir Putin', 'ru')]);
    expect(labels.get('p')).toMatchObject({ parent: 'Russia/', path: 'Actor/Russia/Vladimir Putin' });
  });

  it('shows as much of the path as tells apart tags of the same name', () => {
    const labels = chipLabels([
      tag('a', 'Actor'),
      tag('t', 'Topic'),
      tag('ar', 'Russia', 'a'),
      tag('tr', 'Russia', 't'),
      tag('arg', 'Government', 'ar'),
      tag('trg', 'Government', 'tr'),
      tag('g', 'Government'),
      tag('ag', 'Government', 'a'),
    ]);
    expect(labels.get('ar')!.parent).toBe('Actor/');
    expect(labels.get('tr')!.parent).toBe('Topic/');
    expect(labels.get('arg')!.parent).toBe('Actor/Russia/');
    expect(labels.get('trg')!.parent).toBe('Topic/Russia/');
    // A top-level tag stays bare; its namesake under Actor shows its parent, which is enough.
    expect(labels.get('g')!.parent).toBe('');
    expect(labels.get('ag')!.parent).toBe('Actor/');
  });

  it('survives a parent cycle and a missing parent', () => {
    const labels = chipLabels([tag('x', 'X', 'y'), tag('y', 'Y', 'x'), tag('z', 'Z', 'gone')]);
    expect(labels.get('x')!.path).toBe('Y/X');
    expect(labels.get('z')).toEqual({ parent: '', name: 'Z', path: 'Z' });
  });
});
