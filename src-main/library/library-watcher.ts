// Watches the library folder (chokidar, native events, no polling) and reports debounced batches of added,
// changed and removed articles. A file whose size+mtime or bytes (SHA-256) did not change is not reported.
import { watch, type FSWatcher } from 'chokidar';
import { promises as fs, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { err, ok, type Result } from '../../src-renderer/core/result';
import { TEMP_SUFFIX } from '../files/atomic-write';
import { sha256OfBytes } from './library-files';
import type { Fingerprint } from './library-service';

export interface LibraryChanges {
  /** Library-relative paths with '/' separators. */
  added: string[];
  changed: string[];
  removed: string[];
}

export interface LibraryWatcherOptions {
  onChanges: (changes: LibraryChanges) => void;
  onError?: (message: string) => void;
  /** Quiet time before a batch is sent (default 400 ms); a batch never waits more than `maxWaitMs` (1500). */
  debounceMs?: number;
  maxWaitMs?: number;
  /**
   * What the app already knows of a file (LibraryService.fingerprint): used as the baseline when size and
   * mtime still match, so start-up reads nothing. Files without one are hashed once at start.
   */
  fingerprintOf?: (relPath: string) => Fingerprint | undefined;
}

type Pending = 'add' | 'change' | 'unlink';

/** True for paths the library never lists: the app's `.dossier/`, hidden files and folders, atomic-write temps. */
export function isIgnoredPath(root: string, path: string): boolean {
  const rel = relative(root, path);
  if (rel === '') return false;
  if (rel.startsWith('..')) return true;
  if (rel.endsWith(TEMP_SUFFIX)) return true;
  return rel.split(sep).some((part) => part.startsWith('.'));
}

export class LibraryWatcher {
  readonly root: string;
  /** Counters for tests and benchmarks: file contents read, raw chokidar events, paths reported, batches sent. */
  readonly stats = { reads: 0, rawEvents: 0, reported: 0, batches: 0 };
  readonly #options: LibraryWatcherOptions;
  readonly #known = new Map<string, Fingerprint>();
  readonly #pending = new Map<string, Pending>();
  #watcher: FSWatcher | null = null;
  #timer: NodeJS.Timeout | null = null;
  #firstPendingAt = 0;
  #flushing: Promise<void> = Promise.resolve();
  #closed = false;

  private constructor(root: string, options: LibraryWatcherOptions) {
    this.root = root;
    this.#options = options;
  }

  /** Starts watching; resolves once the initial scan is done (baseline of every file known). */
  static async start(root: string, options: LibraryWatcherOptions): Promise<Result<LibraryWatcher>> {
    const self = new LibraryWatcher(root, options);
    try {
      await self.#start();
      return ok(self);
    } catch (error) {
      await self.close();
      return err('IO', `The library folder cannot be watched: ${(error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#watcher?.close();
    this.#watcher = null;
  }

  async #start(): Promise<void> {
    const baseline: Promise<void>[] = [];
    let ready = false;
    const watcher = watch(this.root, {
      ignored: (path: string) => isIgnoredPath(this.root, path),
      ignoreInitial: false,
      followSymlinks: false,
      usePolling: false,
      alwaysStat: true,
      atomic: true,
    });
    this.#watcher = watcher;
    const onEvent = (kind: Pending) => (path: string, stats?: Stats) => {
      this.stats.rawEvents++;
      const rel = relative(this.root, path).split(sep).join('/');
      if (!ready) {
        if (kind === 'add') baseline.push(this.#learn(rel, stats));
        return;
      }
      this.#queue(rel, kind);
    };
    watcher.on('add', onEvent('add'));
    watcher.on('change', onEvent('change'));
    watcher.on('unlink', onEvent('unlink'));
    watcher.on('error', (error: unknown) => this.#options.onError?.(`Watching the library failed: ${String((error as Error)?.message ?? error)}`));
    await new Promise<void>((resolve, reject) => {
      watcher.once('ready', resolve);
      watcher.once('error', reject);
    });
    ready = true;
    await Promise.all(baseline);
  }

  /** Records the initial state of a file, reading it only when no trusted fingerprint is available. */
  async #learn(rel: string, stats: Stats | undefined): Promise<void> {
    const stat = stats ?? (await fs.lstat(join(this.root, rel)).catch(() => null));
    if (!stat || !stat.isFile()) return;
    const known = this.#options.fingerprintOf?.(rel);
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
      this.#known.set(rel, known);
      return;
    }
    const fingerprint = await this.#fingerprint(rel);
    if (fingerprint) this.#known.set(rel, fingerprint);
  }

  #queue(rel: string, kind: Pending): void {
    const before = this.#pending.get(rel);
    if (before === 'add' && kind === 'change') kind = 'add';
    if (before === 'add' && kind === 'unlink' && !this.#known.has(rel)) this.#pending.delete(rel);
    else this.#pending.set(rel, kind);
    const now = Date.now();
    if (!this.#timer) this.#firstPendingAt = now;
    if (this.#timer) clearTimeout(this.#timer);
    const debounce = this.#options.debounceMs ?? 400;
    const maxWait = this.#options.maxWaitMs ?? 1500;
    const delay = Math.max(0, Math.min(debounce, this.#firstPendingAt + maxWait - now));
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#flushing = this.#flushing.then(() => this.#flush());
    }, delay);
  }

  async #flush(): Promise<void> {
    if (this.#closed) return;
    const batch = [...this.#pending];
    this.#pending.clear();
    const changes: LibraryChanges = { added: [], changed: [], removed: [] };
    for (const [rel] of batch) {
      const known = this.#known.get(rel);
      const stat = await fs.lstat(join(this.root, rel)).catch(() => null);
      if (!stat || !stat.isFile()) {
        // Gone (or replaced by a symlink/folder, which the library does not list).
        if (known) {
          this.#known.delete(rel);
          changes.removed.push(rel);
        }
        continue;
      }
      if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) continue;
      const fingerprint = await this.#fingerprint(rel);
      if (!fingerprint) continue; // vanished while reading: the unlink event follows
      this.#known.set(rel, fingerprint);
      if (!known) changes.added.push(rel);
      else if (known.sha256 !== fingerprint.sha256) changes.changed.push(rel);
    }
    const count = changes.added.length + changes.changed.length + changes.removed.length;
    if (count === 0 || this.#closed) return;
    this.stats.batches++;
    this.stats.reported += count;
    try {
      this.#options.onChanges(changes);
    } catch (error) {
      this.#options.onError?.(`A library change could not be handled: ${(error as Error).message}`);
    }
  }

  async #fingerprint(rel: string): Promise<Fingerprint | null> {
    const path = join(this.root, rel);
    try {
      const handle = await fs.open(path, 'r');
      try {
        const stat = await handle.stat();
        const bytes = await handle.readFile();
        this.stats.reads++;
        return { size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256OfBytes(bytes) };
      } finally {
        await handle.close();
      }
    } catch {
      return null;
    }
  }
}
