// The search index's home: a SearchIndex with what it was built from, saved to its own database a moment
// after it changes, and the one place queries run. It runs in a Web Worker in the app (search.worker.ts),
// so building and querying never hold up the page, and in process in Node tests; either way it is reached
// through messages of this protocol.
import { SearchIndex } from '../../core/search/engine';
import type { AnnotationDoc, ArticleDoc, ArticleFacts, BriefingDoc, MemoDoc, SearchResults } from '../../core/search/types';
import type { Result } from '../../core/result';
import type { SearchCache } from '../../db/search-cache';

export type SearchRequest =
  | { type: 'load' }
  | { type: 'put-articles'; docs: (ArticleDoc & { fingerprint: string })[] }
  | { type: 'remove-articles'; ids: string[] }
  | {
      type: 'put-notes';
      annotations: (AnnotationDoc & { stamp: number })[];
      memos: (MemoDoc & { stamp: number })[];
      briefings: (BriefingDoc & { stamp: number })[];
    }
  | { type: 'remove-notes'; keys: string[] }
  | { type: 'facts'; facts: Record<string, ArticleFacts>; notes: NotesSummary }
  | { type: 'search'; query: string; limit: number }
  | { type: 'save' };

/**
 * What the annotations say of each article (the tags used on it, whether any has a note) and the codebook
 * they were read with: saved with the index, so a start need not read every annotation again.
 */
export interface NotesSummary {
  byArticle: Record<string, { tags: string[]; noted: boolean }>;
  tagSignature: string;
}

export interface Loaded {
  articles: Record<string, string>;
  notes: Record<string, number>;
  /** Why the saved index was not used (missing, damaged, another version): it is being rebuilt. */
  rebuilt: string | null;
  /** The annotations' summary saved with it, when there is one. */
  summary: NotesSummary | null;
}

export type SearchReply<R extends SearchRequest> = R extends { type: 'load' } ? Loaded : R extends { type: 'search' } ? Result<SearchResults> : null;

/** A way to send requests to a SearchService, wherever it runs. */
export interface SearchPort {
  request<R extends SearchRequest>(message: R): Promise<SearchReply<R>>;
  close(): void;
}

/** How long the index waits after its last change before saving itself. */
const SAVE_AFTER_MS = 2000;

export class SearchService {
  #index = new SearchIndex();
  #articles: Record<string, string> = {};
  #notes: Record<string, number> = {};
  #facts: Record<string, ArticleFacts> = {};
  #summary: NotesSummary | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #cache: SearchCache;

  constructor(cache: SearchCache) {
    this.#cache = cache;
  }

  async handle(message: SearchRequest): Promise<unknown> {
    switch (message.type) {
      case 'load':
        return this.#load();
      case 'put-articles':
        for (const { fingerprint, ...doc } of message.docs) {
          this.#index.putArticle(doc);
          this.#articles[doc.id] = fingerprint;
        }
        return this.#changed();
      case 'remove-articles':
        for (const id of message.ids) {
          this.#index.removeArticle(id);
          delete this.#articles[id];
        }
        return this.#changed();
      case 'put-notes':
        for (const { stamp, ...doc } of message.annotations) {
          this.#index.putAnnotation(doc);
          this.#notes[`n:${doc.id}`] = stamp;
        }
        for (const { stamp, ...doc } of message.memos) {
          this.#index.putMemo(doc);
          this.#notes[`m:${doc.id}`] = stamp;
        }
        for (const { stamp, ...doc } of message.briefings) {
          this.#index.putBriefing(doc);
          this.#notes[`b:${doc.id}`] = stamp;
        }
        return this.#changed();
      case 'remove-notes':
        for (const key of message.keys) {
          const id = key.slice(2);
          if (key.startsWith('n:')) this.#index.removeAnnotation(id);
          else if (key.startsWith('m:')) this.#index.removeMemo(id);
          else this.#index.removeBriefing(id);
          delete this.#notes[key];
        }
        return this.#changed();
      case 'facts':
        this.#facts = message.facts;
        this.#summary = message.notes;
        return this.#changed();
      case 'search':
        return this.#index.search(message.query, { limit: message.limit, facts: (id) => this.#facts[id] });
      case 'save':
        await this.#save();
        return null;
    }
  }

  async #load(): Promise<Loaded> {
    let rebuilt: string | null = 'There was no search index yet.';
    try {
      const row = await this.#cache.load();
      if (row) {
        const loaded = SearchIndex.fromJSON(row.index);
        if (loaded.ok) {
          this.#index = loaded.value;
          this.#articles = { ...row.articles };
          this.#notes = { ...row.notes };
          this.#summary = isSummary(row.summary) ? row.summary : null;
          rebuilt = null;
        } else {
          rebuilt = loaded.error.message;
        }
      }
    } catch {
      rebuilt = 'The search index could not be read and will be rebuilt';
    }
    return { articles: { ...this.#articles }, notes: { ...this.#notes }, rebuilt, summary: rebuilt === null ? this.#summary : null };
  }

  #changed(): null {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.#save(), SAVE_AFTER_MS);
    return null;
  }

  async #save(): Promise<void> {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    await this.#cache.save({ key: 'index', index: this.#index.toJSON(), articles: this.#articles, notes: this.#notes, summary: this.#summary, savedAt: Date.now() });
  }
}

/** A port to a SearchService in this thread (Node tests; or where workers are not available). */
export function inProcessPort(service: SearchService): SearchPort {
  return {
    request: (message) => service.handle(message) as never,
    close: () => {},
  };
}

function isSummary(x: unknown): x is NotesSummary {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Partial<NotesSummary>;
  return typeof s.tagSignature === 'string' && typeof s.byArticle === 'object' && s.byArticle !== null;
}
