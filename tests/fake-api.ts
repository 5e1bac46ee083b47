// A fake main process for renderer tests: `window.api` over articles held in memory, every call a spy.
// Component tests install it on `window`; state tests hand it to `new AppState({ api, repos })`.
import { vi } from 'vitest';
import { describeRange, type AnnotationTarget } from '../src-renderer/core/anchoring';
import type { Article } from '../src-renderer/core/article';
import type { DossierApi, LibraryEntry } from '../src-renderer/core/contract';

/** A plain-text article over `paragraphs` (one block each, joined by blank lines). */
export function textArticle(id: string, title: string, paragraphs: readonly string[], extra: Partial<Article> = {}): Article {
  const blocks: Article['blocks'] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ kind: 'paragraph', start: text.length, end: text.length + p.length });
    text += p;
  }
  return { id, path: `${id}.txt`, format: 'txt', encoding: 'utf-8', contentHash: `hash-${id}-${text.length}`, title, text, blocks, marks: [], ...extra };
}

/** The selectors of `quote`'s first occurrence in `text` (made on `contentHash`), as the app stores them. */
export function targetIn(text: string, quote: string, contentHash = ''): AnnotationTarget {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return describeRange(text, start, start + quote.length, contentHash);
}

export function entryOf(article: Article): LibraryEntry {
  return {
    id: article.id,
    path: article.path,
    title: article.title,
    format: article.format,
    size: article.text.length,
    modifiedAt: 0,
    ...(article.source ? { source: article.source } : {}),
    ...(article.published ? { published: article.published } : {}),
  };
}

export interface FakeApi extends DossierApi {
  /** The articles the fake library holds; change it and call `listLibrary` again to see the change. */
  articles: Map<string, Article>;
}

/** The library holds `articles` (plus `extraEntries`, e.g. problem files); `overrides` replace single calls. */
export function fakeApi(articles: readonly Article[], overrides: Partial<DossierApi> = {}, extraEntries: readonly LibraryEntry[] = []): FakeApi {
  const held = new Map(articles.map((a) => [a.id, a]));
  const settings = { libraryRoot: '/lib', exportDir: '/exp', keepBackups: 14 };
  const api: FakeApi = {
    articles: held,
    listLibrary: vi.fn(async () => ({ ok: true as const, value: [...[...held.values()].map(entryOf), ...extraEntries] })),
    readArticle: vi.fn(async ({ id, encoding }: { id: string; encoding?: string }) => {
      const article = held.get(id);
      if (!article) return { ok: false as const, error: { code: 'NOT_FOUND' as const, message: 'That article is no longer in the library.' } };
      return { ok: true as const, value: encoding ? { ...article, encoding } : article };
    }),
    writeExport: vi.fn(async (req) => ({ ok: true as const, value: { fileName: req.fileName, path: `/x/${req.fileName}` } })),
    importFiles: vi.fn(async () => ({ ok: true as const, value: null })),
    importDropped: vi.fn(async () => ({ ok: true as const, value: { imported: [], duplicates: [], failed: [], cancelled: false } })),
    cancelImport: vi.fn(async () => ({ ok: true as const, value: false })),
    pasteArticle: vi.fn(async () => ({ ok: true as const, value: { id: 'p1', title: 'Pasted', duplicate: false } })),
    deleteArticle: vi.fn(async ({ id }: { id: string }) => {
      const article = held.get(id);
      held.delete(id);
      return { ok: true as const, value: { id, path: article?.path ?? '' } };
    }),
    forgetArticle: vi.fn(async ({ id }: { id: string }) => {
      held.delete(id);
      return { ok: true as const, value: undefined };
    }),
    writeBackup: vi.fn(async () => ({ ok: true as const, value: { name: 'dossier-20260101-000000.json', size: 1, createdAt: '' } })),
    listBackups: vi.fn(async () => ({ ok: true as const, value: [] })),
    readBackup: vi.fn(async () => ({ ok: true as const, value: '{}' })),
    checkNotes: vi.fn(async () => ({ ok: true as const, value: { dropped: false, lastCount: null, currentCount: 0, newestBackup: null } })),
    openForImport: vi.fn(async () => ({ ok: true as const, value: null })),
    getSettings: vi.fn(async () => ({ ok: true as const, value: settings })),
    chooseLibraryFolder: vi.fn(async () => ({ ok: true as const, value: null })),
    chooseExportFolder: vi.fn(async () => ({ ok: true as const, value: null })),
    setKeepBackups: vi.fn(async () => ({ ok: true as const, value: settings })),
    writePdf: vi.fn(async () => ({ ok: true as const, value: null })),
    openExternal: vi.fn(async () => ({ ok: true as const, value: false })),
    revealExport: vi.fn(async () => ({ ok: true as const, value: undefined })),
    copyExportPath: vi.fn(async () => ({ ok: true as const, value: undefined })),
    onEvent: () => () => {},
    ...overrides,
  };
  return api;
}
