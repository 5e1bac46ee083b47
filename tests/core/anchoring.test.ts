// Behaviour of describeRange/anchor/anchorAll on edited article text: shifts, fuzzy edits, duplicates,
// orphans, Unicode and edge ranges.
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, describeRange, matchQuote, type AnnotationTarget } from '../../src-renderer/core/anchoring';
import { articleText } from './anchoring-fixtures';

const BASE = articleText(1, 20_000);
const HASH = 'hash-v1';
const EDITED = 'hash-v2';

function targetFor(text: string, quote: string, occurrence = 0, hash = HASH): AnnotationTarget {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`quote not in text: ${quote}`);
  return describeRange(text, at, at + quote.length, hash);
}

function middleQuote(text: string, at: number, length: number): AnnotationTarget {
  return describeRange(text, at, at + length, HASH);
}

describe('describeRange', () => {
  it('stores the quote, ~32 chars of context and the position', () => {
    const t = describeRange(BASE, 1000, 1050, HASH);
    expect(t.quote.exact).toBe(BASE.slice(1000, 1050));
    expect(t.quote.prefix).toBe(BASE.slice(968, 1000));
    expect(t.quote.suffix).toBe(BASE.slice(1050, 1082));
    expect(t.position).toEqual({ type: 'TextPositionSelector', start: 1000, end: 1050 });
    expect(t.contentHash).toBe(HASH);
  });

  it('clamps out-of-range and reversed offsets', () => {
    expect(describeRange('abcdef', 4, 2, HASH).position).toMatchObject({ start: 2, end: 4 });
    expect(describeRange('abcdef', -5, 99, HASH).quote.exact).toBe('abcdef');
  });
});

describe('anchor: unchanged text', () => {
  it('verifies positions when the content hash matches', () => {
    const t = middleQuote(BASE, 5000, 80);
    expect(anchor(BASE, HASH, t)).toEqual({ state: 'anchored', start: 5000, end: 5080, exact: true });
  });

  it('searches again when the hash matches but the slice does not (stale position)', () => {
    const t = middleQuote(BASE, 5000, 80);
    const stale = { ...t, position: { ...t.position, start: 4000, end: 4080 } };
    expect(anchor(BASE, HASH, stale)).toEqual({ state: 'anchored', start: 5000, end: 5080, exact: true });
  });
});

describe('anchor: shifted text', () => {
  const t = middleQuote(BASE, 9000, 120);

  it('follows a paragraph inserted before the quote', () => {
    const inserted = 'A brand new paragraph was added by the editor.\n\n';
    const text = BASE.slice(0, 3000) + inserted + BASE.slice(3000);
    expect(anchor(text, EDITED, t)).toEqual({ state: 'anchored', start: 9000 + inserted.length, end: 9120 + inserted.length, exact: true });
  });

  it('follows paragraphs deleted before the quote', () => {
    const text = BASE.slice(0, 2000) + BASE.slice(4500);
    expect(anchor(text, EDITED, t)).toEqual({ state: 'anchored', start: 6500, end: 6620, exact: true });
  });

  it('follows a shift larger than the search window (whole-text fallback)', () => {
    const big = articleText(7, 30_000) + '\n\n';
    const text = big + BASE;
    expect(anchor(text, EDITED, t)).toMatchObject({ start: 9000 + big.length, end: 9120 + big.length, exact: true });
  });

  it('anchors when the paragraph right before the quote changed (context partly lost)', () => {
    const text = BASE.slice(0, 8990) + ' Something else entirely was written here. ' + BASE.slice(9000);
    const r = anchor(text, EDITED, t);
    expect(r).toMatchObject({ state: 'anchored', exact: true });
    if (r.state === 'anchored') expect(text.slice(r.start, r.end)).toBe(t.quote.exact);
  });

  it('anchorAll shifts every target, in any input order', () => {
    const targets = [12_000, 500, 7000, 15_000].map((at) => middleQuote(BASE, at, 60));
    const inserted = 'Inserted lead paragraph.\n\n'.repeat(3);
    const moreInserted = 'A second insertion in the middle.\n\n';
    const text = inserted + BASE.slice(0, 10_000) + moreInserted + BASE.slice(10_000);
    const results = anchorAll(text, EDITED, targets);
    const shift = (at: number) => at + inserted.length + (at >= 10_000 ? moreInserted.length : 0);
    expect(results).toEqual(
      [12_000, 500, 7000, 15_000].map((at) => ({ state: 'anchored', start: shift(at), end: shift(at) + 60, exact: true })),
    );
  });
});

