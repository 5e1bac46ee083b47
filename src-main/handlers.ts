// The contract's handlers, built from the main-process services. Electron's ipcMain and the browser test
// harness both call these through the same validating dispatch.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppEvent, Handlers, ImportReport } from '../src-renderer/core/contract';
import { err, ok, type Result } from '../src-renderer/core/result';
import type { BackupService } from './backup/backup-service';
import { briefingHtml } from './export/briefing-html';
import { externalUrl } from './security/policy';
import type { ExportService } from './export/export-service';
import type { ImportService, ImportSummary } from './library/import-service';
import type { LibraryService } from './library/library-service';
import type { ArticleTrash } from './library/trash';

export interface Services {
  library: LibraryService;
  exporter: ExportService;
  importer?: ImportService;
  trash?: ArticleTrash;
  /** The system dialog for imports (Electron); null when the user cancels. */
  pickImportPaths?: (kind: 'files' | 'folder') => Promise<string[] | null>;
  /** Sends an event to the renderer. */
  emit?: (event: AppEvent) => void;
  backups?: BackupService;
  /** Called after each backup is written (the quit sequence waits for it). */
  onBackupWritten?: () => void;
  /** Asks the user, then opens an http(s) address in the system browser (Electron's shell.openExternal). */
  openExternal?: (url: string) => Promise<boolean>;
  /** Prints an HTML page to PDF (Electron's printToPDF; a headless page in tests). */
  renderPdf?: (html: string) => Promise<Uint8Array>;
  /** The system open dialog for one file of a kind (Electron); null when the user cancels. */
  pickFile?: (kind: 'qdc' | 'qdpx' | 'backup') => Promise<string | null>;
  /** Shows a file in the system's file manager (Electron's shell.showItemInFolder). */
  revealFile?: (path: string) => void;
  /** Puts text on the system clipboard (Electron's clipboard.writeText). */
  copyText?: (text: string) => void;
}

/** Largest file the renderer may ask to bring in through openForImport. */
export const MAX_OPEN_BYTES = 400 * 1024 * 1024;

