// The one IPC contract between the main process and the renderer: channel names and types, nothing else.
// Main registers a handler per name, the preload exposes `window.api` built from the same names, and the
// renderer imports only the types. No channel string appears anywhere else.
import type { Article, ArticleFormat } from './article';
import type { Result } from './result';

export const channels = {
  listLibrary: 'library:list',
  readArticle: 'article:read',
  writeExport: 'export:write',
  importFiles: 'library:import',
  importDropped: 'library:importDropped',
  cancelImport: 'library:cancelImport',
  pasteArticle: 'library:paste',
  deleteArticle: 'article:delete',
  forgetArticle: 'article:forget',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  checkNotes: 'backup:checkNotes',
  openForImport: 'file:openForImport',
  getSettings: 'settings:get',
  chooseLibraryFolder: 'settings:chooseLibraryFolder',
  chooseExportFolder: 'settings:chooseExportFolder',
  setKeepBackups: 'settings:setKeepBackups',
  writePdf: 'export:writePdf',
  openExternal: 'link:openExternal',
  revealExport: 'export:reveal',
  copyExportPath: 'export:copyPath',
} as const satisfies Record<string, `${string}:${string}`>;

/** The one channel on which the main process tells the renderer what happened (never the reverse). */
export const eventChannel = 'app:event';

/** What the main process reports on its own: changes in the library folder, import progress. */
export type AppEvent =
  | { kind: 'library-changed'; added: string[]; changed: string[]; removed: string[] }
  | { kind: 'import-progress'; importId: string; done: number; total: number; current: string }
  /** A dossier:// link was opened (from an exported briefing): show that passage. */
  | { kind: 'open-link'; url: string }
  /** The app is quitting: the renderer backs the database up (backup:write) before it closes. */
  | { kind: 'backup-request'; reason: 'quit' };

export interface BackupInfo {
  name: string;
  size: number;
  /** ISO 8601. */
  createdAt: string;
}

/** The note count compared with the last one recorded on disk: a sharp drop offers the newest backup. */
export interface NoteCheck {
  dropped: boolean;
  lastCount: number | null;
  currentCount: number;
  newestBackup: BackupInfo | null;
}

/** The settings the main process keeps (in the app's data folder, not in a library). */
export interface AppSettingsView {
  libraryRoot: string;
  /** Where the save dialog starts. */
  exportDir: string;
  /** Backups kept in the library's `.dossier/backups/`. */
  keepBackups: number;
}

/** File types the renderer may export, by extension. */
export const EXPORT_EXTENSIONS = ['.md', '.csv', '.json', '.qdpx', '.qdc', '.pdf', '.svg', '.png'] as const;

export type ApiName = keyof typeof channels;
export const apiNames = Object.keys(channels) as ApiName[];

/** One file of the library as the list shows it; `problem` is set when the file cannot be opened. */
export interface LibraryEntry {
  id: string;
  /** Library-relative path with '/' separators. */
  path: string;
  title: string;
  format: ArticleFormat | 'unknown';
  source?: string;
  published?: string;
  size: number;
  /** Modification time, ms since the epoch. */
  modifiedAt: number;
  problem?: { code: string; message: string };
}

export interface ExportRequest {
  /**
   * Suggested file name, e.g. "putin-and-aliyev-meet.md"; its extension must be one of EXPORT_EXTENSIONS.
   * The main process makes it safe and unique.
   */
  fileName: string;
  /** Text (written as UTF-8; Markdown with LF line endings) or bytes (a .qdpx zip). */
  content: string | Uint8Array;
  /**
   * Pictures of a Markdown briefing (its pattern views), written in one export with it into a folder beside
   * it (`briefing.md`, `briefing-files/tag-matrix-1.svg`); the Markdown's `dossier-view:<name>` image links
   * are pointed at them, whatever name the .md is finally written under.
   */
  attachments?: ExportAttachment[];
}

/** A picture written beside an exported briefing: a name like "tag-matrix-1.svg" and its content. */
export interface ExportAttachment {
  name: string;
  content: string | Uint8Array;
}

