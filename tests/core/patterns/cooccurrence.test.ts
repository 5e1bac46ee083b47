// Tag co-occurrence against hand-made passages: one annotation with two tags, overlapping passages (directly
// and through a chain), passages that only touch, the hierarchy, and the articles mode.
import { describe, expect, it } from 'vitest';
import { computeCooccurrence, type PatternResult } from '../../../src-renderer/core/patterns';
import { ARTICLES, TAGS, fact } from './corpus-fixtures';

function count(result: PatternResult, a: string, b: string): number {
  const r = result.table.rows.findIndex((x) => x.label === a);
  const c = result.table.columns.findIndex((x) => x.label === b);
  return r < 0 || c < 0 ? 0 : result.table.counts[r]![c]!;
}

describe('tag co-occurrence', () => {
  const one = fact('a', ['claim', 'putin'], 0, 10); // one annotation, two tags
  const outer = fact('a', ['figure'], 100, 150);
  const inner = fact('a', ['putin'], 120, 130); // inside `outer`: one place
  const touching = fact('a', ['claim'], 150, 160); // starts where `outer` ends: a place of its own
  const chainA = fact('b', ['claim'], 0, 20);
  const chainB = fact('b', ['figure'], 15, 40);
  const chainC = fact('b', ['putin'], 35, 60); // overlaps B only: A, B and C are one place
  const facts = [one, outer, inner, touching, chainA, chainB, chainC];

  it('counts places carrying both tags, overlapping passages making one place', () => {
    const m = computeCooccurrence({ facts, articles: ARTICLES, tags: TAGS });
    expect(count(m, 'Type/Claim', 'Actor/Putin')).toBe(2); // `one`, and the chain in b
    expect(count(m, 'Type/Figure', 'Actor/Putin')).toBe(2); // outer+inner, the chain
    expect(count(m, 'Type/Claim', 'Type/Figure')).toBe(1); // the chain only: `touching` does not overlap `outer`
    expect(count(m, 'Type/Claim', 'Type/Claim')).toBe(3); // places carrying Claim
    // Symmetric.
    expect(count(m, 'Actor/Putin', 'Type/Claim')).toBe(2);
    expect(m.table.counts).toEqual(m.table.counts.map((row, r) => row.map((_, c) => m.table.counts[c]![r]!)));
  });

  it('a parent carries its children: Type with Actor counts each place once', () => {
    const m = computeCooccurrence({ facts, articles: ARTICLES, tags: TAGS });
    expect(count(m, 'Type', 'Actor')).toBe(3);
    expect(count(m, 'Type', 'Type')).toBe(4);
  });

  it('opens each place with the passages in it carrying either tag', () => {
    const m = computeCooccurrence({ facts, articles: ARTICLES, tags: TAGS });
    const r = m.table.rows.findIndex((x) => x.label === 'Type/Figure');
    const c = m.table.columns.findIndex((x) => x.label === 'Actor/Putin');
    expect(m.items(r, c)).toEqual([
      { articleId: 'a', annotationIds: [outer.id, inner.id] },
      { articleId: 'b', annotationIds: [chainB.id, chainC.id] },
    ]);
  });

  it('in the articles mode counts articles carrying both tags anywhere', () => {
    const m = computeCooccurrence({ facts, articles: ARTICLES, tags: TAGS }, 'articles');
    expect(count(m, 'Type/Claim', 'Type/Figure')).toBe(2);
    expect(count(m, 'Type/Claim', 'Actor/Putin')).toBe(2);
    const r = m.table.rows.findIndex((x) => x.label === 'Type/Claim');
    const c = m.table.columns.findIndex((x) => x.label === 'Type/Figure');
    expect(m.items(r, c).map((i) => i.articleId)).toEqual(['a', 'b']);
    expect(m.items(r, c)[0]!.annotationIds).toEqual([one.id, outer.id, touching.id]);
  });

  it('follows the filters', () => {
    const m = computeCooccurrence({ facts, articles: ARTICLES, tags: TAGS, filters: { collections: ['Europe'] } });
    expect(count(m, 'Type/Claim', 'Actor/Putin')).toBe(1);
    const tagged = computeCooccurrence({ facts, articles: ARTICLES, tags: TAGS, filters: { tagIds: ['claim', 'putin'] } });
    expect(tagged.table.rows.map((r) => r.label)).toEqual(['Type/Claim', 'Actor/Putin']);
  });
});