describe('anchor: fuzzy', () => {
  it('still anchors a quote with small edits inside it', () => {
    const t = middleQuote(BASE, 6000, 150);
    const q = t.quote.exact;
    const edited = q.slice(0, 40) + 'XY' + q.slice(43, 100) + q.slice(103);
    const text = 'New lead.\n\n' + BASE.slice(0, 6000) + edited + BASE.slice(6150);
    const r = anchor(text, EDITED, t);
    expect(r).toEqual({ state: 'anchored', start: 6011, end: 6011 + edited.length, exact: false });
  });

  it('anchors an edited quote even when a verbatim copy exists elsewhere with other context', () => {
    const quote = 'The minister confirmed the budget on Tuesday';
    const text1 = `Opening remarks were brief and formal. ${quote} after a long debate in parliament.`;
    const filler = articleText(3, 3000);
    const text = `${filler}\n\n${text1}\n\nLater: ${quote}, said a reporter.`;
    const t = targetFor(text, quote);
    const edited = text.replace(`${quote} after`, 'The minister confirmed the budget on Wednesday after');
    const r = anchor(edited, EDITED, t);
    expect(r.state).toBe('anchored');
    if (r.state === 'anchored') {
      expect(edited.slice(r.start, r.end)).toBe('The minister confirmed the budget on Wednesday');
      expect(r.exact).toBe(false);
    }
  });

  it('finds an edited quote that moved beyond the search window (whole-text fuzzy search)', () => {
    const t = middleQuote(BASE, 1000, 120);
    const q = t.quote.exact;
    const moved = q.slice(0, 50) + 'Q' + q.slice(51);
    const rest = BASE.slice(0, 900) + BASE.slice(1200);
    const text = rest + ' ' + BASE.slice(900, 1000) + moved + BASE.slice(1120, 1200);
    const expectedStart = rest.length + 1 + 100;
    for (const r of [anchor(text, EDITED, t), anchorAll(text, EDITED, [t])[0]]) {
      expect(r).toEqual({ state: 'anchored', start: expectedStart, end: expectedStart + 120, exact: false });
    }
  });

  it('finds a long, slightly edited quote moved far away into new context', () => {
    const t = middleQuote(BASE, 1000, 120);
    const q = t.quote.exact;
    const moved = q.slice(0, 30) + 'QQ' + q.slice(32, 90) + q.slice(91);
    const rest = BASE.slice(0, 990) + BASE.slice(1130);
    const text = `${rest}\n\nAs reported earlier: ${moved} (see above).`;
    const expectedStart = text.indexOf(moved);
    for (const r of [anchor(text, EDITED, t), anchorAll(text, EDITED, [t])[0]]) {
      expect(r).toEqual({ state: 'anchored', start: expectedStart, end: expectedStart + moved.length, exact: false });
    }
  });

  it('anchors the whole-text range after a small edit', () => {
    const text = BASE.slice(0, 2000);
    const t = describeRange(text, 0, text.length, HASH);
    const edited = text.slice(0, 1000) + 'EDIT' + text.slice(1004);
    expect(anchor(edited, EDITED, t)).toEqual({ state: 'anchored', start: 0, end: edited.length, exact: false });
  });
});

describe('anchor: repeated quotes', () => {
  const para = 'The committee approved the plan.';
  const text = [`Monday: ${para} Costs rose.`, `Tuesday: ${para} Costs fell.`, `Friday: ${para} Nobody came.`].join('\n\n');

  it('picks the occurrence whose context matches', () => {
    const t = targetFor(text, para, 1);
    const edited = 'Preface.\n\n' + text;
    const r = anchor(edited, EDITED, t);
    expect(r).toMatchObject({ state: 'anchored', start: t.position.start + 10 });
  });

  it('picks the occurrence nearest the hint when contexts are equal', () => {
    const same = [`Note: ${para}`, `Note: ${para}`, `Note: ${para}`].join(' ');
    const t = targetFor(same, para, 2);
    const r = anchor('x' + same, EDITED, t);
    expect(r).toMatchObject({ state: 'anchored', start: t.position.start + 1 });
    const fuzzy = matchQuote(same, 'The comittee approved', { hint: same.lastIndexOf(para) });
    expect(fuzzy?.start).toBe(same.lastIndexOf(para));
  });
});

