// Property: in every view, a cell's number is the number of passages (places, articles) it opens, each
// opened annotation is one the cell may count, and no passage is opened twice from one cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCooccurrence, computeMatrix, computeTimeline, type PassageFact, type PatternArticle, type PatternResult, type PatternTag } from '../../../src-renderer/core/patterns';

const tags: PatternTag[] = [
  { id: 't0', name: 'A', parentId: null, color: '#111111', order: 0 },
  { id: 't1', name: 'B', parentId: 't0', color: '#222222', order: 0 },
  { id: 't2', name: 'C', parentId: 't0', color: '#333333', order: 1 },
  { id: 't3', name: 'D', parentId: 't1', color: '#444444', order: 0 },
  { id: 't4', name: 'E', parentId: null, color: '#555555', order: 1 },
  // Speakers: the matrix by actor takes its columns from these.
  { id: 't5', name: 'Actor', parentId: null, color: '#666666', order: 2 },
  { id: 't6', name: 'P', parentId: 't5', color: '#777777', order: 0 },
  { id: 't7', name: 'Q', parentId: 't5', color: '#888888', order: 1 },
];
const articles: PatternArticle[] = [
  { id: 'a0', title: 'Zero', source: 'S1', published: '2026-01-03', collections: ['X'] },
  { id: 'a1', title: 'One', source: 'S2', published: '2026-02', collections: ['X', 'Y'] },
  { id: 'a2', title: 'Two', published: '2025-12-30', collections: [] },
  { id: 'a3', title: 'Three', collections: ['Y'] },
];

const factArb = fc.record({
  articleId: fc.constantFrom('a0', 'a1', 'a2', 'a3', 'gone'),
  tagIds: fc.uniqueArray(fc.constantFrom('t0', 't1', 't2', 't3', 't4', 't6', 't7', 'unknown'), { minLength: 1, maxLength: 4 }),
  start: fc.nat(200),
  length: fc.integer({ min: 1, max: 40 }),
});
const factsArb = fc.array(factArb, { maxLength: 40 }).map((list) => list.map((f, i): PassageFact => ({ id: `n${i}`, articleId: f.articleId, tagIds: f.tagIds, start: f.start, end: f.start + f.length })));
const filtersArb = fc.record({
  tagIds: fc.option(fc.uniqueArray(fc.constantFrom('t0', 't1', 't3', 't4'), { maxLength: 2 }), { nil: undefined }),
  collections: fc.option(fc.uniqueArray(fc.constantFrom('X', 'Y'), { maxLength: 1 }), { nil: undefined }),
  collapsed: fc.uniqueArray(fc.constantFrom('t0', 't1'), { maxLength: 2 }),
});

function checkCells(result: PatternResult, facts: readonly PassageFact[]): void {
  const byId = new Map(facts.map((f) => [f.id, f]));
  result.table.rows.forEach((_, r) =>
    result.table.columns.forEach((_, c) => {
      const items = result.items(r, c);
      expect(items.length).toBe(result.table.counts[r]![c]);
      for (const item of items) {
        expect(item.annotationIds.length).toBeGreaterThan(0);
        expect(new Set(item.annotationIds).size).toBe(item.annotationIds.length);
        for (const id of item.annotationIds) expect(byId.get(id)?.articleId).toBe(item.articleId);
      }
    }),
  );
}

describe('cells open what they count', () => {
  it('matrix (every grouping), co-occurrence (both modes), timeline (every zoom)', () => {
    fc.assert(
      fc.property(factsArb, filtersArb, (facts, f) => {
        const input = { facts, articles, tags, filters: { ...(f.tagIds ? { tagIds: f.tagIds } : {}), ...(f.collections ? { collections: f.collections } : {}) }, collapsed: new Set(f.collapsed) };
        for (const g of ['article', 'collection', 'source', 'month', 'actor'] as const) checkCells(computeMatrix(input, g), facts);
        for (const m of ['places', 'articles'] as const) checkCells(computeCooccurrence(input, m), facts);
        for (const z of ['year', 'month', 'week', 'day'] as const) for (const lanes of ['tags', 'actors'] as const) checkCells(computeTimeline(input, z, lanes), facts);
        // A matrix cell per article opens distinct passages of that article only.
        const m = computeMatrix(input, 'article');
        m.table.columns.forEach((col, c) => m.table.rows.forEach((_, r) => m.items(r, c).forEach((i) => expect(i.articleId).toBe(col.key))));
      }),
    );
  });

  it('a parent row never counts more than the distinct passages of its subtree, never fewer than any child', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const m = computeMatrix({ facts, articles, tags });
        const rows = m.table.rows.map((r) => r.key);
        const parentOf = new Map(tags.map((t) => [t.id, t.parentId]));
        m.table.columns.forEach((_, c) => {
          rows.forEach((id, r) => {
            const kids = rows.flatMap((k, kr) => (parentOf.get(k) === id ? [kr] : []));
            for (const kr of kids) expect(m.table.counts[r]![c]!).toBeGreaterThanOrEqual(m.table.counts[kr]![c]!);
            const union = new Set([...m.items(r, c).flatMap((i) => i.annotationIds)]);
            const parts = new Set(kids.flatMap((kr) => m.items(kr, c).flatMap((i) => i.annotationIds)));
            for (const id of parts) expect(union.has(id)).toBe(true);
          });
        });
      }),
    );
  });
});
