// What the pattern views count, kept small: per tagged passage its article, tags and place in the text (no
// quote, no note), per article what the filters and the columns need, and the filters themselves. Pure data.
import type { TagDef } from '../codebook';

/** One tagged annotation as the pattern views see it. */
export interface PassageFact {
  id: string;
  articleId: string;
  tagIds: readonly string[];
  /** Its place in the article's text (UTF-16 offsets), for the overlap rule of co-occurrence. */
  start: number;
  end: number;
}

/** An article as the library list shows it (the user's edits applied). */
export interface PatternArticle {
  id: string;
  title: string;
  source?: string | undefined;
  /** ISO date, or a year or year-month; anything else counts as undated. */
  published?: string | undefined;
  collections: readonly string[];
}

export type PatternTag = Pick<TagDef, 'id' | 'name' | 'parentId' | 'color' | 'order'>;

/** The filters every view shares. An empty or missing filter lets everything through. */
export interface PatternFilters {
  /** Tags whose rows (with everything under them) are shown, and whose passages are counted. */
  tagIds?: readonly string[];
  collections?: readonly string[];
  sources?: readonly string[];
  /** Date range, inclusive, as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. With either end set, undated articles are left out. */
  from?: string;
  to?: string;
  /** The articles of a search's results, when the view was opened on a search (null: no search). */
  articleIds?: ReadonlySet<string> | null;
}

/** What opens from a cell: a passage (or a place of overlapping passages, or an article) and its annotations. */
export interface CellItem {
  articleId: string;
  /** The annotations behind the item, in text order; the first is where the article opens. */
  annotationIds: string[];
}

export interface PatternInput {
  facts: readonly PassageFact[];
  articles: readonly PatternArticle[];
  tags: readonly PatternTag[];
  filters?: PatternFilters;
  /** Tags whose sub-tags are hidden (their own row still sums them). */
  collapsed?: ReadonlySet<string>;
}

/** The sentinel text for no source or no collection in a column label, and the undated bucket. */
export const NO_SOURCE = 'No source';
export const NO_COLLECTION = 'No collection';
export const UNDATED = 'Undated';
export const UNDATED_KEY = 'undated';