describe('anchor: orphans', () => {
  it('orphans a quote whose paragraph was deleted', () => {
    const paraStart = BASE.indexOf('\n\n', 8000) + 2;
    const paraEnd = BASE.indexOf('\n\n', paraStart);
    const t = middleQuote(BASE, paraStart + 10, 60);
    const text = BASE.slice(0, paraStart) + BASE.slice(paraEnd + 2);
    expect(anchor(text, EDITED, t)).toEqual({ state: 'orphan' });
  });

  it('orphans a heavily rewritten quote instead of anchoring to unrelated text', () => {
    const t = middleQuote(BASE, 4000, 100);
    const rewritten = 'Q'.repeat(20) + ' completely different words are standing here now ' + 'Z'.repeat(29);
    const text = BASE.slice(0, 4000) + rewritten + BASE.slice(4100);
    expect(anchor(text, EDITED, t)).toEqual({ state: 'orphan' });
  });

  it('orphans a short quote that was deleted even though the word occurs elsewhere', () => {
    const text = 'Officials said the vote passed. Critics said the count was flawed. Both sides agreed.';
    const t = targetFor(text, 'flawed');
    const edited = 'Officials said the vote passed. Both sides agreed that the flawed process must change.';
    expect(anchor(edited, EDITED, t)).toEqual({ state: 'orphan' });
  });

  it('never throws on damaged targets or empty text', () => {
    const t = middleQuote(BASE, 100, 20);
    const damaged = { ...t, position: { ...t.position, start: Number.NaN } } as AnnotationTarget;
    expect(anchor(BASE, EDITED, damaged)).toMatchObject({ state: 'anchored', start: 100 });
    expect(anchor('', EDITED, t)).toEqual({ state: 'orphan' });
    const broken = { contentHash: 'x' } as unknown as AnnotationTarget;
    expect(anchor(BASE, EDITED, broken)).toEqual({ state: 'orphan' });
    expect(anchorAll(BASE, EDITED, [broken, t])).toEqual([{ state: 'orphan' }, { state: 'anchored', start: 100, end: 120, exact: true }]);
  });
});

describe('anchor: Unicode', () => {
  it('anchors Cyrillic text after edits', () => {
    const text = 'Министр заявил, что бюджет будет принят во вторник. Оппозиция выступила против. Голосование перенесли.';
    const quote = 'бюджет будет принят во вторник';
    const t = targetFor(text, quote);
    const edited = 'Срочно. ' + text.replace('во вторник', 'в среду');
    const r = anchor(edited, EDITED, t);
    expect(r.state).toBe('anchored');
    if (r.state === 'anchored') expect(edited.slice(r.start, r.end)).toBe('бюджет будет принят в среду');
  });

  it('never splits a surrogate pair in ranges or context', () => {
    const text = '😀'.repeat(20) + ' hello 🎉 world ' + '🚀'.repeat(20);
    const t = describeRange(text, 21, 44, HASH); // 21 splits the pair at 20-21
    expect(t.position.start).toBe(20);
    expect(t.quote.prefix.length % 2).toBe(0);
    expect(t.quote.prefix.length).toBeGreaterThan(0);
    const v = describeRange('a' + '😀'.repeat(20) + ' hello', 42, 47, HASH); // 42 - 32 splits an emoji
    expect(v.quote.prefix).toBe('😀'.repeat(15) + ' ');
    const end = text.length - 5; // splits a rocket
    const u = describeRange(text, 45, end, HASH);
    expect(u.position.end).toBe(end + 1);
  });

  it('keeps fuzzy matches on code-point boundaries', () => {
    const text = 'Intro line. 🎉🎉 Celebrations 🎉 continued all night long in the city 🎊 centre. Outro.';
    const t = targetFor(text, '🎉 Celebrations 🎉 continued all night long in the city 🎊');
    const edited = text.replace('🎉🎉 Celebrations', '🎈🎉 Celebration').replace('city 🎊', 'town 🎆');
    const r = anchor(edited, EDITED, t);
    expect(r.state).toBe('anchored');
    if (r.state === 'anchored') {
      for (const at of [r.start, r.end]) {
        const code = edited.charCodeAt(at);
        expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
      }
      expect(edited.slice(r.start, r.end)).toContain('continued all night long');
    }
  });
});

describe('anchor: empty and whole-text ranges', () => {
  it('re-anchors an empty range, shifted', () => {
    const t = describeRange(BASE, 3000, 3000, HASH);
    expect(anchor(BASE, HASH, t)).toEqual({ state: 'anchored', start: 3000, end: 3000, exact: true });
    expect(anchor('Lead.\n\n' + BASE, EDITED, t)).toEqual({ state: 'anchored', start: 3007, end: 3007, exact: true });
  });

  it('re-anchors the whole-text range, unchanged and shifted', () => {
    const text = BASE.slice(0, 500);
    const t = describeRange(text, 0, text.length, HASH);
    expect(t.quote.prefix).toBe('');
    expect(t.quote.suffix).toBe('');
    expect(anchor(text, EDITED, t)).toEqual({ state: 'anchored', start: 0, end: 500, exact: true });
    expect(anchor('Lead. ' + text, EDITED, t)).toMatchObject({ state: 'anchored', start: 6, end: 506, exact: true });
  });

  it('handles the empty text', () => {
    const t = describeRange('', 0, 0, HASH);
    expect(anchor('', EDITED, t)).toEqual({ state: 'anchored', start: 0, end: 0, exact: true });
    expect(matchQuote('', 'x')).toBeNull();
  });
});
