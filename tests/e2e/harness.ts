// Runs the whole app in Debian's Chromium without the Electron binary: the built renderer is served at one
// fixed origin through Playwright's request routing, and `window.api` is wired to the same main-process
// handlers (real files on disk) that ipcMain uses. Only Electron's own glue is not exercised.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { folderTarget } from '../../src-main/export/export-service';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../src-main/security/policy';
import { startSwitchableServices } from '../../src-main/app-settings';
import { apiNames, type AppEvent } from '../../src-renderer/core/contract';

/** The one origin the renderer is served from, so a relaunch with the same profile finds the same IndexedDB. */
export const APP_URL = 'http://dossier.localhost';

const ROOT = resolve(__dirname, '../..');
const RENDERER_DIR = join(ROOT, 'out', 'renderer');
export const SAMPLES_DIR = join(ROOT, 'resources', 'samples');

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface LaunchOptions {
  /** Used as it is (not seeded). Without it: a fresh folder seeded with the sample articles. */
  libraryDir?: string;
  /** The browser profile (IndexedDB lives here). Reuse it to relaunch with the same data. */
  profileDir?: string;
  /** Show the window (npm run demo). Default: headless. */
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** Where files are parsed: in process (default, quick) or in worker threads as in the app. */
  parsing?: 'worker' | 'in-process';
  /** Watch the library folder for outside changes, as the app does (default true). */
  watch?: boolean;
}

export interface LaunchedApp {
  page: Page;
  context: BrowserContext;
  libraryDir: string;
  exportDir: string;
  profileDir: string;
  /** Every request the page made to anywhere but the app's origin (all were refused). */
  foreignRequests: string[];
  /** Web addresses the app asked the system browser to open (after confirmation). */
  openedUrls: string[];
  /** Files the app asked the system's file manager to show ("Show in folder"). */
  revealedPaths: string[];
  /** Text the app put on the system clipboard through the main process ("Copy path"). */
  copiedTexts: string[];
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  pageErrors: string[];
  /** What the next "Import files…" or "Import folder…" dialog answers (null: the user cancels). */
  answerImportDialog(paths: string[] | null): void;
  /** What the next single-file open dialog (codebook, project, backup) answers. */
  answerFileDialog(path: string | null): void;
  /** What the next folder picker (settings: library or export folder) answers. */
  answerFolderDialog(path: string | null): void;
  /** Sends an event as the main process would (e.g. the backup request on quit). */
  emitEvent(event: AppEvent): Promise<void>;
  /** Resolves after the next backup is written, or after `ms`. */
  waitForBackup(ms: number): Promise<void>;
  /** Closes the browser and stops the services; folders stay for inspection or a relaunch. */
  close(): Promise<void>;
}

async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(join(tmpdir(), `dossier-${prefix}-`));
}

/** The page-side bridge: `window.api` built from the contract's names, events delivered by the harness. */
function bridgeScript(names: readonly string[]): string {
  return `(() => {
    const bridge = window.__dossierIpc;
    const api = {};
    for (const name of ${JSON.stringify(names)}) api[name] = (payload) => bridge(name, payload);
    // Events from the main process: the harness calls __dossierEvent where Electron sends on a channel.
    const listeners = new Set();
    api.onEvent = (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    Object.defineProperty(window, '__dossierEvent', { value: (event) => listeners.forEach((l) => l(event)) });
    Object.defineProperty(window, 'api', { value: Object.freeze(api), configurable: false, writable: false });
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI);
    });
  })();`;
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const libraryDir = options.libraryDir ?? join(await tempDir('library'), 'Dossier Library');
  const exportDir = await tempDir('export');
  const profileDir = options.profileDir ?? (await tempDir('profile'));
  let dialogAnswer: string[] | null = null;
  let fileAnswer: string | null = null;
  let folderAnswer: string | null = null;
  let emitTo: Page | null = null;
  let pdfContext: BrowserContext | null = null;
  const openedUrls: string[] = [];
  const revealedPaths: string[] = [];
  const copiedTexts: string[] = [];
  // The settings file is fresh for each launch, so the given library folder is always the one used.
  const services = await startSwitchableServices({
    settingsFile: join(await tempDir('settings'), 'settings.json'),
    defaultLibraryRoot: libraryDir,
    defaultExportDir: exportDir,
    pickFolder: async () => folderAnswer,
    // The user's answer to "Open in browser?" is yes; the address is recorded instead of opened.
    openExternal: async (url: string) => {
      openedUrls.push(url);
      return true;
    },
    revealFile: (path: string) => void revealedPaths.push(path),
    copyText: (text: string) => void copiedTexts.push(text),
    // What printToPDF does in Electron: the page printed by the same Chromium, headless.
    renderPdf: async (html: string) => {
      if (!pdfContext) throw new Error('The browser is not running.');
      const printer = await pdfContext.newPage();
      try {
        await printer.setContent(html);
        return new Uint8Array(await printer.pdf({ format: 'A4', printBackground: true }));
      } finally {
        await printer.close();
      }
    },
    ...(options.libraryDir ? {} : { samplesDir: SAMPLES_DIR }),
    chooseExportTarget: folderTarget(exportDir),
    pickImportPaths: async () => dialogAnswer,
    pickFile: async () => fileAnswer,
    emit: (event: AppEvent) => {
      void emitTo?.evaluate(`window.__dossierEvent?.(${JSON.stringify(event)})`).catch(() => {});
    },
    parsing: options.parsing ?? 'in-process',
    watch: options.watch ?? true,
  });
  const dispatch = createDispatch(services.handlers);

  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    serviceWorkers: 'block',
  });
  pdfContext = context;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_URL) {
      foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = resolve(RENDERER_DIR, relative);
    if (!file.startsWith(RENDERER_DIR + '/')) return route.fulfill({ status: 404, body: 'Not found' });
    try {
      const body = await fs.readFile(file);
      return route.fulfill({
        status: 200,
        body,
        headers: {
          'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        },
      });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  await context.exposeFunction('__dossierIpc', (name: string, payload: unknown) => dispatch(name, payload));
  // What the preload does in Electron: one function per contract call, nothing else. Plain JS text, not a
  // function: tsx (demo, bench) compiles functions with helpers that do not exist in the page.
  await context.addInitScript({ content: bridgeScript(apiNames) });

  const page = context.pages()[0] ?? (await context.newPage());
  emitTo = page;
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  await page.goto(`${APP_URL}/index.html`);
  await page.locator('ul[aria-label="Articles"][aria-busy="false"]').waitFor();

  return {
    page,
    context,
    libraryDir,
    exportDir,
    profileDir,
    foreignRequests,
    pageErrors,
    openedUrls,
    revealedPaths,
    copiedTexts,
    answerImportDialog: (paths) => {
      dialogAnswer = paths;
    },
    answerFileDialog: (path) => {
      fileAnswer = path;
    },
    answerFolderDialog: (path) => {
      folderAnswer = path;
    },
    emitEvent: async (event) => {
      await page.evaluate(`window.__dossierEvent(${JSON.stringify(event)})`);
    },
    waitForBackup: (ms) => services.current().waitForBackup(ms),
    close: async () => {
      emitTo = null;
      await context.close();
      await services.close();
    },
  };
}

/** Opens an article by its title in the library list and waits until its statements are shown. */
export async function openArticle(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: title }).click();
  await page.locator('article[aria-busy="false"] [data-statement]').first().waitFor();
}
