import { describe, expect, it } from 'vitest';
import { findAll, fuzzyScore } from '../../src-renderer/core/find';

describe('findAll', () => {
  it('finds every case-insensitive occurrence with exact offsets', () => {
    const text = 'Putin met Aliyev. PUTIN said: putin.';
    expect(findAll(text, 'putin')).toEqual([
      { start: 0, end: 5 },
      { start: 18, end: 23 },
      { start: 30, end: 35 },
    ]);
  });

  it('treats regular-expression characters literally and ignores empty queries', () => {
    expect(findAll('a.b a+b (x)', 'a+b')).toEqual([{ start: 4, end: 7 }]);
    expect(findAll('(x)', '(x)')).toEqual([{ start: 0, end: 3 }]);
    expect(findAll('abc', '   ')).toEqual([]);
  });

  it('finds Cyrillic text regardless of case', () => {
    expect(findAll('Путин и ПУТИН', 'путин')).toHaveLength(2);
  });
});

describe('fuzzyScore', () => {
  it('ranks direct substrings above scattered letters and rejects non-matches', () => {
    expect(fuzzyScore('Type/Claim', 'claim')).toBeGreaterThan(fuzzyScore('Topic/Climate', 'clim') - 1000);
    expect(fuzzyScore('Type/Claim', 'tcl')).toBeGreaterThan(0);
    expect(fuzzyScore('Type/Claim', 'xyz')).toBe(-1);
    expect(fuzzyScore('Actor/Putin', 'putin')).toBeGreaterThan(fuzzyScore('Actor/Peter Utin', 'putin'));
  });
});
