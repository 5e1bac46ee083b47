import { describe, expect, it } from 'vitest';
import type { Article } from '../../src-renderer/core/article';
import {
  blockIndexAt,
  buildReadingModel,
  segmentsOf,
  statementsFromFlat,
  paragraphNumber,
  StatementIndex,
  statementId,
  titleView,
  toStatements,
} from '../../src-renderer/core/reading-model';

const text = 'Title here\n\nOne. Two.\n\nItem a\n\nItem b\n\nEnd.';
const article: Pick<Article, 'text' | 'blocks' | 'marks'> = {
  text,
  blocks: [
    { kind: 'heading', start: 0, end: 10, level: 1 },
    { kind: 'paragraph', start: 12, end: 21 },
    { kind: 'list-item', start: 23, end: 29, level: 1 },
    { kind: 'list-item', start: 31, end: 37, level: 1 },
    { kind: 'paragraph', start: 39, end: 43 },
  ],
  marks: [{ kind: 'em', start: 17, end: 20 }],
};
const spans = [
  { start: 0, end: 10 },
  { start: 12, end: 16 },
  { start: 17, end: 21 },
  { start: 23, end: 29 },
  { start: 31, end: 37 },
  { start: 39, end: 43 },
];

describe('reading model', () => {
  it('assigns each statement to its block', () => {
    expect(toStatements(article.blocks, spans).map((s) => s.block)).toEqual([0, 1, 1, 2, 3, 4]);
  });

  it('splits blocks into statements and the gaps between them, losing no text', () => {
    const units = buildReadingModel(article, toStatements(article.blocks, spans));
    const paragraph = units[1];
    expect(paragraph?.kind).toBe('block');
    if (paragraph?.kind !== 'block') return;
    const rebuilt = paragraph.view.parts.map((p) => (p.kind === 'gap' ? p.text : p.segments.map((s) => s.text).join(''))).join('');
    expect(rebuilt).toBe('One. Two.');
  });

  it('groups consecutive list items into one list', () => {
    const units = buildReadingModel(article, toStatements(article.blocks, spans));
    expect(units.map((u) => u.kind)).toEqual(['block', 'block', 'list', 'block']);
    const list = units[2];
    expect(list?.kind === 'list' && list.items.map((i) => i.number)).toEqual([3, 4]);
  });

  it('marks a list whose items show their own numbers, so it does not number them again', () => {
    const own = '1. Audit\n\n2) Vote\n\nPlain';
    const units = buildReadingModel(
      {
        text: own,
        blocks: [
          { kind: 'list-item', start: 0, end: 8, ordinal: 1 },
          { kind: 'list-item', start: 10, end: 17, ordinal: 2 },
          { kind: 'list-item', start: 19, end: 24, ordinal: 3 },
        ],
        marks: [],
      },
      [],
    );
    expect(units.map((u) => (u.kind === 'list' ? [u.ordered, u.numbered ?? false, u.items.length] : u.kind))).toEqual([
      [true, true, 2],
      [true, false, 1],
    ]);
    const list = buildReadingModel(article, []).find((u) => u.kind === 'list');
    expect(list?.kind === 'list' && list.numbered).toBeFalsy();
  });

  it('cuts marks at statement boundaries into uniformly styled segments', () => {
    expect(segmentsOf(text, 17, 21, article.marks)).toEqual([
      { text: 'Two', marks: ['em'] },
      { text: '.', marks: [] },
    ]);
  });

  it('finds the block holding an offset', () => {
    expect(blockIndexAt(article.blocks, 0)).toBe(0);
    expect(blockIndexAt(article.blocks, 18)).toBe(1);
    expect(blockIndexAt(article.blocks, 11)).toBe(-1);
    expect(blockIndexAt(article.blocks, 42)).toBe(4);
  });
});

