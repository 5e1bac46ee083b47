// The timeline (MAXQDA's Codeline over a corpus): tagged passages over their articles' dates, one lane per
// tag, in periods of a year, month, week or day. Only periods with a passage are columns (the view places
// them on a time axis by their start); articles without a usable date go in one 'Undated' column, last,
// which the view shows apart. A date coarser than the periods (a year alone, viewed by month) falls in the
// first period it covers. Counting rule as the matrix's (grid.ts).
import { filterArticles, type Granularity } from './axes';
import type { PatternInput } from './facts';
import type { PatternResult } from './grid';
import { countGrid } from './grid';
import { groupColumns } from './matrix';

const LABEL: Record<Granularity, string> = { year: 'Years', month: 'Months', week: 'Weeks', day: 'Days' };

export function computeTimeline(input: PatternInput, granularity: Granularity = 'month'): PatternResult {
  const columns = groupColumns(filterArticles(input.articles, input.filters), 'timeline', granularity);
  return countGrid(input, columns, { kind: 'timeline', title: 'Timeline', rowsLabel: 'Tags', columnsLabel: LABEL[granularity] });
}
