// Importing files, folders and pasted text into the library: each good file is copied in (never overwriting),
// duplicates are recognised by SHA-256, bad files get their own message, and a batch can be cancelled.
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { err, ok, type ErrorCode, type Result } from '../../src-renderer/core/result';
import { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS } from '../import';
import { extensionOf } from '../import/shared';
import { AbortedError, mapLimit, placeNewFile, safeFileStem, sha256OfBytes, toRelPath, walkFiles } from './library-files';
import type { FileRecord } from './library-meta';
import { articleIdFor, type LibraryService } from './library-service';
import type { ArticleParser } from './parse-pool';

export interface ImportedFile {
  /** Where it came from; null for pasted text. */
  source: string | null;
  id: string;
  /** Library-relative path of the new file (may carry " (2)" after a name clash). */
  path: string;
  title: string;
}

export interface DuplicateFile {
  source: string | null;
  /** The article already in the library with the same bytes. */
  id: string;
  path: string;
  title: string;
  /** "Already in the library: <title>" */
  message: string;
}

export interface FailedFile {
  source: string;
  /** The file name, for the UI's "name: message" line. */
  name: string;
  code: ErrorCode;
  message: string;
}

export interface ImportSummary {
  imported: ImportedFile[];
  duplicates: DuplicateFile[];
  failed: FailedFile[];
  /** True when the signal stopped the batch; the files not reached are in none of the lists. */
  cancelled: boolean;
}

export type ImportProgress = (done: number, total: number, current: string) => void;

export interface ImportOptions {
  onProgress?: ImportProgress;
  signal?: AbortSignal;
}

export interface PasteOptions {
  /** The clipboard held HTML: saved as .html and imported as a web page. */
  html?: boolean;
  /** Used for the file name, and as the article's title when the text has none. */
  title?: string;
}

export type PasteOutcome = ({ kind: 'imported' } & ImportedFile) | ({ kind: 'duplicate' } & DuplicateFile);

export interface ImportServiceOptions {
  parser: ArticleParser;
  /** Files handled at once (read, hash, parse, copy). Default: `importConcurrency(parser.capacity)`. */
  concurrency?: number;
  /** Test hook: see `placeNewFile`. */
  onTempWrite?: (tempPath: string, written: number) => void;
  /** Copy chunk size (tests use a small one to cancel mid-copy). */
  chunkBytes?: number;
  /** Clock for pasted file names (tests). */
  now?: () => Date;
}

/**
 * Files in flight for a parser that parses `capacity` at once: one per worker plus two being read, hashed
 * or copied, so no worker waits for the disk; at least 4. Bounded, because each holds its bytes in memory.
 */
export function importConcurrency(capacity: number): number {
  return Math.max(4, Math.floor(capacity) + 2);
}

type Outcome =
  | { kind: 'imported'; file: ImportedFile }
  | { kind: 'duplicate'; file: DuplicateFile }
  | { kind: 'failed'; file: FailedFile }
  | { kind: 'cancelled' };

/**
 * Original paths and hashes are kept in `.dossier/library.json` (LibraryMeta, shared with LibraryService):
 * `files[relPath].originalPath`, `.sha256`, `.importedAt`. Files go into the library folder's top level.
 * Duplicate detection covers every file in the folder, including ones put there by hand (hashed once, then
 * remembered by size + mtime). The record is saved once per batch (also when cancelled), not per file.
 */
export class ImportService {
  readonly #library: LibraryService;
  readonly #options: ImportServiceOptions;
  /** sha256 -> library-relative path; built lazily, kept up to date by imports. */
  #byHash: Map<string, string> | null = null;
  /** sha256 -> the library path it is being imported as (null if that import failed or was cancelled). */
  #inFlight = new Map<string, Promise<string | null>>();

  constructor(library: LibraryService, options: ImportServiceOptions) {
    this.#library = library;
    this.#options = options;
  }

