// Where the pattern views' numbers are computed: the passage facts, articles and codebook as last sent, and
// the result of the last computation of each view, whose cells are opened from it. It runs in a Web Worker in
// the app (patterns.worker.ts; at 100,000 passages a co-occurrence takes about 110 ms, too long for the page's
// thread) and in process in Node tests, reached through messages of this protocol either way.
import {
  computeCooccurrence,
  computeMatrix,
  computeTimeline,
  type CellItem,
  type CooccurrenceMode,
  type Granularity,
  type MatrixGrouping,
  type PassageFact,
  type PatternArticle,
  type PatternFilters,
  type PatternKind,
  type PatternResult,
  type PatternTable,
  type PatternTag,
} from '../../core/patterns';

/** What to compute: a view with its options and the shared filters (a search's articles as a list). */
export interface PatternQuery {
  kind: PatternKind;
  grouping: MatrixGrouping;
  mode: CooccurrenceMode;
  granularity: Granularity;
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
  | { type: 'put-facts'; facts: PassageFact[]; remove: string[]; reset?: boolean }
  | { type: 'articles'; articles: PatternArticle[] }
  | { type: 'tags'; tags: PatternTag[] }
  | { type: 'compute'; query: PatternQuery }
  | { type: 'items'; kind: PatternKind; row: number; column: number };

export type PatternReply<R extends PatternRequest> = R extends { type: 'compute' } ? PatternAnswer : R extends { type: 'items' } ? CellItem[] : null;

export interface PatternPort {
  request<R extends PatternRequest>(message: R): Promise<PatternReply<R>>;
  close(): void;
}

export class PatternService {
  #facts = new Map<string, PassageFact>();
  #list: PassageFact[] | null = null;
  #articles: PatternArticle[] = [];
  #tags: PatternTag[] = [];
  #last = new Map<PatternKind, PatternResult>();

  handle(message: PatternRequest): unknown {
    switch (message.type) {
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
          : computeTimeline(input, query.granularity);
    this.#last.set(query.kind, result);
    return { table: result.table, hasChildren: result.hasChildren, ms: performance.now() - t0 };
  }
}

/** The service in this thread (Node tests, or where there are no workers). */
export function inProcessPatternPort(service = new PatternService()): PatternPort {
  return {
    request: async (message) => service.handle(message) as never,
    close: () => {},
  };
}
