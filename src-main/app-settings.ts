// The app's own settings file (library folder, export folder, backups kept), and services that can move to
// another library folder while the app runs: the IPC handlers stay the same object and follow along.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AppEvent, AppSettingsView, Handlers } from '../src-renderer/core/contract';
import { apiNames } from '../src-renderer/core/contract';
import { err, ok, type Result } from '../src-renderer/core/result';
import { writeFileAtomic } from './files/atomic-write';
import { startServices, type RunningServices, type ServiceOptions } from './services';

export interface StoredSettings {
  libraryRoot?: string;
  exportDir?: string;
  keepBackups?: number;
}

export async function readSettings(file: string): Promise<StoredSettings> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    const s = parsed as Record<string, unknown>;
    const out: StoredSettings = {};
    if (typeof s['libraryRoot'] === 'string') out.libraryRoot = s['libraryRoot'];
    if (typeof s['exportDir'] === 'string') out.exportDir = s['exportDir'];
    if (typeof s['keepBackups'] === 'number' && Number.isInteger(s['keepBackups'])) out.keepBackups = s['keepBackups'];
    return out;
  } catch {
    return {};
  }
}

export async function writeSettings(file: string, settings: StoredSettings): Promise<void> {
  await fs.mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(settings, null, 2) + '\n', { overwrite: true });
}

export interface SwitchableOptions extends Omit<ServiceOptions, 'libraryRoot'> {
  settingsFile: string;
  defaultLibraryRoot: string;
  defaultExportDir: string;
  /** The system's folder picker; null when the user cancels. */
  pickFolder: (purpose: 'library' | 'export') => Promise<string | null>;
  emit?: (event: AppEvent) => void;
}

export interface SwitchableServices {
  handlers: Handlers;
  current(): RunningServices;
  settings(): AppSettingsView;
  close(): Promise<void>;
}

/** Starts the services on the stored (or default) library folder; settings calls can move them. */
export async function startSwitchableServices(options: SwitchableOptions): Promise<SwitchableServices> {
  let stored = await readSettings(options.settingsFile);
  const view = (): AppSettingsView => ({
    libraryRoot: stored.libraryRoot ?? options.defaultLibraryRoot,
    exportDir: stored.exportDir ?? options.defaultExportDir,
    keepBackups: stored.keepBackups ?? 14,
  });
  const start = (libraryRoot: string) =>
    startServices({ ...options, libraryRoot, exportDir: view().exportDir, ...(libraryRoot === options.defaultLibraryRoot ? {} : { samplesDir: undefined }) });
  let running = await start(view().libraryRoot);
  running.backups.setKeep(view().keepBackups);

  const save = async (change: StoredSettings): Promise<Result<AppSettingsView>> => {
    stored = { ...stored, ...change };
    try {
      await writeSettings(options.settingsFile, stored);
      return ok(view());
    } catch (error) {
      return err('IO', `Could not save the settings: ${(error as Error).message}`);
    }
  };

  // Every contract call goes to whichever services run now.
  const forward = Object.fromEntries(
    apiNames.map((name) => [name, (request: unknown) => (running.handlers[name] as (r: unknown) => Promise<unknown>)(request)]),
  ) as Handlers;

  const handlers: Handlers = {
    ...forward,
    getSettings: async () => ok(view()),
    chooseLibraryFolder: async () => {
      const folder = await options.pickFolder('library');
      if (!folder) return ok(null);
      const next = await startServices({ ...options, libraryRoot: folder, exportDir: view().exportDir }).catch(() => null);
      if (!next) return err('IO', 'That folder cannot be used as a library.');
      const previous = running;
      running = next;
      running.backups.setKeep(view().keepBackups);
      await previous.close();
      const saved = await save({ libraryRoot: folder });
      options.emit?.({ kind: 'library-changed', added: [], changed: [], removed: [] });
      return saved;
    },
    chooseExportFolder: async () => {
      const folder = await options.pickFolder('export');
      if (!folder) return ok(null);
      return save({ exportDir: folder });
    },
    setKeepBackups: async ({ keep }) => {
      running.backups.setKeep(keep);
      return save({ keepBackups: keep });
    },
  };

  return {
    handlers,
    current: () => running,
    settings: view,
    close: () => running.close(),
  };
}

/** The settings file's place: next to the app's other data, never inside a library. */
export function settingsFileIn(userData: string): string {
  return join(userData, 'settings.json');
}
