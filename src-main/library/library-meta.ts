// The library's own record, `.dossier/library.json`: what the app knows about each file (raw-bytes SHA-256,
// size, mtime, title, where it was imported from) and which files went missing. Written atomically.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { ArticleFormat } from '../../src-renderer/core/article';
import { writeFileAtomic } from '../files/atomic-write';

/** The app's own folder inside the library: never imported as articles. */
export const APP_DIR = '.dossier';
export const META_FILE = 'library.json';

/**
 * What the app last saw of one library file, keyed by its library-relative path ('/' separators).
 * `sha256` is the hash of the raw bytes (duplicate detection, "touch without change" detection).
 */
export interface FileRecord {
  sha256: string;
  size: number;
  mtimeMs: number;
  /** The parsed title, when the file was parsed; the UI falls back to the file name. */
  title?: string;
  format?: ArticleFormat | 'unknown';
  source?: string;
  published?: string;
  /** Why the file cannot be read, when the last parse failed. */
  problem?: { code: string; message: string };
  /** Absolute path the file was imported from; absent for files put into the folder by hand or pasted. */
  originalPath?: string;
  /** 'paste' for pasted text; 'file' for imported files. */
  origin?: 'file' | 'paste';
  importedAt?: number;
  /**
   * The article's id when it is not the one derived from this path: the file was renamed or moved inside
   * the library, and kept the id (so its notes, keyed by id) of its earlier path.
   */
  id?: string;
}

/** A file the app knew that is gone from the folder; reported until forgotten (its notes stay in the DB). */
export interface MissingRecord extends FileRecord {
  missingSince: number;
}

interface MetaFileV1 {
  version: 1;
  files: Record<string, FileRecord>;
  missing: Record<string, MissingRecord>;
}

/**
 * One instance per library, shared by LibraryService and ImportService. Reads lazily, keeps everything in
 * memory, and saves on request (serialised, atomic, only when something changed). A damaged file is kept
 * aside as `library.json.broken` and the library starts from an empty record: nothing in the folder is lost,
 * only the original paths and the list of missing files.
 */
export class LibraryMeta {
  readonly path: string;
  #data: MetaFileV1 = { version: 1, files: {}, missing: {} };
  #loaded: Promise<void> | null = null;
  #dirty = false;
  #saving: Promise<void> = Promise.resolve();

  constructor(root: string) {
    this.path = join(root, APP_DIR, META_FILE);
  }

  load(): Promise<void> {
    this.#loaded ??= this.#read();
    return this.#loaded;
  }

  file(relPath: string): FileRecord | undefined {
    return this.#data.files[relPath];
  }

  files(): [string, FileRecord][] {
    return Object.entries(this.#data.files);
  }

  setFile(relPath: string, record: FileRecord): void {
    const before = this.#data.files[relPath];
    if (before && sameRecord(before, record)) return;
    this.#data.files[relPath] = record;
    if (this.#data.missing[relPath]) delete this.#data.missing[relPath];
    this.#dirty = true;
  }

  /** Moves a known file to the missing list (it disappeared from the folder). */
  markMissing(relPath: string, now = Date.now()): void {
    const record = this.#data.files[relPath];
    if (!record) return;
    delete this.#data.files[relPath];
    this.#data.missing[relPath] = { ...record, missingSince: now };
    this.#dirty = true;
  }

  missingFile(relPath: string): MissingRecord | undefined {
    return this.#data.missing[relPath];
  }

  missing(): [string, MissingRecord][] {
    return Object.entries(this.#data.missing);
  }

  /** Drops every trace of a path (a deliberately deleted file, or a forgotten missing one). */
  remove(relPath: string): boolean {
    const had = relPath in this.#data.files || relPath in this.#data.missing;
    delete this.#data.files[relPath];
    delete this.#data.missing[relPath];
    if (had) this.#dirty = true;
    return had;
  }

  /** Writes the record if it changed since the last save. Saves never overlap. */
  save(): Promise<void> {
    this.#saving = this.#saving.then(async () => {
      if (!this.#dirty) return;
      this.#dirty = false;
      try {
        await fs.mkdir(join(this.path, '..'), { recursive: true });
        await writeFileAtomic(this.path, `${JSON.stringify(this.#data, null, 1)}\n`, { overwrite: true });
      } catch (error) {
        this.#dirty = true;
        throw error;
      }
    });
    return this.#saving;
  }

  async #read(): Promise<void> {
    let text: string;
    try {
      text = await fs.readFile(this.path, 'utf8');
    } catch {
      return; // first run: no record yet
    }
    try {
      const parsed = JSON.parse(text) as Partial<MetaFileV1>;
      if (parsed.version !== 1 || typeof parsed.files !== 'object' || parsed.files === null) throw new Error('shape');
      this.#data = { version: 1, files: parsed.files, missing: parsed.missing ?? {} };
    } catch {
      await fs.rename(this.path, `${this.path}.broken`).catch(() => undefined);
      this.#dirty = true;
    }
  }
}

function sameRecord(a: FileRecord, b: FileRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
