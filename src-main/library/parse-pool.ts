// Parsing off the main thread: a small pool of worker threads running `parseArticleFile`, with a time limit
// per file (a hung parser's worker is terminated and replaced) and a heap limit per worker.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { err, type Result } from '../../src-renderer/core/result';
import { parseArticleFile, type ParseOptions } from '../import';
import type { ParsedArticle } from '../import/model';
import type { ParseReply, ParseTask, ReadyMessage } from './parse-worker';

/** What the library and the importer need from a parser: one file's bytes in, the article model out. */
export interface ArticleParser {
  /** How many files it parses at once: callers keep about this many (or a few more) parses in flight. */
  readonly capacity: number;
  /** Never rejects: failures, time-outs and cancellation are Result errors. */
  parse(fileName: string, bytes: Uint8Array, options?: ParseOptions, signal?: AbortSignal): Promise<Result<ParsedArticle>>;
  close(): Promise<void>;
}

/** Parses on the calling thread (tests, and the fallback when no worker entry can be found). */
export class InProcessParser implements ArticleParser {
  readonly capacity = 1;

  async parse(fileName: string, bytes: Uint8Array, options: ParseOptions = {}, signal?: AbortSignal): Promise<Result<ParsedArticle>> {
    if (signal?.aborted) return cancelled();
    return parseArticleFile(fileName, bytes, options);
  }

  async close(): Promise<void> {}
}

/**
 * How a worker is started. Choice (documented here because it is the subtle part):
 * - bundled app: electron-vite builds `src-main/library/parse-worker.ts` as a second main-process entry
 *   (`parse-worker` in electron.vite.config.ts `main.build.rollupOptions.input`), emitted next to index.js
 *   as `out/main/parse-worker.js`; the pool finds it next to its own bundle (`__dirname`).
 * - from source (Vitest, tsx): no .js exists; the worker starts `parse-worker-boot.mjs`, plain JS that
 *   registers tsx's loaders inside the thread and then requires the TypeScript entry.
 * If neither is found, `createParser` falls back to in-process parsing (see `ParsePool.locateEntry`).
 */
export interface WorkerEntry {
  file: string;
  workerData: Record<string, unknown>;
}

/** The most workers a pool runs: each holds its own heap (up to the memory limit) and parser code. */
export const MAX_POOL_SIZE = 6;

/**
 * Workers worth running on this machine: one per core the OS gives the app, at least 2 (a single worker
 * would leave a file waiting behind every slow one), at most MAX_POOL_SIZE.
 */
export function defaultPoolSize(cores: number = availableParallelism()): number {
  return Math.max(2, Math.min(MAX_POOL_SIZE, Math.floor(cores)));
}

export interface ParsePoolOptions {
  /** Number of workers (default: `defaultPoolSize()`; 1 to MAX_POOL_SIZE). */
  size?: number;
  /** Per-file time limit in ms (default 30 s), counted from when the worker is ready (start-up excluded). */
  timeoutMs?: number;
  /** Time a new worker may take to load the parser code (default 60 s; tsx compiles it in dev). */
  startupTimeoutMs?: number;
  /** V8 old-generation heap limit per worker in MB (default 512). */
  maxOldGenerationSizeMb?: number;
  /** Tests: a module path whose `parseArticleFile` the worker uses instead of the real one. */
  parserModule?: string;
  /** Overrides entry discovery (tests, or the lead's wiring). */
  entry?: WorkerEntry;
}

export interface ParsePoolStats {
  started: number;
  replaced: number;
  timedOut: number;
  crashed: number;
}

interface Pending {
  task: ParseTask;
  resolve: (result: Result<ParsedArticle>) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The file limit once ready; the start-up limit before. */
  startupTimer: NodeJS.Timeout | null;
  current: (Pending & { timer: NodeJS.Timeout | null }) | null;
}

export class ParsePool implements ArticleParser {
  readonly stats: ParsePoolStats = { started: 0, replaced: 0, timedOut: 0, crashed: 0 };
  readonly #entry: WorkerEntry;
  readonly #size: number;
  readonly #timeoutMs: number;
  readonly #startupTimeoutMs: number;
  readonly #maxOldMb: number;
  #slots: Slot[] = [];
  #queue: Pending[] = [];
  #nextId = 1;
  #closed = false;

  /** The number of worker threads this pool runs at most. */
  get capacity(): number {
    return this.#size;
  }

  constructor(entry: WorkerEntry, options: ParsePoolOptions = {}) {
    this.#entry = entry;
    this.#size = Math.max(1, Math.min(MAX_POOL_SIZE, Math.floor(options.size ?? defaultPoolSize())));
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#startupTimeoutMs = options.startupTimeoutMs ?? 60_000;
    this.#maxOldMb = options.maxOldGenerationSizeMb ?? 512;
  }

  /** Where the worker code is, or null when this build has none (then parse in process). */
  static locateEntry(options: Pick<ParsePoolOptions, 'parserModule'> = {}, baseDir: string = __dirname): WorkerEntry | null {
    const extra = options.parserModule ? { parserModule: options.parserModule } : {};
    for (const dir of [baseDir, join(baseDir, '..')]) {
      const built = join(dir, 'parse-worker.js');
      if (existsSync(built)) return { file: built, workerData: extra };
    }
    const source = join(baseDir, 'parse-worker.ts');
    const boot = join(baseDir, 'parse-worker-boot.mjs');
    if (existsSync(source) && existsSync(boot)) return { file: boot, workerData: { ...extra, entry: source } };
    return null;
  }

