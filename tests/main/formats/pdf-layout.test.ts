// Text reconstruction from positioned items, without pdf.js: lines, running lines, paragraphs, hyphens.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  isPageNumber,
  joinLines,
  linesOfPage,
  paragraphsOf,
  removeRunningLines,
  type PdfLine,
  type PdfTextItem,
} from '../../../src-main/import/formats/pdf-layout';

function line(page: number, text: string, y: number, x = 72, size = 11): PdfLine {
  return { page, text, x, right: x + text.length * size * 0.5, y, size };
}

describe('linesOfPage', () => {
  test('items on one baseline join with a space only where there is a gap', () => {
    const items: PdfTextItem[] = [
      { str: 'Hello', x: 72, y: 700, width: 25, fontSize: 10 },
      { str: 'world', x: 100, y: 700, width: 25, fontSize: 10 },
      { str: '!', x: 125, y: 700.5, width: 3, fontSize: 10 },
      { str: 'Next line', x: 72, y: 686, width: 40, fontSize: 10 },
    ];
    const lines = linesOfPage({ page: 1, width: 612, height: 792, items });
    expect(lines.map((l) => l.text)).toEqual(['Hello world!', 'Next line']);
  });

  test('a jump back to the left on the same baseline starts a new line (columns stay apart)', () => {
    const items: PdfTextItem[] = [
      { str: 'Right column', x: 320, y: 700, width: 60, fontSize: 10 },
      { str: 'Left column', x: 72, y: 700, width: 55, fontSize: 10 },
    ];
    expect(linesOfPage({ page: 1, width: 612, height: 792, items })).toHaveLength(2);
  });
});

describe('page numbers and running lines', () => {
  test.each(['3', 'Page 3', 'page 3 of 9', 'Page 12 / 40', '- 3 -', '— 12 —', 'iv', '[7]', 'Стр. 5', 'стр. 5 из 9'])('%s is a page number', (t) => {
    expect(isPageNumber(t)).toBe(true);
  });

  test.each(['3 ships', 'In 2024 prices rose', 'Chapter 3', 'Page three'])('%s is not a page number', (t) => {
    expect(isPageNumber(t)).toBe(false);
  });

  test('repeated top and bottom lines are dropped, body lines that repeat elsewhere are kept', () => {
    const pages = [1, 2, 3].map((p) => [
      line(p, `Weekly Digest, issue ${p}`, 750, 72, 9),
      line(p, `Body text of page ${p}.`, 700),
      line(p, 'Repeated phrase.', 686),
      line(p, 'Repeated phrase.', 500),
      line(p, `${p}`, 40, 300, 9),
    ]);
    const kept = removeRunningLines(pages).map((ls) => ls.map((l) => l.text));
    expect(kept[0]).toEqual(['Body text of page 1.', 'Repeated phrase.', 'Repeated phrase.']);
    expect(kept[2]).toEqual(['Body text of page 3.', 'Repeated phrase.', 'Repeated phrase.']);
  });

  test('a single page keeps its top line (no repetition to go by) but drops an edge page number', () => {
    const kept = removeRunningLines([[line(1, 'Report title', 750), line(1, 'Text.', 700), line(1, '1', 40)]]);
    expect(kept[0]!.map((l) => l.text)).toEqual(['Report title', 'Text.']);
  });
});

describe('joinLines', () => {
  test.each([
    ['interna-', 'tional', 'international'],
    ['между-', 'народный', 'международный'],
    ['Anglo-', 'Saxon', 'Anglo-Saxon'],
    ['soft\u00AD', 'hyphen', 'softhyphen'],
    ['plain', 'words', 'plain words'],
    ['range 1990-', '2000', 'range 1990- 2000'],
  ])('%s + %s -> %s', (a, b, out) => {
    expect(joinLines(a, b)).toBe(out);
  });
});

describe('paragraphsOf', () => {
  test('first-line indent starts a paragraph even without a vertical gap', () => {
    const page = [
      line(1, 'First paragraph line one', 700, 90),
      line(1, 'and its second line.', 686),
      line(1, 'Second paragraph begins', 672, 90),
      line(1, 'and ends.', 658),
    ];
    expect(paragraphsOf([page]).map((p) => p.text)).toEqual(['First paragraph line one and its second line.', 'Second paragraph begins and ends.']);
  });

  test('a larger font line becomes a heading with a level by size rank', () => {
    const page = [line(1, 'Main Title', 740, 72, 20), line(1, 'Section', 710, 72, 14), line(1, 'Body text here.', 690), line(1, 'More body text.', 676)];
    const paras = paragraphsOf([page]);
    expect(paras.map((p) => [p.kind, p.level])).toEqual([
      ['heading', 1],
      ['heading', 2],
      ['paragraph', undefined],
    ]);
  });

  test('a page break joins a sentence that continues in lower case, not one that ended', () => {
    const pages = [
      [line(1, 'The talks went on', 700), line(1, 'until the end of', 686)],
      [line(2, 'the week.', 700), line(2, 'Meanwhile prices', 672), line(2, 'rose again.', 658)],
      [line(3, 'A new page, a new paragraph.', 700)],
    ];
    const paras = paragraphsOf(pages);
    expect(paras.map((p) => [p.page, p.text])).toEqual([
      [1, 'The talks went on until the end of the week.'],
      [2, 'Meanwhile prices rose again.'],
      [3, 'A new page, a new paragraph.'],
    ]);
  });

  test('a word hyphenated across a page break is joined; the paragraph keeps its first page', () => {
    const pages = [
      [line(1, 'Talks on the interna-', 686)],
      [line(2, 'tional corridor went on and on-', 700), line(2, 'ward into the night.', 686)],
    ];
    expect(paragraphsOf(pages).map((p) => [p.page, p.text])).toEqual([[1, 'Talks on the international corridor went on and onward into the night.']]);
  });

  test('thousands of items on one baseline are grouped quickly', () => {
    const items: PdfTextItem[] = Array.from({ length: 100_000 }, (_, i) => ({ str: i % 2 ? ' ' : 'w', x: 72 + i, y: 700, width: 1, fontSize: 10 }));
    const t0 = performance.now();
    expect(linesOfPage({ page: 1, width: 612, height: 792, items })).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  test('never throws and never loses a non-empty line’s words, whatever the geometry', () => {
    const arbLine = fc.record({
      text: fc.stringMatching(/^[A-Za-z]{1,8}( [a-z]{1,8}){0,3}[.-]?$/),
      x: fc.integer({ min: 0, max: 600 }),
      y: fc.integer({ min: 0, max: 800 }),
      size: fc.integer({ min: 4, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(arbLine, { maxLength: 12 }), { maxLength: 4 }), (pages) => {
        const lines = pages.map((ls, i) => ls.map((l) => line(i + 1, l.text, l.y, l.x, l.size)));
        const paras = paragraphsOf(removeRunningLines(lines));
        for (const p of paras) expect(p.text.trim().length).toBeGreaterThan(0);
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
