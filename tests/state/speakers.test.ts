// Who said what, in Node: the speaker suggested for a statement (from the parser's analysis), accepted with
// `a` (an Actor/<Name> tag and a decision), rejected with Shift+A (never suggested again for it), both kept
// across a restart and a changed text; the library-wide "What did X say" view; the exports.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src-renderer/core/article';
import type { SpeakerSuggestion } from '../../src-renderer/core/actors/types';
import { parseJsonExport } from '../../src-renderer/core/exports/json';
import { ANALYSIS_VERSION } from '../../src-renderer/core/actors';
import { packAnalysis } from '../../src-renderer/core/actors/packed';
import { fakeApi, textArticle } from '../fake-api';
import { startApp, type StartedApp } from './start-app.svelte';

/** A suggestion that `sentence` (found in `text`) was said by `speaker`. */
function said(text: string, sentence: string, speaker: string, kind: SpeakerSuggestion['kind'] = 'reported'): SpeakerSuggestion {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in the text`);
  const at = sentence.indexOf(speaker.split(' ').at(-1)!);
  return { start, end: start + sentence.length, speaker, speakerType: 'person', kind, source: { start: start + Math.max(0, at), end: start + Math.max(0, at) + 5 } };
}

function analysed(article: Article, speakers: [string, string][]): Article {
  const suggestions = speakers.map(([sentence, name]) => said(article.text, sentence, name));
  const entities = suggestions.map((s) => ({ type: 'person' as const, start: s.source.start, end: s.source.end, text: article.text.slice(s.source.start, s.source.end), name: s.speaker }));
  return { ...article, analysis: packAnalysis({ version: ANALYSIS_VERSION, entities, speakers: suggestions }) };
}

const P1 = 'Putin said that Russia supported the talks.';
const P2 = 'Aliyev said that relations were at their highest level.';
const P3 = 'Trade grew last year.';
const a1 = analysed(
  textArticle('a1', 'Leaders meet', [P1, `${P2} ${P3}`], { published: '2024-02-22', source: 'Wire' }),
  [
    [P1, 'Vladimir Putin'],
    [P2, 'Ilham Aliyev'],
  ],
);
const Q1 = 'Putin said that gas prices would fall.';
const a2 = analysed(textArticle('a2', 'Gas talks', [Q1], { published: '2024-01-10' }), [[Q1, 'Vladimir Putin']]);
const R1 = 'Putin said that the bridge would open in May.';
const R2 = 'Putin said that nothing had been decided.';
const a3 = analysed(textArticle('a3', 'Bridge news', [R1, R2], { published: '2024-03-05' }), [
  [R1, 'Vladimir Putin'],
  [R2, 'Vladimir Putin'],
]);

let started: StartedApp | undefined;
afterEach(() => started?.stop());

async function open(articles: Article[], id: string, name?: string) {
  started = startApp(fakeApi(articles), name ? { name } : {});
  const { reader } = started.app;
  await reader.open(id);
  await vi.waitFor(() => expect(reader.speakers.ready).toBe(true));
  await vi.waitFor(() => expect(reader.tagging.tagList.length).toBeGreaterThan(0));
  return started;
}

const keyOf = (text: string, sentence: string) => {
  const start = text.indexOf(sentence);
  return `s${start}-${start + sentence.length}`;
};

describe('speakers in the open article', () => {
  it('shows the suggested speaker of each attributed statement, and none on the others', async () => {
    const s = await open([a1], 'a1');
    const { speakers } = s.app.reader;
    expect(speakers.namesByKey.get(keyOf(a1.text, P1))).toBe('Vladimir Putin');
    expect(speakers.namesByKey.get(keyOf(a1.text, P2))).toBe('Ilham Aliyev');
    expect(speakers.namesByKey.has(keyOf(a1.text, P3))).toBe(false);
    // The Actors panel: who speaks, with their statements.
    expect(speakers.actors.map((a) => [a.name, a.statements.length])).toEqual([
      ['Ilham Aliyev', 1],
      ['Vladimir Putin', 1],
    ]);
  });

  it('a accepts the suggestion as an Actor/<Name> tag; Shift+A rejects; both survive a restart', async () => {
    const s = await open([a1], 'a1');
    const { reader } = s.app;
    reader.select(keyOf(a1.text, P1));
    await reader.decideSpeaker(true);
    await reader.tagging.writes.flush();
    await vi.waitFor(() => expect(reader.speakers.of(reader.current)?.status).toBe('accepted'));
    await vi.waitFor(() => expect(reader.tagging.tagsOf(keyOf(a1.text, P1)).map((t) => t.name)).toEqual(['Vladimir Putin']));
    const tag = (await s.repos.tags.all()).find((t) => t.name === 'Vladimir Putin')!;
    expect((await s.repos.tags.all()).find((t) => t.id === tag.parentId)?.name).toBe('Actor');

    reader.select(keyOf(a1.text, P2));
    await reader.decideSpeaker(false);
    await reader.tagging.writes.flush();
    await vi.waitFor(() => expect(reader.speakers.namesByKey.has(keyOf(a1.text, P2))).toBe(false));
    expect(reader.message).toBe('Speaker rejected: Ilham Aliyev');

    const decisions = await s.repos.speakers.forArticle('a1');
    expect(decisions.map((d) => [d.speaker, d.accepted, d.target.quote.exact]).sort()).toEqual([
      ['Ilham Aliyev', false, P2],
      ['Vladimir Putin', true, P1],
    ]);

    // A restart on the same database, with the text changed above both statements.
    const name = (s as StartedApp & { name: string }).name;
    s.stop();
    const changed = analysed(textArticle('a1', 'Leaders meet', ['A new opening paragraph.', P1, `${P2} ${P3}`]), [
      [P1, 'Vladimir Putin'],
      [P2, 'Ilham Aliyev'],
    ]);
    const again = await open([changed], 'a1', name);
    const sp = again.app.reader.speakers;
    await vi.waitFor(() => expect(sp.of({ key: keyOf(changed.text, P1), start: 0, end: 0 })?.status).toBe('accepted'));
    expect(sp.namesByKey.has(keyOf(changed.text, P2))).toBe(false);
    expect(sp.isRejected({ key: keyOf(changed.text, P2), start: 0, end: 0 })).toBe(true);
  });

  it('a on an accepted speaker takes the acceptance and its tag back; Shift+A on a rejected one offers it again', async () => {
    const s = await open([a1], 'a1');
    const { reader } = s.app;
    reader.select(keyOf(a1.text, P1));
    await reader.decideSpeaker(true);
    await vi.waitFor(() => expect(reader.speakers.of(reader.current)?.status).toBe('accepted'));
    await reader.tagging.writes.flush();
    await vi.waitFor(() => expect(reader.tagging.tagsOf(keyOf(a1.text, P1))).toHaveLength(1));
    await reader.decideSpeaker(true);
    await reader.tagging.writes.flush();
    await vi.waitFor(() => expect(reader.speakers.of(reader.current)?.status).toBe('suggested'));
    await vi.waitFor(() => expect(reader.tagging.tagsOf(keyOf(a1.text, P1))).toHaveLength(0));

    await reader.decideSpeaker(false);
    await vi.waitFor(() => expect(reader.speakers.of(reader.current)).toBeNull());
    await reader.decideSpeaker(false);
    await vi.waitFor(() => expect(reader.speakers.of(reader.current)?.speaker).toBe('Vladimir Putin'));
    expect(await s.repos.speakers.forArticle('a1')).toEqual([]);
  });
});

describe('What did X say, across the library', () => {
  it('lists every statement by the actor in article-date order, without rejected ones, filtered by period and tag', async () => {
    const s = await open([a1, a2, a3], 'a3');
    const { app } = s;
    await app.library.load();
    await app.search.start();
    // Reject one of the bridge statements.
    app.reader.select(keyOf(a3.text, R2));
    await app.reader.decideSpeaker(false);
    await app.reader.tagging.writes.flush();
    const key = app.actors.keyOf('Vladimir Putin');
    // The library's actors: everyone a statement is attributed to (suggestions, before decisions).
    expect((await app.actors.libraryActors()).map((a) => [a.name, a.statements, a.articles])).toEqual([
      ['Vladimir Putin', 4, 3],
      ['Ilham Aliyev', 1, 1],
    ]);
    await app.actors.show(key);
    expect(app.actors.name).toBe('Vladimir Putin');
    expect(app.actors.shown.map((e) => [e.articleTitle, e.text])).toEqual([
      ['Gas talks', Q1],
      ['Leaders meet', P1],
      ['Bridge news', R1],
    ]);
    app.actors.filters.from = '2024-02-01';
    expect(app.actors.shown.map((e) => e.articleId)).toEqual(['a1', 'a3']);
    app.actors.filters.from = '';
    // Tag one statement as a claim: the tag filter keeps it alone.
    app.reader.select(keyOf(a3.text, R1));
    app.reader.toggleKey(1);
    await app.reader.tagging.writes.flush();
    await app.actors.show(key);
    app.actors.filters.tagId = 'type-claim';
    expect(app.actors.shown.map((e) => e.text)).toEqual([R1]);
    app.actors.filters.tagId = '';
    // The Markdown section: each quote with its speaker, article, source, date and a link back.
    const md = app.actors.markdown();
    expect(md).toContain('## Statements by Vladimir Putin');
    expect(md).toContain(`> ${P1}\n\n— Vladimir Putin · [Leaders meet](dossier://article/a1?at=0) · Wire · 2024-02-22`);
    expect(md).not.toContain(R2);
  });

  it('joins a surname alone to the one full name in the library; merges another actor in, and splits it off again', async () => {
    const surname = analysed(textArticle('a4', 'Kremlin note', ['Putin said that talks went well.']), [['Putin said that talks went well.', 'Putin']]);
    const russian = analysed(textArticle('a5', 'Кремль', ['Путин заявил, что переговоры прошли успешно.']), [['Путин заявил, что переговоры прошли успешно.', 'Владимир Путин']]);
    const s = await open([a2, surname, russian], 'a2');
    const { app } = s;
    await app.library.load();
    await app.search.start();
    // "Putin" alone, in another article, is the library's one Vladimir Putin.
    await app.actors.show(app.actors.keyOf('Putin'));
    expect(app.actors.name).toBe('Vladimir Putin');
    expect(app.actors.shown.map((e) => e.articleId).sort()).toEqual(['a2', 'a4']);
    // The Russian spelling is another actor until the user merges it.
    const russianKey = app.actors.keyOf('Владимир Путин');
    expect(app.actors.library.map((a) => a.name)).toContain('Владимир Путин');
    await app.actors.mergeIntoShown(russianKey, 'Владимир Путин');
    expect(app.actors.shown.map((e) => e.articleId).sort()).toEqual(['a2', 'a4', 'a5']);
    await vi.waitFor(() => expect(app.actors.keyOf('Владимир Путин')).toBe(app.actors.key));
    expect((await app.actors.libraryActors()).map((a) => [a.name, a.statements, a.articles])).toEqual([['Vladimir Putin', 3, 3]]);
    await app.actors.split(russianKey);
    expect(app.actors.shown.map((e) => e.articleId).sort()).toEqual(['a2', 'a4']);
  });
});

