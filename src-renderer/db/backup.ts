// Whole-database backups with dexie-export-import: every table to one JSON text, and back, either
// replacing everything or merging (newer `updatedAt` wins, new rows are added, nothing is deleted).
import { exportDB, importInto } from 'dexie-export-import';
import type { Table } from 'dexie';
import { summariseBackupObject, withBackupHeader, type BackupSummary, type RestorePreview } from '../core/exports/backup-format';
import { err, ok, type Result } from '../core/result';
import { upgradeRow, type DossierDb } from './schema';

export { summariseBackup, type BackupSummary, type RestorePreview } from '../core/exports/backup-format';

/** Rows read per chunk; each chunk is its own short read transaction, so saving a note never waits long. */
export const ROWS_PER_CHUNK = 1000;

/** Restore: chunks handed to IndexedDB beyond the one being waited for. */
const CHUNKS_IN_FLIGHT = 3;

export interface BackupOptions {
  now?: Date;
  rowsPerChunk?: number;
}

/**
 * The whole database as JSON text (dexie-export-import format 1 plus a `dossier` header with the date).
 * Tables are read in chunks of 1,000 rows by primary key, one transaction each: a row changed while the
 * backup runs is saved either before or after the change.
 *
 * Rows that are plain JSON (all of Dossier's own) are written with JSON.stringify, which is what makes a
 * 100,000-annotation backup take seconds instead of most of a minute: dexie-export-import runs every row
 * through Typeson. A database holding anything else (a Date, undefined, NaN...), or a table without an
 * inbound key, is exported by dexie-export-import itself, so such values still survive a round trip.
 */
export async function backupDatabase(db: DossierDb, options: BackupOptions = {}): Promise<string> {
  if (!db.isOpen()) await db.open();
  const perChunk = options.rowsPerChunk ?? ROWS_PER_CHUNK;
  const now = options.now ?? new Date();
  const plain = await plainExport(db, perChunk);
  if (plain !== null) return withBackupHeader(plain, now);
  const blob = await exportDB(db, { numRowsPerChunk: perChunk, noTransaction: true });
  return withBackupHeader(await blob.text(), now);
}

/** The export in dexie-export-import's format, or null when a row or table needs Typeson. */
async function plainExport(db: DossierDb, perChunk: number): Promise<string | null> {
  const tables: { name: string; schema: string; rowCount: number }[] = [];
  const data: string[] = [];
  for (const table of db.tables) {
    const primKey = table.schema.primKey;
    if (typeof primKey.keyPath !== 'string' || primKey.keyPath === '' || primKey.auto) return null;
    const keyPath = primKey.keyPath;
    const rows: string[] = [];
    let last: unknown = undefined;
    for (;;) {
      const chunk: Row[] =
        last === undefined
          ? await table.orderBy(':id').limit(perChunk).toArray()
          : await table.where(':id').above(last).limit(perChunk).toArray();
      for (const row of chunk) {
        if (!isPlainJson(row)) return null;
        rows.push(JSON.stringify(row));
      }
      if (chunk.length < perChunk) break;
      last = chunk[chunk.length - 1]![keyPath];
    }
    tables.push({ name: table.name, schema: schemaString(table), rowCount: rows.length });
    data.push(`{"tableName":${JSON.stringify(table.name)},"inbound":true,"rows":[${rows.join(',')}]}`);
  }
  const head = { databaseName: db.name, databaseVersion: db.verno, tables };
  const headJson = JSON.stringify(head);
  return `{"formatName":"dexie","formatVersion":1,"data":${headJson.slice(0, -1)},"data":[${data.join(',')}]}}`;
}

/** A table's schema as Dexie writes it in `stores()` (and dexie-export-import in its header). */
function schemaString(table: Table): string {
  const { primKey, indexes } = table.schema;
  return [primKey, ...indexes].map((index) => index.src).join(',');
}

