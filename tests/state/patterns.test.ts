// The pattern views' state in Node: the numbers of the view on screen over the annotations in the database,
// kept as lastTable after leaving; a cell opens its passages; writes, deletions and undone deletions are
// followed; the shared filters (collection, tag, dates, a search's results) change the numbers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, targetIn, textArticle } from '../fake-api';
import { startApp, type StartedApp } from './start-app.svelte';

const baku = textArticle('baku', 'Talks in Baku', ['Leaders met in Baku on Monday. Talks continue. Gas prices rose.'], { published: '2026-01-05', source: 'Reuters' });
const oslo = textArticle('oslo', 'Oslo accord', ['The accord was signed in Oslo. Both sides claimed a win.'], { published: '2026-02-10', source: 'AP' });
const memo = textArticle('memo', 'Undated memo', ['Nobody signed anything.']);

let started: StartedApp | undefined;
afterEach(() => started?.stop());

async function app() {
  started = startApp(fakeApi([baku, oslo, memo]));
  const { repos } = started;
  await started.app.library.load();
  const made = {
    met: await repos.annotations.create({ articleId: 'baku', target: targetIn(baku.text, 'Leaders met in Baku on Monday.'), tagIds: ['type-claim'] }),
    talks: await repos.annotations.create({ articleId: 'baku', target: targetIn(baku.text, 'Talks continue.'), tagIds: ['type-claim', 'type-figure'] }),
    gas: await repos.annotations.create({ articleId: 'baku', target: targetIn(baku.text, 'Gas prices rose.'), tagIds: ['type-figure'] }),
    signed: await repos.annotations.create({ articleId: 'oslo', target: targetIn(oslo.text, 'The accord was signed in Oslo.'), tagIds: ['type-claim'] }),
    nobody: await repos.annotations.create({ articleId: 'memo', target: targetIn(memo.text, 'Nobody signed anything.'), tagIds: ['type-claim'] }),
  };
  return { ...started, made };
}

/** { 'row label': { 'column label': n } } of the table, non-empty cells only. */
function cells(table: { rows: { label: string }[]; columns: { label: string }[]; counts: number[][] } | null | undefined) {
  const out: Record<string, Record<string, number>> = {};
  table?.rows.forEach((r, i) => table.columns.forEach((c, j) => table.counts[i]![j]! > 0 && ((out[r.label] ??= {})[c.label] = table.counts[i]![j]!)));
  return out;
}

