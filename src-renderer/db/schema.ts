// The database schema, every version of it, and the record types. The only module that declares stores;
// a new version is added below the last one with its upgrade, never by editing an old one.
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { AnnotationTarget } from '../core/anchoring';
import { DEFAULT_CODEBOOK, type TagDef } from '../core/codebook';
import type { PatternTable } from '../core/patterns/table';
import type { SpeakerKind } from '../core/actors/types';

export interface AnnotationRecord {
  id: string;
  articleId: string;
  createdAt: number;
  updatedAt: number;
  /** W3C selectors (quote with context, position) and the content hash they were made on. */
  target: AnnotationTarget;
  tagIds: string[];
  /** Markdown. */
  note: string;
  /** 'orphan' when the quote can no longer be found in the article; it is kept and shown, never dropped. */
  state: 'anchored' | 'orphan';
}

export type TagRecord = TagDef;

export interface MemoRecord {
  articleId: string;
  body: string;
  updatedAt: number;
}

/** A briefing the analyst writes (the composer): Markdown of its own, saved as typed. */
export interface BriefingRecord {
  id: string;
  title: string;
  body: string;
  updatedAt: number;
  /**
   * Pattern views inserted into the body, by the name their `dossier-view:<name>` image link gives: their
   * numbers, from which the export draws the pictures (core/patterns/briefing-views.ts). Not indexed.
   */
  views?: Record<string, PatternTable>;
}

/**
 * What the user says about an article, kept apart from its file (which is never modified): edited
 * metadata, collections, when it was last opened, and a chosen text encoding.
 */
export interface ArticleMetaRecord {
  articleId: string;
  title?: string;
  source?: string;
  byline?: string;
  published?: string;
  collections: string[];
  /** ms since the epoch; absent: unread. */
  readAt?: number;
  /** A WHATWG encoding label chosen by the user; overrides detection. */
  encoding?: string;
  /** A language (BCP 47, e.g. 'ru') chosen by the user; overrides the file's or the detected one. */
  lang?: string;
  /** When the user deleted the article (or forgot its missing file): its notes are in Dossier's trash. */
  deletedAt?: number;
  updatedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * The user's word on a suggested speaker: accepted (mirrored by an `Actor/<Name>` tag on the statement) or
 * rejected (never suggested again for that statement, across re-parses). Anchored like an annotation: the
 * statement's selectors travel with it, so it follows a changed text and is kept when it cannot be placed.
 */
export interface SpeakerDecisionRecord {
  id: string;
  articleId: string;
  createdAt: number;
  updatedAt: number;
  /** The statement the suggestion was for. */
  target: AnnotationTarget;
  /** The speaker's normalised name as suggested. */
  speaker: string;
  speakerType: 'person' | 'org';
  kind: SpeakerKind;
  accepted: boolean;
}

/**
 * Library-wide, one actor per name key (core/actors `actorKey`); the user can merge one actor into another
 * (two spellings of one person) and undo that: a row says "the actor keyed `key` is `into`".
 */
export interface ActorMergeRecord {
  key: string;
  into: string;
  /** The merged actor's own name, to list and undo the merge by. */
  name: string;
  updatedAt: number;
}

export const DB_NAME = 'dossier';

export type DossierDb = Dexie & {
  annotations: EntityTable<AnnotationRecord, 'id'>;
  tags: EntityTable<TagRecord, 'id'>;
  memos: EntityTable<MemoRecord, 'articleId'>;
  settings: EntityTable<SettingRecord, 'key'>;
  briefings: EntityTable<BriefingRecord, 'id'>;
  articleMeta: EntityTable<ArticleMetaRecord, 'articleId'>;
  speakerDecisions: EntityTable<SpeakerDecisionRecord, 'id'>;
  actorMerges: EntityTable<ActorMergeRecord, 'key'>;
};

/** Version 1's stores, kept verbatim: Dexie needs every version to upgrade old databases. */
export const STORES_V1 = {
  annotations: 'id, articleId, [articleId+state], *tagIds, updatedAt',
  tags: 'id, parentId, key, name',
  memos: 'articleId, updatedAt',
  settings: 'key',
};

/** Version 2's new stores. */
export const STORES_V2 = { briefings: 'id, updatedAt', articleMeta: 'articleId, *collections, readAt' };

/**
 * Version 3 drops the annotations' `articleId` index: `[articleId+state]` starts with the same key, and
 * Dexie answers `where('articleId')` and `orderBy('articleId')` from it (its virtual indexes). Every index
 * is written with each row, and this one cost about a sixth of the time of writing 100,000 annotations
 * in Chromium (tests/bench, backup-chromium).
 */
export const STORES_V3 = { annotations: 'id, [articleId+state], *tagIds, updatedAt' };

/** Version 4: who said what, the user's decisions on suggested speakers and merged actors. */
export const STORES_V4 = { speakerDecisions: 'id, articleId, updatedAt', actorMerges: 'key, into' };

/**
 * A version's change to the rows of a table that an older version already had. Dexie's upgrade runs
 * it over the table (through modify()) and restoring a backup written by an older version runs it
 * over the backup's rows, so both end in the same shape: there is one definition of each change.
 */
export interface RowUpgrade {
  version: number;
  table: string;
  /** Changes the row in place, as modify() expects. */
  upgrade: (row: Record<string, unknown>) => void;
}

/** Every row upgrade, oldest version first. */
export const ROW_UPGRADES: readonly RowUpgrade[] = [
  // Version 2: annotations written before notes were required get an empty note and an explicit
  // state, so every reader of the table can rely on both.
  {
    version: 2,
    table: 'annotations',
    upgrade: (row) => {
      const a = row as Partial<AnnotationRecord>;
      if (typeof a.note !== 'string') a.note = '';
      if (a.state !== 'anchored' && a.state !== 'orphan') a.state = 'anchored';
      if (!Array.isArray(a.tagIds)) a.tagIds = [];
    },
  },
];

/** Brings a row of `table` written by database version `fromVersion` up to the current version, in place. */
export function upgradeRow(table: string, row: Record<string, unknown>, fromVersion: number): void {
  for (const u of ROW_UPGRADES) if (u.version > fromVersion && u.table === table) u.upgrade(row);
}

/** Dexie's upgrade step for `version`: that version's row upgrades over the stored tables. */
async function upgradeTo(version: number, tx: Transaction): Promise<void> {
  for (const u of ROW_UPGRADES) if (u.version === version) await tx.table(u.table).toCollection().modify(u.upgrade);
}

/** Opens (creating or upgrading) the database. `indexedDB`/`IDBKeyRange` can be injected for tests. */
export function createDb(name = DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): DossierDb {
  // Writes carrying user text must be on disk before "Saved" is shown.
  const db = new Dexie(name, { ...options, chromeTransactionDurability: 'strict' }) as DossierDb;
  db.version(1).stores(STORES_V1);
  // Version 2: briefings (the composer) and article metadata; annotation rows as in ROW_UPGRADES.
  db.version(2)
    .stores(STORES_V2)
    .upgrade((tx) => upgradeTo(2, tx));
  // Version 3: one index fewer on annotations (see STORES_V3); rows unchanged.
  db.version(3).stores(STORES_V3);
  // Version 4: speaker decisions and actor merges (new tables; nothing else changes).
  db.version(4).stores(STORES_V4);
  db.on('populate', (tx) => {
    void tx.table('tags').bulkAdd(DEFAULT_CODEBOOK.map((tag) => ({ ...tag })));
  });
  return db;
}
