// The repositories over one database: the only way the rest of the renderer reaches Dexie. The app builds
// them over its single instance (`db/app-db.ts`); tests build them over a database of their own.
import { liveQuery } from 'dexie';
import { createAnnotationRepository } from './annotations';
import { backupDatabase, previewRestore, restoreDatabase, summariseBackup, type RestoreMode, type RestoreOptions } from './backup';
import { createArticleMetaRepository } from './article-meta';
import { createBriefingRepository } from './briefings';
import { createMemoRepository } from './memos';
import type { DossierDb } from './schema';
import { createSettingsRepository } from './settings';
import { createTagRepository } from './tags';
import { createSpeakerRepository } from './speakers';
import { watchTables } from './watch';
import * as v from 'valibot';
import { SavedSearchSchema, type SavedSearch } from '../core/exports/json';

export { liveQuery };
export { createDb } from './schema';

const SAVED_SEARCHES_KEY = 'search.saved';

/** The stored list, with anything not of the saved-search shape left out. */
function savedSearchesFrom(value: unknown): SavedSearch[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => (v.is(SavedSearchSchema, item) ? [item] : []));
}

export type WatchedTable = 'annotations' | 'tags' | 'memos' | 'articleMeta' | 'briefings' | 'settings' | 'speakerDecisions' | 'actorMerges';

/** Every repository over `db`, plus the few whole-database operations (export dump, backups, watching). */
export function createRepositories(db: DossierDb) {
  return {
    annotations: createAnnotationRepository(db),
    tags: createTagRepository(db),
    memos: createMemoRepository(db),
    settings: createSettingsRepository(db),
    articleMeta: createArticleMetaRepository(db),
    briefings: createBriefingRepository(db),
    speakers: createSpeakerRepository(db),

    /** Calls `onChange` after each write to one of `tables`; returns the unsubscribe. */
    onTablesChanged(tables: readonly WatchedTable[], onChange: () => void): () => void {
      return watchTables(db, tables, onChange);
    },

    /** Every table a JSON export carries, read in one transaction so they agree with each other. */
    dumpForExport() {
      return db.transaction('r', [db.annotations, db.tags, db.memos, db.briefings, db.settings, db.speakerDecisions], async () => ({
        annotations: await db.annotations.toArray(),
        speakerDecisions: await db.speakerDecisions.toArray(),
        tags: await db.tags.toArray(),
        memos: await db.memos.toArray(),
        briefings: await db.briefings.toArray(),
        savedSearches: savedSearchesFrom((await db.settings.get(SAVED_SEARCHES_KEY))?.value),
      }));
    },

    /** The searches the user saved (smart collections), kept in settings so backups carry them. */
    savedSearches: {
      async all(): Promise<SavedSearch[]> {
        return savedSearchesFrom((await db.settings.get(SAVED_SEARCHES_KEY))?.value);
      },
      async set(list: readonly SavedSearch[]): Promise<void> {
        await db.settings.put({ key: SAVED_SEARCHES_KEY, value: list.map((s) => ({ ...s })) });
      },
    },

    /** Whole-database backups, and the count of the user's own writing that the start-up check compares. */
    backups: {
      create: () => backupDatabase(db),
      restore: (json: string, mode: RestoreMode, options?: RestoreOptions) => restoreDatabase(db, json, mode, options),
      /** What a merge and a replace of this backup would each change, without changing anything. */
      preview: (json: string) => previewRestore(db, json),
      summarise: summariseBackup,
      /** Annotations, memos and briefings: everything the user wrote. */
      async noteCount(): Promise<number> {
        const [a, m, b] = await Promise.all([db.annotations.count(), db.memos.count(), db.briefings.count()]);
        return a + m + b;
      },
    },
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type { BackupSummary, RestorePreview } from './backup';
export type { ActorMergeRecord, AnnotationRecord, ArticleMetaRecord, BriefingRecord, DossierDb, MemoRecord, SpeakerDecisionRecord, TagRecord } from './schema';
export type { ArticleMetaEdit } from './article-meta';
export type { TagUsage } from './tags';
