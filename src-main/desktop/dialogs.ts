// The system's dialogs as the services need them: where an export goes, what to import, which file or
// folder to open, and the question before an address opens in the browser. Electron's `dialog` and
// `shell` are passed in (only the edges import electron at run time), so each is tested in Node with fakes.
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../import';
import type { ChooseTarget } from '../export/export-service';
import { exportExtensionOf, saveFilter, withExportExtension } from '../export/export-types';

/** The part of Electron's `dialog` used here (Electron's own object fits it). */
export interface DialogApi {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
}

/** The part of Electron's `shell` used here. */
export interface ShellApi {
  openExternal(url: string): Promise<void>;
}

export interface SystemDialogs {
  /** The save dialog for an export, with that export type's filter; null when the user cancels. */
  chooseExportTarget: ChooseTarget;
  /** Many files, or one folder (imported recursively); null when the user cancels. */
  pickImportPaths(kind: 'files' | 'folder'): Promise<string[] | null>;
  /** One file to bring in: a codebook, a REFI-QDA project or a backup. */
  pickFile(kind: 'qdc' | 'qdpx' | 'backup'): Promise<string | null>;
  /** A folder for the settings: the library, or where exports go. */
  pickFolder(purpose: 'library' | 'export'): Promise<string | null>;
  /** Asks, then opens a web address (already checked to be http/https by the handler) in the browser. */
  openExternal(url: string): Promise<boolean>;
}

const OPEN_FILTERS = {
  qdc: [{ name: 'REFI-QDA codebook', extensions: ['qdc'] }],
  qdpx: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
  backup: [{ name: 'Dossier backup', extensions: ['json'] }],
};

export function createSystemDialogs(options: {
  dialog: DialogApi;
  shell: ShellApi;
  /** Where the save dialog starts: the export folder chosen in settings (read at each export). */
  exportDir: () => string;
}): SystemDialogs {
  const { dialog, shell, exportDir } = options;
  return {
    async chooseExportTarget(fileName) {
      const extension = exportExtensionOf(fileName);
      const { canceled, filePath } = await dialog.showSaveDialog({
        title: 'Export',
        defaultPath: join(exportDir(), fileName),
        filters: extension ? [saveFilter(extension)] : [],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      });
      if (canceled || !filePath) return null;
      const path = extension ? withExportExtension(filePath, extension) : filePath;
      // The dialog asked before replacing `filePath` only; a name we extended was never shown, so the export
      // service must not replace a file there (it picks a free name instead).
      return { path, confirmedOverwrite: path === filePath };
    },

    async pickImportPaths(kind) {
      const { canceled, filePaths } = await dialog.showOpenDialog({
        title: kind === 'folder' ? 'Import a folder' : 'Import articles',
        properties: kind === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
        filters: kind === 'folder' ? [] : [{ name: 'Articles', extensions: SUPPORTED_EXTENSIONS.map((ext) => ext.slice(1)) }],
      });
      return canceled ? null : filePaths;
    },

    async pickFile(kind) {
      const { canceled, filePaths } = await dialog.showOpenDialog({ properties: ['openFile'], filters: OPEN_FILTERS[kind] });
      return canceled ? null : (filePaths[0] ?? null);
    },

    async pickFolder(purpose) {
      const { canceled, filePaths } = await dialog.showOpenDialog({
        title: purpose === 'library' ? 'Choose the library folder' : 'Choose the export folder',
        properties: ['openDirectory', 'createDirectory'],
      });
      return canceled ? null : (filePaths[0] ?? null);
    },

    async openExternal(url) {
      const { response } = await dialog.showMessageBox({
        type: 'question',
        buttons: ['Open in browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: 'Open this address in your web browser?',
        detail: url,
      });
      if (response !== 0) return false;
      await shell.openExternal(url);
      return true;
    },
  };
}
