import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapToWords, trimRange, wordAround } from '../../src-renderer/core/word-snap';

/** The text a selection of `text` from `from` to `to` (the characters dragged over) is snapped to. */
function snapped(text: string, from: string, to: string, exact = false): string | null {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  const r = snapToWords(text, start, end, exact);
  return r && text.slice(r.start, r.end);
}

describe('snapToWords', () => {
  it('widens a selection that starts and ends inside words to the whole words', () => {
    const text = 'The ongoing issues were raised again, including those of the port.';
    expect(snapped(text, 'ngoing', 'tho')).toBe('ongoing issues were raised again, including those');
    // The drag's direction does not matter.
    const start = text.indexOf('ngoing');
    const end = text.indexOf('tho') + 3;
    expect(snapToWords(text, end, start)).toEqual(snapToWords(text, start, end));
  });

  it('keeps a selection already on word edges, trimming only its white space', () => {
    const text = 'Talks continue on Tuesday.';
    expect(snapped(text, ' continue', 'on ')).toBe('continue on');
    expect(snapped(text, 'Talks', 'Tuesday.')).toBe('Talks continue on Tuesday.');
  });

  it('widens part of one word to that word', () => {
    expect(snapped('a budget of 412 million euros', 'illi', 'illi')).toBe('million');
  });

  it('keeps the exact ends (trimmed) when asked, as with Alt held', () => {
    const text = 'The ongoing issues were raised';
    expect(snapped(text, 'ngoing', 'iss', true)).toBe('ngoing iss');
  });

  it('returns null for white space only', () => {
    expect(snapToWords('a   b', 1, 4)).toBeNull();
    expect(trimRange('a   b', 2, 2)).toBeNull();
  });

  it('reads Cyrillic words', () => {
    const text = 'Переговоры продолжатся во вторник в Женеве.';
    expect(snapped(text, 'говоры', 'должат')).toBe('Переговоры продолжатся');
  });

  it('keeps apostrophes and hyphens inside words, not at their edges', () => {
    expect(snapped("They don't agree", 'do', 'do')).toBe("don't");
    expect(snapped('la relance de l’économie', 'écon', 'écon')).toBe('l’économie');
    expect(snapped('a well-known port', 'ell', 'ell')).toBe('well-known');
    expect(snapped('pro-Kremlin media', 'Krem', 'Krem')).toBe('pro-Kremlin');
    // A closing apostrophe is punctuation after the word.
    expect(snapped("The dockworkers' union warned", 'ckwor', 'uni')).toBe("dockworkers' union");
    expect(snapped("'Quoted' words", 'uot', 'uot')).toBe('Quoted');
  });

  it('keeps numbers whole: percentages, decimals, thousands', () => {
    expect(snapped('traffic rose by 16% last year', 'rose', '16')).toBe('rose by 16%');
    expect(snapped('it grew 3.5 points', 'gr', '3')).toBe('grew 3.5');
    expect(snapped('up to 1,000 jobs', 'up', '1,0')).toBe('up to 1,000');
    expect(snapped('рост на 16% за год', 'ост', '1')).toBe('рост на 16%');
    // A full stop after a number ends the sentence, it does not join the next word.
    expect(snapped('rose 9%. Next year', 'os', '9')).toBe('rose 9%');
    expect(snapped('in 2030.Then', '20', '20')).toBe('2030');
  });

  it('stops at other punctuation and line ends', () => {
    expect(snapped('(budget) approved', 'udg', 'udg')).toBe('budget');
    expect(snapped('first line\nsecond line', 'ine', 'sec')).toBe('line\nsecond');
    expect(snapped('«Газпром» заявил', 'азп', 'азп')).toBe('Газпром');
  });

  it('never splits a letter outside the Basic Multilingual Plane', () => {
    const text = 'x 𝐀𝐁𝐂 y';
    // 𝐀 is code units 2-3, 𝐁 4-5: offset 5 falls between the two halves of 𝐁.
    const r = snapToWords(text, 5, 5 + 1)!;
    expect(text.slice(r.start, r.end)).toBe('𝐀𝐁𝐂');
  });
});

