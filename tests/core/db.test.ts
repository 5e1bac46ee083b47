// The schema and repositories against a real IndexedDB implementation (fake-indexeddb) in Node.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../src-renderer/core/anchoring';
import { createAnnotationRepository } from '../../src-renderer/db/annotations';
import { createArticleMetaRepository } from '../../src-renderer/db/article-meta';
import { createMemoRepository } from '../../src-renderer/db/memos';
import { createDb } from '../../src-renderer/db/schema';
import { createTagRepository } from '../../src-renderer/db/tags';
import { watchTables } from '../../src-renderer/db/watch';

function freshDb() {
  return createDb(`test-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

const text = 'First statement. Second statement.';

describe('database', () => {
  it('seeds the default codebook on first open', async () => {
    const tags = await createTagRepository(freshDb()).all();
    expect(tags.filter((t) => t.key !== null).map((t) => t.name).sort()).toEqual(
      ['Assessment', 'Claim', 'Commitment', 'Figure', 'Quote'],
    );
  });

  it('stores an annotation with its selectors and finds it by article and by tag', async () => {
    const db = freshDb();
    const repo = createAnnotationRepository(db);
    const created = await repo.create({ articleId: 'a1', target: describeRange(text, 0, 16, 'h1'), tagIds: ['type-claim'] });
    expect((await repo.forArticle('a1')).map((a) => a.id)).toEqual([created.id]);
    expect((await repo.withTag('type-claim')).map((a) => a.id)).toEqual([created.id]);
    expect(await repo.withTag('type-figure')).toEqual([]);
    const [stored] = await repo.forArticle('a1');
    expect(stored?.target.quote.exact).toBe('First statement.');
    expect(stored?.target.position).toMatchObject({ start: 0, end: 16 });
  });

  it('puts tags on and takes them off, and doing it twice changes nothing', async () => {
    const repo = createAnnotationRepository(freshDb());
    const { id } = await repo.create({ articleId: 'a', target: describeRange(text, 0, 16, 'h'), tagIds: ['x'] });
    expect(await repo.setTag(id, 'y', true)).toEqual({ tagIds: ['x', 'y'], removed: false });
    expect(await repo.setTag(id, 'y', true)).toEqual({ tagIds: ['x', 'y'], removed: false });
    expect(await repo.setTag(id, 'x', false)).toEqual({ tagIds: ['y'], removed: false });
    expect(await repo.setTag(id, 'x', false)).toEqual({ tagIds: ['y'], removed: false });
    expect(await repo.setTag('missing', 'x', true)).toBeNull();
  });

  it('taking off the last tag removes an annotation only when it has no note, in the same transaction', async () => {
    const repo = createAnnotationRepository(freshDb());
    const withNote = await repo.create({ articleId: 'a', target: describeRange(text, 0, 16, 'h'), tagIds: ['x'], note: 'keep me' });
    const bare = await repo.create({ articleId: 'a', target: describeRange(text, 17, 34, 'h'), tagIds: ['x'] });
    expect(await repo.setTag(withNote.id, 'x', false)).toEqual({ tagIds: [], removed: false });
    expect(await repo.setTag(bare.id, 'x', false)).toEqual({ tagIds: [], removed: true });
    expect((await repo.forArticle('a')).map((a) => a.note)).toEqual(['keep me']);
  });

  it('saves notes and memos', async () => {
    const db = freshDb();
    const repo = createAnnotationRepository(db);
    const { id } = await repo.create({ articleId: 'a', target: describeRange(text, 0, 16, 'h') });
    expect(await repo.setNote(id, 'Ünïcode ✓')).toBe(true);
    expect((await repo.forArticle('a'))[0]?.note).toBe('Ünïcode ✓');
    expect(await repo.setNote('gone', 'x')).toBe(false);
    const memos = createMemoRepository(db);
    await memos.set('a', 'Overall: credible.');
    expect((await memos.get('a'))?.body).toBe('Overall: credible.');
  });
});

describe('schema upgrades', () => {
  it('upgrades a version 1 database without losing or changing user data', async () => {
    const { Dexie } = await import('dexie');
    const { STORES_V1 } = await import('../../src-renderer/db/schema');
    const indexedDB = new IDBFactory();
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(STORES_V1);
    const target = describeRange(text, 0, 16, 'h');
    await old.table('annotations').bulkAdd([
      { id: 'a1', articleId: 'x', createdAt: 1, updatedAt: 2, target, tagIds: ['type-claim'], note: 'Пометка ✓', state: 'anchored' },
      // Written by an early build: no note, no state.
      { id: 'a2', articleId: 'x', createdAt: 1, updatedAt: 2, target, tagIds: ['type-quote'] },
    ]);
    await old.table('tags').add({ id: 'mine', name: 'Mine', parentId: null, color: '#000000', key: 6, order: 0 });
    await old.table('memos').add({ articleId: 'x', body: 'Memo kept', updatedAt: 3 });
    old.close();

    const db = createDb(name, { indexedDB, IDBKeyRange });
    const annotations = await db.annotations.orderBy('id').toArray();
    expect(annotations[0]).toEqual({
      id: 'a1', articleId: 'x', createdAt: 1, updatedAt: 2, target, tagIds: ['type-claim'], note: 'Пометка ✓', state: 'anchored',
    });
    expect(annotations[1]).toMatchObject({ id: 'a2', note: '', state: 'anchored', tagIds: ['type-quote'] });
    expect(await db.tags.get('mine')).toMatchObject({ name: 'Mine', key: 6 });
    expect((await db.memos.get('x'))?.body).toBe('Memo kept');
    expect(await db.briefings.count()).toBe(0);
    expect(db.verno).toBe(4);
  });

  it('upgrades a version 2 database to one index fewer, and still finds annotations by article', async () => {
    const { Dexie } = await import('dexie');
    const { STORES_V1, STORES_V2 } = await import('../../src-renderer/db/schema');
    const indexedDB = new IDBFactory();
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    const target = describeRange(text, 0, 16, 'h');
    const rows = [
      { id: 'a1', articleId: 'x', createdAt: 1, updatedAt: 2, target, tagIds: ['type-claim'], note: 'first', state: 'anchored' },
      { id: 'a2', articleId: 'y', createdAt: 1, updatedAt: 3, target, tagIds: [], note: 'lost once', state: 'orphan' },
      { id: 'a3', articleId: 'x', createdAt: 1, updatedAt: 4, target, tagIds: ['type-quote'], note: '', state: 'orphan' },
      { id: 'a4', articleId: 'z', createdAt: 1, updatedAt: 5, target, tagIds: ['type-quote'], note: '', state: 'anchored' },
    ];
    await old.table('annotations').bulkAdd(rows);
    await old.table('briefings').add({ id: 'b', title: 'Brief', body: 'Body', updatedAt: 6 });
    old.close();

    const db = createDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
    // The index is gone from the stored database, not only from Dexie's declaration.
    const stored = db.backendDB().transaction('annotations').objectStore('annotations');
    expect([...stored.indexNames].sort()).toEqual(['[articleId+state]', 'tagIds', 'updatedAt']);
    expect(await db.annotations.orderBy('id').toArray()).toEqual(rows);
    expect(await db.briefings.get('b')).toEqual({ id: 'b', title: 'Brief', body: 'Body', updatedAt: 6 });
    // Queries by article go through the compound index, for anchored and orphaned rows alike.
    const ids = (found: { id: string }[]) => found.map((a) => a.id).sort();
    expect(ids(await createAnnotationRepository(db).forArticle('x'))).toEqual(['a1', 'a3']);
    expect(ids(await db.annotations.where('articleId').anyOf(['y', 'z']).toArray())).toEqual(['a2', 'a4']);
    const keys: string[] = [];
    await db.annotations.orderBy('articleId').eachKey((key) => void keys.push(key as string));
    expect(keys).toEqual(['x', 'x', 'y', 'z']);
  });
});

describe('tag manager operations', () => {
  async function setup() {
    const db = freshDb();
    const tags = createTagRepository(db);
    const repo = createAnnotationRepository(db);
    const actor = (await tags.ensurePath('Actor'))!;
    const putin = (await tags.ensurePath('Actor/Putin'))!;
    const vvp = (await tags.ensurePath('Actor/V. Putin'))!;
    const withNote = await repo.create({ articleId: 'a', target: describeRange(text, 0, 16, 'h'), tagIds: [vvp.id], note: 'keep' });
    const bare = await repo.create({ articleId: 'a', target: describeRange(text, 17, 34, 'h'), tagIds: [vvp.id, putin.id] });
    return { db, tags, repo, actor, putin, vvp, withNote, bare };
  }

  it('creates tags by path once, reusing existing levels case-insensitively', async () => {
    const { tags, actor, putin } = await setup();
    expect((await tags.ensurePath('actor/putin'))?.id).toBe(putin.id);
    expect(putin.parentId).toBe(actor.id);
  });

  it('counts annotations per tag through the multi-entry index', async () => {
    const { tags, putin, vvp } = await setup();
    const counts = await tags.counts();
    expect(counts.get(vvp.id)).toBe(2);
    expect(counts.get(putin.id)).toBe(1);
    expect(await tags.usage(vvp.id)).toEqual({ annotations: 2, withNotes: 1, children: 0 });
  });

  it('merges a tag into another without duplicating tags or touching notes', async () => {
    const { tags, repo, putin, vvp, withNote, bare } = await setup();
    await tags.merge(vvp.id, putin.id);
    const all = await repo.forArticle('a');
    expect(all.find((a) => a.id === withNote.id)).toMatchObject({ tagIds: [putin.id], note: 'keep' });
    expect(all.find((a) => a.id === bare.id)?.tagIds).toEqual([putin.id]);
    expect((await tags.all()).some((t) => t.id === vvp.id)).toBe(false);
  });

  it('deletes a tag but keeps every annotation that has a note', async () => {
    const { tags, repo, vvp, putin, withNote, bare } = await setup();
    await tags.remove(vvp.id);
    const all = await repo.forArticle('a');
    expect(all.find((a) => a.id === withNote.id)).toMatchObject({ tagIds: [], note: 'keep' });
    expect(all.find((a) => a.id === bare.id)?.tagIds).toEqual([putin.id]);
  });

  it('moves tags but never into their own subtree, and keeps keys unique', async () => {
    const { tags, actor, putin } = await setup();
    expect(await tags.move(actor.id, putin.id)).toBe(false);
    expect(await tags.move(putin.id, null)).toBe(true);
    await tags.setKey(putin.id, 1);
    const all = await tags.all();
    expect(all.filter((t) => t.key === 1).map((t) => t.id)).toEqual([putin.id]);
  });
});

describe('whole-table summaries', () => {
  it('counts annotations per article (an article without any is absent)', async () => {
    const db = freshDb();
    const repo = createAnnotationRepository(db);
    for (const [articleId, start] of [['a1', 0], ['a1', 17], ['a2', 0]] as const) {
      await repo.create({ articleId, target: describeRange(text, start, start + 16, 'h'), tagIds: [] });
    }
    const counts = await createArticleMetaRepository(db).annotationCounts();
    expect([...counts].sort()).toEqual([['a1', 2], ['a2', 1]]);
  });

  it('tells of writes to the watched tables only, from any transaction, until unsubscribed', async () => {
    const db = freshDb();
    const repo = createAnnotationRepository(db);
    const memos = createMemoRepository(db);
    await db.open();
    let calls = 0;
    const stop = watchTables(db, ['annotations'], () => calls++);
    const created = await repo.create({ articleId: 'a1', target: describeRange(text, 0, 16, 'h'), tagIds: [] });
    expect(calls).toBe(1);
    await repo.setNote(created.id, 'typed');
    expect(calls).toBe(2);
    await memos.set('a1', 'a memo');
    expect(calls).toBe(2);
    // Another database with the same tables is not this one.
    const other = freshDb();
    await createAnnotationRepository(other).create({ articleId: 'a1', target: describeRange(text, 0, 16, 'h'), tagIds: [] });
    expect(calls).toBe(2);
    stop();
    await repo.remove(created.id);
    expect(calls).toBe(2);
  });

  it('upgrades a version 3 database with empty speaker decisions and actor merges, its notes untouched', async () => {
    const { Dexie } = await import('dexie');
    const { STORES_V1, STORES_V2, STORES_V3 } = await import('../../src-renderer/db/schema');
    const indexedDB = new IDBFactory();
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    const target = describeRange(text, 0, 16, 'h');
    const row = { id: 'a1', articleId: 'x', createdAt: 1, updatedAt: 2, target, tagIds: ['type-claim'], note: 'kept', state: 'anchored' };
    await old.table('annotations').add(row);
    old.close();

    const db = createDb(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.annotations.toArray()).toEqual([row]);
    expect(await db.speakerDecisions.count()).toBe(0);
    await db.speakerDecisions.add({ id: 'd1', articleId: 'x', createdAt: 1, updatedAt: 1, target, speaker: 'Vladimir Putin', speakerType: 'person', kind: 'reported', accepted: false });
    expect((await db.speakerDecisions.where('articleId').equals('x').toArray()).map((d) => d.accepted)).toEqual([false]);
    await db.actorMerges.put({ key: 'v putin', into: 'vladimir putin', name: 'V. Putin', updatedAt: 1 });
    expect((await db.actorMerges.where('into').equals('vladimir putin').toArray()).map((m) => m.name)).toEqual(['V. Putin']);
  });
});
