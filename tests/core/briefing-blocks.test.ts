// What a briefing says of where a quote came from: a list item's bullet or number is written as Markdown
// list syntax in the quote (its text read back unchanged), and paragraphs are numbered after the title.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src-renderer/core/article';
import { toBriefingInput } from '../../src-renderer/core/briefing';
import { renderArticleBriefing } from '../../src-renderer/core/markdown';
import { commonmark } from './markdown/oracle';

const text = 'Budget plan\n\nThe council listed its priorities.\n\nCut spending on consultants.\n\nKeep the libraries open.\n\n4. Repair the bridge.';
const article: Article = {
  id: 'a1', path: 'budget.txt', format: 'txt', encoding: 'utf-8', contentHash: 'h', title: 'Budget plan', text,
  blocks: [
    { kind: 'title', start: 0, end: 11 },
    { kind: 'paragraph', start: 13, end: 47 },
    { kind: 'list-item', start: 49, end: 77, level: 1 },
    { kind: 'list-item', start: 79, end: 103, level: 1, ordinal: 3 },
    { kind: 'list-item', start: 105, end: 126, level: 1, ordinal: 4 },
  ],
  marks: [],
};
const placed = (id: string, start: number, end: number) => ({ id, tagIds: [], note: '', quote: text.slice(start, end), range: { start, end } });

describe('briefing: list items and the title', () => {
  const input = toBriefingInput(
    article,
    [placed('t', 0, 11), placed('p', 13, 47), placed('b', 49, 77), placed('n', 79, 103), placed('own', 105, 126), placed('mid', 83, 92)],
    [],
    '',
    new Date('2024-01-01T00:00:00Z'),
  );
  const byId = new Map(input.annotations.map((a) => [a.id, a]));

  it('numbers paragraphs after the title, and gives the title none', () => {
    expect(byId.get('t')?.paragraph).toBeUndefined();
    expect(byId.get('p')?.paragraph).toBe(1);
    expect(byId.get('n')?.paragraph).toBe(3);
  });

  it('gives a quote that opens a list item its marker, unless the item says its own number', () => {
    expect(['b', 'n', 'own', 'mid', 'p'].map((id) => byId.get(id)?.listMarker)).toEqual(['-', '3.', undefined, undefined, undefined]);
  });

  it('writes the marker as Markdown list syntax inside the quote, the text read back unchanged', () => {
    const md = renderArticleBriefing(input);
    expect(md).toContain('> 3. Keep the libraries open.');
    expect(md).toContain('> - Cut spending on consultants.');
    const tokens = commonmark.parse(md, {});
    const ordered = tokens.find((t) => t.type === 'ordered_list_open');
    expect(Number(ordered?.attrGet('start'))).toBe(3);
    const texts = tokens.filter((t) => t.type === 'inline').map((t) => t.content);
    expect(texts).toContain('Keep the libraries open.');
    // An item that says its own number is quoted as written (escaped, not read as a second list).
    expect(tokens.filter((t) => t.type === 'ordered_list_open')).toHaveLength(1);
    expect(md).toContain('> 4\\. Repair the bridge.');
  });
});
