// The library list as the renderer knows it: the files from the main process, overlaid with the user's
// edits, read state, collections and annotation counts from the database; filtered and sorted.
import type { AppEvent, ImportReport, LibraryEntry } from '../core/contract';
import type { Result } from '../core/result';
import type { ArticleMetaEdit, ArticleMetaRecord } from '../db';
import type { AppDeps } from './deps';
import { LiveQuery } from './live-query.svelte';
import { importProject } from './qdpx-import';
import { SettledQuery } from './settled-query.svelte';

export type SortKey = 'title' | 'source' | 'date' | 'format' | 'annotations' | 'read';

export interface LibraryRow extends LibraryEntry {
  annotations: number;
  readAt: number | null;
  collections: string[];
  byline?: string;
}

export class LibraryState {
  entries = $state.raw<LibraryEntry[]>([]);
  loaded = $state(false);
  error = $state<string | null>(null);
  query = $state('');
  sortBy = $state<SortKey>('title');
  /** A collection's name, or `saved:<id>` for a saved search shown as a smart collection. */
  collection = $state('');
  /** The articles a smart collection (a saved search) holds now; set by SearchState when one is chosen. */
  smartIds = $state.raw<ReadonlySet<string> | null>(null);
  /** The import under way, with its progress. */
  importing = $state<{ importId: string; done: number; total: number; current: string } | null>(null);
  /** What the last import or paste did, file by file, for the user to read. */
  report = $state<{ summary: string; problems: string[] } | null>(null);

  readonly #deps: AppDeps;
  readonly #meta: LiveQuery<ArticleMetaRecord[]>;
  /** Annotations per article: read again when the annotations have been quiet a moment (see SettledQuery). */
  readonly #counts: SettledQuery<Map<string, number>>;

  constructor(deps: AppDeps) {
    this.#deps = deps;
    const { articleMeta, onTablesChanged } = deps.repos;
    this.#meta = new LiveQuery(() => articleMeta.all());
    this.#counts = new SettledQuery(() => articleMeta.annotationCounts(), (changed) => onTablesChanged(['annotations'], changed));
  }

