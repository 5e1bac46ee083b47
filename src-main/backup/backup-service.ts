// Database backups on disk: `<library>/.dossier/backups/dossier-YYYYMMDD-HHMMSS.json`, written atomically,
// the last N kept; the last known note count (to warn when it drops sharply); stray temp files removed.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { DEXIE_PREFIX } from '../../src-renderer/core/exports/backup-format';
import { err, ok, type Result } from '../../src-renderer/core/result';
import { TEMP_SUFFIX, writeFileAtomic } from '../files/atomic-write';
import { APP_DIR } from '../library/library-service';

export const BACKUP_DIR = 'backups';
export const STATE_FILE = 'state.json';
export const DEFAULT_KEEP = 14;

/** Our backup names; the time is UTC (a local time can repeat when clocks go back). */
const BACKUP_NAME = /^dossier-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{1,4}))?\.json$/;
/** Temp files of `writeFileAtomic`: `.<name>.<12 hex>.dossier-tmp`; nothing else is ever removed. */
const TEMP_NAME = new RegExp(`^\\..+\\.[0-9a-f]{12}${TEMP_SUFFIX.replace('.', '\\.')}$`);

export interface BackupInfo {
  name: string;
  /** Bytes. */
  size: number;
  /** ISO 8601 (UTC), from the name. */
  createdAt: string;
}

export interface DropCheck {
  /** True when the count fell from >= 20 to under half the last recorded count, or to 0 from >= 5. */
  dropped: boolean;
  lastCount: number | null;
  currentCount: number;
  /** The backup to offer (see `checkDrop`); null when there is none. */
  newestBackup: BackupInfo | null;
}

export interface BackupServiceOptions {
  /** How many backups to keep (the setting; default 14). */
  keep?: number;
  /** The folder exports are written to, cleaned of stray temp files too. */
  exportDir?: string;
  now?: () => Date;
}

interface ParsedName {
  name: string;
  time: number;
  n: number;
}

function parseName(name: string): ParsedName | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, n] = m;
  const time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(time) ? null : { name, time, n: n === undefined ? 1 : Number(n) };
}

