// Tag co-occurrence (MAXQDA's Code Relations Browser): tags by tags, each cell the number of places that
// carry both, with the places behind it.
//
// Overlap rule ('places' mode): within an article, passages whose text ranges overlap (share at least one
// character), directly or through a chain of overlapping passages, make one place; a place carries every
// tag of its passages (and, as in the matrix, every tag above them). So a statement tagged Claim and Actor
// in one annotation, or tagged Claim with a free passage inside it tagged Actor, is one place carrying both;
// passages that only touch end to start are two places. The diagonal counts the places carrying the tag.
// 'articles' mode counts articles carrying both tags anywhere. A cell opens its places (or articles), each
// with the passages in it that carry either tag.
import { filterArticles, hiddenByCollapse, tagRows } from './axes';
import type { CellItem, PassageFact, PatternInput } from './facts';
import { compareFacts, type PatternResult } from './grid';
import type { PatternTable } from './table';

export type CooccurrenceMode = 'places' | 'articles';

export function computeCooccurrence(input: PatternInput, mode: CooccurrenceMode = 'places'): PatternResult {
  const rows = tagRows(input.tags, input.filters?.tagIds);
  const allowed = new Set(filterArticles(input.articles, input.filters).map((a) => a.id));
  // Passages that count, grouped by article in text order.
  const byArticle = new Map<string, PassageFact[]>();
  for (const f of input.facts) {
    if (!allowed.has(f.articleId) || !f.tagIds.some((t) => rows.countsIn.has(t))) continue;
    const list = byArticle.get(f.articleId);
    if (list) list.push(f);
    else byArticle.set(f.articleId, [f]);
  }
  /** The groups (places or articles): their passages and the rows they carry. */
  const groups: { facts: PassageFact[]; rows: number[] }[] = [];
  const stamp = new Int32Array(rows.tags.length).fill(-1);
  const close = (facts: PassageFact[]) => {
    const g = groups.length;
    const carried: number[] = [];
    for (const f of facts)
      for (const t of f.tagIds)
        for (const r of rows.countsIn.get(t) ?? []) {
          if (stamp[r] === g) continue;
          stamp[r] = g;
          carried.push(r);
        }
    groups.push({ facts, rows: carried.sort((a, b) => a - b) });
  };
  for (const list of byArticle.values()) {
    list.sort(compareFacts);
    if (mode === 'articles') {
      close(list);
      continue;
    }
    let place: PassageFact[] = [];
    let end = -Infinity;
    for (const f of list) {
      if (place.length > 0 && f.start >= end) {
        close(place);
        place = [];
        end = -Infinity;
      }
      place.push(f);
      end = Math.max(end, f.end);
    }
    if (place.length > 0) close(place);
  }
  // cells.get(a * N + b), a <= b: the groups carrying both.
  const N = rows.tags.length;
  const cells = new Map<number, number[]>();
  groups.forEach((g, gi) => {
    for (let i = 0; i < g.rows.length; i++)
      for (let j = i; j < g.rows.length; j++) {
        const key = g.rows[i]! * N + g.rows[j]!;
        const list = cells.get(key);
        if (list) list.push(gi);
        else cells.set(key, [gi]);
      }
  });
  const used = new Uint8Array(N);
  for (const key of cells.keys()) used[key % N] = used[Math.floor(key / N)] = 1;
  const hasChildren = rows.parents.map(() => false);
  rows.parents.forEach((p, i) => {
    if (p >= 0 && used[i]) hasChildren[p] = true;
  });
  const shown: number[] = [];
  for (let r = 0; r < N; r++) if (used[r] && !hiddenByCollapse(rows, r, input.collapsed)) shown.push(r);
  const cell = (a: number, b: number) => cells.get(Math.min(a, b) * N + Math.max(a, b));
  const axis = shown.map((r) => ({ key: rows.tags[r]!.id, label: rows.paths[r]!, depth: rows.depths[r]!, ...(rows.tags[r]!.color ? { color: rows.tags[r]!.color } : {}) }));
  const table: PatternTable = {
    kind: 'cooccurrence',
    title: 'Tag co-occurrence',
    rowsLabel: 'Tags',
    columnsLabel: 'Tags',
    rows: axis,
    columns: axis.map((a) => ({ ...a })),
    counts: shown.map((a) => shown.map((b) => cell(a, b)?.length ?? 0)),
  };
  return {
    table,
    rowTagIds: shown.map((r) => rows.tags[r]!.id),
    hasChildren: shown.map((r) => hasChildren[r]!),
    items(row, column): CellItem[] {
      const a = shown[row];
      const b = shown[column];
      if (a === undefined || b === undefined) return [];
      return (cell(a, b) ?? []).map((gi) => {
        const g = groups[gi]!;
        const carries = (f: PassageFact) => f.tagIds.some((t) => rows.countsIn.get(t)?.some((r) => r === a || r === b));
        return { articleId: g.facts[0]!.articleId, annotationIds: g.facts.filter(carries).map((f) => f.id) };
      });
    },
  };
}
