// Tags by columns of articles (the matrix's articles, collections, sources, months; the timeline's periods):
// counts with, for every cell, the passages behind it. Shared by matrix.ts and timeline.ts.
//
// Counting rule: a passage counts once in a cell. A tag's row stands for the tag and everything under it,
// so a passage tagged with a parent and one of its children (or with two children of one parent) counts
// once in the parent's row, not twice: a parent's number is the number of distinct passages in its subtree,
// which is at most the sum of its children's and its own. An article in two collections counts in both
// collections' columns.
import type { PatternTable, PatternKind } from './table';
import { hiddenByCollapse, tagRows, type TagRows } from './axes';
import type { CellItem, PassageFact, PatternInput } from './facts';

export interface ColumnKey {
  key: string;
  label: string;
}

export interface PatternResult {
  table: PatternTable;
  /** The passages (or places, or articles) behind a cell of `table`, in article then text order. */
  items(row: number, column: number): CellItem[];
  /** Per row of `table`, its tag's id. */
  rowTagIds: string[];
  /** Per row, whether it has rows under it (in the whole codebook, shown or collapsed). */
  hasChildren: boolean[];
}

/** A column layout: the columns an article falls in, and the order of all columns. */
export interface Columns {
  of(articleId: string): readonly ColumnKey[] | undefined;
  compare(a: ColumnKey, b: ColumnKey): number;
  /**
   * When set, the columns of each passage of an article `of` lets through (the actors who said it), in
   * place of the article's own columns.
   */
  ofPassage?(fact: PassageFact): readonly ColumnKey[];
}

/** Counts `input.facts` into tag rows by `columns`; rows and columns without any passage are left out. */
export function countGrid(input: PatternInput, columns: Columns, head: Pick<PatternTable, 'kind' | 'title' | 'rowsLabel' | 'columnsLabel'> & { kind: PatternKind }): PatternResult {
  const rows = tagRows(input.tags, input.filters?.tagIds);
  const colIndex = new Map<string, number>();
  const colKeys: ColumnKey[] = [];
  /** cells.get(row * BIG + col): fact indexes, in input order. */
  const cells = new Map<number, number[]>();
  const BIG = 1 << 20;
  const stamp = new Int32Array(rows.tags.length).fill(-1);
  const facts = input.facts;
  const articleCols = new Map<string, number[] | null>();
  /** A column's index, numbering columns as they are first met. */
  const indexOf = (k: ColumnKey): number => {
    let c = colIndex.get(k.key);
    if (c === undefined) {
      c = colKeys.length;
      colIndex.set(k.key, c);
      colKeys.push(k);
    }
    return c;
  };
  for (let i = 0; i < facts.length; i++) {
    const fact = facts[i]!;
    let cols = articleCols.get(fact.articleId);
    if (cols === undefined) {
      const keys = columns.of(fact.articleId);
      cols = keys ? keys.map(indexOf) : null;
      articleCols.set(fact.articleId, cols);
    }
    if (!cols) continue;
    if (columns.ofPassage) {
      cols = columns.ofPassage(fact).map(indexOf);
      if (cols.length === 0) continue;
    }
    for (const tagId of fact.tagIds) {
      const countsIn = rows.countsIn.get(tagId);
      if (!countsIn) continue;
      for (const r of countsIn) {
        if (stamp[r] === i) continue;
        stamp[r] = i;
        for (const c of cols) {
          const key = r * BIG + c;
          const list = cells.get(key);
          if (list) list.push(i);
          else cells.set(key, [i]);
        }
      }
    }
  }
  return assemble(input, rows, colKeys, columns.compare, cells, BIG, head);
}

function assemble(
  input: PatternInput,
  rows: TagRows,
  colKeys: ColumnKey[],
  compare: (a: ColumnKey, b: ColumnKey) => number,
  cells: Map<number, number[]>,
  BIG: number,
  head: Pick<PatternTable, 'kind' | 'title' | 'rowsLabel' | 'columnsLabel'>,
): PatternResult {
  const rowUsed = new Uint8Array(rows.tags.length);
  const colUsed = new Uint8Array(colKeys.length);
  for (const key of cells.keys()) {
    rowUsed[Math.floor(key / BIG)] = 1;
    colUsed[key % BIG] = 1;
  }
  const hasChildren = rows.parents.map(() => false);
  rows.parents.forEach((p, i) => {
    if (p >= 0 && rowUsed[i]) hasChildren[p] = true;
  });
  const shownRows: number[] = [];
  for (let r = 0; r < rows.tags.length; r++) if (rowUsed[r] && !hiddenByCollapse(rows, r, input.collapsed)) shownRows.push(r);
  // A column whose passages all carry tags outside the filter has nothing to show.
  const order = colKeys.flatMap((_, i) => (colUsed[i] ? [i] : [])).sort((a, b) => compare(colKeys[a]!, colKeys[b]!));
  const table: PatternTable = {
    ...head,
    rows: shownRows.map((r) => ({ key: rows.tags[r]!.id, label: rows.paths[r]!, depth: rows.depths[r]!, ...(rows.tags[r]!.color ? { color: rows.tags[r]!.color } : {}) })),
    columns: order.map((c) => ({ key: colKeys[c]!.key, label: colKeys[c]!.label })),
    counts: shownRows.map((r) => order.map((c) => cells.get(r * BIG + c)?.length ?? 0)),
  };
  const facts = input.facts;
  return {
    table,
    rowTagIds: shownRows.map((r) => rows.tags[r]!.id),
    hasChildren: shownRows.map((r) => hasChildren[r]!),
    items(row, column) {
      const r = shownRows[row];
      const c = order[column];
      if (r === undefined || c === undefined) return [];
      const list = [...(cells.get(r * BIG + c) ?? [])].sort((a, b) => compareFacts(facts[a]!, facts[b]!));
      return list.map((i) => ({ articleId: facts[i]!.articleId, annotationIds: [facts[i]!.id] }));
    },
  };
}

/** Article order, then text order. */
export function compareFacts(a: PassageFact, b: PassageFact): number {
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start || a.end - b.end;
}
