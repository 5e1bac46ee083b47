// The tag matrix's numbers against a small hand-made corpus: per article and grouped, the hierarchy rule
// (a parent counts a passage once), the filters, collapsing, and the passages behind each cell.
import { describe, expect, it } from 'vitest';
import { computeMatrix, type PatternResult } from '../../../src-renderer/core/patterns';
import { ARTICLES, TAGS, fact } from './corpus-fixtures';

/** The table as { 'Row path': { 'Column label': count } }, non-empty cells only. */
function grid(result: PatternResult): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  result.table.rows.forEach((row, r) => {
    result.table.columns.forEach((col, c) => {
      const n = result.table.counts[r]![c]!;
      if (n > 0) (out[row.label] ??= {})[col.label] = n;
    });
  });
  return out;
}

const facts = [
  fact('a', ['claim'], 0),
  fact('a', ['claim', 'figure'], 20), // both children of Type: once in Type
  fact('a', ['type', 'claim'], 40), // parent and child: once in Type
  fact('a', ['putin'], 60),
  fact('b', ['claim', 'putin'], 0),
  fact('b', ['figure'], 20),
  fact('c', ['putin'], 0),
  fact('gone', ['claim'], 0), // an article no longer in the library
  fact('a', ['deleted-tag'], 80), // a tag no longer in the codebook
];

