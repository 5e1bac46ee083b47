import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, highlightRanges, oneEditVariants, stem, stemsApply, tokenize, withinOneEdit } from '../../../src-renderer/core/search/analyze';

describe('tokenize', () => {
  it('splits into whole words with their offsets, never inside a word', () => {
    const text = 'US top of supercomputing charts; Putin’s visit.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['us', 'top', 'of', 'supercomputing', 'charts', 'putin', 's', 'visit']);
    for (const t of tokens) expect(fold(text.slice(t.start, t.end))).toBe(t.term);
  });

  it('folds case, diacritics and ё, but keeps й', () => {
    expect(fold('Ёлка')).toBe('елка');
    expect(fold('Müller')).toBe('muller');
    expect(fold('CAFÉ')).toBe('cafe');
    expect(fold('Йошкар')).toBe('йошкар');
    // Decomposed input (e + combining acute) folds the same as composed.
    expect(fold('cafe\u0301')).toBe('cafe');
  });

  it('keeps offsets in UTF-16 code units for text outside the Basic Multilingual Plane', () => {
    const text = '𝐀 word';
    const [, w] = tokenize(text);
    expect(text.slice(w!.start, w!.end)).toBe('word');
  });
});

describe('stem', () => {
  it('joins English inflections', () => {
    expect(stem('negotiations')).toBe(stem('negotiating'));
    expect(stem('sanctions')).toBe(stem('sanctioned'));
  });

  it('joins Russian inflections, with ё as е', () => {
    expect(stem('переговоры')).toBe(stem('переговорах'));
    expect(stem(fold('Ещё'))).toBe(stem('еще'));
  });

  it('leaves words with digits whole', () => {
    expect(stem('2024s')).toBe('2024s');
  });

  it('is used by script, and only in languages it fits', () => {
    expect(stemsApply('latin', 'en')).toBe(true);
    expect(stemsApply('latin', 'fr')).toBe(false);
    expect(stemsApply('cyrillic', 'ru')).toBe(true);
    expect(stemsApply('latin', undefined)).toBe(true);
  });
});

describe('one typo', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(withinOneEdit('putin', 'ptuin')).toBe(true);
    expect(withinOneEdit('gazprom', 'gazporm')).toBe(true);
    expect(withinOneEdit('gazprom', 'gazpro')).toBe(true);
    expect(withinOneEdit('gazprom', 'gazproms')).toBe(true);
    expect(withinOneEdit('gazprom', 'gazprxn')).toBe(false);
    expect(withinOneEdit('abc', 'cba')).toBe(false);
  });

  it('generates exactly the words one edit away (within the alphabet)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-e]{1,6}$/), fc.stringMatching(/^[a-e]{0,7}$/), (a, b) => {
        const variants = new Set(oneEditVariants(a));
        if (a !== b) expect(variants.has(b)).toBe(withinOneEdit(a, b));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('highlightRanges', () => {
  it('marks every occurrence of the matched words, whole words only', () => {
    const text = 'Putin, computing; PUTIN.';
    expect(highlightRanges(text, ['putin']).map((r) => text.slice(r.start, r.end))).toEqual(['Putin', 'PUTIN']);
  });
});
