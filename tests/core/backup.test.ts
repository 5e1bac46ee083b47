// Whole-database backups on fake-indexeddb: exact round trips, replace and merge, refusal of damaged or
// newer backups without changing anything, and the "what this backup holds" summary.
import './backup-env';
import { describe, expect, it, vi } from 'vitest';
import { backupDatabase, previewRestore, restoreDatabase, summariseBackup } from '../../src-renderer/db/backup';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { importDB } from 'dexie-export-import';
import { fill, freshDb, generateRows, snapshot } from './backup-fixtures';

vi.setConfig({ testTimeout: 120_000 });

const NOW = new Date('2026-03-01T09:30:00.000Z');

describe('backupDatabase / restoreDatabase', () => {
  it('round-trips a generated database exactly: back up, wipe, restore, every table and field equal', async () => {
    const db = freshDb();
    await fill(db, generateRows(3000, 120));
    const before = await snapshot(db);
    expect(before['annotations']).toHaveLength(3000);
    const json = await backupDatabase(db, { now: NOW });
    for (const table of db.tables) await table.clear();
    expect((await snapshot(db))['annotations']).toEqual([]);
    const restored = await restoreDatabase(db, json, 'replace');
    expect(restored.ok).toBe(true);
    expect(await snapshot(db)).toEqual(before);
    // Into a brand-new database as well (another name, seeded codebook replaced).
    const other = freshDb();
    expect((await restoreDatabase(other, json, 'replace')).ok).toBe(true);
    expect(await snapshot(other)).toEqual(before);
  });

  it("writes dexie-export-import's own format: its importDB rebuilds the same tables, indexes and rows", async () => {
    const db = freshDb();
    await fill(db, generateRows(1200, 40));
    const before = await snapshot(db);
    const json = await backupDatabase(db, { now: NOW, rowsPerChunk: 500 });
    // importDB opens its database with Dexie's default IndexedDB: point that at a fresh fake one meanwhile.
    const defaults = { ...Dexie.dependencies };
    Object.assign(Dexie.dependencies, { indexedDB: new IDBFactory(), IDBKeyRange });
    const copy = await importDB(new Blob([json])).finally(() => Object.assign(Dexie.dependencies, defaults));
    try {
      expect(copy.tables.map((t) => t.name).sort()).toEqual(db.tables.map((t) => t.name).sort());
      for (const table of db.tables) {
        const theirs = copy.table(table.name);
        expect(theirs.schema.indexes.map((i) => i.src).sort()).toEqual(table.schema.indexes.map((i) => i.src).sort());
        expect(await theirs.toArray()).toEqual(before[table.name]);
      }
      // The multi-entry tag index works in the rebuilt database: one indexed query per tag.
      const tagged = (before['annotations'] as { tagIds: string[] }[]).filter((a) => a.tagIds.includes('tag-1-2')).length;
      expect(tagged).toBeGreaterThan(0);
      expect(await copy.table('annotations').where('tagIds').equals('tag-1-2').count()).toBe(tagged);
    } finally {
      copy.close();
    }
  });

  it('keeps values JSON cannot hold (dates, undefined, NaN) in settings (not -0, which JSON turns into 0)', async () => {
    const db = freshDb();
    await db.open();
    const value = { when: new Date(5), missing: undefined, nan: Number.NaN, list: [1, 'два', null] };
    await db.settings.put({ key: 'odd', value });
    const json = await backupDatabase(db);
    const other = freshDb();
    expect((await restoreDatabase(other, json, 'replace')).ok).toBe(true);
    expect(await other.settings.get('odd')).toEqual({ key: 'odd', value });
  });

  it('merges: newer updatedAt wins, new rows are added, nothing is deleted, tags and settings stay', async () => {
    const db = freshDb();
    const rows = generateRows(200, 10);
    await fill(db, rows);
    const json = await backupDatabase(db);
    const [a0, a1, a2] = rows.annotations;
    // After the backup: a0 edited (newer than the backup), a1 made older, a2 deleted, one new annotation.
    await db.annotations.update(a0!.id, { note: 'edited later', updatedAt: a0!.updatedAt + 10 });
    await db.annotations.update(a1!.id, { note: 'stale copy', updatedAt: a1!.updatedAt - 10 });
    await db.annotations.delete(a2!.id);
    await db.annotations.add({ ...a2!, id: 'created-after-backup', note: 'new' });
    await db.tags.update('root-0', { name: 'Renamed' });
    await db.settings.put({ key: 'theme', value: 'light' });
    await db.memos.delete('art-0');
    // What the Backups dialog says beforehand, read without changing anything, agrees with what happens.
    const before = await snapshot(db);
    const preview = await previewRestore(db, json);
    expect(await snapshot(db)).toEqual(before);
    expect(preview).toMatchObject({
      ok: true,
      value: {
        merge: { annotations: { added: 1, updated: 1, kept: 198 }, memos: { added: 1, updated: 0 } },
        replace: { annotations: { now: 200, after: 200, dropped: 1 } },
      },
    });
    const report = await restoreDatabase(db, json, 'merge');
    expect(report.ok).toBe(true);
    expect((await db.annotations.get(a0!.id))?.note).toBe('edited later');
    expect(await db.annotations.get(a1!.id)).toEqual(a1);
    expect(await db.annotations.get(a2!.id)).toEqual(a2);
    expect((await db.annotations.get('created-after-backup'))?.note).toBe('new');
    expect(await db.annotations.count()).toBe(201);
    expect((await db.tags.get('root-0'))?.name).toBe('Renamed');
    expect((await db.settings.get('theme'))?.value).toBe('light');
    expect(await db.memos.get('art-0')).toEqual(rows.memos[0]);
    if (report.ok) {
      expect(report.value.written['annotations']).toBe(2); // a1 (older here) and a2 (deleted here)
      expect(report.value.kept['annotations']).toBe(198);
      expect(report.value.written['memos']).toBe(1);
      if (preview.ok) {
        for (const [table, m] of Object.entries(preview.value.merge)) expect(m.added + m.updated).toBe(report.value.written[table]);
      }
    }
  });

  it('refuses a damaged backup and leaves the database as it was', async () => {
    const db = freshDb();
    await fill(db, generateRows(50, 5));
    const before = await snapshot(db);
    expect(await restoreDatabase(db, '{"not":"a backup"}', 'replace')).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    expect(await restoreDatabase(db, 'garbage', 'merge')).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    // Well-formed but with a row that cannot be stored (no primary key): the clear is rolled back too.
    const json = await backupDatabase(db);
    const broken = json.replace('"rows":[{"id":"ann-', '"rows":[{"noId":"ann-');
    expect(broken).not.toBe(json);
    const result = await restoreDatabase(db, broken, 'replace');
    expect(result).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back every chunk already handed to the database when a later one fails', async () => {
    const db = freshDb();
    await fill(db, generateRows(2600, 20));
    const before = await snapshot(db);
    const backup = JSON.parse(await backupDatabase(db)) as { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };
    const annotations = backup.data.data.find((t) => t.tableName === 'annotations')!;
    expect(annotations.rows.length).toBe(2600);
    // A row of the third chunk cannot be stored; the first two chunks are in flight by then.
    delete annotations.rows[2100]!['id'];
    const result = await restoreDatabase(db, JSON.stringify(backup), 'replace');
    expect(result).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports its progress as it goes, ending with every row of the backup', async () => {
    const db = freshDb();
    await fill(db, generateRows(2500, 20));
    const json = await backupDatabase(db);
    const summary = summariseBackup(json);
    expect(summary.ok).toBe(true);
    const total = summary.ok ? Object.values(summary.value.tables).reduce((a, b) => a + b, 0) : 0;
    for (const mode of ['replace', 'merge'] as const) {
      const reports: [number, number][] = [];
      expect((await restoreDatabase(db, json, mode, { onProgress: (done, all) => reports.push([done, all]) })).ok).toBe(true);
      // A report per 1,000 rows gone through, written or kept (2,500 annotations give two before the last),
      // never going back, all of the same total, the last one complete.
      expect(reports.length).toBeGreaterThanOrEqual(3);
      expect(reports.every(([, all]) => all === total)).toBe(true);
      expect(reports.every(([done], i) => i === 0 || done >= reports[i - 1]![0])).toBe(true);
      expect(reports.some(([done]) => done > 0 && done < total)).toBe(true);
      expect(reports.at(-1)).toEqual([total, total]);
    }
  });

  it('refuses a backup from a newer database version', async () => {
    const db = freshDb();
    await db.open();
    const json = (await backupDatabase(db)).replace(`"databaseVersion":${db.verno}`, '"databaseVersion":99');
    expect(await restoreDatabase(db, json, 'replace')).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });
});