describe('tag matrix', () => {
  it('counts passages per tag and article, a parent counting each passage of its subtree once', () => {
    const m = computeMatrix({ facts, articles: ARTICLES, tags: TAGS });
    expect(m.table.rows.map((r) => [r.label, r.depth])).toEqual([
      ['Type', 0],
      ['Type/Claim', 1],
      ['Type/Figure', 1],
      ['Actor', 0],
      ['Actor/Putin', 1],
    ]);
    expect(m.table.columns.map((c) => c.label)).toEqual(['Baku talks', 'Oslo accord', 'Undated memo']);
    expect(grid(m)).toEqual({
      Type: { 'Baku talks': 3, 'Oslo accord': 2 },
      'Type/Claim': { 'Baku talks': 3, 'Oslo accord': 1 },
      'Type/Figure': { 'Baku talks': 1, 'Oslo accord': 1 },
      Actor: { 'Baku talks': 1, 'Oslo accord': 1, 'Undated memo': 1 },
      'Actor/Putin': { 'Baku talks': 1, 'Oslo accord': 1, 'Undated memo': 1 },
    });
    expect(m.table).toMatchObject({ kind: 'matrix', title: 'Tag matrix', rowsLabel: 'Tags', columnsLabel: 'Articles' });
  });

  it('a parent row is at most the sum of its children and its own, and at least the largest', () => {
    const m = computeMatrix({ facts, articles: ARTICLES, tags: TAGS });
    const [type, claim, figure] = m.table.counts;
    expect(type![0]).toBe(3);
    expect(claim![0]! + figure![0]!).toBe(4);
  });

  it('groups by collection (an article in two counts in both), source and month, the empty bucket last', () => {
    const input = { facts, articles: ARTICLES, tags: TAGS };
    expect(grid(computeMatrix(input, 'collection'))['Actor/Putin']).toEqual({ Caucasus: 2, Europe: 1, 'No collection': 1 });
    expect(computeMatrix(input, 'collection').table.columns.map((c) => c.label)).toEqual(['Caucasus', 'Europe', 'No collection']);
    expect(grid(computeMatrix(input, 'source'))['Type']).toEqual({ AP: 2, Reuters: 3 });
    const months = computeMatrix(input, 'month');
    expect(months.table.columns.map((c) => c.label)).toEqual(['2026-01', '2026-02', 'Undated']);
    expect(grid(months)['Actor']).toEqual({ '2026-01': 1, '2026-02': 1, Undated: 1 });
  });

  it('opens, from each cell, exactly the passages it counts, in text order', () => {
    const m = computeMatrix({ facts, articles: ARTICLES, tags: TAGS });
    const type = m.items(0, 0);
    expect(type.map((i) => i.annotationIds[0])).toEqual([facts[0]!.id, facts[1]!.id, facts[2]!.id]);
    expect(m.items(4, 2)).toEqual([{ articleId: 'c', annotationIds: [facts[6]!.id] }]);
    expect(m.items(1, 2)).toEqual([]);
  });

  it('filters by tag (rows of its subtree only, still named by full path), collection, source, dates and a search', () => {
    const base = { facts, articles: ARTICLES, tags: TAGS };
    const claimOnly = computeMatrix({ ...base, filters: { tagIds: ['claim'] } });
    expect(grid(claimOnly)).toEqual({ 'Type/Claim': { 'Baku talks': 3, 'Oslo accord': 1 } });
    expect(computeMatrix({ ...base, filters: { tagIds: ['figure'] } }).table.columns.map((c) => c.label)).toEqual(['Baku talks', 'Oslo accord']);
    const actor = computeMatrix({ ...base, filters: { tagIds: ['actor'] } });
    expect(actor.table.rows.map((r) => [r.label, r.depth])).toEqual([
      ['Actor', 0],
      ['Actor/Putin', 1],
    ]);
    expect(computeMatrix({ ...base, filters: { collections: ['Europe'] } }).table.columns.map((c) => c.label)).toEqual(['Oslo accord']);
    expect(computeMatrix({ ...base, filters: { sources: ['Reuters'] } }).table.columns.map((c) => c.label)).toEqual(['Baku talks']);
    expect(computeMatrix({ ...base, filters: { sources: [''] } }).table.columns.map((c) => c.label)).toEqual(['Undated memo']);
    // A range leaves the undated out; a month as the end covers the whole month.
    expect(computeMatrix({ ...base, filters: { from: '2026-01-06', to: '2026-02' } }).table.columns.map((c) => c.label)).toEqual(['Oslo accord']);
    expect(computeMatrix({ ...base, filters: { to: '2026-01' } }).table.columns.map((c) => c.label)).toEqual(['Baku talks']);
    expect(computeMatrix({ ...base, filters: { articleIds: new Set(['c']) } }).table.columns.map((c) => c.label)).toEqual(['Undated memo']);
  });

  it('hides the rows under a collapsed tag, whose own row keeps summing them', () => {
    const m = computeMatrix({ facts, articles: ARTICLES, tags: TAGS, collapsed: new Set(['type']) });
    expect(m.table.rows.map((r) => r.label)).toEqual(['Type', 'Actor', 'Actor/Putin']);
    expect(m.table.counts[0]).toEqual([3, 2, 0]);
    expect(m.hasChildren).toEqual([true, true, false]);
  });

  it('leaves out rows and columns without passages, and is empty with no passages', () => {
    const m = computeMatrix({ facts: [], articles: ARTICLES, tags: TAGS });
    expect(m.table.rows).toEqual([]);
    expect(m.table.columns).toEqual([]);
    expect(m.table.counts).toEqual([]);
  });

  it('groups by who said it: a column per actor under Actor, each passage under the actors it carries', () => {
    const tags = [...TAGS, { id: 'aliyev', name: 'Aliyev', parentId: 'actor', color: '#16a34a', order: 1 }];
    const said = [...facts, fact('a', ['figure', 'aliyev'], 100), fact('b', ['claim', 'putin', 'aliyev'], 40)];
    const m = computeMatrix({ facts: said, articles: ARTICLES, tags }, 'actor');
    expect(m.table.columnsLabel).toBe('Actors');
    expect(m.table.columns.map((c) => c.label)).toEqual(['Aliyev', 'Putin']);
    // The actors are the columns, not rows; passages with no actor are in no column.
    expect(grid(m)).toEqual({
      Type: { Aliyev: 2, Putin: 2 },
      'Type/Claim': { Aliyev: 1, Putin: 2 },
      'Type/Figure': { Aliyev: 1 },
    });
    const r = m.table.rows.findIndex((row) => row.label === 'Type/Claim');
    const c = m.table.columns.findIndex((col) => col.label === 'Putin');
    expect(m.items(r, c).map((i) => i.articleId)).toEqual(['b', 'b']);
  });
});
