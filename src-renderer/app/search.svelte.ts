// Search across the library: the query as typed, its results (final once the index has caught up), and the
// index kept in step with the library and the notes. The index itself lives behind a SearchPort (a Web
// Worker in the app); this class decides what to send it: articles whose file changed since they were
// indexed (never re-read otherwise), and notes, memos and briefings changed since, found by their
// update times.
import { untrack } from 'svelte';
import { tagPath, type TagDef } from '../core/codebook';
import type { ArticleFacts, SearchResults } from '../core/search/types';
import type { SavedSearch } from '../core/exports/json';
import type { AnnotationRecord, TagRecord } from '../db';
import type { AppDeps } from './deps';
import type { LibraryState } from './library.svelte';
import type { ActorStatement, LibraryActor, SearchPort, SpeakerDoc } from './search/search-service';
import type { Article } from '../core/article';
import { ANALYSIS_VERSION } from '../core/actors';

/** Results wait this long after the last keystroke. */
const DEBOUNCE_MS = 12;
/** Articles read and sent to the index per step. */
const BATCH = 16;
/** Annotations read per step at start (one page is one short read), and the pause between steps. */
const ANNOTATION_PAGE = 500;
const SCAN_PAUSE_MS = 10;
/** Writes to the notes are followed once they have been quiet this long. */
const SETTLE_MS = 400;
/** How many results are drawn with their snippets (the count is always the whole). */
const LIMIT = 25;

/** The statements of an article with a suggested speaker, as kept beside the index. */
function speakerDocs(article: Article): SpeakerDoc[] {
  return (article.analysis?.speakers ?? []).map((s) => ({
    start: s.start,
    end: s.end,
    speaker: s.speaker,
    speakerType: s.speakerType,
    kind: s.kind,
    text: article.text.slice(s.start, Math.min(s.end, s.start + 1000)),
  }));
}

export class SearchState {
  query = $state('');
  results = $state.raw<SearchResults | null>(null);
  /** Why the query cannot be run, in words (a query that does not parse). */
  problem = $state<string | null>(null);
  /** True from a keystroke until that query's results are final (the index has caught up). */
  busy = $state(false);
  /** Articles indexed of those to index, while the index is built or brought up to date. */
  progress = $state<{ done: number; total: number } | null>(null);
  /** Searches the user saved: smart collections in the library list. */
  saved = $state.raw<SavedSearch[]>([]);

  readonly #deps: AppDeps;
  readonly #library: LibraryState;
  readonly #port: SearchPort;
  #articles: Record<string, string> = {};
  #notes: Record<string, number> = {};
  #tagSignature = '';
  /** Per article, the tags its annotations use and whether any has a note: the filters' facts. */
  #byArticle = new Map<string, { tags: Set<string>; noted: boolean }>();
  /** The newest annotation write seen: later looks read only what was written since. */
  #writtenUpTo = 0;
  /** Whether every annotation has been read once since start. */
  #scanned = false;
  #started = false;
  #syncing: Promise<void> = Promise.resolve();
  #pendingSyncs = $state(0);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #token = 0;

