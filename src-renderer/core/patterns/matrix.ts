// The tag matrix (MAXQDA's Code Matrix Browser): tags by articles, or by the articles' collections, sources
// or months; each cell the number of tagged passages, with the passages behind it. Counting rule: grid.ts.
import { dayOf, filterArticles, periodOf } from './axes';
import { NO_COLLECTION, NO_SOURCE, UNDATED, UNDATED_KEY, type PatternArticle, type PatternInput } from './facts';
import { ACTOR_ROOT_NAME } from '../codebook';
import { countGrid, type ColumnKey, type Columns, type PatternResult } from './grid';

export type MatrixGrouping = 'article' | 'collection' | 'source' | 'month' | 'actor';

const COLUMNS_LABEL: Record<MatrixGrouping, string> = { article: 'Articles', collection: 'Collections', source: 'Sources', month: 'Months', actor: 'Actors' };

const COLLATOR = new Intl.Collator(undefined, { numeric: true });

/** Columns of `articles` (already filtered) grouped `by`; the 'none' buckets sort last. */
export function groupColumns(articles: readonly PatternArticle[], by: MatrixGrouping | 'timeline', granularity: 'year' | 'month' | 'week' | 'day' = 'month'): Columns {
  const of = new Map<string, ColumnKey[]>();
  for (const a of articles) {
    switch (by) {
      case 'article':
        of.set(a.id, [{ key: a.id, label: a.title }]);
        break;
      case 'collection':
        of.set(a.id, a.collections.length > 0 ? [...new Set(a.collections)].map((c) => ({ key: `c:${c}`, label: c })) : [{ key: '', label: NO_COLLECTION }]);
        break;
      case 'source': {
        const source = a.source?.trim();
        of.set(a.id, [source ? { key: `s:${source}`, label: source } : { key: '', label: NO_SOURCE }]);
        break;
      }
      default: {
        const day = dayOf(a.published);
        of.set(a.id, [day ? periodOf(day, by === 'month' ? 'month' : granularity) : { key: UNDATED_KEY, label: UNDATED }]);
      }
    }
  }
  const last = (k: ColumnKey) => k.key === '' || k.key === UNDATED_KEY;
  return {
    of: (id) => of.get(id),
    compare: (a, b) => {
      if (last(a) !== last(b)) return last(a) ? 1 : -1;
      if (by === 'month' || by === 'timeline') return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return COLLATOR.compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    },
  };
}

/** The matrix of tags by `groupBy` over the articles the filters let through. */
export function computeMatrix(input: PatternInput, groupBy: MatrixGrouping = 'article'): PatternResult {
  const head = { kind: 'matrix', title: 'Tag matrix', rowsLabel: 'Tags', columnsLabel: COLUMNS_LABEL[groupBy] } as const;
  if (groupBy === 'actor') return actorMatrix(input, head);
  const columns = groupColumns(filterArticles(input.articles, input.filters), groupBy);
  return countGrid(input, columns, head);
}

/**
 * Tags by who said them: a column per actor under the codebook's `Actor` tag (an accepted speaker, or an
 * actor the analyst tagged), a passage counting under each actor it carries; the actors' own rows are left
 * out (they are the columns). A passage with no actor is in no column.
 */
function actorMatrix(input: PatternInput, head: Parameters<typeof countGrid>[2]): PatternResult {
  const roots = new Set(input.tags.filter((t) => t.parentId === null && t.name === ACTOR_ROOT_NAME).map((t) => t.id));
  const byId = new Map(input.tags.map((t) => [t.id, t]));
  // Each tag under an Actor root -> the actor it names (the root's child it descends from).
  const actorOf = new Map<string, ColumnKey>();
  for (const tag of input.tags) {
    let t = tag;
    for (let depth = 0; depth < 32 && t.parentId && !roots.has(t.parentId); depth++) t = byId.get(t.parentId) ?? t;
    if (t.parentId && roots.has(t.parentId)) actorOf.set(tag.id, { key: `a:${t.id}`, label: t.name });
  }
  const articles = new Set(filterArticles(input.articles, input.filters).map((a) => a.id));
  const rest = input.tags.filter((t) => !roots.has(t.id) && !actorOf.has(t.id));
  const columns: Columns = {
    of: (id) => (articles.has(id) ? [] : undefined),
    ofPassage: (fact) => {
      const out = new Map<string, ColumnKey>();
      for (const id of fact.tagIds) {
        const actor = actorOf.get(id);
        if (actor) out.set(actor.key, actor);
      }
      return [...out.values()];
    },
    compare: (a, b) => COLLATOR.compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  };
  return countGrid({ ...input, tags: rest }, columns, head);
}
