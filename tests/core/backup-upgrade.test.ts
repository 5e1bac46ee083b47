// Restoring a backup written by an older database version: the restored rows must be exactly what Dexie's
// own upgrade makes of a database of that version, in replace and in merge mode.
import './backup-env';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../src-renderer/core/anchoring';
import { backupDatabase, restoreDatabase } from '../../src-renderer/db/backup';
import { createDb, STORES_V1, type DossierDb } from '../../src-renderer/db/schema';
import { freshDb, snapshot } from './backup-fixtures';

const target = describeRange('First statement. Second statement.', 0, 16, 'h');

/** A version 1 database as early builds wrote it: some annotations have no note, no state or no tags. */
async function versionOneDatabase(indexedDB: IDBFactory, name: string): Promise<Dexie> {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(1).stores(STORES_V1);
  await old.table('annotations').bulkAdd([
    { id: 'a1', articleId: 'x', createdAt: 1, updatedAt: 2, target, tagIds: ['type-claim'], note: 'Пометка ✓', state: 'orphan' },
    { id: 'a2', articleId: 'x', createdAt: 1, updatedAt: 3, target, tagIds: ['type-quote'] },
    { id: 'a3', articleId: 'y', createdAt: 1, updatedAt: 4, target, note: 'tags missing', state: 'bogus' },
    // A value JSON cannot hold: this row takes dexie-export-import's reviving path on restore.
    { id: 'a4', articleId: 'y', createdAt: 1, updatedAt: 5, target, tagIds: ['type-claim'], seenAt: new Date(7) },
  ]);
  await old.table('tags').add({ id: 'mine', name: 'Mine', parentId: null, color: '#000000', key: 6, order: 0 });
  await old.table('memos').add({ articleId: 'x', body: 'Memo kept', updatedAt: 3 });
  await old.table('settings').add({ key: 'theme', value: 'dark' });
  return old;
}

/** The backup a version 1 app made of that database, and the same database upgraded by Dexie (the truth). */
async function backupAndUpgrade(): Promise<{ json: string; upgraded: Record<string, unknown[]> }> {
  const indexedDB = new IDBFactory();
  const name = `v1-${Math.random()}`;
  const old = await versionOneDatabase(indexedDB, name);
  // backupDatabase only reads tables by their primary key, so it reads a version 1 Dexie too.
  const json = await backupDatabase(old as unknown as DossierDb);
  old.close();
  expect(JSON.parse(json).data.databaseVersion).toBe(1);
  const db = createDb(name, { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBeGreaterThan(1);
  const upgraded = await snapshot(db);
  db.close();
  return { json, upgraded };
}

function byId(rows: unknown[], id: string): unknown {
  return rows.find((r) => (r as { id?: unknown }).id === id);
}

describe('restoring a version 1 backup', () => {
  it('replace: every table ends exactly as Dexie upgrades the version 1 database', async () => {
    const { json, upgraded } = await backupAndUpgrade();
    // The upgrade does change these rows, so the comparison below means something.
    expect(byId(upgraded['annotations']!, 'a2')).toMatchObject({ note: '', state: 'anchored' });
    expect(byId(upgraded['annotations']!, 'a3')).toMatchObject({ tagIds: [], state: 'anchored' });
    const db = freshDb();
    const result = await restoreDatabase(db, json, 'replace');
    expect(result.ok).toBe(true);
    expect(await snapshot(db)).toEqual(upgraded);
  });

  it('merge into an empty database: the backup rows arrive upgraded, the seeded codebook stays', async () => {
    const { json, upgraded } = await backupAndUpgrade();
    const db = freshDb();
    await db.open();
    const seeded = await db.tags.toArray();
    const result = await restoreDatabase(db, json, 'merge');
    expect(result.ok).toBe(true);
    const after = await snapshot(db);
    expect(after['annotations']).toEqual(upgraded['annotations']);
    expect(after['memos']).toEqual(upgraded['memos']);
    expect(after['settings']).toEqual(upgraded['settings']);
    expect(after['tags']).toEqual([...seeded, ...(upgraded['tags'] as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('merge over older copies: the rows the backup wins are written upgraded', async () => {
    const { json, upgraded } = await backupAndUpgrade();
    const db = freshDb();
    await db.open();
    // Older, current-schema copies of two annotations: the backup's newer rows replace them.
    await db.annotations.bulkPut([
      { id: 'a2', articleId: 'x', createdAt: 1, updatedAt: 1, target, tagIds: [], note: 'older', state: 'anchored' },
      { id: 'a4', articleId: 'y', createdAt: 1, updatedAt: 1, target, tagIds: [], note: 'older', state: 'anchored' },
    ]);
    const result = await restoreDatabase(db, json, 'merge');
    expect(result.ok).toBe(true);
    expect(await db.annotations.orderBy('id').toArray()).toEqual(upgraded['annotations']);
  });
});