function stamp(date: Date): string {
  const p = (v: number, w = 2): string => String(v).padStart(w, '0');
  return `${p(date.getUTCFullYear(), 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}-${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether a note count fell sharply (see DropCheck.dropped). */
export function droppedSharply(lastCount: number, currentCount: number): boolean {
  return (lastCount >= 20 && currentCount < lastCount * 0.5) || (lastCount >= 5 && currentCount === 0);
}

export class BackupService {
  private keep: number;
  private readonly appDir: string;
  readonly dir: string;
  private readonly now: () => Date;

  constructor(
    readonly libraryRoot: string,
    private readonly options: BackupServiceOptions = {},
  ) {
    this.keep = Math.max(1, Math.floor(options.keep ?? DEFAULT_KEEP));
    this.appDir = join(libraryRoot, APP_DIR);
    this.dir = join(this.appDir, BACKUP_DIR);
    this.now = options.now ?? (() => new Date());
  }

  /** Changes how many backups are kept (from the setting); applies at the next write or prune. */
  setKeep(keep: number): void {
    this.keep = Math.max(1, Math.floor(keep));
  }

  /**
   * Writes a backup made by the renderer under a new name (never over another), then prunes old ones.
   * `noteCount` (the notes the backup holds) lets `checkDrop` offer a backup made before a loss.
   */
  async write(backupJson: string, noteCount?: number): Promise<Result<BackupInfo>> {
    if (!backupJson.startsWith(DEXIE_PREFIX)) return err('INVALID_PAYLOAD', 'This is not a Dossier backup.');
    try {
      await fs.mkdir(this.dir, { recursive: true });
      const base = `dossier-${stamp(this.now())}`;
      for (let n = 1; n <= 1000; n++) {
        const name = n === 1 ? `${base}.json` : `${base}-${n}.json`;
        try {
          await writeFileAtomic(join(this.dir, name), backupJson, { overwrite: false });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
          throw error;
        }
        const info = await this.info(name);
        const pruned = await this.prune();
        if (!pruned.ok) return pruned;
        if (noteCount !== undefined && Number.isInteger(noteCount) && noteCount >= 0) {
          await this.updateState((state) => {
            const counts = { ...(isRecord(state.backupCounts) ? state.backupCounts : {}) };
            counts[name] = noteCount;
            for (const gone of pruned.value) delete counts[gone];
            return { ...state, backupCounts: counts };
          });
        }
        return ok(info);
      }
      return err('IO', 'Could not find a free name for the backup.');
    } catch (error) {
      return err('IO', `Could not write the backup: ${message(error)}`);
    }
  }

  /** Our backups, newest first. A missing folder is an empty list. */
  async list(): Promise<Result<BackupInfo[]>> {
    try {
      const names = await this.sortedNames();
      const infos: BackupInfo[] = [];
      for (const parsed of names) {
        try {
          infos.push(await this.info(parsed.name));
        } catch {
          // Removed between listing and stat: leave it out.
        }
      }
      return ok(infos);
    } catch (error) {
      return err('IO', `Could not list the backups: ${message(error)}`);
    }
  }

  /** The text of one backup, by name (only names this service writes are accepted). */
  async read(name: string): Promise<Result<string>> {
    if (!parseName(name)) return err('INVALID_PAYLOAD', 'Not a backup name.');
    try {
      return ok(await fs.readFile(join(this.dir, name), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return err('NOT_FOUND', 'That backup no longer exists.');
      return err('IO', `Could not read the backup: ${message(error)}`);
    }
  }

  /** Deletes all but the newest `keep` backups; returns the names deleted. Other files are left alone. */
  async prune(): Promise<Result<string[]>> {
    try {
      const names = await this.sortedNames();
      const old = names.slice(this.keep).map((p) => p.name);
      for (const name of old) await fs.rm(join(this.dir, name), { force: true });
      return ok(old);
    } catch (error) {
      return err('IO', `Could not remove old backups: ${message(error)}`);
    }
  }

  /** Records the current note count in `.dossier/state.json` (atomically; other keys kept). */
  async recordNoteCount(count: number): Promise<Result<void>> {
    if (!Number.isInteger(count) || count < 0) return err('INVALID_PAYLOAD', 'A note count is a whole number.');
    try {
      await this.updateState((state) => ({ ...state, noteCount: count, noteCountAt: this.now().toISOString() }));
      return ok(undefined);
    } catch (error) {
      return err('IO', `Could not record the note count: ${message(error)}`);
    }
  }

  /**
   * Compares the current note count with the last recorded one. The backup offered is the newest one
   * whose recorded note count is not itself a sharp drop (so a backup taken after the loss is skipped),
   * else the newest one. Call it at start-up before writing that session's backup.
   */
  async checkDrop(currentCount: number): Promise<Result<DropCheck>> {
    try {
      const state = await this.readState();
      const last = typeof state.noteCount === 'number' && Number.isFinite(state.noteCount) ? state.noteCount : null;
      const dropped = last !== null && droppedSharply(last, currentCount);
      const counts = isRecord(state.backupCounts) ? state.backupCounts : {};
      const healthy = (name: string): boolean => {
        const c = counts[name];
        return last === null || (typeof c === 'number' && !droppedSharply(last, c));
      };
      const newest = (await this.newest(healthy)) ?? (await this.newest(() => true));
      return ok({ dropped, lastCount: last, currentCount, newestBackup: newest });
    } catch (error) {
      return err('IO', `Could not check the note count: ${message(error)}`);
    }
  }

  /**
   * Removes temp files a crash left behind (`writeFileAtomic`'s `.*.<hex>.dossier-tmp`) anywhere in the
   * library's `.dossier/` folder and at the top level of the export folder. Returns the paths removed.
   */
  async cleanupTemps(exportDir = this.options.exportDir): Promise<Result<string[]>> {
    const removed: string[] = [];
    try {
      await this.removeTemps(this.appDir, true, removed, 0);
      if (exportDir) await this.removeTemps(exportDir, false, removed, 0);
      return ok(removed);
    } catch (error) {
      return err('IO', `Could not clean up temporary files: ${message(error)}`);
    }
  }

  private async removeTemps(dir: string, recursive: boolean, removed: string[], depth: number): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isFile() && TEMP_NAME.test(entry.name)) {
        await fs.rm(path, { force: true });
        removed.push(path);
      } else if (recursive && entry.isDirectory() && depth < 8) {
        await this.removeTemps(path, true, removed, depth + 1);
      }
    }
  }

  private async newest(accept: (name: string) => boolean): Promise<BackupInfo | null> {
    const names = await this.sortedNames();
    for (const parsed of names) {
      if (!accept(parsed.name)) continue;
      try {
        return await this.info(parsed.name);
      } catch {
        // Gone meanwhile: try the next.
      }
    }
    return null;
  }

  private async readState(): Promise<Record<string, unknown>> {
    try {
      const parsed: unknown = JSON.parse(await fs.readFile(join(this.appDir, STATE_FILE), 'utf8'));
      return isRecord(parsed) ? parsed : {};
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return {};
      throw error;
    }
  }

  private async updateState(change: (state: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
    const next = change(await this.readState());
    await fs.mkdir(this.appDir, { recursive: true });
    await writeFileAtomic(join(this.appDir, STATE_FILE), JSON.stringify(next, null, 2) + '\n', { overwrite: true });
  }

  /** Backup names, newest first (by the time in the name, then the -n suffix). */
  private async sortedNames(): Promise<ParsedName[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .map(parseName)
      .filter((p): p is ParsedName => p !== null)
      .sort((a, b) => b.time - a.time || b.n - a.n);
  }

  private async info(name: string): Promise<BackupInfo> {
    const parsed = parseName(name);
    const stat = await fs.stat(join(this.dir, name));
    return { name, size: stat.size, createdAt: new Date(parsed?.time ?? stat.mtimeMs).toISOString() };
  }
}
