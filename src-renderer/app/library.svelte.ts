// The library list as the renderer knows it: the files from the main process, overlaid with the user's
// edits, read state, collections and annotation counts from the database; filtered and sorted.
import type { LibraryEntry } from '../core/contract';
import { articleMeta, type ArticleMetaEdit, type ArticleMetaRecord } from '../db';
import { LiveQuery } from './live-query.svelte';

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
  collection = $state('');

  readonly #meta = new LiveQuery<ArticleMetaRecord[]>(() => articleMeta.all());
  readonly #counts = new LiveQuery<Map<string, number>>(() => articleMeta.annotationCounts());

  metaById = $derived(new Map((this.#meta.current ?? []).map((m) => [m.articleId, m])));
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
  collections = $derived([...new Set(this.rows.flatMap((r) => r.collections))].sort((a, b) => a.localeCompare(b)));
  visible = $derived.by(() => {
    const words = this.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const filtered = this.rows.filter((row) => {
      if (this.collection && !row.collections.includes(this.collection)) return false;
      const haystack = `${row.title} ${row.source ?? ''} ${row.path} ${row.collections.join(' ')}`.toLocaleLowerCase();
      return words.every((w) => haystack.includes(w));
    });
    return filtered.sort(comparator(this.sortBy));
  });

  async load(): Promise<void> {
    const result = await window.api.listLibrary();
    if (result.ok) {
      this.entries = result.value;
      this.error = null;
    } else {
      this.error = result.error.message;
    }
    this.loaded = true;
  }

  markRead(id: string): Promise<void> {
    return articleMeta.markRead(id);
  }

  edit(id: string, change: ArticleMetaEdit): Promise<void> {
    return articleMeta.edit(id, change);
  }
}

function pick(meta: ArticleMetaRecord | undefined): Partial<LibraryRow> {
  const out: Partial<LibraryRow> = {};
  if (meta?.title) out.title = meta.title;
  if (meta?.source) out.source = meta.source;
  if (meta?.published) out.published = meta.published;
  if (meta?.byline) out.byline = meta.byline;
  return out;
}

function comparator(key: SortKey): (a: LibraryRow, b: LibraryRow) => number {
  const byTitle = (a: LibraryRow, b: LibraryRow) => a.title.localeCompare(b.title);
  switch (key) {
    case 'source':
      return (a, b) => (a.source ?? '\uffff').localeCompare(b.source ?? '\uffff') || byTitle(a, b);
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