  constructor(deps: AppDeps, library: LibraryState, port: SearchPort) {
    this.#deps = deps;
    this.#library = library;
    this.#port = port;
    // The library changed (an import, a file changed or removed outside the app): index what changed.
    $effect(() => {
      void this.#library.entries;
      untrack(() => {
        if (this.#started) this.#enqueue(() => this.#syncArticles());
      });
    });
    // Notes are saved as they are typed: the index follows once they have been quiet a moment.
    let settle: ReturnType<typeof setTimeout> | undefined;
    $effect(() => {
      const unwatch = deps.repos.onTablesChanged(['annotations', 'memos', 'briefings', 'tags', 'articleMeta'], () => {
        if (!this.#started) return;
        clearTimeout(settle);
        settle = setTimeout(() => {
          this.#enqueue(() => this.#syncArticles());
          this.#enqueue(() => this.#syncNotes());
        }, SETTLE_MS);
      });
      return () => {
        clearTimeout(settle);
        unwatch();
      };
    });
    // A saved search chosen as the library's collection: the list shows the articles it finds now.
    $effect(() => {
      const chosen = this.#library.collection;
      void this.#pendingSyncs;
      const search = chosen.startsWith('saved:') ? this.saved.find((s) => `saved:${s.id}` === chosen) : undefined;
      if (!search) return;
      void this.articleIds(search.query).then((ids) => {
        if (this.#library.collection === chosen) this.#library.smartIds = ids;
      });
    });
    $effect(() => () => {
      clearTimeout(this.#timer);
      port.close();
    });
  }

  /** Loads the saved index and brings it up to date (articles first, then notes). */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.saved = await this.#deps.repos.savedSearches.all();
    this.#enqueue(async () => {
      const loaded = await this.#port.request({ type: 'load' });
      this.#articles = loaded.articles;
      this.#notes = loaded.notes;
      // With the summary saved beside the index, a start reads only the annotations written since.
      if (loaded.summary) {
        this.#byArticle = new Map(Object.entries(loaded.summary.byArticle).map(([id, s]) => [id, { tags: new Set(s.tags), noted: s.noted }]));
        this.#tagSignature = loaded.summary.tagSignature;
        for (const [key, stamp] of Object.entries(this.#notes)) if (key.startsWith('n:') && stamp > this.#writtenUpTo) this.#writtenUpTo = stamp;
        this.#scanned = true;
      }
    });
    this.#enqueue(() => this.#syncArticles());
    this.#enqueue(() => this.#syncNotes());
    await this.idle();
  }

  /** Resolves once every update sent so far is in the index (tests wait on this, never on a clock). */
  async idle(): Promise<void> {
    let last: Promise<void>;
    do {
      last = this.#syncing;
      await last;
    } while (last !== this.#syncing);
  }

  /** Saves the query on screen under `name` (a smart collection in the library list); returns its id. */
  async saveQuery(name: string): Promise<string | null> {
    const query = this.query.trim();
    if (!query) return null;
    const search: SavedSearch = { id: crypto.randomUUID(), name: name.trim() || query, query, createdAt: this.#deps.now() };
    this.saved = [...this.saved, search];
    await this.#deps.repos.savedSearches.set(this.saved);
    return search.id;
  }

  async removeSaved(id: string): Promise<void> {
    this.saved = this.saved.filter((s) => s.id !== id);
    await this.#deps.repos.savedSearches.set(this.saved);
    if (this.#library.collection === `saved:${id}`) this.#library.collection = '';
  }

  /** Every article a query finds now (for a smart collection), however many. */
  async articleIds(query: string): Promise<ReadonlySet<string>> {
    const result = await this.#port.request({ type: 'search', query, limit: 1_000_000 });
    return new Set(result.ok ? result.value.hits.filter((h) => h.kind === 'article').map((h) => h.id) : []);
  }

  /** Every statement the library's articles attribute to the actors keyed `keys`, once the index is built. */
  async actorStatements(keys: readonly string[]): Promise<ActorStatement[]> {
    await this.idle();
    return this.#port.request({ type: 'actor-statements', keys: [...keys] });
  }

  /** The library-wide actor each name key stands for (a surname alone joins the one full name with it). */
  async actorKeys(keys: readonly string[]): Promise<string[]> {
    await this.idle();
    return this.#port.request({ type: 'actor-keys', keys: [...keys] });
  }

  /** Every actor a statement of the library is attributed to. */
  async actors(): Promise<LibraryActor[]> {
    await this.idle();
    return this.#port.request({ type: 'actors' });
  }

  /** Saves the index now (it saves itself two seconds after its last change anyway). */
  async save(): Promise<void> {
    await this.idle();
    await this.#port.request({ type: 'save' });
  }

  /** Sets the query as typed; the results follow a moment later (an older answer never replaces a newer one). */
  setQuery(query: string): void {
    this.query = query;
    this.busy = query.trim() !== '';
    clearTimeout(this.#timer);
    if (!this.busy) {
      this.results = null;
      this.problem = null;
      this.#token++;
      return;
    }
    this.#timer = setTimeout(() => void this.#run(), DEBOUNCE_MS);
  }

  async #run(): Promise<void> {
    const token = ++this.#token;
    const query = this.query;
    const result = await this.#port.request({ type: 'search', query, limit: LIMIT });
    if (token !== this.#token) return;
    if (result.ok) {
      this.results = result.value;
      this.problem = null;
    } else {
      this.results = null;
      this.problem = result.error.message;
    }
    // Final only once the index holds everything: while it is being built, the query runs again after.
    this.busy = this.#pendingSyncs > 0;
  }

  #enqueue(step: () => Promise<void>): void {
    this.#pendingSyncs++;
    this.#syncing = this.#syncing
      .then(step)
      .catch(() => undefined)
      .finally(() => {
        this.#pendingSyncs--;
        // What is indexed changed: a query on screen is run again.
        if (this.query.trim() !== '') void this.#run();
      });
  }

  async #syncArticles(): Promise<void> {
    const rows = this.#library.rows.filter((r) => !r.problem);
    // The analysis's version is part of it: a better analysis reads every article again.
    const fingerprint = (r: (typeof rows)[number]) => [r.size, r.modifiedAt, r.title, r.source ?? '', r.byline ?? '', ANALYSIS_VERSION].join('\u0001');
    const changed = rows.filter((r) => this.#articles[r.id] !== fingerprint(r));
    const live = new Set(rows.map((r) => r.id));
    const gone = Object.keys(this.#articles).filter((id) => !live.has(id));
    if (gone.length > 0) {
      await this.#port.request({ type: 'remove-articles', ids: gone });
      for (const id of gone) delete this.#articles[id];
    }
    if (changed.length === 0) return;
    this.progress = { done: 0, total: changed.length };
    for (let i = 0; i < changed.length; i += BATCH) {
      const batch = changed.slice(i, i + BATCH);
      const read = await Promise.all(batch.map((r) => this.#deps.api.readArticle({ id: r.id })));
      const docs = batch.flatMap((row, j) => {
        const got = read[j];
        if (!got?.ok) return [];
        const a = got.value;
        const lang = this.#library.metaById.get(row.id)?.lang ?? a.lang;
        const speakers = speakerDocs(a);
        return [{ id: row.id, title: row.title, text: a.text, fingerprint: fingerprint(row), speakers, ...(row.source ? { source: row.source } : {}), ...(row.byline ? { byline: row.byline } : {}), ...(lang ? { lang } : {}) }];
      });
      await this.#port.request({ type: 'put-articles', docs });
      for (const d of docs) this.#articles[d.id] = d.fingerprint;
      this.progress = { done: Math.min(changed.length, i + BATCH), total: changed.length };
    }
    this.progress = null;
  }

  async #syncNotes(): Promise<void> {
    const { annotations, memos, briefings, tags } = this.#deps.repos;
    const [allMemos, allBriefings, allTags] = await Promise.all([memos.all(), briefings.all(), tags.all()]);
    const paths = tagPaths(allTags);
    // A renamed or moved tag changes every path under it: every annotation is read and sent again.
    const signature = [...paths].map(([id, path]) => `${id}=${path}`).join('\n');
    const retag = signature !== this.#tagSignature;
    this.#tagSignature = signature;
    if (retag || !this.#scanned) await this.#scanAnnotations(paths, retag);
    else await this.#followAnnotations(paths);

    const keep = new Set<string>();
    const changedMemos = allMemos.filter((m) => {
      keep.add(`m:${m.articleId}`);
      return this.#notes[`m:${m.articleId}`] !== m.updatedAt;
    });
    const changedBriefings = allBriefings.filter((b) => {
      keep.add(`b:${b.id}`);
      return this.#notes[`b:${b.id}`] !== b.updatedAt;
    });
    const gone = Object.keys(this.#notes).filter((key) => !key.startsWith('n:') && !keep.has(key));
    if (gone.length > 0) await this.#port.request({ type: 'remove-notes', keys: gone });
    for (const key of gone) delete this.#notes[key];
    if (changedMemos.length + changedBriefings.length > 0) {
      await this.#port.request({
        type: 'put-notes',
        annotations: [],
        memos: changedMemos.map((m) => ({ id: m.articleId, articleId: m.articleId, text: m.body, stamp: m.updatedAt })),
        briefings: changedBriefings.map((b) => ({ id: b.id, title: b.title, text: b.body, stamp: b.updatedAt })),
      });
      for (const m of changedMemos) this.#notes[`m:${m.articleId}`] = m.updatedAt;
      for (const b of changedBriefings) this.#notes[`b:${b.id}`] = b.updatedAt;
    }
    const byArticle: Record<string, { tags: string[]; noted: boolean }> = {};
    for (const [id, s] of this.#byArticle) byArticle[id] = { tags: [...s.tags], noted: s.noted };
    await this.#port.request({ type: 'facts', facts: this.#facts(), notes: { byArticle, tagSignature: this.#tagSignature } });
  }

  /**
   * Reads every annotation a page at a time (a table of 100,000 read at once held the page for 400 ms),
   * sending those changed since they were indexed (all of them when `resend`), and dropping the ones gone.
   */
  async #scanAnnotations(paths: ReadonlyMap<string, string>, resend: boolean): Promise<void> {
    const seen = new Set<string>();
    const byArticle = new Map<string, { tags: Set<string>; noted: boolean }>();
    let after: string | null = null;
    for (;;) {
      const page = await this.#deps.repos.annotations.page(after, ANNOTATION_PAGE);
      if (page.length === 0) break;
      for (const a of page) {
        seen.add(a.id);
        summarise(byArticle, a, paths);
      }
      await this.#putAnnotations(page.filter((a) => resend || this.#notes[`n:${a.id}`] !== a.updatedAt), paths, page);
      after = page[page.length - 1]!.id;
      // A breath between pages, so the notes being typed meanwhile are saved without waiting on the scan.
      await new Promise((resolve) => setTimeout(resolve, SCAN_PAUSE_MS));
    }
    await this.#dropAnnotations(seen);
    this.#byArticle = byArticle;
    this.#scanned = true;
  }

  /**
   * After the first scan: only annotations written since the last look (a note typed is one record). When
   * the count then differs (annotations deleted, or restored with their old times), the table is scanned
   * again, a page at a time, sending only what differs.
   */
  async #followAnnotations(paths: ReadonlyMap<string, string>): Promise<void> {
    const { annotations } = this.#deps.repos;
    const changed = (await annotations.changedSince(this.#writtenUpTo)).filter((a) => this.#notes[`n:${a.id}`] !== a.updatedAt);
    await this.#putAnnotations(changed, paths, changed);
    // The facts of each article touched, from its own annotations (an indexed read).
    for (const articleId of new Set(changed.map((a) => a.articleId))) {
      const own = new Map<string, { tags: Set<string>; noted: boolean }>();
      for (const a of await annotations.forArticle(articleId)) summarise(own, a, paths);
      this.#byArticle.set(articleId, own.get(articleId) ?? { tags: new Set(), noted: false });
    }
    const known = Object.keys(this.#notes).filter((key) => key.startsWith('n:')).length;
    if ((await annotations.count()) !== known) await this.#scanAnnotations(paths, false);
  }

  async #putAnnotations(changed: readonly AnnotationRecord[], paths: ReadonlyMap<string, string>, read: readonly AnnotationRecord[]): Promise<void> {
    for (const a of read) if (a.updatedAt > this.#writtenUpTo) this.#writtenUpTo = a.updatedAt;
    if (changed.length === 0) return;
    await this.#port.request({
      type: 'put-notes',
      annotations: changed.map((a) => ({ id: a.id, articleId: a.articleId, quote: a.target.quote.exact, note: a.note, tags: a.tagIds.flatMap((id) => paths.get(id) ?? []), stamp: a.updatedAt })),
      memos: [],
      briefings: [],
    });
    for (const a of changed) this.#notes[`n:${a.id}`] = a.updatedAt;
  }

  async #dropAnnotations(live: ReadonlySet<string>): Promise<void> {
    const gone = Object.keys(this.#notes).filter((key) => key.startsWith('n:') && !live.has(key.slice(2)));
    if (gone.length === 0) return;
    await this.#port.request({ type: 'remove-notes', keys: gone });
    for (const key of gone) delete this.#notes[key];
  }

  /** What the filters of a query check per article: tags used on it, collections, read state, date, format. */
  #facts(): Record<string, ArticleFacts> {
    const facts: Record<string, ArticleFacts> = {};
    for (const row of this.#library.rows) {
      const meta = this.#library.metaById.get(row.id);
      const notes = this.#byArticle.get(row.id);
      facts[row.id] = {
        tags: [...(notes?.tags ?? [])],
        collections: row.collections,
        unread: row.readAt === null,
        format: row.format,
        hasNote: notes?.noted ?? false,
        ...(row.published ? { date: row.published } : {}),
        ...(meta?.lang ? { lang: meta.lang } : {}),
      };
    }
    return facts;
  }
}

/** Adds an annotation's tags and note to its article's summary. */
function summarise(byArticle: Map<string, { tags: Set<string>; noted: boolean }>, a: AnnotationRecord, paths: ReadonlyMap<string, string>): void {
  let entry = byArticle.get(a.articleId);
  if (!entry) byArticle.set(a.articleId, (entry = { tags: new Set(), noted: false }));
  for (const id of a.tagIds) {
    const path = paths.get(id);
    if (path) entry.tags.add(path);
  }
  if (a.note.trim() !== '') entry.noted = true;
}

function tagPaths(tags: readonly TagRecord[]): Map<string, string> {
  const byId = new Map<string, TagDef>(tags.map((t) => [t.id, t]));
  return new Map(tags.map((t) => [t.id, tagPath(t, byId)]));
}
