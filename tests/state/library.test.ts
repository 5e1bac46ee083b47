// LibraryState in Node: the list from the main process overlaid with the user's data, filtered as typed,
// sorted, grouped in collections, and articles removed with their notes kept.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, targetIn, textArticle } from '../fake-api';
import { startApp, type StartedApp } from './start-app.svelte';

const articles = [
  textArticle('a', 'Report 10 on gas prices', ['Gas prices rose.'], { source: 'Wire', published: '2024-03-02' }),
  textArticle('b', 'Report 9 on supercomputing', ['The US tops the charts.'], { source: 'Daily', published: '2024-05-01' }),
  textArticle('c', 'Putin meets Aliyev', ['They met in Sochi.'], { source: 'Agency', published: '2023-12-24' }),
];

let started: StartedApp | undefined;
afterEach(() => started?.stop());

async function loaded() {
  const api = fakeApi(articles);
  started = startApp(api);
  const { library } = started.app;
  await library.load();
  return { ...started, api, library };
}

const titles = (rows: readonly { title: string }[]) => rows.map((r) => r.title);

describe('LibraryState', () => {
  it('lists every article the main process reports, sorted by title with numbers by value', async () => {
    const { library } = await loaded();
    expect(library.loaded).toBe(true);
    expect(titles(library.visible)).toEqual(['Putin meets Aliyev', 'Report 9 on supercomputing', 'Report 10 on gas prices']);
  });

  it('filters by every word typed, across title, source and path', async () => {
    const { library } = await loaded();
    library.query = 'report wire';
    expect(titles(library.visible)).toEqual(['Report 10 on gas prices']);
    library.query = 'agency';
    expect(titles(library.visible)).toEqual(['Putin meets Aliyev']);
    library.query = 'nothing-like-this';
    expect(library.visible).toEqual([]);
  });

  it('matches words at their start, never inside other words', async () => {
    const { library } = await loaded();
    library.query = 'Putin';
    expect(titles(library.visible)).toEqual(['Putin meets Aliyev']);
    library.query = 'comput';
    expect(library.visible).toEqual([]);
    library.query = 'supercomp';
    expect(titles(library.visible)).toEqual(['Report 9 on supercomputing']);
    library.query = 'rep 10';
    expect(titles(library.visible)).toEqual(['Report 10 on gas prices']);
  });

  it('sorts by source, by date (newest first) and by annotations', async () => {
    const s = await loaded();
    s.library.sortBy = 'source';
    expect(titles(s.library.visible)).toEqual(['Putin meets Aliyev', 'Report 9 on supercomputing', 'Report 10 on gas prices']);
    s.library.sortBy = 'date';
    expect(titles(s.library.visible)).toEqual(['Report 9 on supercomputing', 'Report 10 on gas prices', 'Putin meets Aliyev']);
    await s.repos.annotations.create({ articleId: 'a', target: targetIn(articles[0]!.text, 'Gas prices rose.'), tagIds: ['type-claim'] });
    s.library.sortBy = 'annotations';
    await vi.waitFor(() => expect(s.library.visible[0]).toMatchObject({ id: 'a', annotations: 1 }), { timeout: 3000 });
  });

  it('shows the user\'s own title and collections, and filters by a collection', async () => {
    const s = await loaded();
    await s.library.edit('c', { title: 'Sochi summit', collections: ['Caucasus', ' Energy '] });
    await s.library.edit('a', { collections: ['Energy'] });
    await vi.waitFor(() => expect(s.library.collections).toEqual(['Caucasus', 'Energy']));
    expect(titles(s.library.visible)).toContain('Sochi summit');
    s.library.collection = 'Energy';
    await vi.waitFor(() => expect(titles(s.library.visible)).toEqual(['Report 10 on gas prices', 'Sochi summit']));
  });

  it('removes an article from the list and keeps its notes in the trash until emptied', async () => {
    const s = await loaded();
    await s.repos.annotations.create({ articleId: 'c', target: targetIn(articles[2]!.text, 'They met in Sochi.'), note: 'Check the date' });
    expect(await s.library.remove('c')).toBe(true);
    expect(titles(s.library.visible)).not.toContain('Putin meets Aliyev');
    await vi.waitFor(() => expect(s.library.trash).toEqual([{ articleId: 'c', annotations: 1 }]), { timeout: 3000 });
    expect(await s.repos.annotations.forArticle('c')).toHaveLength(1);
    expect(await s.library.emptyTrash()).toBe(1);
    expect(await s.repos.annotations.forArticle('c')).toEqual([]);
  });

  it('says why a removal failed and keeps the article', async () => {
    const api = fakeApi(articles, { deleteArticle: vi.fn(async () => ({ ok: false as const, error: { code: 'IO' as const, message: 'The file is locked.' } })) });
    started = startApp(api);
    const { library } = started.app;
    await library.load();
    expect(await library.remove('a')).toBe(false);
    expect(library.report?.summary).toBe('Not deleted: The file is locked.');
    expect(titles(library.visible)).toContain('Report 10 on gas prices');
  });
});
