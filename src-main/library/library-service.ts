// The library folder: creating and seeding it, listing its articles (and the ones that went missing), and
// reading one into the article model. Pure Node: Electron only tells it where the folder is.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src-renderer/core/article';
import type { LibraryEntry } from '../../src-renderer/core/contract';
import { err, ok, type Result } from '../../src-renderer/core/result';
import type { ParsedArticle } from '../import/model';
import { formatOf, mapLimit, sha256OfBytes, toRelPath, walkFiles } from './library-files';
import { APP_DIR, LibraryMeta, type FileRecord, type MissingRecord } from './library-meta';
import { InProcessParser, type ArticleParser } from './parse-pool';

export { APP_DIR } from './library-meta';

/** The problem shown for a file the app knew that is no longer in the folder (notes are kept). */
export const REMOVED_MESSAGE = 'The file was removed from the library folder.';

/** Stable article id from the library-relative path (URL- and key-safe). */
export function articleIdFor(relPath: string): string {
  return createHash('sha256').update(relPath.normalize('NFC')).digest('base64url').slice(0, 22);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface LibraryServiceOptions {
  /** Where parsing happens; the app passes a ParsePool. Default: in process. */
  parser?: ArticleParser;
  /** The shared `.dossier/library.json` record; default: a fresh one for this root. */
  meta?: LibraryMeta;
}

/** Size, mtime and raw-bytes hash of a file as last seen (the watcher seeds itself from these). */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

interface CachedParse extends Fingerprint {
  result: Result<ParsedArticle>;
}

/**
 * Missing files: every file `list()` has seen is recorded in `.dossier/library.json`. When a recorded file is
 * gone, `list()` keeps returning its entry (last known title, size, date) with
 * `problem: { code: 'NOT_FOUND', message: REMOVED_MESSAGE }`, across restarts, until `forget(id)` is called
 * (or the file comes back under the same path, which turns it into a normal entry again). Notes live in the
 * renderer's database and are never touched here. A deliberate delete (trash.ts) forgets the record itself.
 */
export class LibraryService {
  readonly root: string;
  readonly meta: LibraryMeta;
  /** Counters for tests and benchmarks: file contents read, and parses run. */
  readonly stats = { reads: 0, parses: 0 };
  readonly #parser: ArticleParser;
  #paths = new Map<string, string>();
  #parsed = new Map<string, CachedParse>();

  constructor(root: string, options: LibraryServiceOptions = {}) {
    this.root = root;
    this.meta = options.meta ?? new LibraryMeta(root);
    this.#parser = options.parser ?? new InProcessParser();
  }

  /** Creates the library folder on first run, seeded with copies of the sample articles. */
  async ensure(samplesDir?: string): Promise<void> {
    const existed = await isDirectory(this.root);
    await fs.mkdir(join(this.root, APP_DIR), { recursive: true });
    if (existed || !samplesDir) return;
    for (const name of await fs.readdir(samplesDir)) {
      await fs.copyFile(join(samplesDir, name), join(this.root, name));
    }
  }

  async list(): Promise<Result<LibraryEntry[]>> {
    let files: string[];
    try {
      files = await walkFiles(this.root);
      await this.meta.load();
    } catch (error) {
      return err('IO', `The library folder cannot be read: ${(error as Error).message}`);
    }
    const relPaths = files.map((file) => toRelPath(this.root, file));
    const known = new Set(this.meta.files().map(([relPath]) => relPath));
    const entries = await mapLimit(relPaths, 4, (relPath) => this.#entryFor(relPath));
    const present = new Set(relPaths);
    for (const [relPath] of this.meta.files()) {
      if (!present.has(relPath)) {
        this.meta.markMissing(relPath);
        this.#parsed.delete(relPath);
      }
    }
    const renamed = this.#adoptRenames(relPaths.filter((relPath) => !known.has(relPath)));
    for (const entry of entries) {
      const id = renamed.get(entry.path);
      if (id === undefined) continue;
      this.#paths.delete(entry.id);
      this.#paths.set(id, entry.path);
      entry.id = id;
    }
    for (const [relPath, record] of this.meta.missing()) {
      const id = record.id ?? articleIdFor(relPath);
      this.#paths.set(id, relPath);
      entries.push({ ...entryFromRecord(id, relPath, record), problem: { code: 'NOT_FOUND', message: REMOVED_MESSAGE } });
    }
    await this.meta.save().catch(() => undefined); // the list is still right; the record is retried next time
    entries.sort((a, b) => a.title.localeCompare(b.title));
    return ok(entries);
  }

  /** Reads an article; `encoding` (a user's choice) re-parses the file with it instead of detection. */
  async read(id: string, options: { encoding?: string } = {}): Promise<Result<Article>> {
    let relPath = this.#paths.get(id);
    if (!relPath) {
      await this.list();
      relPath = this.#paths.get(id);
    }
    if (!relPath) return err('NOT_FOUND', 'This article is no longer in the library.');
    const parsed = options.encoding ? await this.#parseWith(relPath, options.encoding) : await this.#parse(relPath);
    if (!parsed.ok) {
      if (parsed.error.code === 'NOT_FOUND' && this.meta.file(relPath)) this.meta.markMissing(relPath);
      return this.meta.missing().some(([p]) => p === relPath) ? err('NOT_FOUND', REMOVED_MESSAGE) : parsed;
    }
    const { value } = parsed;
    return ok({ ...value, id, path: relPath, contentHash: sha256Hex(value.text) });
  }

  /** The article id of a path: derived from the path, or kept from an earlier path through a rename. */
  idOf(relPath: string): string {
    return (this.meta.file(relPath) ?? this.meta.missingFile(relPath))?.id ?? articleIdFor(relPath);
  }

  /**
   * Renames and moves inside the library: a file new to the record whose bytes equal those of a file that
   * went missing is that file under its new name. It takes over the missing file's id (so its notes, kept
   * by id, follow it) and import history, and the missing entry goes. Returns new path -> adopted id.
   */
  #adoptRenames(newPaths: readonly string[]): Map<string, string> {
    const adopted = new Map<string, string>();
    if (newPaths.length === 0) return adopted;
    const missingBySha = new Map<string, [string, MissingRecord][]>();
    for (const entry of this.meta.missing()) {
      const list = missingBySha.get(entry[1].sha256) ?? [];
      list.push(entry);
      missingBySha.set(entry[1].sha256, list);
    }
    for (const relPath of newPaths) {
      const record = this.meta.file(relPath);
      const candidates = record ? missingBySha.get(record.sha256) : undefined;
      const found = candidates?.find(([, old]) => old.size === record!.size);
      if (!record || !candidates || !found) continue;
      candidates.splice(candidates.indexOf(found), 1);
      const [oldPath, old] = found;
      const id = old.id ?? articleIdFor(oldPath);
      this.meta.remove(oldPath);
      this.meta.setFile(relPath, {
        ...record,
        ...(old.originalPath ? { originalPath: old.originalPath } : {}),
        ...(old.origin ? { origin: old.origin } : {}),
        ...(old.importedAt ? { importedAt: old.importedAt } : {}),
        ...(id !== articleIdFor(relPath) ? { id } : {}),
      });
      adopted.set(relPath, id);
    }
    return adopted;
  }

  /** Stops reporting a missing file. Refused while the file is still in the folder. */
  async forget(id: string): Promise<Result<void>> {
    await this.meta.load();
    const relPath = this.#paths.get(id) ?? this.meta.missing().find(([p]) => this.idOf(p) === id)?.[0];
    if (!relPath || !this.meta.missing().some(([p]) => p === relPath)) {
      return err('NOT_FOUND', 'There is no removed article with this id.');
    }
    if (await isFile(join(this.root, relPath))) return err('FORBIDDEN', 'The file is back in the library folder.');
    this.meta.remove(relPath);
    this.#paths.delete(id);
    return this.#save();
  }

  /** The library-relative path of an id seen by `list()` (present or missing). */
  async pathOf(id: string): Promise<string | undefined> {
    if (!this.#paths.has(id)) await this.list();
    return this.#paths.get(id);
  }

  /** A file was deleted on purpose (trash.ts): forget it entirely, so it is not reported as missing. */
  async noteDeleted(relPath: string): Promise<void> {
    await this.meta.load();
    const id = this.idOf(relPath);
    this.meta.remove(relPath);
    this.#parsed.delete(relPath);
    this.#paths.delete(id);
    await this.#save();
  }

  /** What the service last saw of a file, for seeding the watcher without reading the file again. */
  fingerprint(relPath: string): Fingerprint | undefined {
    const cached = this.#parsed.get(relPath) ?? this.meta.file(relPath);
    return cached ? { size: cached.size, mtimeMs: cached.mtimeMs, sha256: cached.sha256 } : undefined;
  }

  async #entryFor(relPath: string): Promise<LibraryEntry> {
    const id = this.idOf(relPath);
    this.#paths.set(id, relPath);
    const record = this.meta.file(relPath);
    if (record && !this.#parsed.has(relPath) && record.title !== undefined) {
      // Known from an earlier run or an import: trust the record while size and mtime are unchanged.
      const stat = await fs.stat(join(this.root, relPath)).catch(() => null);
      if (stat && stat.size === record.size && stat.mtimeMs === record.mtimeMs) return entryFromRecord(id, relPath, record);
    }
    await this.#parse(relPath);
    const now = this.meta.file(relPath);
    const name = relPath.split('/').pop() ?? relPath;
    if (now) return entryFromRecord(id, relPath, now);
    return { id, path: relPath, title: name, format: formatOf(name), size: 0, modifiedAt: 0, problem: { code: 'NOT_FOUND', message: 'The file is missing.' } };
  }

  /** Parses with a chosen encoding, outside the cache (the detected reading stays the default). */
  async #parseWith(relPath: string, encoding: string): Promise<Result<ParsedArticle>> {
    try {
      const bytes = new Uint8Array(await fs.readFile(join(this.root, relPath)));
      this.stats.reads++;
      this.stats.parses++;
      return await this.#parser.parse(relPath.split('/').pop() ?? relPath, bytes, { encoding });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' ? err('NOT_FOUND', 'The file is missing.') : err('IO', `The file cannot be read: ${code ?? 'I/O error'}.`);
    }
  }

  /**
   * Parses a file, reusing the last result while its size and modification time are unchanged, and also when
   * they changed but the bytes did not (a `touch`): then the file is read and hashed, but not parsed again.
   */
  async #parse(relPath: string): Promise<Result<ParsedArticle>> {
    const absPath = join(this.root, relPath);
    let stat;
    try {
      stat = await fs.stat(absPath);
    } catch {
      return err('NOT_FOUND', 'The file is missing.');
    }
    const cached = this.#parsed.get(relPath);
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.result;
    const name = relPath.split('/').pop() ?? relPath;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await fs.readFile(absPath));
      this.stats.reads++;
    } catch (error) {
      return err('IO', `The file cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'I/O error'}.`);
    }
    const sha256 = sha256OfBytes(bytes);
    let result: Result<ParsedArticle>;
    if (cached && cached.sha256 === sha256) {
      result = cached.result;
    } else {
      this.stats.parses++;
      result = await this.#parser.parse(name, bytes);
    }
    if (!result.ok && result.error.code === 'CANCELLED') return result;
    this.#parsed.set(relPath, { size: stat.size, mtimeMs: stat.mtimeMs, sha256, result });
    const before = this.meta.file(relPath);
    const record: FileRecord = {
      ...(before?.originalPath ? { originalPath: before.originalPath } : {}),
      ...(before?.origin ? { origin: before.origin } : {}),
      ...(before?.importedAt ? { importedAt: before.importedAt } : {}),
      ...(before?.id ? { id: before.id } : {}),
      sha256,
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      format: result.ok ? result.value.format : formatOf(name),
      title: result.ok ? result.value.title || name : name,
      ...(result.ok && result.value.source ? { source: result.value.source } : {}),
      ...(result.ok && result.value.published ? { published: result.value.published } : {}),
      ...(result.ok ? {} : { problem: result.error }),
    };
    this.meta.setFile(relPath, record);
    return result;
  }

  async #save(): Promise<Result<void>> {
    try {
      await this.meta.save();
      return ok(undefined);
    } catch (error) {
      return err('IO', `The library record cannot be saved: ${(error as NodeJS.ErrnoException).code ?? 'I/O error'}.`);
    }
  }
}

function entryFromRecord(id: string, relPath: string, record: FileRecord): LibraryEntry {
  const name = relPath.split('/').pop() ?? relPath;
  return {
    id,
    path: relPath,
    title: record.title || name,
    format: record.format ?? formatOf(name),
    size: record.size,
    modifiedAt: record.mtimeMs,
    ...(record.source ? { source: record.source } : {}),
    ...(record.published ? { published: record.published } : {}),
    ...(record.problem ? { problem: record.problem } : {}),
  };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await fs.lstat(path)).isFile();
  } catch {
    return false;
  }
}