/** Whether JSON.stringify keeps `value` exactly: null, booleans, strings, finite numbers, plain arrays and objects. */
function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        // A sparse array or one with extra keys is not plain.
        if (Object.keys(value).length !== value.length) return false;
        for (const item of value) if (!isPlainJson(item)) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
        if (!isPlainJson((value as Row)[key])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

export type RestoreMode = 'replace' | 'merge';

export interface RestoreReport {
  mode: RestoreMode;
  summary: BackupSummary;
  /** Rows written per table (for merge: added or replaced by a newer row). */
  written: Record<string, number>;
  /** Rows left as they were because the database's copy is as new or newer (merge only). */
  kept: Record<string, number>;
}

/** Primary keys present now, with their `updatedAt` for tables that have that index. */
interface Existing {
  keyPath: string;
  updatedAt: Map<unknown, number> | null;
  keys: Set<unknown>;
}

async function readExisting(table: Table): Promise<Existing> {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') throw new Error(`Table ${table.name} has no simple primary key.`);
  const keys = new Set<unknown>(await table.toCollection().primaryKeys());
  let updatedAt: Map<unknown, number> | null = null;
  if (table.schema.idxByName['updatedAt']) {
    const map = new Map<unknown, number>();
    await table.orderBy('updatedAt').eachKey((key, cursor) => {
      if (typeof key === 'number') map.set(cursor.primaryKey, key);
    });
    updatedAt = map;
  }
  return { keyPath, updatedAt, keys };
}

/** Whether a merge writes this backup row over (or beside) what the database holds. */
function mergeWins(existing: Existing, row: Record<string, unknown>): boolean {
  const key = row[existing.keyPath];
  if (!existing.keys.has(key)) return true;
  if (!existing.updatedAt) return false;
  const current = existing.updatedAt.get(key);
  const incoming = row['updatedAt'];
  return typeof incoming === 'number' && (current === undefined || incoming > current);
}

/** A row as dexie-export-import stores it; `$types` marks values JSON cannot hold (dates, undefined...). */
type Row = Record<string, unknown>;

interface TableData {
  tableName: string;
  inbound: boolean;
  rows: unknown[];
}

function isObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a Typeson key path ("a.b", with `~1` for '.' and `~0` for '~' inside a name). */
function atKeyPath(row: Row, path: string): unknown {
  let at: unknown = row;
  for (const part of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Row)[part.replace(/~1/g, '.').replace(/~0/g, '~')];
  }
  return at;
}

/**
 * The row as stored, when reviving it is trivial: no `$types`, or only `arrayNonindexKeys` marks on
 * values that are plain JSON arrays (Typeson marks every array so; reviving one returns it unchanged).
 * Anything else (dates, undefined, NaN, arrays with extra keys...) gives null: importInto revives it.
 */
function plainRow(row: unknown): Row | null {
  if (!isObject(row)) return null;
  if (!('$types' in row)) return row;
  const types = row['$types'];
  if (!isObject(types) || '$' in types) return null;
  for (const [path, type] of Object.entries(types)) {
    if (type !== 'arrayNonindexKeys' || path === '' || !Array.isArray(atKeyPath(row, path))) return null;
  }
  const { $types: _marks, ...plain } = row;
  return plain;
}

/** A backup's JSON parsed and summarised, with the database open; DAMAGED when it is not a backup. */
async function openBackup(db: DossierDb, backupJson: string): Promise<Result<{ parsed: unknown; summary: BackupSummary }>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(backupJson);
  } catch {
    return err('DAMAGED', 'This file is not a Dossier backup, or it is damaged.');
  }
  const summary = summariseBackupObject(parsed);
  if (!summary.ok) return summary;
  if (!db.isOpen()) await db.open();
  return ok({ parsed, summary: summary.value });
}

/** Compares a backup with the database: what a merge and a replace would each change, table by table. */
export async function previewRestore(db: DossierDb, backupJson: string): Promise<Result<RestorePreview>> {
  const opened = await openBackup(db, backupJson);
  if (!opened.ok) return opened;
  const { parsed } = opened.value;
  const data = (parsed as { data: { data: TableData[] } }).data.data;
  const preview: RestorePreview = { merge: {}, replace: {} };
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) {
      const existing = await readExisting(table);
      const rows = data.filter((t) => t.tableName === table.name).flatMap((t) => t.rows.filter(isObject));
      const merge = { added: 0, updated: 0, kept: 0 };
      const inBackup = new Set<unknown>();
      for (const row of rows) {
        const key = row[existing.keyPath];
        inBackup.add(key);
        if (!existing.keys.has(key)) merge.added++;
        else if (mergeWins(existing, row)) merge.updated++;
        else merge.kept++;
      }
      let dropped = 0;
      for (const key of existing.keys) if (!inBackup.has(key)) dropped++;
      preview.merge[table.name] = merge;
      preview.replace[table.name] = { now: existing.keys.size, after: rows.length, dropped };
    }
  });
  return ok(preview);
}

