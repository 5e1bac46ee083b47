// Dossier's main entry: it only wires. Windows, protocol, IPC and services live in their own modules.
import { app, dialog, ipcMain, protocol, session } from 'electron';
import { join } from 'node:path';
import { ExportService, type ChooseTarget } from './export/export-service';
import { createHandlers } from './handlers';
import { createDispatch } from './ipc/dispatch';
import { registerIpc } from './ipc/register';
import { LibraryService } from './library/library-service';
import { APP_SCHEME_PRIVILEGES, respondFromRenderer } from './protocol';
import { APP_ORIGIN, APP_SCHEME, isPermissionAllowed } from './security/policy';
import { createMainWindow, hardenWebContents } from './window';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const allowedOrigins = devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN];

/** Save dialog for exports: the dialog itself asks before replacing a file. */
const saveDialogTarget: ChooseTarget = async (fileName) => {
  const { canceled, filePath } = await dialog.showSaveDialog({
    title: 'Export briefing',
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [{ name: 'Markdown', extensions: ['md'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  return canceled || !filePath ? null : { path: filePath, confirmedOverwrite: true };
};

async function start(): Promise<void> {
  const library = new LibraryService(join(app.getPath('documents'), 'Dossier Library'));
  await library.ensure(join(app.getAppPath(), 'resources', 'samples'));
  const handlers = createHandlers({ library, exporter: new ExportService(saveDialogTarget) });
  registerIpc(ipcMain, createDispatch(handlers, (line) => console.error(line)), allowedOrigins);

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
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowedOrigins));
app.on('window-all-closed', () => app.quit());
app.whenReady().then(start, (error: unknown) => {
  dialog.showErrorBox('Dossier could not start', String(error));
  app.quit();
});
