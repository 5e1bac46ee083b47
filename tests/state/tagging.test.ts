// TaggingState through the reader, in Node: keys tag statements and passages, notes are saved as typed,
// undo and redo, and a highlight shown at once is confirmed by the database or rolled back when it fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, targetIn, textArticle } from '../fake-api';
import { startApp, type StartedApp } from './start-app.svelte';

const article = textArticle('a1', 'Talks in Baku', [
  'Leaders met in Baku on Monday. Dr. Kim said trade rose 16% last year.',
  'Talks continue on Tuesday.',
]);

let started: StartedApp | undefined;
afterEach(() => started?.stop());

async function openArticle(options: Parameters<typeof startApp>[1] = {}) {
  started = startApp(fakeApi([article]), options);
  const { reader } = started.app;
  await reader.open('a1');
  // The default codebook (keys 1-5) is in the new database.
  await vi.waitFor(() => expect(reader.tagging.keyedTags.length).toBeGreaterThan(0));
  return { ...started, reader, tagging: reader.tagging };
}

const stored = (s: StartedApp) => s.repos.annotations.forArticle('a1');

describe('TaggingState', () => {
  it('tags the current statement with a digit key: shown at once, then stored with its quote', async () => {
    const s = await openArticle();
    const second = s.reader.statements[1]!;
    s.reader.select(second.id);
    s.reader.toggleKey(1);
    // Shown before the write is stored.
    expect(s.tagging.decorByKey.get(second.id)?.names).toBe('Claim');
    await s.tagging.writes.flush();
    const records = await stored(s);
    expect(records).toHaveLength(1);
    expect(records[0]!.tagIds).toEqual(['type-claim']);
    expect(records[0]!.target.quote.exact).toBe('Dr. Kim said trade rose 16% last year.');
    await vi.waitFor(() => expect(s.reader.message).toBe('Saved'));
    await vi.waitFor(() => expect(s.tagging.byKey.get(second.id)?.tagIds).toEqual(['type-claim']));
  });

  it('the same key again removes the tag and the annotation left empty', async () => {
    const s = await openArticle();
    s.reader.select(s.reader.statements[0]!.id);
    s.reader.toggleKey(2);
    await s.tagging.writes.flush();
    await vi.waitFor(() => expect(s.tagging.placed).toHaveLength(1));
    s.reader.toggleKey(2);
    await s.tagging.writes.flush();
    expect(await stored(s)).toEqual([]);
    expect(s.tagging.decorByKey.size).toBe(0);
  });

  it('two tags on one statement are both shown, each in its own colour band', async () => {
    const s = await openArticle();
    const first = s.reader.statements[0]!;
    s.reader.select(first.id);
    s.reader.toggleKey(1);
    s.reader.toggleKey(3);
    await s.tagging.writes.flush();
    const decor = s.tagging.decorByKey.get(first.id)!;
    expect(decor.names).toBe('Claim Figure');
    // Stacked bands, one per tag, so every line of a wrapped statement shows both colours.
    expect(decor.band).toBe('linear-gradient(to bottom, #2563eb 0% 50%, #d97706 50% 100%)');
    expect((await stored(s))[0]!.tagIds).toEqual(['type-claim', 'type-figure']);
  });

  it('lists every tag stored on a target, keyed or not, in the order applied; removing one leaves the rest', async () => {
    const s = await openArticle();
    const first = s.reader.statements[0]!;
    s.reader.select(first.id);
    s.reader.toggleKey(5);
    s.reader.toggleKey(1);
    await s.reader.toggleTagPath('Actor/Vladimir Putin');
    await s.tagging.writes.flush();
    const paths = () => s.tagging.tagsOf(first.id).map((t) => s.tagging.labels.get(t.id)?.path);
    await vi.waitFor(() => expect(paths()).toEqual(['Type/Assessment', 'Type/Claim', 'Actor/Vladimir Putin']));
    const putin = s.tagging.tagsOf(first.id)[2]!;
    expect(s.tagging.labels.get(putin.id)).toEqual({ parent: 'Actor/', name: 'Vladimir Putin', path: 'Actor/Vladimir Putin' });
    s.reader.toggleTag(putin.id);
    await s.tagging.writes.flush();
    await vi.waitFor(() => expect(paths()).toEqual(['Type/Assessment', 'Type/Claim']));
    expect((await stored(s))[0]!.tagIds).toEqual(['type-assessment', 'type-claim']);
    expect(s.tagging.tagsOf(s.reader.statements[1]!.id)).toEqual([]);
  });

  it('tags a free passage on exactly its range', async () => {
    const s = await openArticle();
    const start = article.text.indexOf('trade rose');
    const end = start + 'trade rose 16%'.length;
    s.reader.selectPassage(start, end);
    s.reader.toggleKey(3);
    await s.tagging.writes.flush();
    const [record] = await stored(s);
    expect(record!.target.quote.exact).toBe('trade rose 16%');
    expect(record!.target.position).toMatchObject({ start, end });
  });

  it('saves a note as it is typed into one annotation holding the last text', async () => {
    const s = await openArticle();
    s.reader.select(s.reader.statements[2]!.id);
    for (const typed of ['T', 'Ti', 'Tim', 'Timing?']) s.reader.setNote(typed);
    expect(s.reader.message).toBe('Saving…');
    await s.tagging.writes.flush();
    const records = await stored(s);
    expect(records).toHaveLength(1);
    expect(records[0]!.note).toBe('Timing?');
    await vi.waitFor(() => expect(s.reader.message).toBe('Saved'));
  });

  it('undo removes a tag and shows its statement again; redo puts it back', async () => {
    const s = await openArticle();
    const [first, second] = s.reader.statements;
    s.reader.select(first!.id);
    s.reader.toggleKey(1);
    await s.tagging.writes.flush();
    await vi.waitFor(() => expect(s.tagging.placed).toHaveLength(1));
    s.reader.select(second!.id);
    s.tagging.undo();
    expect(s.reader.currentId).toBe(first!.id);
    await s.tagging.writes.flush();
    expect(await stored(s)).toEqual([]);
    await vi.waitFor(() => expect(s.tagging.placed).toHaveLength(0));
    s.tagging.redo();
    await s.tagging.writes.flush();
    expect((await stored(s)).map((r) => r.tagIds)).toEqual([['type-claim']]);
  });

  it('delete takes the tags and the note; undo brings back the same record', async () => {
    const s = await openArticle();
    s.reader.select(s.reader.statements[1]!.id);
    s.reader.toggleKey(4);
    s.reader.setNote('Check the customs data.');
    await s.tagging.writes.flush();
    await vi.waitFor(() => expect(s.reader.currentAnnotation).not.toBeNull());
    const before = await stored(s);
    s.reader.deleteCurrent();
    await s.tagging.writes.flush();
    expect(await stored(s)).toEqual([]);
    await vi.waitFor(() => expect(s.reader.message).toBe('Deleted. Press Ctrl+Z to undo.'));
    s.tagging.undo();
    await s.tagging.writes.flush();
    expect(await stored(s)).toEqual(before);
  });

  it('rolls a highlight back and says so when the write fails', async () => {
    const s = await openArticle({
      adjust: (repos) => ({
        ...repos,
        annotations: { ...repos.annotations, create: async () => Promise.reject(new Error('the disk is full')) },
      }),
    });
    const first = s.reader.statements[0]!;
    s.reader.select(first.id);
    s.reader.toggleKey(1);
    expect(s.tagging.decorByKey.has(first.id)).toBe(true);
    await vi.waitFor(() => expect(s.reader.message).toBe('Not saved: the disk is full'));
    expect(s.tagging.decorByKey.has(first.id)).toBe(false);
    expect(await stored(s)).toEqual([]);
  });

  it('keeps every tagged annotation of the article, placed or not, in the list', async () => {
    const s = await openArticle();
    await s.repos.annotations.create({
      articleId: 'a1',
      target: targetIn('Before. A sentence the revision removed. After.', 'A sentence the revision removed.', 'old'),
      tagIds: ['type-claim'],
    });
    s.reader.select(s.reader.statements[0]!.id);
    s.reader.toggleKey(2);
    await s.tagging.writes.flush();
    await vi.waitFor(() => expect(s.tagging.placed).toHaveLength(2));
    const unplaced = s.tagging.placed.filter((p) => p.range === null);
    expect(unplaced.map((p) => p.quote)).toEqual(['A sentence the revision removed.']);
  });
});

