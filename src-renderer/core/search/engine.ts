// The library's full-text search index: articles with their annotations, memos and briefings, searched
// with the query language of query.ts, updated one record at a time, and saved and loaded as JSON.
//
// Why our own index rather than MiniSearch or FlexSearch: both were measured side by side on the same
// 10,000 generated articles and 100,000 annotations (tests/bench/cases/search.ts; figures of one run on the
// shared 2-core machine, ours / MiniSearch / FlexSearch): built in 9.0 / 20.2 / 14.0 s; loaded from JSON in
// 0.58 / 3.7 / 3.4 s (ours 0.25 s from the stored object, without JSON.parse; the target is 0.3 s); query
// p95 10.9 / 48.6 / 1.8 ms (FlexSearch set up plainly: no stems, typos, phrases or field weights). Neither keeps
// word positions, so phrases, "words near each other above scattered ones" and excerpts with highlighted
// words would each need a second pass over the texts of every candidate; MiniSearch's fuzzy match is
// Levenshtein (a swap of two letters is two edits, so one forgiven typo misses "Ptuin") and it cannot tell
// an exact match from a stemmed one once the stemmer runs in processTerm. Our index loads lazily: a word's
// postings stay encoded until a query first needs them. What we take from libraries is the part that is
// hard to get right: the Snowball stemmers (@orama/stemmers, see analyze.ts).

import { err, ok, type Result } from '../result';
import { parseQuery, type Query } from './query';
import { evaluate } from './search';
import { F, INDEX_FORMAT, INDEX_VERSION, IndexStore, type SerialisedIndex } from './store';
import type { AnnotationDoc, ArticleDoc, BriefingDoc, MemoDoc, SearchOptions, SearchResults } from './types';

export type { SerialisedIndex } from './store';
export { INDEX_VERSION } from './store';

export class SearchIndex {
  #store: IndexStore;

  constructor(store = new IndexStore()) {
    this.#store = store;
  }

  /** Loads a serialised index. A damaged one, or one of another version, is an error: rebuild it then. */
  static fromJSON(data: unknown): Result<SearchIndex> {
    if (!isObject(data) || data['format'] !== INDEX_FORMAT) return err('DAMAGED', 'The search index is damaged and will be rebuilt');
    if (data['version'] !== INDEX_VERSION) return err('UNSUPPORTED', 'The search index is from another version and will be rebuilt');
    if (!isShaped(data)) return err('DAMAGED', 'The search index is damaged and will be rebuilt');
    try {
      return ok(new SearchIndex(IndexStore.deserialise(data)));
    } catch {
      return err('DAMAGED', 'The search index is damaged and will be rebuilt');
    }
  }

  /** Plain JSON data (strings and arrays of strings): JSON.stringify it to save. Dead records are left out. */
  toJSON(): SerialisedIndex {
    return this.#store.serialise();
  }

  /** Adds an article or replaces the one with its id (its annotations, memos and briefings stay). */
  putArticle(doc: ArticleDoc): void {
    const fields: (string | undefined)[] = [];
    fields[F.title] = doc.title;
    fields[F.source] = doc.source;
    fields[F.byline] = doc.byline;
    fields[F.text] = doc.text;
    this.#store.put(`a:${doc.id}`, `article:${doc.id}`, doc.lang, fields);
    this.#compactIfNeeded();
  }

  /** Removes the article's own record; its annotations stay indexed but no longer make it a result. */
  removeArticle(id: string): boolean {
    return this.#removed(this.#store.remove(`a:${id}`));
  }

  putAnnotation(doc: AnnotationDoc): void {
    const fields: (string | undefined)[] = [];
    fields[F.quote] = doc.quote;
    fields[F.note] = doc.note;
    fields[F.tags] = doc.tags && doc.tags.length > 0 ? doc.tags.join('\n') : undefined;
    this.#store.put(`n:${doc.id}`, `article:${doc.articleId}`, this.#langOf(doc.articleId), fields);
    this.#compactIfNeeded();
  }

  removeAnnotation(id: string): boolean {
    return this.#removed(this.#store.remove(`n:${id}`));
  }

  putMemo(doc: MemoDoc): void {
    const fields: (string | undefined)[] = [];
    fields[F.memo] = doc.text;
    this.#store.put(`m:${doc.id}`, `article:${doc.articleId}`, this.#langOf(doc.articleId), fields);
    this.#compactIfNeeded();
  }

  removeMemo(id: string): boolean {
    return this.#removed(this.#store.remove(`m:${id}`));
  }

  putBriefing(doc: BriefingDoc): void {
    const fields: (string | undefined)[] = [];
    fields[F.briefingTitle] = doc.title;
    fields[F.briefing] = doc.text;
    const group = doc.articleId === undefined ? `briefing:${doc.id}` : `article:${doc.articleId}`;
    this.#store.put(`b:${doc.id}`, group, doc.articleId === undefined ? undefined : this.#langOf(doc.articleId), fields);
    this.#compactIfNeeded();
  }

  removeBriefing(id: string): boolean {
    return this.#removed(this.#store.remove(`b:${id}`));
  }

  /** Whether a record is indexed: kind 'article' | 'annotation' | 'memo' | 'briefing'. */
  has(kind: 'article' | 'annotation' | 'memo' | 'briefing', id: string): boolean {
    return this.#store.recByKey.has(`${KIND_PREFIX[kind]}:${id}`);
  }

  /** How many records (articles, annotations, memos, briefings) are indexed. */
  get size(): number {
    return this.#store.live;
  }

  /** Searches with a query string (parse errors come back as the error) or a parsed query. */
  search(query: string | Query, options?: SearchOptions): Result<SearchResults> {
    const parsed = typeof query === 'string' ? parseQuery(query) : ok(query);
    if (!parsed.ok) return parsed;
    return ok(evaluate(this.#store, parsed.value, options));
  }

  /** Annotations and memos take their article's language (Russian notes on a Russian article stem as Russian). */
  #langOf(articleId: string): string | undefined {
    const rec = this.#store.recByKey.get(`a:${articleId}`);
    return rec === undefined ? undefined : this.#store.recLang[rec];
  }

  #removed(done: boolean): boolean {
    if (done) this.#compactIfNeeded();
    return done;
  }

  /** Notes saved as they are typed leave a dead record per save; once they outnumber the live ones, rewrite. */
  #compactIfNeeded(): void {
    const s = this.#store;
    if (s.dead > 1000 && s.dead > s.live) this.#store = IndexStore.deserialise(s.serialise());
  }
}

const KIND_PREFIX = { article: 'a', annotation: 'n', memo: 'm', briefing: 'b' } as const;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

function isShaped(d: Record<string, unknown>): d is Record<string, unknown> & SerialisedIndex {
  return (
    typeof d['terms'] === 'string' &&
    typeof d['stems'] === 'string' &&
    typeof d['postings'] === 'string' &&
    typeof d['postingLengths'] === 'string' &&
    typeof d['stemOrder'] === 'string' &&
    typeof d['recordData'] === 'string' &&
    typeof d['checksum'] === 'number' &&
    isStringArray(d['recordIds']) &&
    isStringArray(d['langs']) &&
    isStringArray(d['texts']) &&
    isStringArray(d['groups'])
  );
}
