// The one IPC contract between the main process and the renderer: channel names and types, nothing else.
// Main registers a handler per name, the preload exposes `window.api` built from the same names, and the
// renderer imports only the types. No channel string appears anywhere else.
import type { Article, ArticleFormat } from './article';
import type { Result } from './result';

export const channels = {
  listLibrary: 'library:list',
  readArticle: 'article:read',
  writeExport: 'export:write',
} as const satisfies Record<string, `${string}:${string}`>;

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
  /** Suggested file name, e.g. "putin-and-aliyev-meet.md"; the main process makes it safe and unique. */
  fileName: string;
  /** UTF-8 Markdown with LF line endings. */
  content: string;
}

export interface ExportWritten {
  /** The file name actually written (never an existing file's). */
  fileName: string;
  /** Absolute path of the written file. */
  path: string;
}

/** Request payload of each call. */
export interface Requests {
  listLibrary: void;
  readArticle: { id: string };
  writeExport: ExportRequest;
}

/** Success value of each call. */
export interface Responses {
  listLibrary: LibraryEntry[];
  readArticle: Article;
  /** null when the user cancelled the save dialog. */
  writeExport: ExportWritten | null;
}

export type Call<K extends ApiName> = Requests[K] extends void
  ? () => Promise<Result<Responses[K]>>
  : (request: Requests[K]) => Promise<Result<Responses[K]>>;

/** `window.api` in the renderer. Every call resolves to a Result; none rejects. */
export type DossierApi = { [K in ApiName]: Call<K> };

/** Main-side implementation of each call, after the payload has been validated. */
export type Handlers = { [K in ApiName]: (request: Requests[K]) => Promise<Result<Responses[K]>> };