describe('exports name the speakers', () => {
  it('the briefing credits a quoted statement to its speaker; the JSON export holds entities, speakers and decisions', async () => {
    const s = await open([a1], 'a1');
    const { app } = s;
    await app.library.load();
    const { reader } = app;
    reader.select(keyOf(a1.text, P1));
    reader.toggleKey(1);
    await reader.tagging.writes.flush();
    reader.select(keyOf(a1.text, P2));
    await reader.decideSpeaker(false);
    reader.toggleKey(1);
    await reader.tagging.writes.flush();
    await reader.exportBriefing();
    const api = app.deps.api as unknown as { writeExport: { mock: { calls: [{ content: string }][] } } };
    const md = api.writeExport.mock.calls.at(-1)![0].content;
    expect(md).toContain(`> ${P1}\n\n— Vladimir Putin`);
    // A rejected speaker is not named.
    expect(md).not.toContain('— Ilham Aliyev');

    const tags = await s.repos.tags.all();
    await app.runExport({ format: 'json', scope: { kind: 'all' }, layout: 'document', title: 'all' }, tags);
    const json = parseJsonExport(api.writeExport.mock.calls.at(-1)![0].content);
    expect(json.ok).toBe(true);
    if (!json.ok) return;
    const article = json.value.articles.find((a) => a.id === 'a1')!;
    expect(article.contentHash).toBe(a1.contentHash);
    expect(article.entities?.map((e) => e.name)).toEqual(['Vladimir Putin', 'Ilham Aliyev']);
    expect(article.speakers?.map((x) => [x.speaker, x.kind, x.accepted, a1.text.slice(x.start, x.end)])).toEqual([
      ['Vladimir Putin', 'reported', undefined, P1],
      ['Ilham Aliyev', 'reported', false, P2],
    ]);
    expect(json.value.speakerDecisions?.map((d) => [d.speaker, d.accepted])).toEqual([['Ilham Aliyev', false]]);
  });

  it('a passage inserted into a briefing from the composer names its speaker', async () => {
    const s = await open([a1], 'a1');
    const { app } = s;
    await app.library.load();
    const { reader } = app;
    reader.select(keyOf(a1.text, P1));
    reader.toggleKey(4);
    await reader.tagging.writes.flush();
    const [record] = await s.repos.annotations.forArticle('a1');
    const pick = { record: record!, articleTitle: 'Leaders meet', tagPaths: ['Type/Quote'] };
    await app.composer.prepare(pick);
    expect(app.composer.citationFor(pick)).toContain(`> ${P1}\n\n— Vladimir Putin · [Leaders meet](dossier://article/a1?annotation=${record!.id})`);
  });
});