describe('StatementIndex', () => {
  const statements = toStatements(article.blocks, spans);

  it('finds every statement by its id, at its place in the list', () => {
    const index = new StatementIndex(statements);
    statements.forEach((s, i) => {
      expect(index.get(s.id)).toBe(i);
      expect(index.has(s.id)).toBe(true);
    });
  });

  it('knows nothing of ids that are not statements: passages, other ends, other shapes', () => {
    const index = new StatementIndex(statements);
    const first = statements[0]!;
    for (const id of [statementId(first.start, first.end + 1), statementId(1, 5), 'p0-10', 's12-', '', 's-1-3', 's0-10x', 'sx-10', 's0_10', ' s0-10', 's00-10', 's0-010', 's0--10']) {
      expect(index.has(id)).toBe(false);
      expect(index.get(id)).toBeUndefined();
    }
    expect(new StatementIndex([]).has(first.id)).toBe(false);
  });
});

describe('statementsFromFlat', () => {
  it('reads the parser\'s [start, end, start, end, …] pairs into the same statements as toStatements', () => {
    const spans = [
      { start: 0, end: 10 },
      { start: 12, end: 16 },
      { start: 17, end: 21 },
      { start: 23, end: 29 },
      { start: 39, end: 43 },
    ];
    const flat = spans.flatMap((s) => [s.start, s.end]);
    expect(statementsFromFlat(article.blocks, flat)).toEqual(toStatements(article.blocks, spans));
    expect(statementsFromFlat(article.blocks, flat).map((s) => s.block)).toEqual([0, 1, 1, 2, 4]);
    expect(statementsFromFlat(article.blocks, [])).toEqual([]);
  });

  it('shows a figure as its caption but never makes it a statement', () => {
    const figure = 'Lead.\n\nA worker repairing cables.\n\nNext.';
    const blocks = [
      { kind: 'paragraph' as const, start: 0, end: 5 },
      { kind: 'figure' as const, start: 7, end: 33 },
      { kind: 'paragraph' as const, start: 35, end: 40 },
    ];
    const statements = statementsFromFlat(blocks, [0, 5, 7, 33, 35, 40]);
    expect(statements.map((s) => s.block)).toEqual([0, 2]);
    const units = buildReadingModel({ text: figure, blocks, marks: [] }, statements);
    const shown = units[1];
    expect(shown?.kind === 'block' && shown.view.parts).toEqual([{ kind: 'gap', text: 'A worker repairing cables.' }]);
  });

  it('gives list items their bullet or number as a marker outside the text, unless the text has its number', () => {
    const list = 'First\n\nNested\n\nThird\n\n4. Own';
    const units = buildReadingModel(
      {
        text: list,
        blocks: [
          { kind: 'list-item', start: 0, end: 5, level: 1 },
          { kind: 'list-item', start: 7, end: 13, level: 2 },
          { kind: 'list-item', start: 15, end: 20, level: 1, ordinal: 3 },
          { kind: 'list-item', start: 22, end: 28, level: 1, ordinal: 4 },
        ],
        marks: [],
      },
      [],
    );
    const markers = units.flatMap((u) => (u.kind === 'list' ? u.items.map((i) => i.marker ?? null) : []));
    expect(markers).toEqual(['•', '◦', '3.', null]);
  });

  it('draws a title block as the article\'s heading, with its statements, and numbers paragraphs after it', () => {
    const titled = 'Ministers agree\n\nOne. Two.';
    const blocks = [
      { kind: 'title' as const, start: 0, end: 15 },
      { kind: 'paragraph' as const, start: 17, end: 26 },
    ];
    const statements = statementsFromFlat(blocks, [0, 15, 17, 21, 22, 26]);
    const model = { text: titled, blocks, marks: [] };
    const units = buildReadingModel(model, statements);
    expect(units).toHaveLength(1);
    expect(units[0]?.kind === 'block' && units[0].view.number).toBe(1);
    const title = titleView(model, statements);
    expect(title?.parts).toEqual([{ kind: 'statement', statement: statements[0], segments: [{ text: 'Ministers agree', marks: [] }] }]);
    expect([0, 1].map((i) => paragraphNumber(blocks, i))).toEqual([undefined, 1]);
    expect(titleView(article, toStatements(article.blocks, spans))).toBeNull();
  });
});
