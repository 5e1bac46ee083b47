// Dossier's main entry: it only wires Electron to the modules that do the work. The services and the
// system dialogs (desktop/desktop-services.ts), opened links and files (desktop/open-requests.ts), the
// quit sequence (desktop/quit-sequence.ts), the window (window.ts), the protocol and IPC each live and
// are tested on their own; nothing here holds state.
import { app, BrowserWindow, clipboard, dialog, ipcMain, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { eventChannel, type AppEvent } from '../src-renderer/core/contract';
import { startDesktopServices } from './desktop/desktop-services';
import { OpenRequests } from './desktop/open-requests';
import { QuitSequence } from './desktop/quit-sequence';
import { createDispatch } from './ipc/dispatch';
import { registerIpc } from './ipc/register';
import { createLogger } from './log';
import { APP_SCHEME_PRIVILEGES, respondFromRenderer } from './protocol';
import { APP_ORIGIN, APP_SCHEME, isPermissionAllowed } from './security/policy';
import { createMainWindow, createPrintWindow, hardenWebContents } from './window';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

// One running Dossier: a dossier:// link or a file opened elsewhere is handed to it (Windows, Linux: argv
// of a second launch; macOS: open-url and open-file).
if (!app.requestSingleInstanceLock()) app.quit();
app.setAsDefaultProtocolClient('dossier');

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const allowedOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];

function emit(event: AppEvent): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(eventChannel, event);
}

const requests = new OpenRequests(process.argv);
const quitting = new QuitSequence({ emit, hasWindow: () => BrowserWindow.getAllWindows().length > 0, quit: () => app.quit() });

app.on('second-instance', (_event, argv) => requests.secondInstance(argv));
app.on('open-url', (event, url) => {
  event.preventDefault();
  requests.openLink(url);
});
app.on('open-file', (event, path) => {
  event.preventDefault();
  void requests.openFiles([path]);
});
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowedOrigins));
app.on('window-all-closed', () => app.quit());
app.on('before-quit', (event) => quitting.beforeQuit(event));
app.on('will-quit', () => void quitting.willQuit());
app.whenReady().then(start, (error: unknown) => {
  dialog.showErrorBox('Dossier could not start', String(error));
  app.quit();
});

async function start(): Promise<void> {
  // A rotating log a user can attach to a bug report: codes, counts and file names, never note text.
  const logger = createLogger(join(app.getPath('userData'), 'logs'));
  const services = await startDesktopServices({
    dialog,
    shell,
    clipboard,
    openPrintWindow: createPrintWindow,
    paths: { userData: app.getPath('userData'), documents: app.getPath('documents'), appPath: app.getAppPath() },
    emit,
    log: logger.log,
  });
  quitting.attach({ waitForBackup: (ms) => services.current().waitForBackup(ms), close: () => services.close() });
  registerIpc(ipcMain, createDispatch(services.handlers, logger.error), allowedOrigins);

  const rendererDir = join(__dirname, '../renderer');
  protocol.handle(APP_SCHEME, (request) => respondFromRenderer(rendererDir, request.url));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));

  const window = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.cjs'),
    allowedOrigins,
    iconPath: join(app.getAppPath(), 'resources', 'icon.png'),
  });
  // loadURL resolves once the page has loaded; the renderer then gets a moment to subscribe to events
  // before the links and files that waited are delivered.
  await window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  setTimeout(() => {
    void requests.attach({
      focusWindow: () => {
        if (window.isDestroyed()) return false;
        if (window.isMinimized()) window.restore();
        window.focus();
        return true;
      },
      emit,
      openFiles: (paths) => services.current().openFiles(paths),
    });
  }, 500);
}