describe('summariseBackup', () => {
  it('counts rows per table and reads the date', async () => {
    const db = freshDb();
    const rows = generateRows(321, 7);
    await fill(db, rows);
    const summary = summariseBackup(await backupDatabase(db, { now: NOW }));
    // Other tables the schema gains later are listed too (empty here).
    expect(summary).toMatchObject({
      ok: true,
      value: {
        createdAt: NOW.toISOString(),
        databaseName: db.name,
        databaseVersion: db.verno,
        tables: { annotations: 321, tags: 45 + 8, memos: 4, settings: 7, briefings: 12 },
        totalRows: 321 + 53 + 4 + 7 + 12,
      },
    });
    if (summary.ok) expect(Object.keys(summary.value.tables).sort()).toEqual(db.tables.map((t) => t.name).sort());
    const noted = new Set([...rows.annotations, ...rows.memos].map((r) => r.articleId));
    expect(summary.ok && summary.value.articlesWithNotes).toBe(noted.size);
  });

  it('says DAMAGED for anything else', () => {
    expect(summariseBackup('')).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    expect(summariseBackup('[]')).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    expect(summariseBackup('{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"x","databaseVersion":1,"tables":[],"data":[{"tableName":"ghost","rows":[]}]}}')).toMatchObject({ ok: false });
  });
});
