// A small hand-made corpus for the pattern views' numbers: three articles, a two-level codebook.
import type { PassageFact, PatternArticle, PatternTag } from '../../../src-renderer/core/patterns';

export const TAGS: PatternTag[] = [
  { id: 'type', name: 'Type', parentId: null, color: '#6b7280', order: 0 },
  { id: 'claim', name: 'Claim', parentId: 'type', color: '#2563eb', order: 0 },
  { id: 'figure', name: 'Figure', parentId: 'type', color: '#d97706', order: 1 },
  { id: 'actor', name: 'Actor', parentId: null, color: '#0891b2', order: 1 },
  { id: 'putin', name: 'Putin', parentId: 'actor', color: '#c026d3', order: 0 },
];

export const ARTICLES: PatternArticle[] = [
  { id: 'a', title: 'Baku talks', source: 'Reuters', published: '2026-01-05', collections: ['Caucasus'] },
  { id: 'b', title: 'Oslo accord', source: 'AP', published: '2026-02-10', collections: ['Caucasus', 'Europe'] },
  { id: 'c', title: 'Undated memo', collections: [] },
];

let n = 0;
export function fact(articleId: string, tagIds: string[], start: number, end = start + 10): PassageFact {
  return { id: `p${++n}-${articleId}-${start}`, articleId, tagIds, start, end };
}
