// The pattern views (matrix, co-occurrence, timeline): their options, the filters they share, the numbers of
// the view on screen, and the cells opened from them. The numbers are computed by a PatternService behind a
// port (a Web Worker in the app) over compact facts of every annotation (article, tags, place), which it reads
// once a page at a time and then follows when told of writes: only what was written since, once the notes
// are quiet.
import { untrack } from 'svelte';
import { withSafeColours, type CellItem, type CooccurrenceMode, type Granularity, type MatrixGrouping, type TimelineLanes, type PatternArticle, type PatternKind, type PatternTable, type PatternTag } from '../core/patterns';
import type { AnnotationRecord } from '../db';
import type { AppDeps } from './deps';
import type { LibraryState } from './library.svelte';
import type { PatternAnswer, PatternPort, PatternQuery, PatternRequest } from './patterns/pattern-service';
import type { SearchState } from './search.svelte';
import type { TagsState } from './tags.svelte';

/** Writes are followed once the annotations have been quiet this long. */
const SETTLE_MS = 400;
/** Cells opened and kept for the history's way back. */
const KEPT_CELLS = 100;

/** The filters every pattern view shares, as the filter bar edits them. */
export interface PatternFilterState {
  tagIds: string[];
  collections: string[];
  /** Source names; '' stands for articles without a source. */
  sources: string[];
  /** 'YYYY-MM-DD' (or a year, a month), '' for open. */
  from: string;
  to: string;
  /** The search whose results the views are limited to, or null. */
  search: string | null;
}

/** A cell opened as passages: what it is, and what is in it. */
export interface OpenedCell {
  title: string;
  items: CellItem[];
}

export const EMPTY_FILTERS: PatternFilterState = { tagIds: [], collections: [], sources: [], from: '', to: '', search: null };

export class PatternsState {
  filters = $state<PatternFilterState>({ ...EMPTY_FILTERS, tagIds: [], collections: [], sources: [] });
  grouping = $state<MatrixGrouping>('article');
  mode = $state<CooccurrenceMode>('places');
  granularity = $state<Granularity>('month');
  /** The timeline's lanes: one per tag, or one per actor (accepted speakers). */
  lanes = $state<TimelineLanes>('tags');
  /** Tags whose sub-tags are folded away (their rows still sum them). */
  collapsed = $state.raw<ReadonlySet<string>>(new Set());
  /** Colours from the colour-blind-safe palette instead of the tags' own (the views and their exports). */
  safeColours = $state(false);
  /** The view shown in the centre pane now (null: none). */
  active = $state<PatternKind | null>(null);
  /** The numbers of each view as last computed. */
  answers = $state.raw<Partial<Record<PatternKind, PatternAnswer>>>({});
  /** The numbers of the pattern view last shown in the centre pane, kept after leaving it (for "Insert view"). */
  lastTable = $state.raw<PatternTable | null>(null);
  /** True until every annotation has been read once, and while a view's numbers are being computed. */
  loading = $state(true);
  /** Annotations read so far while loading. */
  read = $state(0);
  computing = $state(false);

