// Nothing lost, ever: a backup of the whole database every day and on quit (and on demand), a check at
// start that the notes did not vanish (a wiped profile, a changed origin), and restore by replace or merge.
import type { BackupInfo, NoteCheck } from '../core/contract';
import type { BackupSummary, RestorePreview } from '../db';
import type { AppDeps } from './deps';
import { backupWhen } from '../core/backup-words';

const DAY_MS = 24 * 60 * 60 * 1000;

export class BackupState {
  list = $state.raw<BackupInfo[]>([]);
  /** Set when the note count dropped sharply since the last start. */
  alarm = $state<NoteCheck | null>(null);
  busy = $state(false);
  message = $state('');
  /** Rows gone through of all the backup's rows while a restore runs; null otherwise. */
  progress = $state<{ done: number; total: number } | null>(null);
  /** The backup the user is looking at, with what it holds. */
  chosen = $state.raw<{ name: string; json: string; summary: BackupSummary; preview: RestorePreview | null } | null>(null);
  readonly #deps: AppDeps;

  constructor(deps: AppDeps) {
    this.#deps = deps;
  }

  /** At start: compare the note count with the last one on disk, then make the daily backup if due. */
  async start(): Promise<void> {
    const count = await this.#deps.repos.backups.noteCount();
    const check = await this.#deps.api.checkNotes({ noteCount: count });
    if (check.ok && check.value.dropped) {
      this.alarm = check.value;
      return; // no automatic backup over a good one while the user decides
    }
    const last = await this.#deps.repos.settings.get<number>('backup.lastAt', 0);
    if (this.#deps.now() - last > DAY_MS) await this.backUp('daily');
  }

  async backUp(reason: 'manual' | 'daily' | 'quit'): Promise<boolean> {
    this.busy = true;
    try {
      const [json, noteCount] = await Promise.all([this.#deps.repos.backups.create(), this.#deps.repos.backups.noteCount()]);
      const result = await this.#deps.api.writeBackup({ json, noteCount, reason });
      if (!result.ok) {
        this.message = `Backup failed: ${result.error.message}`;
        return false;
      }
      await this.#deps.repos.settings.set('backup.lastAt', this.#deps.now());
      this.message = `Backed up to ${result.value.name}`;
      await this.refresh();
      return true;
    } finally {
      this.busy = false;
    }
  }

  async refresh(): Promise<void> {
    const result = await this.#deps.api.listBackups();
    if (result.ok) this.list = result.value;
  }

  async choose(name: string): Promise<void> {
    const result = await this.#deps.api.readBackup({ name });
    if (!result.ok) {
      this.message = result.error.message;
      return;
    }
    const summary = this.#deps.repos.backups.summarise(result.value);
    if (!summary.ok) {
      this.message = summary.error.message;
      return;
    }
    const preview = await this.#deps.repos.backups.preview(result.value);
    this.chosen = { name, json: result.value, summary: summary.value, preview: preview.ok ? preview.value : null };
  }

  async restore(mode: 'replace' | 'merge'): Promise<void> {
    const chosen = this.chosen;
    if (!chosen) return;
    this.busy = true;
    try {
      // A replace never loses today's work: what is there now is backed up first.
      if (mode === 'replace') await this.backUp('manual');
      this.message = `Restoring ${chosen.name}…`;
      this.progress = { done: 0, total: 0 };
      const result = await this.#deps.repos.backups.restore(chosen.json, mode, { onProgress: (done, total) => (this.progress = { done, total }) });
      const when = chosen.summary.createdAt ? backupWhen(chosen.summary.createdAt, new Date(this.#deps.now())) : chosen.name;
      this.message = result.ok ? `Restored the backup of ${when} (${mode === 'replace' ? 'replaced' : 'merged'}).` : `Not restored: ${result.error.message}`;
      if (result.ok) {
        this.alarm = null;
        // What a second restore would change is different now.
        const preview = await this.#deps.repos.backups.preview(chosen.json);
        if (this.chosen === chosen) this.chosen = { ...chosen, preview: preview.ok ? preview.value : null };
        await this.#deps.api.checkNotes({ noteCount: await this.#deps.repos.backups.noteCount() });
      }
    } finally {
      this.progress = null;
      this.busy = false;
    }
  }
}