  /** Imports files and folders (folders recursively, skipping hidden files and symlinked folders). */
  async importPaths(paths: readonly string[], options: ImportOptions = {}): Promise<Result<ImportSummary>> {
    const { signal, onProgress } = options;
    const summary: ImportSummary = { imported: [], duplicates: [], failed: [], cancelled: false };
    const sources: string[] = [];
    for (const path of paths) {
      const stat = await fs.stat(path).catch(() => null);
      if (!stat) summary.failed.push(failure(path, 'NOT_FOUND', 'The file or folder cannot be found.'));
      else if (stat.isDirectory()) sources.push(...(await walkFiles(path).catch(() => [])).sort());
      else sources.push(path);
    }
    const ready = await this.#prepare();
    if (!ready.ok) return ready;
    const total = sources.length;
    let done = 0;
    onProgress?.(0, total, '');
    try {
      await mapLimit(sources, this.#options.concurrency ?? importConcurrency(this.#options.parser.capacity), async (source) => {
        if (signal?.aborted) return;
        const outcome = await this.#importOne(source, await readSource(source), signal);
        if (outcome.kind === 'cancelled') return;
        if (outcome.kind === 'imported') summary.imported.push(outcome.file);
        else if (outcome.kind === 'duplicate') summary.duplicates.push(outcome.file);
        else summary.failed.push(outcome.file);
        done++;
        onProgress?.(done, total, basename(source));
      });
    } finally {
      summary.cancelled = signal?.aborted ?? false;
      await this.#library.meta.save().catch(() => undefined);
    }
    return ok(summary);
  }

  /** Saves pasted text (as .txt) or HTML (as .html) as a new library file and imports it. */
  async importText(text: string, options: PasteOptions = {}): Promise<Result<PasteOutcome>> {
    if (text.trim() === '') return err('EMPTY', 'There is nothing to paste.');
    const ready = await this.#prepare();
    if (!ready.ok) return ready;
    const now = (this.#options.now ?? (() => new Date()))();
    const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}.${pad(now.getMinutes())}`;
    const stem = safeFileStem(options.title ?? '', `Pasted ${options.html ? 'page' : 'text'} ${stamp}`);
    const name = `${stem}${options.html ? '.html' : '.txt'}`;
    const body = withTitle(text, options);
    const outcome = await this.#importOne(null, { ok: true, name, bytes: new TextEncoder().encode(body) }, undefined);
    await this.#library.meta.save().catch(() => undefined);
    if (outcome.kind === 'imported') return ok({ kind: 'imported', ...outcome.file });
    if (outcome.kind === 'duplicate') return ok({ kind: 'duplicate', ...outcome.file });
    if (outcome.kind === 'failed') return err(outcome.file.code, outcome.file.message);
    return err('CANCELLED', 'Cancelled.');
  }

  /** Loads the record and builds the hash index of what is already in the folder. */
  async #prepare(): Promise<Result<void>> {
    try {
      await fs.mkdir(this.#library.root, { recursive: true });
      await this.#library.meta.load();
      if (this.#byHash) return ok(undefined);
      const byHash = new Map<string, string>();
      for (const abs of await walkFiles(this.#library.root)) {
        const relPath = toRelPath(this.#library.root, abs);
        const stat = await fs.stat(abs);
        let record = this.#library.meta.file(relPath);
        if (!record || record.size !== stat.size || record.mtimeMs !== stat.mtimeMs) {
          const sha256 = sha256OfBytes(await fs.readFile(abs));
          record = { ...(record ?? {}), sha256, size: stat.size, mtimeMs: stat.mtimeMs };
          delete record.title; // unknown until parsed: LibraryService.list() fills it in
          this.#library.meta.setFile(relPath, record);
        }
        byHash.set(record.sha256, relPath);
      }
      this.#byHash = byHash;
      return ok(undefined);
    } catch (error) {
      return err('IO', `The library folder cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'I/O error'}.`);
    }
  }

  async #importOne(source: string | null, read: SourceBytes, signal: AbortSignal | undefined): Promise<Outcome> {
    const label = source ?? read.name;
    if (!read.ok) return { kind: 'failed', file: failure(label, read.code, read.message) };
    const sha256 = sha256OfBytes(read.bytes);
    // The same bytes already being imported in this batch: wait for that copy, then report a duplicate of it.
    const earlier = this.#inFlight.get(sha256);
    if (earlier) {
      const path = await earlier;
      if (path !== null) return { kind: 'duplicate', file: await this.#duplicate(source, path) };
    }
    const existing = this.#byHash!.get(sha256);
    if (existing !== undefined && (await this.#stillThere(existing, sha256))) return { kind: 'duplicate', file: await this.#duplicate(source, existing) };
    let settle: (path: string | null) => void = () => undefined;
    this.#inFlight.set(sha256, new Promise((resolve) => (settle = resolve)));
    let outcome: Outcome = { kind: 'cancelled' };
    try {
      outcome = await this.#copyIn(source, label, read.name, read.bytes, sha256, signal);
    } finally {
      this.#inFlight.delete(sha256);
      settle(outcome.kind === 'imported' ? outcome.file.path : null);
    }
    return outcome;
  }

  async #copyIn(source: string | null, label: string, name: string, bytes: Uint8Array, sha256: string, signal: AbortSignal | undefined): Promise<Outcome> {
    const parsed = await this.#options.parser.parse(name, bytes, {}, signal);
    if (!parsed.ok) {
      if (parsed.error.code === 'CANCELLED') return { kind: 'cancelled' };
      return { kind: 'failed', file: failure(label, parsed.error.code, parsed.error.message) };
    }
    let finalName: string;
    try {
      finalName = await placeNewFile(this.#library.root, name, bytes, {
        ...(signal ? { signal } : {}),
        ...(this.#options.chunkBytes ? { chunkBytes: this.#options.chunkBytes } : {}),
        ...(this.#options.onTempWrite ? { onTempWrite: this.#options.onTempWrite } : {}),
      });
    } catch (error) {
      if (error instanceof AbortedError) return { kind: 'cancelled' };
      return { kind: 'failed', file: failure(label, 'IO', `The file cannot be copied into the library: ${(error as NodeJS.ErrnoException).code ?? 'I/O error'}.`) };
    }
    const relPath = finalName;
    const stat = await fs.stat(join(this.#library.root, relPath));
    const title = parsed.value.title || finalName;
    const record: FileRecord = {
      sha256, size: stat.size, mtimeMs: stat.mtimeMs, title, format: parsed.value.format,
      ...(parsed.value.source ? { source: parsed.value.source } : {}),
      ...(parsed.value.published ? { published: parsed.value.published } : {}),
      ...(source ? { originalPath: source, origin: 'file' as const } : { origin: 'paste' as const }),
      importedAt: Date.now(),
    };
    this.#library.meta.setFile(relPath, record);
    this.#byHash!.set(sha256, relPath);
    return { kind: 'imported', file: { source, id: articleIdFor(relPath), path: relPath, title } };
  }

  /** The indexed file may have been edited or removed since: trust the index only if it still matches. */
  async #stillThere(relPath: string, sha256: string): Promise<boolean> {
    const record = this.#library.meta.file(relPath);
    const stat = await fs.stat(join(this.#library.root, relPath)).catch(() => null);
    if (stat && record && record.sha256 === sha256 && record.size === stat.size && record.mtimeMs === stat.mtimeMs) return true;
    this.#byHash?.delete(sha256);
    return false;
  }

  /** The duplicate's report; a file only hashed so far (put in by hand) is parsed once for its title. */
  async #duplicate(source: string | null, relPath: string): Promise<DuplicateFile> {
    const name = relPath.split('/').pop() ?? relPath;
    let record = this.#library.meta.file(relPath);
    if (record && record.title === undefined) {
      const bytes = await fs.readFile(join(this.#library.root, relPath)).catch(() => null);
      const parsed = bytes ? await this.#options.parser.parse(name, new Uint8Array(bytes)) : null;
      if (parsed?.ok) {
        record = { ...record, title: parsed.value.title || name, format: parsed.value.format };
        this.#library.meta.setFile(relPath, record);
      }
    }
    const title = record?.title || name;
    return { source, id: this.#library.idOf(relPath), path: relPath, title, message: `Already in the library: ${title}` };
  }
}

type SourceBytes = { ok: true; name: string; bytes: Uint8Array } | { ok: false; name: string; code: ErrorCode; message: string };

/** Reads a source file, refusing unsupported types and oversized files before reading a byte. */
async function readSource(path: string): Promise<SourceBytes> {
  const name = basename(path);
  const ext = extensionOf(name);
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    const message = ext ? `Files of type "${ext}" cannot be imported.` : 'Files without an extension cannot be imported.';
    return { ok: false, name, code: 'UNSUPPORTED', message };
  }
  try {
    const stat = await fs.stat(path);
    if (stat.size > MAX_FILE_BYTES) {
      const mb = (stat.size / 1024 / 1024).toFixed(1);
      return { ok: false, name, code: 'TOO_LARGE', message: `The file is ${mb} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB.` };
    }
    return { ok: true, name, bytes: new Uint8Array(await fs.readFile(path)) };
  } catch (error) {
    return { ok: false, name, code: 'IO', message: `The file cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'I/O error'}.` };
  }
}

function failure(source: string, code: ErrorCode, message: string): FailedFile {
  return { source, name: basename(source), code, message };
}

/** Puts the given title where the importers look for one, unless the text already has it. */
function withTitle(text: string, options: PasteOptions): string {
  const title = options.title?.trim();
  if (!title) return text;
  if (options.html) {
    if (/<title[\s>]/i.test(text)) return text;
    const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `<title>${escaped}</title>\n${text}`;
  }
  const firstLine = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  return firstLine === title ? text : `${title}\n\n${text}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
