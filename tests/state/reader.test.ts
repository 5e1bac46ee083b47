// ReaderState in Node: opening and switching articles, the place each was left, a chosen text encoding,
// and moving through statements.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, textArticle } from '../fake-api';
import { startApp, type StartedApp } from './start-app.svelte';

const baku = textArticle('baku', 'Talks in Baku', ['Leaders met in Baku on Monday. Dr. Kim said trade rose 16% last year.', 'Talks continue on Tuesday.']);
const oslo = textArticle('oslo', 'Oslo accord', ['The accord was signed in Oslo. Both sides claimed a win.', 'Critics were unconvinced. The vote is next week.']);

const apps: StartedApp[] = [];
afterEach(() => {
  for (const s of apps.splice(0)) s.stop();
});

function start(options: Parameters<typeof startApp>[1] = {}, api = fakeApi([baku, oslo])) {
  const s = startApp(api, options);
  apps.push(s);
  return { ...s, api, reader: s.app.reader };
}

describe('ReaderState', () => {
  it('opens an article with its statements, and marks it read', async () => {
    const s = start();
    await s.reader.open('baku');
    expect(s.reader.article?.title).toBe('Talks in Baku');
    expect(s.reader.statements.map((st) => baku.text.slice(st.start, st.end))).toEqual([
      'Leaders met in Baku on Monday.',
      'Dr. Kim said trade rose 16% last year.',
      'Talks continue on Tuesday.',
    ]);
    expect(s.reader.loading).toBe(false);
    await vi.waitFor(async () => expect((await s.repos.articleMeta.get('baku'))?.readAt).toBeGreaterThan(0));
  });

  it('says why an article cannot be opened and keeps the one shown', async () => {
    const s = start();
    await s.reader.open('baku');
    await s.reader.open('gone');
    expect(s.reader.error).toBe('That article is no longer in the library.');
    expect(s.reader.article?.id).toBe('baku');
  });

  it('switching articles drops the current statement and the undo history, and shows each its own annotations', async () => {
    const s = start();
    await s.reader.open('baku');
    await vi.waitFor(() => expect(s.reader.tagging.keyedTags.length).toBeGreaterThan(0));
    s.reader.select(s.reader.statements[0]!.id);
    s.reader.toggleKey(1);
    await s.reader.tagging.writes.flush();
    await s.reader.open('oslo');
    expect(s.reader.currentId).toBeNull();
    await vi.waitFor(() => expect(s.reader.tagging.placed).toEqual([]));
    s.reader.tagging.undo();
    await s.reader.tagging.writes.flush();
    expect(await s.repos.annotations.forArticle('baku')).toHaveLength(1);
    await s.reader.open('baku');
    await vi.waitFor(() => expect(s.reader.tagging.placed.map((p) => p.quote)).toEqual(['Leaders met in Baku on Monday.']));
  });

  it('an older open never replaces a newer one', async () => {
    let release: () => void = () => {};
    const api = fakeApi([baku, oslo]);
    const read = api.readArticle;
    api.readArticle = vi.fn(async (req) => {
      if (req.id === 'baku') await new Promise<void>((resolve) => (release = resolve));
      return read(req);
    });
    const s = start({}, api);
    const slow = s.reader.open('baku');
    await vi.waitFor(() => expect(api.readArticle).toHaveBeenCalledTimes(1));
    await s.reader.open('oslo');
    release();
    await slow;
    expect(s.reader.article?.id).toBe('oslo');
  });

  it('opens a new article at its top and a reopened one where it was left, across restarts', async () => {
    const s = start();
    await s.reader.open('baku');
    expect(s.reader.place).toMatchObject({ articleId: 'baku', offset: 0 });
    const left = baku.text.indexOf('Talks continue');
    await s.reader.rememberPlace(left);
    await s.reader.open('oslo');
    expect(s.reader.place).toMatchObject({ articleId: 'oslo', offset: 0 });
    await s.reader.open('baku');
    expect(s.reader.place).toMatchObject({ articleId: 'baku', offset: left });
    s.stop();
    apps.splice(apps.indexOf(s), 1);

    const again = start({ name: s.name });
    await again.reader.open('baku');
    expect(again.reader.place).toMatchObject({ articleId: 'baku', offset: left });
    await again.reader.open('oslo');
    expect(again.reader.place?.offset).toBe(0);
  });

  it('opening the same article again asks the view to scroll again', async () => {
    const s = start();
    await s.reader.open('baku');
    const first = s.reader.place!.request;
    await s.reader.open('baku');
    expect(s.reader.place!.request).toBeGreaterThan(first);
  });

  it('re-reads the article in an encoding the user chose, and remembers it for next time', async () => {
    const s = start();
    await s.reader.open('baku');
    await s.reader.setEncoding('windows-1251');
    expect(s.api.readArticle).toHaveBeenLastCalledWith({ id: 'baku', encoding: 'windows-1251' });
    expect(s.reader.article?.encoding).toBe('windows-1251');
    await s.reader.open('oslo');
    await s.reader.open('baku');
    expect(s.api.readArticle).toHaveBeenLastCalledWith({ id: 'baku', encoding: 'windows-1251' });
  });

  it('moves through statements and extends a range with shift', async () => {
    const s = start();
    await s.reader.open('oslo');
    s.reader.move(1);
    expect(s.reader.currentId).toBe(s.reader.statements[0]!.id);
    s.reader.move(1, true);
    s.reader.move(1, true);
    const [a, , c] = s.reader.statements;
    expect(s.reader.current).toMatchObject({ start: a!.start, end: c!.end });
    expect(s.reader.rangeIds.size).toBe(3);
    s.reader.move(1);
    expect(s.reader.current).toMatchObject({ start: s.reader.statements[3]!.start });
    expect(s.reader.rangeIds.size).toBe(0);
  });

  it('reads an article in a language the user chose: segmented again at once, and remembered', async () => {
    const text = ['Доклад прочитал проф. Иванов из Москвы. Встреча прошла на ул. Тверской, сообщил зам. министра.'];
    // The file says (or detection guessed) English; its Russian abbreviations then end statements.
    const moscow = textArticle('msk', 'Доклад', text, { lang: 'en', langDetected: true });
    const s = start({}, fakeApi([moscow]));
    const said = () => s.reader.statements.map((st) => s.reader.article!.text.slice(st.start, st.end));
    await s.reader.open('msk');
    expect(said()).toHaveLength(4);
    expect(s.reader.fileLanguage).toEqual({ lang: 'en', detected: true });
    await s.reader.setLanguage('ru');
    expect(s.reader.article?.lang).toBe('ru');
    expect(said()).toEqual(['Доклад прочитал проф. Иванов из Москвы.', 'Встреча прошла на ул. Тверской, сообщил зам. министра.']);
    await s.reader.open('msk');
    expect(said()).toHaveLength(2);
    await s.reader.setLanguage(null);
    expect(s.reader.article?.lang).toBe('en');
    expect(said()).toHaveLength(4);
  });
});
