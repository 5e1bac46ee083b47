// Quitting: the renderer first backs the database up (it is asked on the event channel, and main waits
// for the backup to be written, at most a few seconds), then the app quits and the services stop.
import type { AppEvent } from '../../src-renderer/core/contract';

/** What the quit sequence needs of the running services. */
export interface QuittingServices {
  /** Resolves after the next backup is written, or after `ms`. */
  waitForBackup(ms: number): Promise<void>;
  close(): Promise<void>;
}

export interface QuitOptions {
  emit(event: AppEvent): void;
  /** Whether a window is open that could make the backup. */
  hasWindow(): boolean;
  /** Asks the app to quit again (Electron's app.quit). */
  quit(): void;
  /** The longest wait for the backup (default 8 s): a stuck renderer must not keep the app open. */
  backupTimeoutMs?: number;
}

export class QuitSequence {
  #services: QuittingServices | null = null;
  #backedUp = false;
  readonly #options: QuitOptions;

  constructor(options: QuitOptions) {
    this.#options = options;
  }

  /** From now on a quit waits for the backup, and stopping closes these services. */
  attach(services: QuittingServices): void {
    this.#services = services;
  }

  /** Electron's before-quit: the first quit is held until the backup is written (or the wait runs out). */
  beforeQuit(event: { preventDefault(): void }): void {
    const services = this.#services;
    if (this.#backedUp || !services || !this.#options.hasWindow()) return;
    event.preventDefault();
    this.#backedUp = true;
    this.#options.emit({ kind: 'backup-request', reason: 'quit' });
    void services.waitForBackup(this.#options.backupTimeoutMs ?? 8000).finally(() => this.#options.quit());
  }

  /** Electron's will-quit: the services stop (the watcher, the parser's worker threads). */
  willQuit(): Promise<void> {
    return this.#services?.close() ?? Promise.resolve();
  }
}