export interface RestoreOptions {
  /**
   * Called every 1,000 rows gone through (written or kept), at the end of each table and once at the end,
   * with the count so far and all the backup's rows. A restore of 100,000 rows takes about a minute in a
   * LevelDB-backed IndexedDB (Electron's), so the app shows it.
   */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Restores a backup made by `backupDatabase` in one transaction: a failed restore changes nothing.
 * 'replace' empties every table and writes the backup's rows; 'merge' adds rows the database lacks and
 * replaces a row only when the backup's `updatedAt` is newer (tags and settings have no `updatedAt`:
 * the database's own rows stay). Nothing is deleted by a merge. A backup written by an older database
 * version has its rows upgraded by the schema's own row upgrades (ROW_UPGRADES in schema.ts), so it
 * restores exactly as Dexie would have upgraded that older database.
 *
 * Speed: the text is parsed once with JSON.parse and plain rows are written with bulkPut, 1,000 per call;
 * only rows holding values JSON cannot (marked `$types`) go through dexie-export-import's importInto,
 * which revives them. Both happen inside the same transaction.
 */
export async function restoreDatabase(db: DossierDb, backupJson: string, mode: RestoreMode, options: RestoreOptions = {}): Promise<Result<RestoreReport>> {
  const opened = await openBackup(db, backupJson);
  if (!opened.ok) return opened;
  const { parsed, summary } = opened.value;
  const known = new Set(db.tables.map((t) => t.name));
  const unknown = Object.keys(summary.tables).filter((name) => !known.has(name));
  if (summary.databaseVersion > db.verno || unknown.length > 0) {
    return err('UNSUPPORTED', 'This backup was made by a newer version of Dossier; update the app to restore it.');
  }
  const data = (parsed as { data: { databaseName: string; databaseVersion: number; tables: unknown[]; data: TableData[] } }).data;
  // A backup from an older version gets the same row upgrades Dexie gives an older database (schema.ts).
  const fromVersion = summary.databaseVersion;
  const upgrade = (tableName: string, row: Row): Row => {
    if (fromVersion < db.verno) upgradeRow(tableName, row, fromVersion);
    return row;
  };
  const written: Record<string, number> = {};
  const kept: Record<string, number> = {};
  for (const t of db.tables) {
    written[t.name] = 0;
    kept[t.name] = 0;
  }
  // Rows dexie-export-import must revive, gathered into a small export of their own.
  const special: TableData[] = [];
  const total = Object.values(summary.tables).reduce((n, rows) => n + rows, 0);
  let done = 0;
  const progress = (rows: number): void => {
    done += rows;
    options.onProgress?.(Math.min(done, total), total);
  };
  try {
    await db.transaction('rw', db.tables, async () => {
      const existing = new Map<string, Existing>();
      if (mode === 'replace') {
        for (const table of db.tables) await table.clear();
      } else {
        for (const table of db.tables) existing.set(table.name, await readExisting(table));
      }
      const wins = (tableName: string, row: Row): boolean => {
        const have = existing.get(tableName);
        const win = have === undefined || mergeWins(have, row);
        if (win) written[tableName] = (written[tableName] ?? 0) + 1;
        else kept[tableName] = (kept[tableName] ?? 0) + 1;
        return win;
      };
      // Chunks are handed to IndexedDB a few ahead of the one being waited for, so the database writes
      // while this thread is still issuing rows. Awaiting each chunk left one side idle (Chromium: 16 s for
      // 100,000 rows, 13-14 s pipelined); handing over every chunk at once made fake-indexeddb's request
      // queue twice as slow.
      const writes: Promise<unknown>[] = [];
      const write = async (pending: Promise<unknown>): Promise<void> => {
        // If an earlier chunk fails, the transaction aborts and the later ones reject unawaited.
        pending.catch(() => undefined);
        writes.push(pending);
        if (writes.length > CHUNKS_IN_FLIGHT) await writes.shift();
      };
      let seen = 0; // rows of this table gone through since the last progress report
      for (const tableData of data.data) {
        const table = db.table(tableData.tableName);
        if (!tableData.inbound) {
          special.push(tableData);
          continue;
        }
        const typed: unknown[] = [];
        let batch: Row[] = [];
        for (const raw of tableData.rows) {
          const plain = plainRow(raw);
          if (plain === null) {
            typed.push(raw);
            continue;
          }
          const row = upgrade(tableData.tableName, plain);
          if (wins(tableData.tableName, row)) {
            batch.push(row);
            if (batch.length === ROWS_PER_CHUNK) {
              await write(table.bulkPut(batch));
              batch = [];
            }
          }
          if (++seen === ROWS_PER_CHUNK) {
            progress(seen);
            seen = 0;
          }
        }
        if (batch.length > 0) await write(table.bulkPut(batch));
        progress(seen);
        seen = 0;
        if (typed.length > 0) special.push({ ...tableData, rows: typed });
      }
      await Promise.all(writes);
      if (special.length > 0) {
        const subset = { formatName: 'dexie', formatVersion: 1, data: { ...data, data: special } };
        await importInto(db, new Blob([JSON.stringify(subset)]), {
          noTransaction: true,
          acceptNameDiff: true,
          acceptVersionDiff: true,
          overwriteValues: true,
          filter: (tableName: string, value: unknown) => typeof value === 'object' && value !== null && wins(tableName, value as Row),
          transform: (tableName: string, value: unknown, key?: unknown) => ({ value: upgrade(tableName, value as Row), key }),
        });
      }
      progress(total - done);
    });
  } catch (error) {
    return err('DAMAGED', `The backup could not be restored; nothing was changed. (${(error as Error).message})`);
  }
  return ok({ mode, summary, written, kept });
}
