// Where the pattern views' numbers are computed: the passage facts (read from the annotations table here, a
// page at a time, then followed), the articles and codebook as last sent, and the result of the last
// computation of each view, whose cells are opened from it. It runs in a Web Worker in the app
// (patterns.worker.ts, over its own connection to the database: reading 100,000 annotations on the page's
// thread held it up to 120 ms a page, and a co-occurrence of them takes about 110 ms) and in process in Node
// tests, reached through messages of this protocol either way.
import {
  computeCooccurrence,
  computeMatrix,
  computeTimeline,
  type CellItem,
  type CooccurrenceMode,
  type Granularity,
  type MatrixGrouping,
  type TimelineLanes,
  type PassageFact,
  type PatternArticle,
  type PatternFilters,
  type PatternKind,
  type PatternResult,
  type PatternTable,
  type PatternTag,
} from '../../core/patterns';
import type { AnnotationRecord, Repositories } from '../../db';

/** What the service reads the annotations through (the annotations repository). */
export type AnnotationSource = Pick<Repositories['annotations'], 'page' | 'changedSince' | 'count' | 'ids' | 'getMany'>;

/** Annotations read per step of the first load. */
const LOAD_PAGE = 2000;

/** What to compute: a view with its options and the shared filters (a search's articles as a list). */
export interface PatternQuery {
  kind: PatternKind;
  grouping: MatrixGrouping;
  mode: CooccurrenceMode;
  granularity: Granularity;
  lanes?: TimelineLanes;
  filters: Omit<PatternFilters, 'articleIds'> & { articleIds?: string[] | null };
  collapsed: string[];
}

/** A computed view: its table, and per row whether it has rows under it (for the collapse buttons). */
export interface PatternAnswer {
  table: PatternTable;
  hasChildren: boolean[];
  /** Milliseconds the computation took where it ran. */
  ms: number;
}

export type PatternRequest =
  /** Reads the next page of annotations (from the first after a reset); says how many so far and whether done. */
  | { type: 'load-step'; reset?: boolean }
  /** Reads what was written since the last look (and which went); says whether anything changed. */
  | { type: 'follow' }
  | { type: 'put-facts'; facts: PassageFact[]; remove: string[]; reset?: boolean }
  | { type: 'articles'; articles: PatternArticle[] }
  | { type: 'tags'; tags: PatternTag[] }
  | { type: 'compute'; query: PatternQuery }
  | { type: 'items'; kind: PatternKind; row: number; column: number };

export type PatternReply<R extends PatternRequest> = R extends { type: 'compute' }
  ? PatternAnswer
  : R extends { type: 'items' }
    ? CellItem[]
    : R extends { type: 'load-step' }
      ? { read: number; done: boolean }
      : R extends { type: 'follow' }
        ? { changed: boolean }
        : null;

export interface PatternPort {
  request<R extends PatternRequest>(message: R): Promise<PatternReply<R>>;
  close(): void;
}

export class PatternService {
  readonly #source: AnnotationSource | null;
  /** Tagged annotations' facts, by id. */
  #facts = new Map<string, PassageFact>();
  /** Every annotation's id (tagged or not) as last read, to tell which went when the count differs. */
  #ids = new Set<string>();
  #after: string | null = null;
  #writtenUpTo = 0;
  #list: PassageFact[] | null = null;
  #articles: PatternArticle[] = [];
  #tags: PatternTag[] = [];
  #last = new Map<PatternKind, PatternResult>();

  constructor(source: AnnotationSource | null = null) {
    this.#source = source;
  }

  handle(message: PatternRequest): unknown {
    switch (message.type) {
      case 'load-step':
        return this.#loadStep(message.reset ?? false);
      case 'follow':
        return this.#follow();
      case 'put-facts':
        if (message.reset) this.#facts.clear();
        for (const id of message.remove) this.#facts.delete(id);
        for (const f of message.facts) {
          if (f.tagIds.length > 0) this.#facts.set(f.id, f);
          else this.#facts.delete(f.id);
        }
        this.#list = null;
        return null;
      case 'articles':
        this.#articles = message.articles;
        return null;
      case 'tags':
        this.#tags = message.tags;
        return null;
      case 'compute':
        return this.#compute(message.query);
      case 'items':
        return this.#last.get(message.kind)?.items(message.row, message.column) ?? [];
    }
  }

  async #loadStep(reset: boolean): Promise<{ read: number; done: boolean }> {
    if (!this.#source) return { read: 0, done: true };
    if (reset) {
      this.#facts.clear();
      this.#ids.clear();
      this.#after = null;
      this.#list = null;
    }
    const page = await this.#source.page(this.#after, LOAD_PAGE);
    this.#take(page);
    if (page.length > 0) this.#after = page[page.length - 1]!.id;
    return { read: this.#ids.size, done: page.length < LOAD_PAGE };
  }

  /**
   * Annotations written since the last look (a note typed is one record); when the count then differs,
   * the table's ids say which went, and any back with their old times (an undone deletion) are read by id.
   */
  async #follow(): Promise<{ changed: boolean }> {
    const source = this.#source;
    if (!source) return { changed: false };
    const changed = await source.changedSince(this.#writtenUpTo);
    this.#take(changed);
    let moved = changed.length > 0;
    if ((await source.count()) !== this.#ids.size) {
      const live = new Set(await source.ids());
      for (const id of this.#ids) {
        if (live.has(id)) continue;
        this.#ids.delete(id);
        this.#facts.delete(id);
        moved = true;
      }
      const back = await source.getMany([...live].filter((id) => !this.#ids.has(id)));
      this.#take(back);
      moved ||= back.length > 0;
    }
    if (moved) this.#list = null;
    return { changed: moved };
  }

  #take(records: readonly AnnotationRecord[]): void {
    for (const a of records) {
      this.#ids.add(a.id);
      if (a.updatedAt > this.#writtenUpTo) this.#writtenUpTo = a.updatedAt;
      if (a.tagIds.length > 0) this.#facts.set(a.id, { id: a.id, articleId: a.articleId, tagIds: a.tagIds, start: a.target.position.start, end: a.target.position.end });
      else this.#facts.delete(a.id);
    }
    if (records.length > 0) this.#list = null;
  }

  #compute(query: PatternQuery): PatternAnswer {
    const t0 = performance.now();
    this.#list ??= [...this.#facts.values()];
    const { articleIds, ...rest } = query.filters;
    const input = {
      facts: this.#list,
      articles: this.#articles,
      tags: this.#tags,
      filters: { ...rest, ...(articleIds ? { articleIds: new Set(articleIds) } : {}) },
      collapsed: new Set(query.collapsed),
    };
    const result =
      query.kind === 'matrix'
        ? computeMatrix(input, query.grouping)
        : query.kind === 'cooccurrence'
          ? computeCooccurrence(input, query.mode)
          : computeTimeline(input, query.granularity, query.lanes);
    this.#last.set(query.kind, result);
    return { table: result.table, hasChildren: result.hasChildren, ms: performance.now() - t0 };
  }
}

/** The service in this thread over `source` (Node tests, or where there are no workers). */
export function inProcessPatternPort(source: AnnotationSource | null): PatternPort {
  const service = new PatternService(source);
  return {
    request: async (message) => service.handle(message) as never,
    close: () => {},
  };
}
