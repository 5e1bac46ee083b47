// The tag matrix (MAXQDA's Code Matrix Browser): tags by articles, or by the articles' collections, sources
// or months; each cell the number of tagged passages, with the passages behind it. Counting rule: grid.ts.
import { dayOf, filterArticles, periodOf } from './axes';
import { NO_COLLECTION, NO_SOURCE, UNDATED, UNDATED_KEY, type PatternArticle, type PatternInput } from './facts';
import { countGrid, type ColumnKey, type Columns, type PatternResult } from './grid';

export type MatrixGrouping = 'article' | 'collection' | 'source' | 'month';

const COLUMNS_LABEL: Record<MatrixGrouping, string> = { article: 'Articles', collection: 'Collections', source: 'Sources', month: 'Months' };
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
  const columns = groupColumns(filterArticles(input.articles, input.filters), groupBy);
  return countGrid(input, columns, { kind: 'matrix', title: 'Tag matrix', rowsLabel: 'Tags', columnsLabel: COLUMNS_LABEL[groupBy] });
}
