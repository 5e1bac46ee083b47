import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { registerIpc, type InvokeEvent } from '../../src-main/ipc/register';
import { APP_ORIGIN } from '../../src-main/security/policy';
import { apiNames, channels, type Handlers } from '../../src-renderer/core/contract';
import { ok } from '../../src-renderer/core/result';

function fakeHandlers(): Handlers {
  return {
    listLibrary: vi.fn(async () => ok([])),
    readArticle: vi.fn(async ({ id }) => ok({ id } as never)),
    writeExport: vi.fn(async () => ok(null)),
    importFiles: vi.fn(async () => ok(null)),
    importDropped: vi.fn(async () => ok({ imported: [], duplicates: [], failed: [], cancelled: false })),
    cancelImport: vi.fn(async () => ok(false)),
    pasteArticle: vi.fn(async () => ok({ id: 'x', title: 'x', duplicate: false })),
    deleteArticle: vi.fn(async () => ok({ id: 'x', path: 'x.txt' })),
    forgetArticle: vi.fn(async () => ok(undefined)),
    writeBackup: vi.fn(async () => ok({ name: 'b', size: 1, createdAt: '' })),
    listBackups: vi.fn(async () => ok([])),
    readBackup: vi.fn(async () => ok('{}')),
    checkNotes: vi.fn(async () => ok({ dropped: false, lastCount: null, currentCount: 0, newestBackup: null })),
    openForImport: vi.fn(async () => ok(null)),
    getSettings: vi.fn(async () => ok({ libraryRoot: '/l', exportDir: '/e', keepBackups: 14 })),
    chooseLibraryFolder: vi.fn(async () => ok(null)),
    chooseExportFolder: vi.fn(async () => ok(null)),
    setKeepBackups: vi.fn(async () => ok({ libraryRoot: '/l', exportDir: '/e', keepBackups: 14 })),
    writePdf: vi.fn(async () => ok(null)),
    openExternal: vi.fn(async () => ok(false)),
    revealExport: vi.fn(async () => ok(undefined)),
    copyExportPath: vi.fn(async () => ok(undefined)),
  };
}

describe('dispatch', () => {
  it('passes a valid payload to its handler', async () => {
    const handlers = fakeHandlers();
    const result = await createDispatch(handlers)('readArticle', { id: 'abc_123-X' });
    expect(result).toEqual({ ok: true, value: { id: 'abc_123-X' } });
    expect(handlers.readArticle).toHaveBeenCalledWith({ id: 'abc_123-X' });
  });

  it('refuses malformed payloads with a validation error and never calls the handler', async () => {
    const handlers = fakeHandlers();
    const dispatch = createDispatch(handlers);
    const bad: [string, unknown][] = [
      ['readArticle', undefined],
      ['readArticle', { id: 42 }],
      ['readArticle', { id: '../../etc/passwd' }],
      ['readArticle', { id: 'a', extra: true }],
      ['readArticle', { id: 'x'.repeat(10_000) }],
      ['writeExport', { fileName: '../evil.md', content: '' }],
      ['writeExport', { fileName: 'a\0b.md', content: '' }],
      ['writeExport', { fileName: 'ok.md', content: 7 }],
      ['listLibrary', { unexpected: 1 }],
      ['readArticle', { id: 'abc', encoding: 'utf-8; rm -rf /' }],
      ['importFiles', { importId: 'i1', kind: 'everything' }],
      ['importDropped', { importId: 'i1', files: [{ name: '../../etc/passwd', bytes: new Uint8Array(1) }] }],
      ['importDropped', { importId: 'i1', files: [{ name: 'a.txt', bytes: 'not bytes' }] }],
      ['pasteArticle', { text: '', html: false }],
      ['pasteArticle', { text: 'x', html: 'yes' }],
      ['deleteArticle', { id: '/etc/passwd' }],
      ['cancelImport', { importId: '../x' }],
      ['readBackup', { name: '../../.ssh/id_rsa' }],
      ['writeExport', { fileName: 'evil.exe', content: 'MZ' }],
      ['writeBackup', { json: '{}', noteCount: -1, reason: 'manual' }],
      ['openForImport', { kind: 'anything' }],
    ];
    for (const [name, payload] of bad) {
      const result = await dispatch(name, payload);
      expect(result.ok, JSON.stringify(payload)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_PAYLOAD');
    }
    expect(handlers.readArticle).not.toHaveBeenCalled();
    expect(handlers.writeExport).not.toHaveBeenCalled();
  });

  it('refuses unknown calls', async () => {
    const result = await createDispatch(fakeHandlers())('shell:openExternal', 'https://x');
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  it('turns a throwing handler into an INTERNAL error without its stack', async () => {
    const handlers = fakeHandlers();
    handlers.listLibrary = async () => {
      throw new Error('secret /home/user/path');
    };
    const log = vi.fn();
    const result = await createDispatch(handlers, log)('listLibrary', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalled();
  });
});

describe('registerIpc', () => {
  function setup() {
    const registered = new Map<string, (event: InvokeEvent, payload: unknown) => Promise<unknown>>();
    const handlers = fakeHandlers();
    const names = registerIpc(
      { handle: (channel, listener) => registered.set(channel, listener) },
      createDispatch(handlers),
      [APP_ORIGIN],
    );
    return { registered, handlers, names };
  }

  it('registers exactly the contract channels', () => {
    const { registered, names } = setup();
    expect([...registered.keys()].sort()).toEqual(Object.values(channels).sort());
    expect(names).toHaveLength(apiNames.length);
  });

  it('answers the app top frame and refuses foreign origins and subframes on every channel', async () => {
    const { registered, handlers } = setup();
    const mainFrame = { url: `${APP_ORIGIN}/index.html` };
    const fromApp: InvokeEvent = { senderFrame: mainFrame, sender: { mainFrame } };
    const foreignFrame = { url: 'https://evil.example/' };
    const fromForeign: InvokeEvent = { senderFrame: foreignFrame, sender: { mainFrame: foreignFrame } };
    const subFrame: InvokeEvent = { senderFrame: { url: `${APP_ORIGIN}/index.html` }, sender: { mainFrame } };
    const noFrame: InvokeEvent = { senderFrame: null, sender: { mainFrame } };

    for (const listener of registered.values()) {
      for (const event of [fromForeign, subFrame, noFrame]) {
        expect(await listener(event, undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    }
    expect(handlers.listLibrary).not.toHaveBeenCalled();
    expect(await registered.get(channels.listLibrary)!(fromApp, undefined)).toEqual({ ok: true, value: [] });
  });
});