export function createHandlers(services: Services): Handlers {
  const { library, exporter, importer, trash, pickImportPaths, emit, backups, onBackupWritten, pickFile, renderPdf } = services;
  const { openExternal, revealFile, copyText } = services;

  /** A path the renderer names back is used only if this session exported it and it is still there. */
  async function exported(path: string): Promise<Result<string>> {
    if (!exporter.wrote(path)) return err('FORBIDDEN', 'Dossier only shows files it exported.');
    try {
      await fs.access(path);
      return ok(path);
    } catch {
      return err('NOT_FOUND', `The exported file is no longer there: ${path}`);
    }
  }
  const running = new Map<string, AbortController>();
  const unavailable = <T>(): Result<T> => err('UNSUPPORTED', 'Importing is not available here.');

  async function runImport(importId: string, paths: readonly string[]): Promise<Result<ImportReport>> {
    if (!importer) return unavailable();
    const controller = new AbortController();
    running.set(importId, controller);
    try {
      const summary = await importer.importPaths(paths, {
        signal: controller.signal,
        onProgress: (done, total, current) => emit?.({ kind: 'import-progress', importId, done, total, current }),
      });
      return summary.ok ? ok(toReport(summary.value)) : summary;
    } finally {
      running.delete(importId);
    }
  }

  return {
    listLibrary: () => library.list(),
    readArticle: ({ id, encoding }) => library.read(id, encoding ? { encoding } : {}),
    writeExport: (request) => exporter.write(request),

    importFiles: async ({ importId, kind }) => {
      if (!pickImportPaths) return unavailable();
      const paths = await pickImportPaths(kind);
      if (!paths || paths.length === 0) return ok(null);
      return runImport(importId, paths);
    },

    importDropped: async ({ importId, files }) => {
      // Dropped files arrive as bytes; they are imported from a private temp folder, then it is removed.
      const dir = await fs.mkdtemp(join(tmpdir(), 'dossier-drop-'));
      try {
        const paths: string[] = [];
        for (const [i, file] of files.entries()) {
          const sub = join(dir, String(i));
          await fs.mkdir(sub);
          await fs.writeFile(join(sub, file.name), file.bytes);
          paths.push(join(sub, file.name));
        }
        return await runImport(importId, paths);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },

    cancelImport: async ({ importId }) => {
      const controller = running.get(importId);
      controller?.abort();
      return ok(!!controller);
    },

    pasteArticle: async ({ text, html, title }) => {
      if (!importer) return unavailable();
      const result = await importer.importText(text, { html, ...(title ? { title } : {}) });
      if (!result.ok) return result;
      return ok({ id: result.value.id, title: result.value.title, duplicate: result.value.kind === 'duplicate' });
    },

    deleteArticle: async ({ id }) => {
      if (!trash) return err('UNSUPPORTED', 'Deleting is not available here.');
      return trash.delete(id);
    },

    forgetArticle: ({ id }) => library.forget(id),

    writeBackup: async ({ json, noteCount }) => {
      if (!backups) return err('UNSUPPORTED', 'Backups are not available here.');
      const written = await backups.write(json, noteCount);
      if (!written.ok) return written;
      // The count on disk follows the user's work, but never down a sharp drop (that stays an alarm).
      const check = await backups.checkDrop(noteCount);
      if (check.ok && !check.value.dropped) await backups.recordNoteCount(noteCount);
      onBackupWritten?.();
      return written;
    },
    listBackups: async () => (backups ? backups.list() : ok([])),
    readBackup: async ({ name }) => (backups ? backups.read(name) : err('NOT_FOUND', 'No such backup.')),
    checkNotes: async ({ noteCount }) => {
      if (!backups) return ok({ dropped: false, lastCount: null, currentCount: noteCount, newestBackup: null });
      const check = await backups.checkDrop(noteCount);
      // A drop is reported, not recorded: the last good count stays until the user has decided.
      if (check.ok && !check.value.dropped) await backups.recordNoteCount(noteCount);
      return check;
    },
    openForImport: async ({ kind }) => {
      if (!pickFile) return err('UNSUPPORTED', 'Opening files is not available here.');
      const path = await pickFile(kind);
      if (!path) return ok(null);
      try {
        const stat = await fs.stat(path);
        if (stat.size > MAX_OPEN_BYTES) return err('TOO_LARGE', 'The file is too large.');
        return ok({ name: path.split(/[\\/]/).pop() ?? path, bytes: new Uint8Array(await fs.readFile(path)) });
      } catch (error) {
        return err('IO', `The file cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'I/O error'}.`);
      }
    },

    openExternal: async ({ url }) => {
      const safe = externalUrl(url);
      if (!safe) return err('FORBIDDEN', 'Only web addresses (http or https) can be opened.');
      if (!openExternal) return err('UNSUPPORTED', 'Opening links is not available here.');
      return ok(await openExternal(safe));
    },

    revealExport: async ({ path }) => {
      const found = await exported(path);
      if (!found.ok) return found;
      if (!revealFile) return err('UNSUPPORTED', 'Showing files is not available here.');
      revealFile(found.value);
      return ok(undefined);
    },

    copyExportPath: async ({ path }) => {
      if (!exporter.wrote(path)) return err('FORBIDDEN', 'Dossier only copies the paths of files it exported.');
      if (!copyText) return err('UNSUPPORTED', 'The clipboard is not available here.');
      copyText(path);
      return ok(undefined);
    },

    writePdf: async ({ fileName, markdown, title, images }) => {
      if (!renderPdf) return err('UNSUPPORTED', 'Saving as PDF is not available here.');
      const pdf = await renderPdf(briefingHtml(markdown, title, images));
      return exporter.write({ fileName, content: pdf });
    },

    // The app's settings live outside any one library: app-settings.ts answers these for the running app.
    getSettings: async () => noSettings(),
    chooseLibraryFolder: async () => noSettings(),
    chooseExportFolder: async () => noSettings(),
    setKeepBackups: async () => noSettings(),
  };
}

function noSettings<T>(): Result<T> {
  return err('UNSUPPORTED', 'Settings are not available here.');
}

function toReport(summary: ImportSummary): ImportReport {
  return {
    imported: summary.imported.map(({ id, path, title }) => ({ id, path, title })),
    duplicates: summary.duplicates.map(({ id, title, message }) => ({ id, title, message })),
    failed: summary.failed.map(({ name, code, message }) => ({ name, code, message })),
    cancelled: summary.cancelled,
  };
}
