// The search index as saved between runs: derived data, kept in a database of its own ('dossier-search'),
// apart from the user's (so backups, exports and restores never carry it, and deleting it loses nothing:
// it is rebuilt). With it, what it was built from (file fingerprints per article, update times per note),
// so a start re-reads only what changed.
//
// Saved in pieces of at most half a megabyte, each in its own short transaction, then a small manifest
// naming them: one put of the whole index (tens of megabytes) kept the origin's IndexedDB busy for about a
// second, and a note typed meanwhile waited that long to be saved. A save that stops half-way leaves the
// previous manifest, and its pieces, in force.
import { Dexie, type EntityTable } from 'dexie';

export interface SearchCacheRow {
  key: 'index';
  /** The index's own JSON object (core/search SerialisedIndex), as saved. */
  index: unknown;
  /** Article id -> the fingerprint of the file it was indexed from (size and modification time). */
  articles: Record<string, string>;
  /** Note id ('n:<annotation>', 'm:<article>', 'b:<briefing>') -> its updatedAt when indexed. */
  notes: Record<string, number>;
  /** What the app keeps about the annotations beside the index (search.svelte.ts: NotesSummary). */
  summary?: unknown;
  savedAt: number;
}

interface Manifest {
  key: 'index';
  generation: number;
  /** Fields of the index saved as pieces: name -> [piece count, whether the pieces spell JSON]. */
  pieces: Record<string, [number, boolean]>;
  /** The index's other fields, as they are. */
  scalars: Record<string, unknown>;
  articles: Record<string, string>;
  notes: Record<string, number>;
  summary?: unknown;
  savedAt: number;
}

interface Piece {
  key: string;
  text: string;
}

type SearchCacheDb = Dexie & { cache: EntityTable<Manifest, 'key'>; pieces: EntityTable<Piece, 'key'> };

export interface SearchCache {
  load(): Promise<SearchCacheRow | undefined>;
  save(row: SearchCacheRow): Promise<void>;
  clear(): Promise<void>;
}

/** Characters per piece. */
const PIECE = 512 * 1024;

const pieceKey = (generation: number, field: string, i: number) => `${generation}:${field}:${i}`;

export function openSearchCache(name = 'dossier-search'): SearchCache {
  const db = new Dexie(name) as SearchCacheDb;
  db.version(1).stores({ cache: 'key' });
  db.version(2).stores({ cache: 'key', pieces: 'key' });
  return {
    async load() {
      const manifest = await db.cache.get('index');
      if (!manifest) return undefined;
      // A manifest of the first version held the index whole.
      if (!('pieces' in manifest)) return manifest as unknown as SearchCacheRow;
      const index: Record<string, unknown> = { ...manifest.scalars };
      for (const [field, [count, json]] of Object.entries(manifest.pieces)) {
        const keys = Array.from({ length: count }, (_, i) => pieceKey(manifest.generation, field, i));
        const pieces = await db.pieces.bulkGet(keys);
        if (pieces.some((p) => p === undefined)) return undefined;
        const text = pieces.map((p) => p!.text).join('');
        index[field] = json ? JSON.parse(text) : text;
      }
      return { key: 'index', index, articles: manifest.articles, notes: manifest.notes, summary: manifest.summary, savedAt: manifest.savedAt };
    },
    async save(row) {
      const previous = await db.cache.get('index');
      const generation = (previous && 'generation' in previous ? previous.generation : 0) + 1;
      const pieces: Record<string, [number, boolean]> = {};
      const scalars: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(row.index as Record<string, unknown>)) {
        const json = typeof value !== 'string';
        if (json && (typeof value !== 'object' || value === null)) {
          scalars[field] = value;
          continue;
        }
        const text = json ? JSON.stringify(value) : (value as string);
        const count = Math.max(1, Math.ceil(text.length / PIECE));
        for (let i = 0; i < count; i++) await db.pieces.put({ key: pieceKey(generation, field, i), text: text.slice(i * PIECE, (i + 1) * PIECE) });
        pieces[field] = [count, json];
      }
      await db.cache.put({ key: 'index', generation, pieces, scalars, articles: row.articles, notes: row.notes, summary: row.summary, savedAt: row.savedAt });
      // The previous generation's pieces go once the new manifest is in force, a few at a time.
      const stale = (await db.pieces.toCollection().primaryKeys()).filter((key) => !String(key).startsWith(`${generation}:`));
      for (let i = 0; i < stale.length; i += 16) await db.pieces.bulkDelete(stale.slice(i, i + 16));
    },
    async clear() {
      await db.cache.clear();
      await db.pieces.clear();
    },
  };
}
