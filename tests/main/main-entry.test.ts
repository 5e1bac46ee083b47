// Loads the real main entry with the electron module mocked, and checks what it registers with Electron:
// the privileged scheme, the protocol handler, the IPC channels, the permission handlers, the window, and
// that the system's events reach the modules that handle them (opened links, the quit sequence). The
// modules themselves are tested in tests/main/desktop/.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, eventChannel } from '../../src-renderer/core/contract';

const BACKUP = '{"formatName":"dexie","formatVersion":1,"dossier":{},"data":{"databaseName":"dossier","databaseVersion":2,"tables":[],"data":[]}}';

const calls = vi.hoisted(() => ({
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  ipc: new Map<string, (...args: unknown[]) => unknown>(),
  permissionRequest: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
  permissionCheck: null as null | ((c: unknown, p: string) => boolean),
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  windows: [] as { options: Record<string, unknown>; loaded: string[]; sent: unknown[] }[],
  live: [] as unknown[],
  quit: null as null | (() => void),
  sandboxEnabled: false,
  ready: null as null | Promise<void>,
  documents: '',
}));

vi.mock('electron', () => {
  class FakeContents {
    constructor(private readonly sent: unknown[]) {}
    send(channel: string, event: unknown) {
      this.sent.push({ channel, event });
    }
    setWindowOpenHandler() {}
    on() {
      return this;
    }
  }
  class BrowserWindow {
    static getAllWindows() {
      return calls.live;
    }
    record: { options: Record<string, unknown>; loaded: string[]; sent: unknown[] };
    webContents: FakeContents;
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], sent: [] };
      this.webContents = new FakeContents(this.record.sent);
      calls.windows.push(this.record);
      calls.live.push(this);
    }
    once() {}
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
  }
  let resolveReady: () => void;
  calls.ready = new Promise<void>((r) => (resolveReady = r));
  return {
    app: {
      isPackaged: true,
      enableSandbox: () => (calls.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      setAsDefaultProtocolClient: vi.fn(),
      getPath: () => calls.documents,
      getAppPath: () => process.cwd(),
      on: (event: string, handler: (...args: unknown[]) => void) => calls.appEvents.set(event, handler),
      whenReady: () => {
        const p = Promise.resolve();
        return { then: (ok: () => Promise<void>) => p.then(ok).then(() => resolveReady()) };
      },
      quit: vi.fn(() => calls.quit?.()),
    },
    BrowserWindow,
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
    shell: { trashItem: vi.fn(), openExternal: vi.fn(), showItemInFolder: vi.fn() },
    clipboard: { writeText: vi.fn() },
    ipcMain: { handle: (channel: string, listener: (...args: unknown[]) => unknown) => calls.ipc.set(channel, listener) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => calls.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        calls.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof calls.permissionRequest) => (calls.permissionRequest = h),
        setPermissionCheckHandler: (h: typeof calls.permissionCheck) => (calls.permissionCheck = h),
      },
    },
  };
});

beforeAll(async () => {
  calls.documents = await fs.mkdtemp(join(tmpdir(), 'dossier-main-entry-'));
  await import('../../src-main/index');
  await calls.ready;
});

describe('main entry', () => {
  it('registers app:// as a standard, secure scheme and enables the sandbox for all renderers', () => {
    expect(calls.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(calls.sandboxEnabled).toBe(true);
  });

  it('registers every contract channel and nothing else', () => {
    expect([...calls.ipc.keys()].sort()).toEqual(Object.values(channels).sort());
  });

  it('refuses IPC from a foreign page on every channel', async () => {
    const frame = { url: 'https://evil.example/' };
    for (const listener of calls.ipc.values()) {
      expect(await listener({ senderFrame: frame, sender: { mainFrame: frame } }, undefined)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      calls.permissionRequest!(null, permission, (ok) => answers.push(ok));
      answers.push(calls.permissionCheck!(null, permission));
    }
    expect(answers.every((a) => a === false)).toBe(true);
  });

  it('loads the renderer from the app origin in a sandboxed, isolated window', () => {
    expect(calls.windows).toHaveLength(1);
    const { options, loaded } = calls.windows[0]!;
    expect(loaded).toEqual(['app://dossier/index.html']);
    expect(options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('creates the library folder under Documents with the samples', async () => {
    const names = await fs.readdir(join(calls.documents, 'Dossier Library'));
    expect(names).toContain('.dossier');
    expect(names.filter((n) => !n.startsWith('.')).length).toBeGreaterThanOrEqual(3);
  });

  it('hardens every web contents that is created', () => {
    expect(calls.appEvents.has('web-contents-created')).toBe(true);
  });

  it('shows a dossier:// link opened from the system once the window listens', async () => {
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    calls.appEvents.get('open-url')!(event, 'dossier://article/a1');
    expect(event.prevented).toBe(true);
    const sent = calls.windows[0]!.sent;
    await vi.waitFor(() => expect(sent).toContainEqual({ channel: eventChannel, event: { kind: 'open-link', url: 'dossier://article/a1' } }), { timeout: 3000 });
  });

  it('on quit asks the window for a backup, and quits once it is written', async () => {
    const quitted = new Promise<void>((resolve) => (calls.quit = resolve));
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    calls.appEvents.get('before-quit')!(event);
    expect(event.prevented).toBe(true);
    expect(calls.windows[0]!.sent).toContainEqual({ channel: eventChannel, event: { kind: 'backup-request', reason: 'quit' } });
    const frame = { url: 'app://dossier/index.html' };
    const written = await calls.ipc.get(channels.writeBackup)!({ senderFrame: frame, sender: { mainFrame: frame } }, { json: BACKUP, noteCount: 0, reason: 'quit' });
    expect(written).toMatchObject({ ok: true });
    await quitted;
    calls.appEvents.get('will-quit')!();
  });
});