  /** Whether any filter is set. */
  filtered = $derived.by(() => {
    const f = this.filters;
    return f.tagIds.length + f.collections.length + f.sources.length > 0 || f.from !== '' || f.to !== '' || f.search !== null;
  });
  /** The filters in words ('Tags: Type/Claim; Collection: Caucasus; 2026-01-01 to 2026-03-31'), for captions. */
  caption = $derived.by(() => {
    const f = this.filters;
    const paths = new Map(this.#tags.tree.map((n) => [n.tag.id, n.path]));
    const parts: string[] = [];
    if (f.tagIds.length) parts.push(`${f.tagIds.length === 1 ? 'Tag' : 'Tags'}: ${f.tagIds.map((id) => paths.get(id) ?? id).join(', ')}`);
    if (f.collections.length) parts.push(`${f.collections.length === 1 ? 'Collection' : 'Collections'}: ${f.collections.join(', ')}`);
    if (f.sources.length) parts.push(`${f.sources.length === 1 ? 'Source' : 'Sources'}: ${f.sources.map((x) => x || 'no source').join(', ')}`);
    if (f.from || f.to) parts.push(f.from && f.to ? `${f.from} to ${f.to}` : f.from ? `from ${f.from}` : `until ${f.to}`);
    if (f.search !== null) parts.push(`Search: ${f.search}`);
    return parts.join('; ');
  });

  readonly #deps: AppDeps;
  readonly #library: LibraryState;
  readonly #tags: TagsState;
  readonly #search: SearchState;
  readonly #port: PatternPort;
  #started = false;
  /** Bumped when the facts sent to the service change, so the view on screen is computed again. */
  #version = $state(0);
  #queue: Promise<unknown> = Promise.resolve();
  #searchIds = $state.raw<{ query: string; ids: string[] } | null>(null);
  #opened = new Map<string, OpenedCell>();
  #openedCount = 0;
  #token = 0;

  constructor(deps: AppDeps, library: LibraryState, tags: TagsState, search: SearchState, port: PatternPort) {
    this.#deps = deps;
    this.#library = library;
    this.#tags = tags;
    this.#search = search;
    this.#port = port;
    // The library's articles (titles, dates, sources, collections as the user edited them).
    $effect(() => {
      const articles = this.#library.rows.filter((r) => !r.problem).map((r): PatternArticle => ({ id: r.id, title: r.title, source: r.source, published: r.published, collections: [...r.collections] }));
      untrack(() => void this.#send({ type: 'articles', articles }).then(() => this.#version++));
    });
    // The codebook (names, parents, colours).
    $effect(() => {
      const tags = this.#tags.list.map((t): PatternTag => ({ id: t.id, name: t.name, parentId: t.parentId, color: t.color, order: t.order }));
      untrack(() => void this.#send({ type: 'tags', tags }).then(() => this.#version++));
    });
    // A search filter: the articles its query finds now.
    $effect(() => {
      const query = this.filters.search;
      if (query === null) {
        this.#searchIds = null;
        return;
      }
      void this.#search.articleIds(query).then((ids) => {
        if (this.filters.search === query) this.#searchIds = { query, ids: [...ids] };
      });
    });
    // The view on screen follows its options, the filters and the data.
    $effect(() => {
      const kind = this.active;
      if (!kind) return;
      const query = this.#query(kind);
      void this.#version;
      void this.safeColours;
      if (this.filters.search !== null && this.#searchIds?.query !== this.filters.search) return;
      untrack(() => void this.#compute(query));
    });
    let settle: ReturnType<typeof setTimeout> | undefined;
    $effect(() => {
      const unwatch = deps.repos.onTablesChanged(['annotations'], () => {
        if (!this.#started) return;
        clearTimeout(settle);
        settle = setTimeout(() => void this.#enqueue(() => this.#follow()), SETTLE_MS);
      });
      return () => {
        clearTimeout(settle);
        unwatch();
      };
    });
    $effect(() => () => port.close());
  }

  /** Reads every annotation's facts once (a page at a time); later writes are followed. Idempotent. */
  start(): Promise<void> {
    if (!this.#started) {
      this.#started = true;
      void this.#enqueue(() => this.#scan());
    }
    return this.idle();
  }

  /** Shows a view: its numbers are computed now and whenever what they depend on changes. */
  show(kind: PatternKind): void {
    this.active = kind;
    void this.start();
  }

  /** The view left the centre pane (its numbers stay as `lastTable`). */
  hide(kind: PatternKind): void {
    if (this.active === kind) this.active = null;
  }

  /** Resolves once every read, update and computation asked so far is done (tests wait on this, never on a clock). */
  async idle(): Promise<void> {
    let last: Promise<unknown>;
    do {
      last = this.#queue;
      await last;
    } while (last !== this.#queue);
  }

  toggleCollapsed(tagId: string): void {
    const next = new Set(this.collapsed);
    if (!next.delete(tagId)) next.add(tagId);
    this.collapsed = next;
  }

  /** Limits the views to a search's results (null: no longer). */
  useSearch(query: string | null): void {
    this.filters.search = query?.trim() ? query.trim() : null;
  }

  /** Clears every filter (the filters object stays the same, so a component holding it sees the change). */
  clearFilters(): void {
    Object.assign(this.filters, { ...EMPTY_FILTERS, tagIds: [], collections: [], sources: [] });
  }

  /** What a cell of the view on screen holds: its passages (places, articles), in article and text order. */
  async cellItems(kind: PatternKind, row: number, column: number): Promise<CellItem[]> {
    await this.idle();
    return this.#port.request({ type: 'items', kind, row, column });
  }

  /** Keeps a cell's items under a key for the 'cell-passages' corpus view (and the history's way back). */
  async openCell(kind: PatternKind, row: number, column: number): Promise<string | null> {
    const table = this.answers[kind]?.table;
    if (!table) return null;
    const items = await this.cellItems(kind, row, column);
    const key = `cell-${++this.#openedCount}`;
    const r = table.rows[row]?.label ?? '';
    const c = table.columns[column]?.label ?? '';
    const title = kind === 'cooccurrence' ? (r === c ? r : `${r} with ${c}`) : `${r} in ${c}`;
    this.#opened.set(key, { title, items });
    if (this.#opened.size > KEPT_CELLS) this.#opened.delete(this.#opened.keys().next().value!);
    return key;
  }

  opened(key: string): OpenedCell | null {
    return this.#opened.get(key) ?? null;
  }

  /** The annotations behind some items (for showing their quotes), in the items' order. */
  async records(items: readonly CellItem[]): Promise<Map<string, AnnotationRecord>> {
    const found = await this.#deps.repos.annotations.getMany(items.flatMap((i) => i.annotationIds));
    return new Map(found.map((a) => [a.id, a]));
  }

  #query(kind: PatternKind): PatternQuery {
    const f = this.filters;
    return {
      kind,
      grouping: this.grouping,
      mode: this.mode,
      granularity: this.granularity,
      lanes: this.lanes,
      filters: {
        tagIds: [...f.tagIds],
        collections: [...f.collections],
        sources: [...f.sources],
        ...(f.from ? { from: f.from } : {}),
        ...(f.to ? { to: f.to } : {}),
        articleIds: f.search !== null ? (this.#searchIds?.ids ?? []) : null,
      },
      collapsed: [...this.collapsed],
    };
  }

  async #compute(query: PatternQuery): Promise<void> {
    const token = ++this.#token;
    this.computing = true;
    const caption = this.caption;
    const got = await this.#enqueue(() => this.#port.request({ type: 'compute', query }));
    if (token === this.#token) this.computing = false;
    if (!got) return;
    const table = this.safeColours ? withSafeColours(got.table) : got.table;
    const answer = { ...got, table: caption ? { ...table, caption } : table };
    this.answers = { ...this.answers, [query.kind]: answer };
    if (this.active === query.kind || this.active === null) this.lastTable = answer.table;
  }

  /** Sends a request after everything sent before it (the service answers in order anyway). */
  #send(message: PatternRequest): Promise<unknown> {
    return this.#enqueue(() => this.#port.request(message));
  }

  #enqueue<T>(step: () => Promise<T>): Promise<T | null> {
    const run = this.#queue.then(step).catch(() => null);
    this.#queue = run;
    return run;
  }

  /** The first read of every annotation, a page at a time in the service, saying how many so far. */
  async #scan(): Promise<void> {
    let step = await this.#port.request({ type: 'load-step', reset: true });
    this.read = step.read;
    while (!step.done) {
      step = await this.#port.request({ type: 'load-step' });
      this.read = step.read;
    }
    this.loading = false;
    this.#version++;
  }

  async #follow(): Promise<void> {
    if ((await this.#port.request({ type: 'follow' })).changed) this.#version++;
  }
}