  parse(fileName: string, bytes: Uint8Array, options: ParseOptions = {}, signal?: AbortSignal): Promise<Result<ParsedArticle>> {
    if (this.#closed) return Promise.resolve(err('INTERNAL', 'The parser has been shut down.'));
    if (signal?.aborted) return Promise.resolve(cancelled());
    return new Promise((resolve) => {
      const pending: Pending = { task: { id: this.#nextId++, fileName, bytes, options }, resolve, signal, onAbort: undefined };
      if (signal) {
        pending.onAbort = () => this.#abort(pending);
        signal.addEventListener('abort', pending.onAbort, { once: true });
      }
      this.#queue.push(pending);
      this.#pump();
    });
  }

  /** Terminates every worker; queued and running parses resolve as CANCELLED. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const pending of this.#queue.splice(0)) this.#settle(pending, cancelled());
    const slots = this.#slots.splice(0);
    for (const slot of slots) {
      if (slot.startupTimer) clearTimeout(slot.startupTimer);
      if (slot.current) this.#finish(slot, cancelled());
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((s) => s.current === null);
      if (!slot && this.#slots.length < this.#size) slot = this.#spawn();
      if (!slot) return;
      const pending = this.#queue.shift()!;
      slot.current = { ...pending, timer: null };
      if (slot.ready) this.#startClock(slot);
      slot.worker.ref();
      slot.worker.postMessage(pending.task);
    }
  }

  #spawn(): Slot {
    const worker = new Worker(this.#entry.file, {
      workerData: this.#entry.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.#maxOldMb },
      stdout: false,
      stderr: false,
    });
    this.stats.started++;
    const slot: Slot = { worker, ready: false, startupTimer: null, current: null };
    slot.startupTimer = setTimeout(
      () => this.#replace(slot, err('INTERNAL', 'The file reader could not be started.'), false),
      this.#startupTimeoutMs,
    );
    slot.startupTimer.unref();
    worker.on('message', (reply: ParseReply | ReadyMessage) => {
      if ('ready' in reply) {
        slot.ready = true;
        if (slot.startupTimer) clearTimeout(slot.startupTimer);
        slot.startupTimer = null;
        if (slot.current) this.#startClock(slot);
        if (!slot.current) worker.unref();
        return;
      }
      if (slot.current?.task.id !== reply.id) return;
      this.#finish(slot, reply.result);
      worker.unref();
      this.#pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.#replace(slot, memory
        ? err('TOO_LARGE', 'The file needs too much memory to read.')
        : err('DAMAGED', 'The file could not be read; the reader stopped unexpectedly.'));
    });
    worker.on('exit', () => {
      this.#replace(slot, err('DAMAGED', 'The file could not be read; the reader stopped unexpectedly.'));
    });
    this.#slots.push(slot);
    return slot;
  }

  #startClock(slot: Slot): void {
    if (slot.current && !slot.current.timer) slot.current.timer = setTimeout(() => this.#timeOut(slot), this.#timeoutMs);
  }

  #timeOut(slot: Slot): void {
    this.stats.timedOut++;
    const seconds = Math.round(this.#timeoutMs / 100) / 10;
    this.#replace(slot, err('DAMAGED', `The file took too long to read (more than ${seconds} s); it may be damaged.`), false);
  }

  /** Drops a worker that crashed, hung or was cancelled mid-parse; the next parse starts a fresh one. */
  #replace(slot: Slot, result: Result<ParsedArticle>, crashed = true): void {
    const index = this.#slots.indexOf(slot);
    if (index < 0) return; // already replaced ('error' is followed by 'exit')
    this.#slots.splice(index, 1);
    if (slot.current) {
      if (crashed) this.stats.crashed++;
      this.#finish(slot, result);
    }
    if (slot.startupTimer) clearTimeout(slot.startupTimer);
    this.stats.replaced++;
    void slot.worker.terminate();
    this.#pump();
  }

  #abort(pending: Pending): void {
    const queued = this.#queue.indexOf(pending);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      this.#settle(pending, cancelled());
      return;
    }
    const slot = this.#slots.find((s) => s.current?.task.id === pending.task.id);
    if (slot) this.#replace(slot, cancelled(), false);
  }

  #finish(slot: Slot, result: Result<ParsedArticle>): void {
    const current = slot.current;
    if (!current) return;
    slot.current = null;
    if (current.timer) clearTimeout(current.timer);
    this.#settle(current, result);
  }

  #settle(pending: Pending, result: Result<ParsedArticle>): void {
    if (pending.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
    pending.resolve(result);
  }
}

/** The app's parser: a worker pool when the worker code is present, otherwise in-process (reported in `mode`). */
export function createParser(options: ParsePoolOptions = {}): { parser: ArticleParser; mode: 'worker' | 'in-process' } {
  const entry = options.entry ?? ParsePool.locateEntry(options);
  if (!entry) return { parser: new InProcessParser(), mode: 'in-process' };
  return { parser: new ParsePool(entry, options), mode: 'worker' };
}

function cancelled(): Result<ParsedArticle> {
  return err('CANCELLED', 'Cancelled.');
}
