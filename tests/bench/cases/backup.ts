// Backup and restore of a 100,000-annotation database on fake-indexeddb (one run each: a fill takes long).
// fake-indexeddb is a pure-JS IndexedDB and much slower than Chromium's, so these figures are an upper bound.
import '../../core/backup-env';
import { backupDatabase, restoreDatabase } from '../../../src-renderer/db/backup';
import { fill, freshDb, generateRows, snapshot } from '../../core/backup-fixtures';
import type { BenchRow } from '../types';

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

export default async function backupBench(): Promise<BenchRow[]> {
  const rows = generateRows(100_000, 500);
  const db = freshDb();
  await fill(db, rows);
  const [json, backupMs] = await timed(() => backupDatabase(db));
  for (const table of db.tables) await table.clear();
  const [replaced, replaceMs] = await timed(() => restoreDatabase(db, json, 'replace'));
  if (!replaced.ok || (await db.annotations.count()) !== 100_000) throw new Error('restore (replace) failed');
  const [merged, mergeMs] = await timed(() => restoreDatabase(db, json, 'merge'));
  if (!merged.ok) throw new Error('restore (merge) failed');
  const other = freshDb();
  const [, freshMs] = await timed(() => restoreDatabase(other, json, 'replace'));
  const same = JSON.stringify(await snapshot(other)) === JSON.stringify(await snapshot(db));
  if (!same) throw new Error('restored database differs');
  return [
    { case: 'backup: 100,000 annotations (fake-indexeddb)', value: Math.round(backupMs), unit: 'ms', target: '< 10 s' },
    { case: 'backup: size of 100,000-annotation backup', value: Math.round(json.length / 1e5) / 10, unit: 'MB (UTF-16 chars/1e6)' },
    { case: 'restore replace: 100,000 annotations into a wiped db (fake-indexeddb)', value: Math.round(replaceMs), unit: 'ms', target: '< 10 s' },
    { case: 'restore replace: 100,000 annotations into a new db (fake-indexeddb)', value: Math.round(freshMs), unit: 'ms', target: '< 10 s' },
    { case: 'restore merge: 100,000 annotations, all already present (fake-indexeddb)', value: Math.round(mergeMs), unit: 'ms' },
  ];
}
