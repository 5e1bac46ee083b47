// The preload: exposes `window.api`, one function per contract call and nothing else. It only knows the
// contract's channel names; it never exposes ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { channels, eventChannel, type ApiName, type AppEvent, type DossierApi } from '../../src-renderer/core/contract';

function call<K extends ApiName>(name: K): DossierApi[K] {
  return ((request?: unknown) => ipcRenderer.invoke(channels[name], request)) as DossierApi[K];
}

const api = {
  listLibrary: call('listLibrary'),
  readArticle: call('readArticle'),
  writeExport: call('writeExport'),
  importFiles: call('importFiles'),
  importDropped: call('importDropped'),
  cancelImport: call('cancelImport'),
  pasteArticle: call('pasteArticle'),
  deleteArticle: call('deleteArticle'),
  forgetArticle: call('forgetArticle'),
  writeBackup: call('writeBackup'),
  listBackups: call('listBackups'),
  readBackup: call('readBackup'),
  checkNotes: call('checkNotes'),
  openForImport: call('openForImport'),
  getSettings: call('getSettings'),
  chooseLibraryFolder: call('chooseLibraryFolder'),
  chooseExportFolder: call('chooseExportFolder'),
  setKeepBackups: call('setKeepBackups'),
  writePdf: call('writePdf'),
  openExternal: call('openExternal'),
  revealExport: call('revealExport'),
  copyExportPath: call('copyExportPath'),
  onEvent(listener: (event: AppEvent) => void) {
    const handler = (_event: unknown, payload: AppEvent) => listener(payload);
    ipcRenderer.on(eventChannel, handler);
    return () => {
      ipcRenderer.removeListener(eventChannel, handler);
    };
  },
} satisfies DossierApi;

contextBridge.exposeInMainWorld('api', api);
