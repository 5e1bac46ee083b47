// The timeline (MAXQDA's Codeline over a corpus): tagged passages over their articles' dates, one lane per
// tag, in periods of a year, month, week or day. Only periods with a passage are columns (the view places
// them on a time axis by their start); articles without a usable date go in one 'Undated' column, last,
// which the view shows apart. A date coarser than the periods (a year alone, viewed by month) falls in the
// first period it covers. Counting rule as the matrix's (grid.ts).
import { filterArticles, tagRows, type Granularity } from './axes';
import type { PatternInput } from './facts';
import type { PatternResult } from './grid';
import { countGrid } from './grid';
import { ACTOR_ROOT_NAME } from '../codebook';
import { groupColumns } from './matrix';

/** One lane per tag, or one per actor (the codebook's `Actor/<Name>` tags: accepted speakers). */
export type TimelineLanes = 'tags' | 'actors';

const LABEL: Record<Granularity, string> = { year: 'Years', month: 'Months', week: 'Weeks', day: 'Days' };

export function computeTimeline(input: PatternInput, granularity: Granularity = 'month', lanes: TimelineLanes = 'tags'): PatternResult {
  const columns = groupColumns(filterArticles(input.articles, input.filters), 'timeline', granularity);
  const head = { kind: 'timeline', title: 'Timeline', rowsLabel: lanes === 'actors' ? 'Actors' : 'Tags', columnsLabel: LABEL[granularity] } as const;
  if (lanes === 'tags') return countGrid(input, columns, head);
  // Lanes per actor: the rows are the Actor tag and its actors; a tag filter keeps the passages that carry
  // one of its tags (say, each actor's claims over time).
  const roots = input.tags.filter((t) => t.parentId === null && t.name === ACTOR_ROOT_NAME).map((t) => t.id);
  const chosen = input.filters?.tagIds?.length ? tagRows(input.tags, input.filters.tagIds).countsIn : null;
  const facts = roots.length === 0 ? [] : chosen ? input.facts.filter((f) => f.tagIds.some((id) => chosen.has(id))) : input.facts;
  return countGrid({ ...input, facts, filters: { ...input.filters, tagIds: roots } }, columns, head);
}
