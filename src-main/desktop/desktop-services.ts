// The services as the desktop app runs them: the same startSwitchableServices the test harness calls, given
// the system's dialogs, trash and PDF printer and the app's folders. Electron's objects come in as
// parameters, so the whole wiring is tested in Node (tests/main/desktop-services.test.ts).
import { join } from 'node:path';
import type { AppEvent } from '../../src-renderer/core/contract';
import { settingsFileIn, startSwitchableServices, type SwitchableServices } from '../app-settings';
import type { ServiceOptions } from '../services';
import { createSystemDialogs, type DialogApi, type ShellApi } from './dialogs';
import { pdfPrinter, type PrintWindow } from './print-pdf';

export interface DesktopEdges {
  dialog: DialogApi;
  shell: ShellApi & { trashItem(path: string): Promise<void>; showItemInFolder(path: string): void };
  clipboard: { writeText(text: string): void };
  /** A new hidden window for printing one page (window.ts: createPrintWindow). */
  openPrintWindow(): PrintWindow;
  /** Electron's app.getPath('userData'), app.getPath('documents') and app.getAppPath(). */
  paths: { userData: string; documents: string; appPath: string };
  emit(event: AppEvent): void;
  log(line: string): void;
}

/** Starts the services on the stored library folder (default: "Dossier Library" in Documents, seeded with samples). */
export async function startDesktopServices(
  edges: DesktopEdges,
  /** Quick tests parse in process and do not watch the folder; the app takes the defaults. */
  testing: Pick<ServiceOptions, 'parsing' | 'watch'> = {},
): Promise<SwitchableServices> {
  const { paths } = edges;
  // The save dialog starts in the export folder from the settings, which exist once the services run.
  let services: SwitchableServices | null = null;
  const dialogs = createSystemDialogs({
    dialog: edges.dialog,
    shell: edges.shell,
    exportDir: () => services?.settings().exportDir ?? paths.documents,
  });
  services = await startSwitchableServices({
    settingsFile: settingsFileIn(paths.userData),
    defaultLibraryRoot: join(paths.documents, 'Dossier Library'),
    defaultExportDir: paths.documents,
    samplesDir: join(paths.appPath, 'resources', 'samples'),
    pickFolder: dialogs.pickFolder,
    chooseExportTarget: dialogs.chooseExportTarget,
    pickImportPaths: dialogs.pickImportPaths,
    pickFile: dialogs.pickFile,
    openExternal: dialogs.openExternal,
    renderPdf: pdfPrinter(() => edges.openPrintWindow()),
    trashItem: (path) => edges.shell.trashItem(path),
    revealFile: (path) => edges.shell.showItemInFolder(path),
    copyText: (text) => edges.clipboard.writeText(text),
    emit: edges.emit,
    log: edges.log,
    ...testing,
  });
  return services;
}