describe('wordAround', () => {
  it('finds the word a point is strictly inside, none at its edges', () => {
    const text = 'one two';
    expect(wordAround(text, 1)).toEqual({ start: 0, end: 3 });
    expect(wordAround(text, 3)).toBeNull();
    expect(wordAround(text, 4)).toBeNull();
    expect(wordAround(text, 0)).toBeNull();
    expect(wordAround(text, text.length)).toBeNull();
  });
});

// Texts made of the characters that matter here: letters of two scripts, digits, joiners, punctuation,
// white space and a letter outside the BMP.
const PIECES = ['a', 'b', 'é', 'Ж', 'я', '́', '1', '9', "'", '’', '-', '.', ',', '%', '!', '(', ')', '«', ' ', ' ', '\n', '\t', '𝐀'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const withRange = texts.chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: text.length })));

/** Every word of the text, found by one pass over all of it (the module reads only around the ends). */
function wordsOf(text: string): { start: number; end: number }[] {
  const word = /[\p{L}\p{M}\p{N}]+(?:(?:['’ʼ\-‐‑]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*(?:(?<=\p{N})[%‰])?/gu;
  return [...text.matchAll(word)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
const inside = (w: { start: number; end: number }, at: number) => w.start < at && at < w.end;
const isHighSurrogate = (c: string | undefined) => c !== undefined && c >= '\uD800' && c <= '\uDBFF';

describe('snapToWords, properties', () => {
  it('holds the trimmed selection, ends on no word inside and on no white space', () => {
    fc.assert(
      fc.property(withRange, ([text, a, b]) => {
        const trimmed = trimRange(text, a, b);
        const r = snapToWords(text, a, b);
        if (!trimmed) return r === null;
        expect(r).not.toBeNull();
        expect(r!.start).toBeLessThanOrEqual(trimmed.start);
        expect(r!.end).toBeGreaterThanOrEqual(trimmed.end);
        for (const w of wordsOf(text)) {
          expect(inside(w, r!.start)).toBe(false);
          expect(inside(w, r!.end)).toBe(false);
        }
        expect(/\s/u.test(text[r!.start]!)).toBe(false);
        expect(/\s/u.test(text[r!.end - 1]!)).toBe(false);
        // Widened only over the word it started or ended in: no white space taken in.
        expect(/\s/u.test(text.slice(r!.start, trimmed.start))).toBe(false);
        expect(/\s/u.test(text.slice(trimmed.end, r!.end))).toBe(false);
        return true;
      }),
    );
  });

  it('widens only ends that were inside a word, and is stable when applied again', () => {
    fc.assert(
      fc.property(withRange, ([text, a, b]) => {
        const trimmed = trimRange(text, a, b);
        const r = snapToWords(text, a, b);
        if (!trimmed || !r) return true;
        const words = wordsOf(text);
        if (!words.some((w) => inside(w, trimmed.start))) expect(r.start).toBe(trimmed.start);
        if (!words.some((w) => inside(w, trimmed.end))) expect(r.end).toBe(trimmed.end);
        expect(snapToWords(text, r.start, r.end)).toEqual(r);
        return true;
      }),
    );
  });

  it('never cuts a surrogate pair when widening', () => {
    fc.assert(
      fc.property(withRange, ([text, a, b]) => {
        const r = snapToWords(text, a, b);
        if (!r) return true;
        const trimmed = trimRange(text, a, b)!;
        if (r.start !== trimmed.start) expect(isHighSurrogate(text[r.start - 1])).toBe(false);
        if (r.end !== trimmed.end) expect(isHighSurrogate(text[r.end - 1])).toBe(false);
        return true;
      }),
    );
  });

  it('keeps the exact ends, trimmed, when asked', () => {
    fc.assert(
      fc.property(withRange, ([text, a, b]) => {
        expect(snapToWords(text, a, b, true)).toEqual(trimRange(text, a, b));
      }),
    );
  });
});