describe('TaggingState: notes as typed', () => {
  it('gives back the note as last typed on a statement left and come back to, before the database shows it', async () => {
    const s = await openArticle();
    const [first, second] = s.reader.statements;
    s.reader.select(second!.id);
    for (const typed of ['R', 'Ri', 'Ris', 'Rising']) s.reader.setNote(typed);
    s.reader.select(first!.id);
    expect(s.tagging.noteOf(second!.id)).toBe('Rising');
    expect(s.tagging.noteOf(first!.id)).toBe('');
    await s.tagging.writes.flush();
    await vi.waitFor(() => expect(s.tagging.byKey.get(second!.id)?.note).toBe('Rising'));
    expect(s.tagging.noteOf(second!.id)).toBe('Rising');
  });
});

describe('TaggingState: no annotation out of sight', () => {
  it('draws both of two identical annotations on one statement, and a tag taken off comes off both', async () => {
    const s = await openArticle();
    const second = s.reader.statements[1]!;
    const target = targetIn(article.text, 'Dr. Kim said trade rose 16% last year.', article.contentHash);
    await s.repos.annotations.create({ articleId: 'a1', target, tagIds: ['type-claim'] });
    await s.repos.annotations.create({ articleId: 'a1', target, tagIds: ['type-figure', 'type-claim'], note: 'Customs data?' });
    await vi.waitFor(() => expect(s.tagging.placed).toHaveLength(2));
    const decor = s.tagging.decorByKey.get(second.id)!;
    expect(decor.names.split(' ').sort()).toEqual(['Claim', 'Figure']);
    expect(decor.note).toBe('Customs data?');
    expect(s.tagging.placementReport).toEqual({ missing: [], twice: [], unknown: [] });
    s.reader.select(second.id);
    s.reader.toggleKey(1);
    await s.tagging.writes.flush();
    const left = await stored(s);
    expect(left.map((r) => r.tagIds)).toEqual([['type-figure']]);
    await vi.waitFor(() => expect(s.tagging.decorByKey.get(second.id)?.names).toBe('Figure'));
  });

  it('draws an annotation whose only tag is gone and that has no note, and lists it', async () => {
    const s = await openArticle();
    const first = s.reader.statements[0]!;
    await s.repos.annotations.create({ articleId: 'a1', target: targetIn(article.text, 'Leaders met in Baku on Monday.', article.contentHash), tagIds: ['deleted-tag'] });
    await vi.waitFor(() => expect(s.tagging.placed).toHaveLength(1));
    expect(s.tagging.decorByKey.get(first.id)).toMatchObject({ names: '', bare: true });
    expect(s.tagging.placementReport.missing).toEqual([]);
  });
});

