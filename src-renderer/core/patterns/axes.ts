// The axes the pattern views share: tags as rows in codebook order (each row standing for its whole
// subtree), the articles the filters let through, and the periods of their dates. Pure functions.
import { parseArticleDate } from '../dates';
import type { PatternArticle, PatternFilters, PatternTag } from './facts';

/** The codebook prepared for counting: rows in tree order, and for each tag the rows it counts in. */
export interface TagRows {
  tags: PatternTag[];
  paths: string[];
  depths: number[];
  /** Per row, its parent's row (-1 at the top). */
  parents: number[];
  /** Per tag id, the rows a passage with that tag counts in: the tag's own and every ancestor's. Missing: not counted. */
  countsIn: Map<string, number[]>;
}

/**
 * Rows for the codebook, parents before children (siblings by order, then name). With `only`, just those
 * tags and their subtrees are rows, and a passage counts only in rows of those subtrees: its tag's row and
 * the ancestors' rows up to the chosen tag.
 */
export function tagRows(tags: readonly PatternTag[], only?: readonly string[]): TagRows {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const children = new Map<string | null, PatternTag[]>();
  for (const tag of tags) {
    const parent = tag.parentId && byId.has(tag.parentId) ? tag.parentId : null;
    const list = children.get(parent);
    if (list) list.push(tag);
    else children.set(parent, [tag]);
  }
  const out: TagRows = { tags: [], paths: [], depths: [], parents: [], countsIn: new Map() };
  const seen = new Set<string>();
  const chosen = only && only.length > 0 ? new Set(only) : null;
  const walk = (parent: string | null, parentRow: number, depth: number, path: string, inside: boolean, chain: number[]) => {
    const kids = [...(children.get(parent) ?? [])].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
    for (const tag of kids) {
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      const own = path ? `${path}/${tag.name}` : tag.name;
      const counted = inside || !chosen || chosen.has(tag.id);
      let row = -1;
      let next = chain;
      if (counted) {
        row = out.tags.length;
        out.tags.push(tag);
        out.paths.push(own);
        out.depths.push(depth);
        out.parents.push(parentRow);
        next = [row, ...chain];
        out.countsIn.set(tag.id, next);
      }
      // Depth guards against a damaged codebook; a cycle is already cut by `seen`.
      if (depth < 32) walk(tag.id, counted ? row : -1, counted ? depth + 1 : 0, own, counted, next);
    }
  };
  walk(null, -1, 0, '', false, []);
  // Depths restart at the chosen tags, so a filtered view is indented from its own top.
  if (chosen) {
    const base = new Map<number, number>();
    out.depths = out.parents.map((p, i) => {
      const d = p < 0 ? 0 : base.get(p)! + 1;
      base.set(i, d);
      return d;
    });
  }
  return out;
}

/** Whether the row is hidden because a tag above it is collapsed. */
export function hiddenByCollapse(rows: TagRows, row: number, collapsed: ReadonlySet<string> | undefined): boolean {
  if (!collapsed || collapsed.size === 0) return false;
  for (let p = rows.parents[row]!; p >= 0; p = rows.parents[p]!) if (collapsed.has(rows.tags[p]!.id)) return true;
  return false;
}

/** The first day of an article's date as 'YYYY-MM-DD' (a year alone is its 1 January), or null when undated. */
export function dayOf(published: string | undefined): string | null {
  if (!published) return null;
  const d = parseArticleDate(published);
  if (!d) return null;
  return `${String(d.year).padStart(4, '0')}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The range filter's ends as days: `from` the first day of its period, `to` the last. */
function rangeEnds(filters: PatternFilters): { from: string | null; to: string | null } {
  const from = filters.from ? dayOf(filters.from) : null;
  let to: string | null = null;
  if (filters.to) {
    const d = parseArticleDate(filters.to);
    if (d) to = d.day !== undefined ? dayOf(filters.to) : d.month !== undefined ? `${d.year}-${pad(d.month)}-31` : `${d.year}-12-31`;
  }
  return { from, to };
}

/** The articles the filters let through (collections, sources, dates, a search's results). */
export function filterArticles(articles: readonly PatternArticle[], filters: PatternFilters = {}): PatternArticle[] {
  const collections = filters.collections?.length ? new Set(filters.collections) : null;
  const sources = filters.sources?.length ? new Set(filters.sources) : null;
  const { from, to } = rangeEnds(filters);
  const ids = filters.articleIds ?? null;
  return articles.filter((a) => {
    if (ids && !ids.has(a.id)) return false;
    if (collections && !a.collections.some((c) => collections.has(c))) return false;
    if (sources && !sources.has(a.source?.trim() || NO_SOURCE_KEY)) return false;
    if (from || to) {
      const day = dayOf(a.published);
      if (!day || (from && day < from) || (to && day > to)) return false;
    }
    return true;
  });
}

/** How the sources filter names articles without a source. */
export const NO_SOURCE_KEY = '';

export type Granularity = 'year' | 'month' | 'week' | 'day';

/** The period a day falls in: its key (sortable) and label. Weeks start on Monday and are named by it. */
export function periodOf(day: string, granularity: Granularity): { key: string; label: string } {
  switch (granularity) {
    case 'year':
      return { key: day.slice(0, 4), label: day.slice(0, 4) };
    case 'month':
      return { key: day.slice(0, 7), label: day.slice(0, 7) };
    case 'day':
      return { key: day, label: day };
    case 'week': {
      const date = new Date(`${day}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      const monday = date.toISOString().slice(0, 10);
      return { key: monday, label: `Week of ${monday}` };
    }
  }
}

/** The first moment of a period key (ms, UTC), for placing it on a time axis; NaN for the undated bucket. */
export function periodStart(key: string): number {
  if (/^\d{4}$/.test(key)) return Date.UTC(Number(key), 0, 1);
  if (/^\d{4}-\d{2}$/.test(key)) return Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1);
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
  return Number.NaN;
}
