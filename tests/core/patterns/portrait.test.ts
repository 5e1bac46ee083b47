// The article portrait's marks: placed by their share of the text, one per tagged range, named by tag path
// and statement number, folded only when they would land on the same row with the same colours.
import { describe, expect, it } from 'vitest';
import { PORTRAIT_ROWS, portraitMarks, type PortraitTag } from '../../../src-renderer/core/patterns/portrait';

const statements = Array.from({ length: 100 }, (_, i) => ({ start: i * 100, end: i * 100 + 90 }));
const tags = new Map<string, PortraitTag>([
  ['claim', { path: 'Type/Claim', color: '#dc2626' }],
  ['quote', { path: 'Type/Quote', color: '#2563eb' }],
]);

describe('article portrait', () => {
  it('places one mark per tagged statement at its share of the text, in text order', () => {
    const marks = portraitMarks(10_000, statements, [
      { start: 5000, end: 5090, tagIds: ['quote'] },
      { start: 1100, end: 1190, tagIds: ['claim'] },
    ], tags);
    expect(marks.map((m) => [m.start, m.top, m.colors, m.label])).toEqual([
      [1100, 0.11, ['#dc2626'], 'Type/Claim, statement 12'],
      [5000, 0.5, ['#2563eb'], 'Type/Quote, statement 51'],
    ]);
  });

  it('names a passage by the statement it starts in, and keeps every tag of a range in order', () => {
    const [mark] = portraitMarks(10_000, statements, [{ start: 1120, end: 1250, tagIds: ['quote', 'claim'] }], tags);
    expect(mark!.label).toBe('Type/Quote, Type/Claim, passage in statement 12');
    expect(mark!.colors).toEqual(['#2563eb', '#dc2626']);
  });

  it('leaves out ranges with no known tag (notes without tags, tags deleted)', () => {
    expect(portraitMarks(10_000, statements, [{ start: 0, end: 90, tagIds: [] }, { start: 100, end: 190, tagIds: ['gone'] }], tags)).toEqual([]);
  });

  it('draws the ranges that fall on one row as one mark with their colours side by side, saying how many it stands for', () => {
    const text = PORTRAIT_ROWS * 1000;
    const many = portraitMarks(text, [], [
      { start: 10, end: 20, tagIds: ['claim'] },
      { start: 30, end: 40, tagIds: ['claim'] },
      { start: 50, end: 60, tagIds: ['quote'] },
      { start: 1000, end: 1010, tagIds: ['claim'] },
    ], tags);
    expect(many.map((m) => [m.start, m.count, m.colors, m.label])).toEqual([
      [10, 3, ['#dc2626', '#2563eb'], 'Type/Claim, passage and 2 more nearby'],
      [1000, 1, ['#dc2626'], 'Type/Claim, passage'],
    ]);
  });

  it('never draws more marks than the strip has rows, however many statements are tagged', () => {
    const ranges = Array.from({ length: 5000 }, (_, i) => ({ start: i * 20, end: i * 20 + 10, tagIds: [i % 2 ? 'claim' : 'quote'] }));
    const marks = portraitMarks(100_000, [], ranges, tags);
    expect(marks).toHaveLength(PORTRAIT_ROWS);
    expect(marks.reduce((n, m) => n + m.count, 0)).toBe(5000);
  });

  it('never places a mark below the strip, even at the last character', () => {
    const [mark] = portraitMarks(100, [], [{ start: 100, end: 100, tagIds: ['claim'] }], tags);
    expect(mark!.top).toBe((PORTRAIT_ROWS - 1) / PORTRAIT_ROWS);
  });
});