export interface ExportWritten {
  /** The file name actually written (never an existing file's). */
  fileName: string;
  /** Absolute path of the written file. */
  path: string;
}

/** What an import did, file by file. */
export interface ImportReport {
  imported: { id: string; path: string; title: string }[];
  duplicates: { id: string; title: string; message: string }[];
  failed: { name: string; code: string; message: string }[];
  cancelled: boolean;
}

/** Request payload of each call. */
export interface Requests {
  listLibrary: void;
  /** `encoding`: a WHATWG label chosen by the user, overriding detection. */
  readArticle: { id: string; encoding?: string };
  writeExport: ExportRequest;
  /** Opens the system dialog for files or a folder, then imports what the user chose. */
  importFiles: { importId: string; kind: 'files' | 'folder' };
  /** Files dropped on the window, with their bytes. */
  importDropped: { importId: string; files: { name: string; bytes: Uint8Array }[] };
  cancelImport: { importId: string };
  /** Pasted text or HTML saved as a new article. */
  pasteArticle: { text: string; html: boolean; title?: string };
  /** Moves the file to the system trash; the article's notes are kept. */
  deleteArticle: { id: string };
  /** Stops listing a file that was removed from the folder (its notes are kept). */
  forgetArticle: { id: string };
  /** A whole-database backup (JSON text) to keep in the library's `.dossier/backups/`. */
  writeBackup: { json: string; noteCount: number; reason: 'manual' | 'daily' | 'quit' };
  listBackups: void;
  readBackup: { name: string };
  checkNotes: { noteCount: number };
  /** Lets the user choose a file to bring in (a codebook, a project, a backup); returns its bytes. */
  openForImport: { kind: 'qdc' | 'qdpx' | 'backup' };
  getSettings: void;
  chooseLibraryFolder: void;
  chooseExportFolder: void;
  setKeepBackups: { keep: number };
  /**
   * A Markdown briefing printed to PDF (Electron's printToPDF) and saved like any export; `images` are the
   * pictures its `dossier-view:<name>` image links show, embedded in the page.
   */
  writePdf: { fileName: string; markdown: string; title: string; images?: ExportAttachment[] };
  /** Opens an article's web address in the system browser, after the user confirms (http/https only). */
  openExternal: { url: string };
  /** Shows a file this session exported in the system's file manager. */
  revealExport: { path: string };
  /** Puts the path of a file this session exported on the clipboard. */
  copyExportPath: { path: string };
}

/** Success value of each call. */
export interface Responses {
  listLibrary: LibraryEntry[];
  readArticle: Article;
  /** null when the user cancelled the save dialog. */
  writeExport: ExportWritten | null;
  /** null when the user cancelled the dialog. */
  importFiles: ImportReport | null;
  importDropped: ImportReport;
  cancelImport: boolean;
  pasteArticle: { id: string; title: string; duplicate: boolean };
  deleteArticle: { id: string; path: string };
  forgetArticle: void;
  writeBackup: BackupInfo;
  listBackups: BackupInfo[];
  readBackup: string;
  checkNotes: NoteCheck;
  /** null when the user cancelled. */
  openForImport: { name: string; bytes: Uint8Array } | null;
  getSettings: AppSettingsView;
  /** null when the user cancelled. */
  chooseLibraryFolder: AppSettingsView | null;
  chooseExportFolder: AppSettingsView | null;
  setKeepBackups: AppSettingsView;
  writePdf: ExportWritten | null;
  /** false when the user declined. */
  openExternal: boolean;
  revealExport: void;
  copyExportPath: void;
}

export type Call<K extends ApiName> = Requests[K] extends void
  ? () => Promise<Result<Responses[K]>>
  : (request: Requests[K]) => Promise<Result<Responses[K]>>;

/** `window.api` in the renderer. Every call resolves to a Result; none rejects. */
export type DossierApi = { [K in ApiName]: Call<K> } & {
  /** Listens to the main process's events; returns the function that stops listening. */
  onEvent(listener: (event: AppEvent) => void): () => void;
};

/** Main-side implementation of each call, after the payload has been validated. */
export type Handlers = { [K in ApiName]: (request: Requests[K]) => Promise<Result<Responses[K]>> };
