// Timeline bins: passages over their articles' dates at each zoom, the undated bucket apart, coarse dates.
import { describe, expect, it } from 'vitest';
import { computeTimeline, periodOf, periodStart, type PatternArticle } from '../../../src-renderer/core/patterns';
import { TAGS, fact } from './corpus-fixtures';

const ARTICLES: PatternArticle[] = [
  { id: 'mon', title: 'Monday', published: '2026-03-02', collections: [] },
  { id: 'sun', title: 'Sunday', published: '2026-03-08T15:30:00Z', collections: [] },
  { id: 'next', title: 'Next week', published: '2026-03-09', collections: [] },
  { id: 'year', title: 'A year alone', published: '2025', collections: [] },
  { id: 'none', title: 'No date', collections: [] },
  { id: 'bad', title: 'Not a date', published: 'last spring', collections: [] },
];
const facts = [fact('mon', ['claim'], 0), fact('mon', ['claim'], 20), fact('sun', ['claim'], 0), fact('next', ['putin'], 0), fact('year', ['claim'], 0), fact('none', ['claim'], 0), fact('bad', ['putin'], 0)];
const input = { facts, articles: ARTICLES, tags: TAGS };

function lane(granularity: 'year' | 'month' | 'week' | 'day', label: string): Record<string, number> {
  const t = computeTimeline(input, granularity).table;
  const r = t.rows.findIndex((x) => x.label === label);
  return Object.fromEntries(t.columns.flatMap((c, i) => (t.counts[r]![i]! > 0 ? [[c.label, t.counts[r]![i]!]] : [])));
}

describe('timeline bins', () => {
  it('bins by year, month, week (from Monday) and day, undated last', () => {
    expect(lane('year', 'Type/Claim')).toEqual({ '2025': 1, '2026': 3, Undated: 1 });
    expect(lane('month', 'Type/Claim')).toEqual({ '2025-01': 1, '2026-03': 3, Undated: 1 });
    expect(lane('week', 'Type/Claim')).toEqual({ 'Week of 2024-12-30': 1, 'Week of 2026-03-02': 3, Undated: 1 });
    expect(lane('day', 'Type/Claim')).toEqual({ '2025-01-01': 1, '2026-03-02': 2, '2026-03-08': 1, Undated: 1 });
    expect(lane('day', 'Actor/Putin')).toEqual({ '2026-03-09': 1, Undated: 1 });
    const t = computeTimeline(input, 'day').table;
    expect(t.columns.map((c) => c.key)).toEqual(['2025-01-01', '2026-03-02', '2026-03-08', '2026-03-09', 'undated']);
    expect(t).toMatchObject({ kind: 'timeline', columnsLabel: 'Days' });
  });

  it('a lane of a parent counts its children, each passage once', () => {
    expect(lane('year', 'Type')).toEqual({ '2025': 1, '2026': 3, Undated: 1 });
  });

  it('a date range keeps the dated articles inside it only', () => {
    const t = computeTimeline({ ...input, filters: { from: '2026-03-03', to: '2026-03-08' } }, 'day').table;
    expect(t.columns.map((c) => c.label)).toEqual(['2026-03-08']);
  });

  it('periods know where they start on a time axis', () => {
    expect(periodOf('2026-01-01', 'week')).toEqual({ key: '2025-12-29', label: 'Week of 2025-12-29' });
    expect(periodStart('2026')).toBe(Date.UTC(2026, 0, 1));
    expect(periodStart('2026-03')).toBe(Date.UTC(2026, 2, 1));
    expect(periodStart('2026-03-09')).toBe(Date.UTC(2026, 2, 9));
    expect(periodStart('undated')).toBeNaN();
  });

  it('has a lane per actor on request, each passage under the actors it carries, a tag filter keeping its own', () => {
    const tags = [...TAGS, { id: 'aliyev', name: 'Aliyev', parentId: 'actor', color: '#16a34a', order: 1 }];
    const said = [...facts, fact('mon', ['claim', 'aliyev'], 40), fact('sun', ['figure', 'putin', 'aliyev'], 40)];
    const t = computeTimeline({ facts: said, articles: ARTICLES, tags }, 'month', 'actors').table;
    expect(t.rowsLabel).toBe('Actors');
    expect(t.rows.map((r) => r.label)).toEqual(['Actor', 'Actor/Putin', 'Actor/Aliyev']);
    const counts = (table: typeof t, label: string) => Object.fromEntries(table.columns.flatMap((c, i) => (table.counts[table.rows.findIndex((x) => x.label === label)]![i]! > 0 ? [[c.label, table.counts[table.rows.findIndex((x) => x.label === label)]![i]!]] : [])));
    expect(counts(t, 'Actor/Aliyev')).toEqual({ '2026-03': 2 });
    expect(counts(t, 'Actor/Putin')).toEqual({ '2026-03': 2, Undated: 1 });
    // Only each actor's claims.
    const claims = computeTimeline({ facts: said, articles: ARTICLES, tags, filters: { tagIds: ['claim'] } }, 'month', 'actors').table;
    expect(counts(claims, 'Actor/Aliyev')).toEqual({ '2026-03': 1 });
    expect(claims.rows.map((r) => r.label)).toEqual(['Actor', 'Actor/Aliyev']);
    // A codebook without an Actor tag has no lanes.
    expect(computeTimeline({ facts: said, articles: ARTICLES, tags: tags.filter((x) => x.id !== 'actor') }, 'month', 'actors').table.rows).toEqual([]);
  });
});
