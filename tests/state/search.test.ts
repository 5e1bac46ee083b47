// Search in the app's state, in Node over fake-indexeddb and a fake API: results as typed, an older answer
// never shown over a newer one, the index following added, changed and removed articles and edited notes,
// a restart that reads no article again, and a damaged saved index rebuilt.
// fake-indexeddb first: Dexie reads the global indexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSearchCache } from '../../src-renderer/db/search-cache';
import { fakeApi, targetIn, textArticle } from '../fake-api';
import { startApp, type StartedApp } from './start-app.svelte';

const gas = textArticle('gas', 'Gazprom signs a gas deal', ['Gazprom signed a long-term gas deal with the state company on Monday.', 'Negotiations took three years.'], { source: 'Energy Wire' });
const chips = textArticle('chips', 'US top of supercomputing charts', ['The computing centre in Tennessee leads the list again.'], { source: 'Tech Daily' });
const moscow = textArticle('moscow', 'Переговоры в Москве', ['Стороны продолжили переговоры о транзите газа.'], { lang: 'ru' });

const apps: StartedApp[] = [];
afterEach(() => {
  for (const s of apps.splice(0)) s.stop();
});

async function started(api = fakeApi([gas, chips, moscow]), name?: string) {
  const s = startApp(api, name ? { name } : {});
  apps.push(s);
  await s.app.library.load();
  await s.app.search.start();
  return { ...s, api, search: s.app.search };
}

/** Types a query and waits until its results are final. */
async function query(search: StartedApp['app']['search'], text: string) {
  search.setQuery(text);
  expect(search.busy).toBe(true);
  await vi.waitFor(() => expect(search.busy).toBe(false));
  return search.results;
}

const ids = (r: Awaited<ReturnType<typeof query>>) => r?.hits.map((h) => h.id);

describe('SearchState', () => {
  it('finds words in bodies, never inside other words, with stems in both languages', async () => {
    const { search } = await started();
    expect(ids(await query(search, 'Gazprom'))).toEqual(['gas']);
    expect(ids(await query(search, 'gas deal'))).toEqual(['gas']);
    expect((await query(search, 'Putin'))?.total).toBe(0);
    expect(ids(await query(search, 'computing'))).toEqual(['chips']);
    expect(ids(await query(search, 'negotiating'))).toEqual(['gas']);
    expect(ids(await query(search, 'переговорах'))).toEqual(['moscow']);
    const hit = (await query(search, 'gas deal'))!.hits[0]!;
    expect(hit.snippets[0]!.where).toBe('text');
    expect(hit.snippets[0]!.highlights.length).toBeGreaterThan(0);
  });

  it('says why a query cannot be run, and clears with an empty query', async () => {
    const { search } = await started();
    search.setQuery('"unclosed phrase');
    await vi.waitFor(() => expect(search.busy).toBe(false));
    if (search.problem) expect(search.problem).toMatch(/\w/);
    search.setQuery('');
    expect(search.busy).toBe(false);
    expect(search.results).toBeNull();
  });

  it('never shows an older answer over a newer one', async () => {
    const { search } = await started();
    search.setQuery('Gazprom');
    search.setQuery('computing');
    await vi.waitFor(() => expect(search.busy).toBe(false));
    expect(ids(search.results)).toEqual(['chips']);
  });

  it('follows notes as they are edited: a word in a note finds its article', async () => {
    const s = await started();
    const record = await s.repos.annotations.create({ articleId: 'chips', target: targetIn(chips.text, 'The computing centre'), note: 'Ask about the Frontier budget' });
    await vi.waitFor(async () => expect(ids(await query(s.search, 'Frontier'))).toEqual(['chips']), { timeout: 4000 });
    const hit = s.search.results!.hits[0]!;
    expect(hit.snippets.some((sn) => sn.where === 'note' && sn.recordId === record.id)).toBe(true);
    await s.repos.annotations.setNote(record.id, 'Ask about the El Capitan budget');
    await vi.waitFor(async () => expect((await query(s.search, 'Frontier'))?.total).toBe(0), { timeout: 4000 });
    await vi.waitFor(async () => expect(ids(await query(s.search, 'Capitan'))).toEqual(['chips']), { timeout: 4000 });
    await s.repos.annotations.remove(record.id);
    await vi.waitFor(async () => expect((await query(s.search, 'Capitan'))?.total).toBe(0), { timeout: 4000 });
  });

  it('follows the library: an article added, changed or removed', async () => {
    const s = await started();
    s.api.articles.set('grain', textArticle('grain', 'Grain corridor reopens', ['Ships carrying wheat left Odesa on Tuesday.']));
    await s.app.library.load();
    await s.search.idle();
    expect(ids(await query(s.search, 'wheat'))).toEqual(['grain']);
    s.api.articles.set('grain', textArticle('grain', 'Grain corridor reopens', ['Ships carrying barley and maize left Odesa on Tuesday.']));
    await s.app.library.load();
    await s.search.idle();
    expect((await query(s.search, 'wheat'))?.total).toBe(0);
    expect(ids(await query(s.search, 'barley'))).toEqual(['grain']);
    s.api.articles.delete('grain');
    await s.app.library.load();
    await s.search.idle();
    expect((await query(s.search, 'barley'))?.total).toBe(0);
  });

  it('after a restart reads no article again, and finds the same', async () => {
    const first = await started();
    await first.search.save();
    first.stop();
    apps.splice(apps.indexOf(first), 1);
    const api = fakeApi([gas, chips, moscow]);
    const again = await started(api, first.name);
    expect(api.readArticle).not.toHaveBeenCalled();
    expect(ids(await query(again.search, 'Gazprom'))).toEqual(['gas']);
  });

  it('rebuilds a damaged saved index, with correct results', async () => {
    const first = await started();
    first.stop();
    apps.splice(apps.indexOf(first), 1);
    await openSearchCache(`${first.name}-search`).save({ key: 'index', index: { format: 'dossier-search-index', version: 1, junk: true }, articles: { gas: 'x' }, notes: {}, savedAt: 0 });
    const api = fakeApi([gas, chips, moscow]);
    const again = await started(api, first.name);
    expect(api.readArticle).toHaveBeenCalledTimes(3);
    expect(ids(await query(again.search, 'Gazprom'))).toEqual(['gas']);
  });
});

