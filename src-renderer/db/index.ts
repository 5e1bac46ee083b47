// The repositories over the app's single database: the only way the rest of the renderer reaches Dexie.
import { liveQuery } from 'dexie';
import { createAnnotationRepository } from './annotations';
import { backupDatabase, restoreDatabase, summariseBackup, type RestoreMode, type RestoreOptions } from './backup';
import { createArticleMetaRepository } from './article-meta';
import { createBriefingRepository } from './briefings';
import { db } from './db';
import { createMemoRepository } from './memos';
import { createSettingsRepository } from './settings';
import { createTagRepository } from './tags';
import { watchTables } from './watch';

export const annotations = createAnnotationRepository(db);
export const tags = createTagRepository(db);
export const memos = createMemoRepository(db);
export const settings = createSettingsRepository(db);
export const articleMeta = createArticleMetaRepository(db);
export const briefings = createBriefingRepository(db);
export { liveQuery };

/** Calls `onChange` after each write to one of the app database's `tables`; returns the unsubscribe. */
export function onTablesChanged(tables: readonly ('annotations' | 'tags' | 'memos' | 'articleMeta' | 'briefings' | 'settings')[], onChange: () => void): () => void {
  return watchTables(db, tables, onChange);
}
export type { BackupSummary } from './backup';

/** Every table a JSON export carries, read in one transaction so they agree with each other. */
export function dumpForExport() {
  return db.transaction('r', db.annotations, db.tags, db.memos, db.briefings, async () => ({
    annotations: await db.annotations.toArray(),
    tags: await db.tags.toArray(),
    memos: await db.memos.toArray(),
    briefings: await db.briefings.toArray(),
  }));
}

/** Whole-database backups, and the count of the user's own writing that the start-up check compares. */
export const backups = {
  create: () => backupDatabase(db),
  restore: (json: string, mode: RestoreMode, options?: RestoreOptions) => restoreDatabase(db, json, mode, options),
  summarise: summariseBackup,
  /** Annotations, memos and briefings: everything the user wrote. */
  async noteCount(): Promise<number> {
    const [a, m, b] = await Promise.all([db.annotations.count(), db.memos.count(), db.briefings.count()]);
    return a + m + b;
  },
};
export type { AnnotationRecord, ArticleMetaRecord, BriefingRecord, MemoRecord, TagRecord } from './schema';
export type { ArticleMetaEdit } from './article-meta';
export type { TagUsage } from './tags';
