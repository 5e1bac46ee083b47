// The search index as saved between runs: derived data, kept in a database of its own ('dossier-search'),
// apart from the user's (so backups, exports and restores never carry it, and deleting it loses nothing:
// it is rebuilt). One row: the serialised index with what it was built from (file fingerprints per
// article, update times per note), so a start re-reads only what changed.
import { Dexie, type EntityTable } from 'dexie';

export interface SearchCacheRow {
  key: 'index';
  /** The index's own JSON (core/search SerialisedIndex), as saved. */
  index: unknown;
  /** Article id -> the fingerprint of the file it was indexed from (size and modification time). */
  articles: Record<string, string>;
  /** Note id ('n:<annotation>', 'm:<article>', 'b:<briefing>') -> its updatedAt when indexed. */
  notes: Record<string, number>;
  savedAt: number;
}

type SearchCacheDb = Dexie & { cache: EntityTable<SearchCacheRow, 'key'> };

export interface SearchCache {
  load(): Promise<SearchCacheRow | undefined>;
  save(row: SearchCacheRow): Promise<void>;
  clear(): Promise<void>;
}

export function openSearchCache(name = 'dossier-search'): SearchCache {
  const db = new Dexie(name) as SearchCacheDb;
  db.version(1).stores({ cache: 'key' });
  return {
    load: () => db.cache.get('index'),
    save: async (row) => {
      await db.cache.put(row);
    },
    clear: () => db.cache.clear(),
  };
}
