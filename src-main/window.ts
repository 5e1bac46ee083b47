// The main window, the hidden window that prints PDFs, and the rules every web contents lives by: no new
// windows, no navigation away from the app, no webviews, no permissions. `webPreferences` stays a literal
// here so scanners can read it.
import { BrowserWindow, type WebContents } from 'electron';
import { isAllowedOrigin } from './security/policy';

export interface MainWindowOptions {
  preloadPath: string;
  /** Origins the window may show (the app protocol; the dev server in development). */
  allowedOrigins: readonly string[];
  iconPath?: string;
}

export function createMainWindow({ preloadPath, allowedOrigins, iconPath }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Dossier',
    backgroundColor: '#1e1e1e',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      // Middle-click cannot open anything either (every new window is denied anyway).
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      safeDialogs: true,
    },
  });
  hardenWebContents(window.webContents, allowedOrigins);
  window.once('ready-to-show', () => window.show());
  return window;
}

/**
 * A hidden window that prints one page to PDF (src-main/desktop/print-pdf.ts): sandboxed, isolated, no
 * preload, no Node and no JavaScript at all; the page's own CSP keeps the network out.
 */
export function createPrintWindow(): BrowserWindow {
  return new BrowserWindow({
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
}

/** Applied to every web contents: deny new windows, navigation off the app, and webviews. */
export function hardenWebContents(contents: WebContents, allowedOrigins: readonly string[]): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedOrigin(url, allowedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedOrigin(event.url, allowedOrigins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
