// The preload: exposes `window.api`, one function per contract call and nothing else. It only knows the
// contract's channel names; it never exposes ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { channels, type ApiName, type DossierApi } from '../../src-renderer/core/contract';

function call<K extends ApiName>(name: K): DossierApi[K] {
  return ((request?: unknown) => ipcRenderer.invoke(channels[name], request)) as DossierApi[K];
}

const api = {
  listLibrary: call('listLibrary'),
  readArticle: call('readArticle'),
  writeExport: call('writeExport'),
} satisfies DossierApi;

contextBridge.exposeInMainWorld('api', api);