describe('PatternsState', () => {
  it('computes the matrix of the view on screen and keeps it as lastTable after leaving', async () => {
    const { app: s } = await app();
    const { patterns } = s;
    patterns.show('matrix');
    await vi.waitFor(() => expect(patterns.lastTable?.kind).toBe('matrix'), { timeout: 3000 });
    await patterns.idle();
    expect(cells(patterns.lastTable)).toEqual({
      Type: { 'Talks in Baku': 3, 'Oslo accord': 1, 'Undated memo': 1 },
      'Type/Claim': { 'Talks in Baku': 2, 'Oslo accord': 1, 'Undated memo': 1 },
      'Type/Figure': { 'Talks in Baku': 2 },
    });
    patterns.hide('matrix');
    s.centre.showComposer();
    expect(patterns.lastTable?.title).toBe('Tag matrix');
  });

  it('opens a cell as its passages, as many as its number, in text order', async () => {
    const { app: s, made } = await app();
    const { patterns } = s;
    patterns.show('matrix');
    await vi.waitFor(() => expect(patterns.answers.matrix).toBeDefined(), { timeout: 3000 });
    await patterns.idle();
    const table = patterns.answers.matrix!.table;
    const row = table.rows.findIndex((r) => r.label === 'Type/Claim');
    const col = table.columns.findIndex((c) => c.label === 'Talks in Baku');
    const key = await patterns.openCell('matrix', row, col);
    const opened = patterns.opened(key!)!;
    expect(opened.title).toBe('Type/Claim in Talks in Baku');
    expect(opened.items.map((i) => i.annotationIds[0])).toEqual([made.met.id, made.talks.id]);
    const records = await patterns.records(opened.items);
    expect(opened.items.map((i) => records.get(i.annotationIds[0]!)?.target.quote.exact)).toEqual(['Leaders met in Baku on Monday.', 'Talks continue.']);
  });

  it('follows new tags, untagging, deletions and an undone deletion', async () => {
    const { app: s, repos, made } = await app();
    const { patterns } = s;
    patterns.show('matrix');
    await vi.waitFor(() => expect(patterns.answers.matrix).toBeDefined(), { timeout: 3000 });
    const claimIn = (title: string) => cells(patterns.answers.matrix?.table)['Type/Claim']?.[title] ?? 0;
    await repos.annotations.create({ articleId: 'oslo', target: targetIn(oslo.text, 'Both sides claimed a win.'), tagIds: ['type-claim'] });
    await vi.waitFor(() => expect(claimIn('Oslo accord')).toBe(2), { timeout: 3000 });
    await repos.annotations.setTag(made.met.id, 'type-claim', false); // its last tag: the annotation goes
    await vi.waitFor(() => expect(claimIn('Talks in Baku')).toBe(1), { timeout: 3000 });
    const removed = await repos.annotations.remove(made.nobody.id);
    await vi.waitFor(() => expect(claimIn('Undated memo')).toBe(0), { timeout: 3000 });
    await repos.annotations.restore(removed!);
    await vi.waitFor(() => expect(claimIn('Undated memo')).toBe(1), { timeout: 3000 });
  });

  it('applies the shared filters to every view', async () => {
    const { app: s } = await app();
    const { patterns } = s;
    patterns.show('matrix');
    await vi.waitFor(() => expect(patterns.answers.matrix).toBeDefined(), { timeout: 3000 });
    const columns = () => patterns.answers.matrix?.table.columns.map((c) => c.label);
    patterns.filters.sources = ['AP'];
    await vi.waitFor(() => expect(columns()).toEqual(['Oslo accord']));
    // The filters in words go with the numbers (under an exported picture), and the safe palette colours the rows.
    expect(patterns.answers.matrix?.table.caption).toBe('Source: AP');
    patterns.safeColours = true;
    await vi.waitFor(() => expect(patterns.answers.matrix?.table.rows.map((r) => r.color)).toEqual(['#0072b2', '#e69f00']));
    patterns.filters.sources = [];
    patterns.filters.from = '2026-01';
    await vi.waitFor(() => expect(columns()).toEqual(['Oslo accord', 'Talks in Baku']));
    patterns.clearFilters();
    patterns.filters.tagIds = ['type-figure'];
    await vi.waitFor(() => expect(cells(patterns.answers.matrix?.table)).toEqual({ 'Type/Figure': { 'Talks in Baku': 2 } }));
    patterns.clearFilters();
    patterns.grouping = 'month';
    await vi.waitFor(() => expect(columns()).toEqual(['2026-01', '2026-02', 'Undated']));

    patterns.show('cooccurrence');
    await vi.waitFor(() => expect(patterns.lastTable?.kind).toBe('cooccurrence'), { timeout: 3000 });
    await patterns.idle();
    expect(cells(patterns.lastTable)['Type/Claim']).toEqual({ Type: 4, 'Type/Claim': 4, 'Type/Figure': 1 });

    patterns.show('timeline');
    patterns.granularity = 'day';
    await vi.waitFor(() => expect(patterns.lastTable?.columns.map((c) => c.label)).toEqual(['2026-01-05', '2026-02-10', 'Undated']), { timeout: 3000 });
  });

  it('limits the views to the results of a search', async () => {
    const { app: s } = await app();
    const { patterns, search } = s;
    await search.start();
    patterns.show('matrix');
    patterns.useSearch('accord');
    await vi.waitFor(() => expect(patterns.answers.matrix?.table.columns.map((c) => c.label)).toEqual(['Oslo accord']), { timeout: 5000 });
    patterns.useSearch(null);
    await vi.waitFor(() => expect(patterns.answers.matrix?.table.columns).toHaveLength(3), { timeout: 3000 });
  });
});
