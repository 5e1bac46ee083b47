// Dossier's main entry: it only wires. Windows, protocol, IPC and services live in their own modules.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './import';
import { eventChannel, type AppEvent } from '../src-renderer/core/contract';
import { dossierLink } from '../src-renderer/core/links';
import type { ChooseTarget } from './export/export-service';
import { createDispatch } from './ipc/dispatch';
import { registerIpc } from './ipc/register';
import { APP_SCHEME_PRIVILEGES, respondFromRenderer } from './protocol';
import { settingsFileIn, startSwitchableServices, type SwitchableServices } from './app-settings';
import { createLogger } from './log';
import { APP_ORIGIN, APP_SCHEME, isPermissionAllowed } from './security/policy';
import { createMainWindow, hardenWebContents } from './window';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

// One running Dossier: a dossier:// link opened elsewhere is handed to it (Windows, Linux: argv; macOS: open-url).
const DOSSIER_LINK = /^dossier:\/\//i;
if (!app.requestSingleInstanceLock()) app.quit();
app.setAsDefaultProtocolClient('dossier');
let pendingLink: string | null = process.argv.find((arg) => DOSSIER_LINK.test(arg)) ?? null;
function openLink(url: string): void {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window || !services) {
    pendingLink = url;
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
  emit({ kind: 'open-link', url });
}
app.on('second-instance', (_event, argv) => {
  const url = argv.find((arg) => DOSSIER_LINK.test(arg));
  if (url) openLink(url);
  const files = articleFiles(argv.slice(1));
  if (files.length > 0) void openFiles(files);
});
app.on('open-url', (event, url) => {
  event.preventDefault();
  openLink(url);
});

// Files opened with Dossier (file associations; macOS sends open-file, others pass paths in argv).
/** Command-line arguments that are article files Dossier can open. */
function articleFiles(args: readonly string[]): string[] {
  return args.filter((arg) => !arg.startsWith('-') && SUPPORTED_EXTENSIONS.includes(extname(arg).toLowerCase()));
}
const pendingFiles: string[] = articleFiles(process.argv.slice(1));
async function openFiles(paths: string[]): Promise<void> {
  if (!services) {
    pendingFiles.push(...paths);
    return;
  }
  const id = await services.current().openFiles(paths);
  if (id) openLink(dossierLink(id));
}
app.on('open-file', (event, path) => {
  event.preventDefault();
  void openFiles([path]);
});

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const allowedOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];

/** Save dialog for exports, starting in the export folder chosen in settings; it asks before replacing a file. */
const saveDialogTarget: ChooseTarget = async (fileName) => {
  const { canceled, filePath } = await dialog.showSaveDialog({
    title: 'Export',
    defaultPath: join(services?.settings().exportDir ?? app.getPath('documents'), fileName),
    filters: [{ name: 'Markdown', extensions: ['md'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  return canceled || !filePath ? null : { path: filePath, confirmedOverwrite: true };
};

/** Open dialog for imports: many files, or one folder (imported recursively). */
async function pickImportPaths(kind: 'files' | 'folder'): Promise<string[] | null> {
  const { canceled, filePaths } = await dialog.showOpenDialog({
    title: kind === 'folder' ? 'Import a folder' : 'Import articles',
    properties: kind === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
    filters:
      kind === 'folder'
        ? []
        : [{ name: 'Articles', extensions: SUPPORTED_EXTENSIONS.map((ext) => ext.slice(1)) }],
  });
  return canceled ? null : filePaths;
}

/** Open dialog for one file to bring in: a codebook, a REFI-QDA project or a backup. */
async function pickFile(kind: 'qdc' | 'qdpx' | 'backup'): Promise<string | null> {
  const filters = {
    qdc: [{ name: 'REFI-QDA codebook', extensions: ['qdc'] }],
    qdpx: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
    backup: [{ name: 'Dossier backup', extensions: ['json'] }],
  }[kind];
  const { canceled, filePaths } = await dialog.showOpenDialog({ properties: ['openFile'], filters });
  return canceled ? null : (filePaths[0] ?? null);
}

function emit(event: AppEvent): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(eventChannel, event);
}

/** Prints a page to PDF in a hidden, sandboxed window with no preload and no network (the page's CSP). */
async function renderPdf(html: string): Promise<Uint8Array> {
  const printer = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return new Uint8Array(await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }));
  } finally {
    printer.destroy();
  }
}

/** Opens a web address in the system browser once the user has confirmed it (http/https checked by the handler). */
async function openExternal(url: string): Promise<boolean> {
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
}

/** Folder picker for the settings: the library folder, or where exports go. */
async function pickFolder(purpose: 'library' | 'export'): Promise<string | null> {
  const { canceled, filePaths } = await dialog.showOpenDialog({
    title: purpose === 'library' ? 'Choose the library folder' : 'Choose the export folder',
    properties: ['openDirectory', 'createDirectory'],
  });
  return canceled ? null : (filePaths[0] ?? null);
}

let services: SwitchableServices | null = null;

async function start(): Promise<void> {
  // A rotating log a user can attach to a bug report: codes, counts and file names, never note text.
  const logger = createLogger(join(app.getPath('userData'), 'logs'));
  services = await startSwitchableServices({
    settingsFile: settingsFileIn(app.getPath('userData')),
    defaultLibraryRoot: join(app.getPath('documents'), 'Dossier Library'),
    defaultExportDir: app.getPath('documents'),
    pickFolder,
    samplesDir: join(app.getAppPath(), 'resources', 'samples'),
    chooseExportTarget: saveDialogTarget,
    pickImportPaths,
    pickFile,
    renderPdf,
    openExternal,
    trashItem: (path) => shell.trashItem(path),
    emit,
    log: logger.log,
  });
  registerIpc(ipcMain, createDispatch(services.handlers, logger.error), allowedOrigins);

  const rendererDir = join(__dirname, '../renderer');
  protocol.handle(APP_SCHEME, (request) => respondFromRenderer(rendererDir, request.url));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));

  const window = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.cjs'),
    allowedOrigins,
    iconPath: join(app.getAppPath(), 'resources', 'icon.png'),
  });
  await window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  if (pendingFiles.length > 0) {
    const files = pendingFiles.splice(0);
    window.webContents.once('did-finish-load', () => setTimeout(() => void openFiles(files), 500));
  }
  if (pendingLink) {
    // Give the renderer a moment to subscribe to events before the link arrives.
    const url = pendingLink;
    pendingLink = null;
    window.webContents.once('did-finish-load', () => setTimeout(() => openLink(url), 500));
  }
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowedOrigins));
app.on('window-all-closed', () => app.quit());
// On quit the renderer backs the database up first (at most a few seconds), then the services stop.
let backedUpForQuit = false;
app.on('before-quit', (event) => {
  if (backedUpForQuit || !services || BrowserWindow.getAllWindows().length === 0) return;
  event.preventDefault();
  backedUpForQuit = true;
  emit({ kind: 'backup-request', reason: 'quit' });
  void services.current().waitForBackup(8000).finally(() => app.quit());
});
app.on('will-quit', () => void services?.close());
app.whenReady().then(start, (error: unknown) => {
  dialog.showErrorBox('Dossier could not start', String(error));
  app.quit();
});
