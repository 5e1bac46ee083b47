// Starts the main process's services for one library folder and builds the IPC handlers from them. Pure
// Node: Electron (or the test harness) passes in the dialogs, the trash and the way events reach the window.
import type { AppEvent, Handlers } from '../src-renderer/core/contract';
import { BackupService } from './backup/backup-service';
import { ExportService, type ChooseTarget } from './export/export-service';
import { createHandlers } from './handlers';
import { ImportService } from './library/import-service';
import { LibraryService } from './library/library-service';
import { LibraryWatcher } from './library/library-watcher';
import { createParser, InProcessParser, type ArticleParser } from './library/parse-pool';
import { ArticleTrash, folderTrash, type TrashItem } from './library/trash';

export interface ServiceOptions {
  libraryRoot: string;
  /** Seeds a library folder created on this start with these sample articles. */
  samplesDir?: string;
  chooseExportTarget: ChooseTarget;
  pickImportPaths?: (kind: 'files' | 'folder') => Promise<string[] | null>;
  pickFile?: (kind: 'qdc' | 'qdpx' | 'backup') => Promise<string | null>;
  renderPdf?: (html: string) => Promise<Uint8Array>;
  openExternal?: (url: string) => Promise<boolean>;
  revealFile?: (path: string) => void;
  copyText?: (text: string) => void;
  /** The default export folder, cleaned of temp files left by a crash. */
  exportDir?: string;
  /** The system trash (Electron's shell.trashItem); default: the library's own `.dossier/trash/`. */
  trashItem?: TrashItem;
  emit?: (event: AppEvent) => void;
  /** 'worker' (the app: parsing off the main thread) or 'in-process' (quick tests). */
  parsing?: 'worker' | 'in-process';
  /** Watch the folder for changes made outside the app (default true). */
  watch?: boolean;
  log?: (line: string) => void;
}

export interface RunningServices {
  handlers: Handlers;
  library: LibraryService;
  parserMode: 'worker' | 'in-process';
  backups: BackupService;
  /**
   * Files opened from the system (file associations, "Open with Dossier"): imported into the library
   * (a file already there is recognised), then shown. Returns the article id to show, or null.
   */
  openFiles(paths: readonly string[]): Promise<string | null>;
  /** Resolves after the next backup is written, or after `ms` (the quit sequence). */
  waitForBackup(ms: number): Promise<void>;
  close(): Promise<void>;
}

export async function startServices(options: ServiceOptions): Promise<RunningServices> {
  const created = options.parsing === 'in-process' ? { parser: new InProcessParser() as ArticleParser, mode: 'in-process' as const } : createParser();
  const library = new LibraryService(options.libraryRoot, { parser: created.parser });
  await library.ensure(options.samplesDir);
  const importer = new ImportService(library, { parser: created.parser });
  const trash = new ArticleTrash(library, options.trashItem ?? folderTrash(library.root));
  const backups = new BackupService(library.root, options.exportDir ? { exportDir: options.exportDir } : {});
  // A crash during a write leaves a temp file; nothing else is ever removed.
  const cleaned = await backups.cleanupTemps();
  if (cleaned.ok && cleaned.value.length > 0) options.log?.(`removed ${cleaned.value.length} temp files left by a crash`);
  let backupWaiters: (() => void)[] = [];
  const handlers = createHandlers({
    backups,
    onBackupWritten: () => {
      for (const resolve of backupWaiters) resolve();
      backupWaiters = [];
    },
    ...(options.pickFile ? { pickFile: options.pickFile } : {}),
    ...(options.renderPdf ? { renderPdf: options.renderPdf } : {}),
    ...(options.openExternal ? { openExternal: options.openExternal } : {}),
    ...(options.revealFile ? { revealFile: options.revealFile } : {}),
    ...(options.copyText ? { copyText: options.copyText } : {}),
    library,
    exporter: new ExportService(options.chooseExportTarget),
    importer,
    trash,
    ...(options.pickImportPaths ? { pickImportPaths: options.pickImportPaths } : {}),
    ...(options.emit ? { emit: options.emit } : {}),
  });

  let watcher: LibraryWatcher | null = null;
  if (options.watch !== false) {
    const started = await LibraryWatcher.start(library.root, {
      onChanges: (changes) => options.emit?.({ kind: 'library-changed', ...changes }),
      onError: (message) => options.log?.(`watcher: ${message}`),
      fingerprintOf: (relPath) => library.fingerprint(relPath),
    });
    if (started.ok) watcher = started.value;
    else options.log?.(`watcher not started: ${started.error.message}`);
  }
  // Codes, counts and file names only: never note text (see src-main/log.ts).
  options.log?.(`services started (parsing: ${created.mode}, watching: ${watcher ? 'yes' : 'no'})`);

  return {
    handlers,
    library,
    parserMode: created.mode,
    backups,
    async openFiles(paths) {
      const result = await importer.importPaths(paths);
      if (!result.ok) return null;
      options.emit?.({ kind: 'library-changed', added: result.value.imported.map((f) => f.path), changed: [], removed: [] });
      return result.value.imported[0]?.id ?? result.value.duplicates[0]?.id ?? null;
    },
    waitForBackup: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        backupWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
    async close() {
      await watcher?.close();
      await created.parser.close();
    },
  };
}
