// The search index's home: a SearchIndex with what it was built from, saved to its own database a moment
// after it changes, and the one place queries run. It runs in a Web Worker in the app (search.worker.ts),
// so building and querying never hold up the page, and in process in Node tests; either way it is reached
// through messages of this protocol.
import { SearchIndex } from '../../core/search/engine';
import type { AnnotationDoc, ArticleDoc, ArticleFacts, BriefingDoc, MemoDoc, SearchResults } from '../../core/search/types';
import type { Result } from '../../core/result';
import type { SearchCache } from '../../db/search-cache';
import { actorKey } from '../../core/actors';
import { libraryKeyMap } from '../../core/actors/library-keys';
import type { SpeakerKind } from '../../core/actors/types';

/**
 * A statement of an article with the speaker its analysis suggests: kept beside the index for the
 * library-wide "What did X say" view (the user's decisions are applied by the caller, from its database).
 */
export interface SpeakerDoc {
  start: number;
  end: number;
  speaker: string;
  speakerType: 'person' | 'org';
  kind: SpeakerKind;
  /** The statement's text (its first 1,000 characters). */
  text: string;
}

/** A statement found for an actor: the article it is in, and what it says. */
export interface ActorStatement extends SpeakerDoc {
  articleId: string;
}

/** An actor of the library: everyone a statement is attributed to, under one name key. */
export interface LibraryActor {
  key: string;
  /** The name as most often written. */
  name: string;
  statements: number;
  articles: number;
}

/** The field of the saved index that holds the speakers (taken off before the index itself is read). */
const SPEAKERS_FIELD = 'speakersByArticle';

export type SearchRequest =
  | { type: 'load' }
  | { type: 'put-articles'; docs: (ArticleDoc & { fingerprint: string; speakers?: SpeakerDoc[] })[] }
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
  /**
   * Every statement attributed to one of the actors keyed `keys` (see core/actors actorKey), each key taken
   * as the library-wide actor it stands for (libraryKeyMap: a surname alone joins the one full name).
   */
  | { type: 'actor-statements'; keys: string[] }
  /** The library-wide actor each key stands for. */
  | { type: 'actor-keys'; keys: string[] }
  /** Every actor with a statement, most statements first. */
  | { type: 'actors' }
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

export type SearchReply<R extends SearchRequest> = R extends { type: 'load' }
  ? Loaded
  : R extends { type: 'search' }
    ? Result<SearchResults>
    : R extends { type: 'actor-statements' }
      ? ActorStatement[]
      : R extends { type: 'actor-keys' }
        ? string[]
      : R extends { type: 'actors' }
        ? LibraryActor[]
        : null;

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
  /** Article id -> its statements with a suggested speaker. */
  #speakers: Record<string, SpeakerDoc[]> = {};
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
        for (const { fingerprint, speakers, ...doc } of message.docs) {
          this.#index.putArticle(doc);
          this.#articles[doc.id] = fingerprint;
          if (speakers && speakers.length > 0) this.#speakers[doc.id] = speakers;
          else delete this.#speakers[doc.id];
        }
        return this.#changed();
      case 'remove-articles':
        for (const id of message.ids) {
          this.#index.removeArticle(id);
          delete this.#articles[id];
          delete this.#speakers[id];
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
      case 'actor-statements': {
        const canonical = this.#actorKeys();
        const keys = new Set(message.keys.map((k) => canonical.get(k) ?? k));
        const out: ActorStatement[] = [];
        for (const [articleId, list] of Object.entries(this.#speakers)) {
          for (const s of list) if (keys.has(canonical.get(actorKey(s.speaker))!)) out.push({ articleId, ...s });
        }
        return out;
      }
      case 'actor-keys': {
        const canonical = this.#actorKeys();
        return message.keys.map((k) => canonical.get(k) ?? k);
      }
      case 'actors':
        return this.#actors();
      case 'save':
        await this.#save();
        return null;
    }
  }

  /** Every speaker's key -> the library-wide actor it stands for. */
  #actorKeys(): Map<string, string> {
    const keys = new Set<string>();
    for (const list of Object.values(this.#speakers)) for (const s of list) keys.add(actorKey(s.speaker));
    return libraryKeyMap(keys);
  }

  #actors(): LibraryActor[] {
    const canonical = this.#actorKeys();
    const byKey = new Map<string, { names: Map<string, number>; statements: number; articles: Set<string> }>();
    for (const [articleId, list] of Object.entries(this.#speakers)) {
      for (const s of list) {
        const key = canonical.get(actorKey(s.speaker))!;
        let actor = byKey.get(key);
        if (!actor) byKey.set(key, (actor = { names: new Map(), statements: 0, articles: new Set() }));
        actor.names.set(s.speaker, (actor.names.get(s.speaker) ?? 0) + 1);
        actor.statements++;
        actor.articles.add(articleId);
      }
    }
    return [...byKey]
      .map(([key, a]) => ({
        key,
        name: [...a.names].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]![0],
        statements: a.statements,
        articles: a.articles.size,
      }))
      .sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
  }

  async #load(): Promise<Loaded> {
    let rebuilt: string | null = 'There was no search index yet.';
    try {
      const row = await this.#cache.load();
      if (row) {
        const { [SPEAKERS_FIELD]: speakers, ...index } = (row.index ?? {}) as Record<string, unknown>;
        const loaded = SearchIndex.fromJSON(index);
        if (loaded.ok) {
          this.#speakers = isSpeakers(speakers) ? speakers : {};
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
    await this.#cache.save({ key: 'index', index: { ...this.#index.toJSON(), [SPEAKERS_FIELD]: this.#speakers }, articles: this.#articles, notes: this.#notes, summary: this.#summary, savedAt: Date.now() });
  }
}

/** A port to a SearchService in this thread (Node tests; or where workers are not available). */
export function inProcessPort(service: SearchService): SearchPort {
  return {
    request: (message) => service.handle(message) as never,
    close: () => {},
  };
}

function isSpeakers(x: unknown): x is Record<string, SpeakerDoc[]> {
  return typeof x === 'object' && x !== null && Object.values(x).every(Array.isArray);
}

function isSummary(x: unknown): x is NotesSummary {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Partial<NotesSummary>;
  return typeof s.tagSignature === 'string' && typeof s.byArticle === 'object' && s.byArticle !== null;
}