describe('SearchState: saved searches', () => {
  it('saves a query as a smart collection that lists what it finds, kept across restarts and in the JSON export', async () => {
    const s = await started();
    await query(s.search, 'gas OR переговоры');
    const id = await s.search.saveQuery('Gas talks');
    expect(s.search.saved.map((x) => [x.name, x.query])).toEqual([['Gas talks', 'gas OR переговоры']]);
    s.app.library.collection = `saved:${id}`;
    await vi.waitFor(() => expect(s.app.library.visible.map((r) => r.id).sort()).toEqual(['gas', 'moscow']));
    expect((await s.repos.dumpForExport()).savedSearches).toEqual(s.search.saved);

    s.stop();
    apps.splice(apps.indexOf(s), 1);
    const again = await started(fakeApi([gas, chips, moscow]), s.name);
    expect(again.search.saved.map((x) => x.name)).toEqual(['Gas talks']);
    await again.search.removeSaved(id!);
    expect(await again.repos.savedSearches.all()).toEqual([]);
  });
});

describe('SearchState: a start after the first', () => {
  it('reads only the annotations written since, and the tag filter still knows every article', async () => {
    const first = await started();
    await first.repos.annotations.create({ articleId: 'gas', target: targetIn(gas.text, 'Negotiations took three years.'), tagIds: ['type-claim'] });
    await vi.waitFor(async () => expect(ids(await query(first.search, 'tag:Claim'))).toEqual(['gas']), { timeout: 4000 });
    await first.search.save();
    first.stop();
    apps.splice(apps.indexOf(first), 1);

    let pages = 0;
    const again = startApp(fakeApi([gas, chips, moscow]), {
      name: first.name,
      adjust: (repos) => ({ ...repos, annotations: { ...repos.annotations, page: (...args) => (pages++, repos.annotations.page(...args)) } }),
    });
    apps.push(again);
    await again.app.library.load();
    await again.app.search.start();
    expect(ids(await query(again.app.search, 'tag:Claim'))).toEqual(['gas']);
    expect(pages).toBe(0);
    await again.repos.annotations.create({ articleId: 'moscow', target: targetIn(moscow.text, 'Стороны продолжили переговоры'), tagIds: ['type-claim'] });
    await vi.waitFor(async () => expect((await query(again.app.search, 'tag:Claim'))?.hits.map((h) => h.id).sort()).toEqual(['gas', 'moscow']), { timeout: 4000 });
    expect(pages).toBe(0);
  });
});
