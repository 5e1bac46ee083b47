// The backup file format (a dexie-export-import JSON with a `dossier` header) and `summariseBackup`, which
// says what a backup holds (rows per table, when it was made) without touching any database.
import { err, ok, type Result } from '../result';

/** Added after `formatVersion` in every backup this app writes; dexie-export-import ignores it. */
export interface BackupHeader {
  format: 'dossier-backup';
  version: 1;
  /** ISO 8601, when the backup was made. */
  createdAt: string;
}

export interface BackupSummary {
  /** From the `dossier` header; null for a plain dexie-export-import file without one. */
  createdAt: string | null;
  databaseName: string;
  databaseVersion: number;
  /** Rows per table, in the file's table order. */
  tables: Record<string, number>;
  totalRows: number;
  /** Articles with at least one annotation or memo in the backup. */
  articlesWithNotes: number;
}

/** What a restore of a backup would do to each table, worked out without writing anything (db/backup.ts). */
export interface RestorePreview {
  /** Merge: rows the database lacks, rows the backup has in a newer version, rows left as they are. */
  merge: Record<string, { added: number; updated: number; kept: number }>;
  /** Replace: rows now, rows after (the backup's), and rows now that the backup does not have. */
  replace: Record<string, { now: number; after: number; dropped: number }>;
}

/** What every dexie-export-import file starts with (version 1 of its format). */
export const DEXIE_PREFIX = '{"formatName":"dexie","formatVersion":1,';

/** Inserts the `dossier` header into a dexie-export-import JSON text. */
export function withBackupHeader(dexieJson: string, createdAt: Date): string {
  const header: BackupHeader = { format: 'dossier-backup', version: 1, createdAt: createdAt.toISOString() };
  const field = `"dossier":${JSON.stringify(header)},`;
  if (dexieJson.startsWith(DEXIE_PREFIX)) return DEXIE_PREFIX + field + dexieJson.slice(DEXIE_PREFIX.length);
  const brace = dexieJson.indexOf('{');
  if (brace < 0) return dexieJson;
  return dexieJson.slice(0, brace + 1) + field + dexieJson.slice(brace + 1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DAMAGED = 'This file is not a Dossier backup, or it is damaged.';

/** Parses an already-decoded backup object; shared by `summariseBackup` and the restore checks. */
export function summariseBackupObject(parsed: unknown): Result<BackupSummary> {
  if (!isRecord(parsed) || parsed.formatName !== 'dexie' || parsed.formatVersion !== 1 || !isRecord(parsed.data)) {
    return err('DAMAGED', DAMAGED);
  }
  const data = parsed.data;
  if (typeof data.databaseName !== 'string' || typeof data.databaseVersion !== 'number' || !Array.isArray(data.tables) || !Array.isArray(data.data)) {
    return err('DAMAGED', DAMAGED);
  }
  const tables: Record<string, number> = {};
  for (const t of data.tables) {
    if (!isRecord(t) || typeof t.name !== 'string') return err('DAMAGED', DAMAGED);
    tables[t.name] = 0;
  }
  let totalRows = 0;
  const noted = new Set<unknown>();
  for (const t of data.data) {
    if (!isRecord(t) || typeof t.tableName !== 'string' || !Array.isArray(t.rows) || !(t.tableName in tables)) {
      return err('DAMAGED', DAMAGED);
    }
    tables[t.tableName] = (tables[t.tableName] ?? 0) + t.rows.length;
    totalRows += t.rows.length;
    if (t.tableName === 'annotations' || t.tableName === 'memos') for (const row of t.rows) if (isRecord(row)) noted.add(row.articleId);
  }
  const header = isRecord(parsed.dossier) ? parsed.dossier : undefined;
  const createdAt = header && typeof header.createdAt === 'string' && !Number.isNaN(Date.parse(header.createdAt)) ? header.createdAt : null;
  return ok({ createdAt, databaseName: data.databaseName, databaseVersion: data.databaseVersion, tables, totalRows, articlesWithNotes: noted.size });
}

/** What a backup holds: rows per table and when it was made. A file that is not a backup gives DAMAGED. */
export function summariseBackup(backupJson: string): Result<BackupSummary> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(backupJson);
  } catch {
    return err('DAMAGED', DAMAGED);
  }
  return summariseBackupObject(parsed);
}
