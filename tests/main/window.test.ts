// Asserts what the window factory really passes to Electron, with the electron module mocked.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; contents: FakeContents }[] = [];

class FakeContents {
  handlers = new Map<string, ((...args: unknown[]) => void)[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  on(event: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const h of this.handlers.get(event) ?? []) h(...args);
  }
}

vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = new FakeContents();
    constructor(options: Record<string, unknown>) {
      created.push({ options, contents: this.webContents });
    }
    once() {}
  },
}));

const { createMainWindow, createPrintWindow } = await import('../../src-main/window');

function navigationEvent() {
  return { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    createMainWindow({ preloadPath: '/app/preload.cjs', allowedOrigins: ['app://dossier'] });
    const prefs = created[0]!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs['enableBlinkFeatures']).toBeFalsy();
    expect(prefs['disableBlinkFeatures']).toBe('Auxclick');
  });

  it('denies window.open', () => {
    createMainWindow({ preloadPath: '/p', allowedOrigins: ['app://dossier'] });
    const { contents } = created[0]!;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://dossier/index.html' })).toEqual({ action: 'deny' });
  });

  it('blocks navigation and redirects away from the app but allows its own pages', () => {
    createMainWindow({ preloadPath: '/p', allowedOrigins: ['app://dossier'] });
    const { contents } = created[0]!;
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = navigationEvent();
      contents.emit(event, away, 'https://evil.example/');
      expect(away.defaultPrevented, event).toBe(true);
      const home = navigationEvent();
      contents.emit(event, home, 'app://dossier/index.html');
      expect(home.defaultPrevented, event).toBe(false);
    }
    const frame = { ...navigationEvent(), url: 'javascript:alert(1)' };
    contents.emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(true);
  });

  it('refuses to attach webviews', () => {
    createMainWindow({ preloadPath: '/p', allowedOrigins: ['app://dossier'] });
    const event = navigationEvent();
    created[0]!.contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('createPrintWindow', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('prints in a hidden, sandboxed window with no preload, no Node and no JavaScript', () => {
    createPrintWindow();
    const { options } = created[0]!;
    expect(options['show']).toBe(false);
    const prefs = options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true });
    expect(prefs['preload']).toBeUndefined();
  });
});