describe('TaggingState: keys pressed in quick succession', () => {
  it('tag, tag, undo, redo at any pace ends with what was pressed last, shown and stored', async () => {
    const s = await openArticle();
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    for (let i = 0; i < 40; i++) {
      const st = s.reader.statements[i % 3]!;
      s.reader.select(st.id);
      s.reader.toggleKey(3);
      await wait(i % 5);
      s.reader.toggleKey(2);
      await wait((i * 7) % 11);
      s.tagging.undo();
      // Shown at once: the redo below must act on this, whatever the database has answered so far.
      expect(s.tagging.decorByKey.get(st.id)?.names).toBe('Figure');
      await wait((i * 3) % 13);
      s.tagging.redo();
      await s.tagging.writes.flush();
      const quote = article.text.slice(st.start, st.end);
      await vi.waitFor(async () => expect((await stored(s)).find((r) => r.target.quote.exact === quote)?.tagIds).toEqual(['type-figure', 'type-commitment']));
      await vi.waitFor(() => expect(s.tagging.decorByKey.get(st.id)?.names).toBe('Figure Commitment'));
      s.reader.deleteCurrent();
      await s.tagging.writes.flush();
      await vi.waitFor(() => expect(s.tagging.decorByKey.has(st.id)).toBe(false));
    }
  }, 60_000);
});