  metaById = $derived.by(() => new Map((this.#meta.current ?? []).map((m) => [m.articleId, m])));
  rows = $derived.by<LibraryRow[]>(() => {
    const counts = this.#counts.current ?? new Map<string, number>();
    return this.entries.map((entry) => {
      const meta = this.metaById.get(entry.id);
      return {
        ...entry,
        ...(entry.problem ? {} : pick(meta)),
        annotations: counts.get(entry.id) ?? 0,
        readAt: meta?.readAt ?? null,
        collections: meta?.collections ?? [],
      };
    });
  });
  /** Articles gone from the library whose notes are still kept (Dossier's own trash). */
  trash = $derived.by(() => {
    if (!this.loaded) return [] as { articleId: string; annotations: number }[];
    const known = new Set(this.entries.map((e) => e.id));
    const counts = this.#counts.current ?? new Map<string, number>();
    return [...this.metaById.values()]
      .filter((m) => m.deletedAt !== undefined && !known.has(m.articleId) && (counts.get(m.articleId) ?? 0) > 0)
      .map((m) => ({ articleId: m.articleId, annotations: counts.get(m.articleId) ?? 0 }));
  });

  async emptyTrash(): Promise<number> {
    return this.#deps.repos.articleMeta.emptyTrash(this.trash.map((t) => t.articleId));
  }

  collections = $derived([...new Set(this.rows.flatMap((r) => r.collections))].sort((a, b) => a.localeCompare(b)));
  visible = $derived.by(() => {
    // Each word typed matches the start of a word ("gas" finds "Gas deal" and "gasoline", never "Vegas").
    const words = this.query
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu'));
    const smart = this.collection.startsWith('saved:') ? (this.smartIds ?? new Set<string>()) : null;
    const filtered = this.rows.filter((row) => {
      if (smart) {
        if (!smart.has(row.id)) return false;
      } else if (this.collection && !row.collections.includes(this.collection)) return false;
      const haystack = `${row.title} ${row.source ?? ''} ${row.path} ${row.collections.join(' ')}`;
      return words.every((w) => w.test(haystack));
    });
    return filtered.sort(comparator(this.sortBy));
  });

  async load(): Promise<void> {
    const result = await this.#deps.api.listLibrary();
    if (result.ok) {
      this.entries = result.value;
      this.error = null;
    } else {
      this.error = result.error.message;
    }
    this.loaded = true;
  }

  /** Reacts to the main process: the folder changed outside the app, or an import moved on. */
  onEvent(event: AppEvent): void {
    if (event.kind === 'library-changed') void this.load();
    else if (event.kind === 'import-progress' && this.importing?.importId === event.importId) {
      const { importId, done, total, current } = event;
      this.importing = { importId, done, total, current };
    }
  }

  importFiles(kind: 'files' | 'folder'): Promise<void> {
    return this.#runImport((importId) => this.#deps.api.importFiles({ importId, kind }));
  }

  /** Files dropped on the window: their bytes go to the main process, which imports them. */
  async importDropped(files: readonly File[]): Promise<void> {
    const payload = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    await this.#runImport((importId) => this.#deps.api.importDropped({ importId, files: payload }));
  }

  async cancelImport(): Promise<void> {
    if (this.importing) await this.#deps.api.cancelImport({ importId: this.importing.importId });
  }

  /** Saves pasted text or HTML as a new article; returns its id to open it. */
  async paste(text: string, html: boolean): Promise<string | null> {
    const result = await this.#deps.api.pasteArticle({ text, html });
    await this.load();
    if (!result.ok) {
      this.report = { summary: `Not imported: ${result.error.message}`, problems: [] };
      return null;
    }
    this.report = {
      summary: result.value.duplicate ? `Already in the library: ${result.value.title}` : `Pasted as a new article: ${result.value.title}`,
      problems: [],
    };
    return result.value.id;
  }

  /** Brings in a REFI-QDA project chosen by the user: its sources become articles, its codings annotations. */
  async importProject(): Promise<void> {
    const message = await importProject(this.#deps);
    if (message) this.report = { summary: message, problems: [] };
    await this.load();
  }

  async forget(id: string): Promise<void> {
    const result = await this.#deps.api.forgetArticle({ id });
    if (result.ok) await this.#deps.repos.articleMeta.markDeleted(id);
    await this.load();
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.#deps.api.deleteArticle({ id });
    if (result.ok) await this.#deps.repos.articleMeta.markDeleted(id);
    await this.load();
    if (!result.ok) this.report = { summary: `Not deleted: ${result.error.message}`, problems: [] };
    return result.ok;
  }

  async #runImport(start: (importId: string) => Promise<Result<ImportReport | null>>): Promise<void> {
    const importId = crypto.randomUUID();
    this.importing = { importId, done: 0, total: 0, current: '' };
    this.report = null;
    try {
      const result = await start(importId);
      if (!result.ok) this.report = { summary: `Import failed: ${result.error.message}`, problems: [] };
      else if (result.value) this.report = describeReport(result.value);
    } finally {
      this.importing = null;
      await this.load();
    }
  }

  markRead(id: string): Promise<void> {
    return this.#deps.repos.articleMeta.markRead(id);
  }

  edit(id: string, change: ArticleMetaEdit): Promise<void> {
    return this.#deps.repos.articleMeta.edit(id, change);
  }
}

function describeReport(report: ImportReport): { summary: string; problems: string[] } {
  const parts = [`${report.imported.length} imported`];
  if (report.duplicates.length) parts.push(`${report.duplicates.length} already in the library`);
  if (report.failed.length) parts.push(`${report.failed.length} could not be imported`);
  return {
    summary: `${report.cancelled ? 'Import cancelled: ' : ''}${parts.join(', ')}.`,
    problems: [...report.failed.map((f) => `${f.name}: ${f.message}`), ...report.duplicates.map((d) => d.message)],
  };
}

function pick(meta: ArticleMetaRecord | undefined): Partial<LibraryRow> {
  const out: Partial<LibraryRow> = {};
  if (meta?.title) out.title = meta.title;
  if (meta?.source) out.source = meta.source;
  if (meta?.published) out.published = meta.published;
  if (meta?.byline) out.byline = meta.byline;
  return out;
}

/**
 * Titles and sources in the user's language order, numbers by value ("Report 9" before "Report 10"); one
 * collator for every comparison (localeCompare makes one per call, which a sort of thousands notices).
 */
const COLLATOR = new Intl.Collator(undefined, { numeric: true });

function comparator(key: SortKey): (a: LibraryRow, b: LibraryRow) => number {
  const byTitle = (a: LibraryRow, b: LibraryRow) => COLLATOR.compare(a.title, b.title);
  switch (key) {
    case 'source':
      return (a, b) => COLLATOR.compare(a.source ?? '\uffff', b.source ?? '\uffff') || byTitle(a, b);
    case 'date':
      return (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || byTitle(a, b);
    case 'format':
      return (a, b) => a.format.localeCompare(b.format) || byTitle(a, b);
    case 'annotations':
      return (a, b) => b.annotations - a.annotations || byTitle(a, b);
    case 'read':
      return (a, b) => (b.readAt ?? 0) - (a.readAt ?? 0) || byTitle(a, b);
    default:
      return byTitle;
  }
}
