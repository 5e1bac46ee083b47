// The numbers behind every pattern view (matrix, co-occurrence, timeline): one table of counts, rows by
// columns. The views draw it, the exports (SVG, PNG, CSV) write it, the composer's "Insert view" inserts it.
// Pure data: no DOM.

export type PatternKind = 'matrix' | 'cooccurrence' | 'timeline';

export interface PatternAxisItem {
  /** Stable key (a tag id, an article id, a month 'YYYY-MM', …). */
  key: string;
  /** What is shown: a tag's full path ('Type/Claim'), an article's title, a period… */
  label: string;
  /** Nesting depth for a tag hierarchy (0 = top). */
  depth?: number;
  /** A colour (#rrggbb) for the row, from its tag, when it has one. */
  color?: string;
}

export interface PatternTable {
  kind: PatternKind;
  /** The view's title and accessible name ('Tag matrix', 'Tag co-occurrence', 'Timeline'). */
  title: string;
  /** What the rows and the columns are ('Tags', 'Articles', 'Months'…), for headers and CSV. */
  rowsLabel: string;
  columnsLabel: string;
  rows: PatternAxisItem[];
  columns: PatternAxisItem[];
  /** counts[row][column]. */
  counts: number[][];
  /** The filters applied, in words ('Collection: Caucasus; 2026-01 to 2026-03'), shown under exported pictures. */
  caption?: string;
}
