// The one place IPC channels are registered with Electron: every channel of the contract, each checking
// its sender before dispatching the validated payload.
import { channels, apiNames } from '../../src-renderer/core/contract';
import { err } from '../../src-renderer/core/result';
import { isTrustedSender, type SenderFrame } from '../security/policy';
import type { Dispatch } from './dispatch';

/** The slice of Electron's IpcMainInvokeEvent we read. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
  sender: { mainFrame: unknown };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, payload: unknown) => Promise<unknown>): void;
}

export function senderOf(event: InvokeEvent): SenderFrame | null {
  const frame = event.senderFrame;
  if (!frame) return null;
  return { url: frame.url, isMainFrame: frame === event.sender.mainFrame };
}

/** Registers every contract channel on `ipcMain`. Returns the channel names registered. */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, allowedOrigins: readonly string[]): string[] {
  return apiNames.map((name) => {
    const channel = channels[name];
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedSender(senderOf(event), allowedOrigins)) {
        return err('FORBIDDEN', 'This request did not come from Dossier.');
      }
      return dispatch(name, payload);
    });
    return channel;
  });
}
