// The centre pane: the reader, the briefing composer, or a corpus view (a tag's passages across the library;
// search results, an actor's statements and matrices are the next), with a history like a browser's: back
// (Esc in a corpus view, Alt+Left, the mouse's back button) and forward (Alt+Right, the forward button).
// Going back to an article opens it where it was left. The window itself never navigates.
import type { AnnotationTarget } from '../core/anchoring';
import type { ReaderState } from './reader.svelte';

/** A corpus view: what it shows. Each kind is a component in features/corpus/ over its own state. */
export type CorpusView =
  | { kind: 'tag-passages'; tagId: string }
  | { kind: 'search' }
  /** The pattern views, and the passages behind one of their cells (`key`: PatternsState.openCell). */
  | { kind: 'matrix' }
  | { kind: 'cooccurrence' }
  | { kind: 'timeline' }
  | { kind: 'cell-passages'; key: string }
  /** "What did X say": an actor's statements across the library (`key`: core/actors actorKey, after merges). */
  | { kind: 'actor'; key: string }
  /** Everyone the library's statements are attributed to. */
  | { kind: 'actors' };

export type CentreEntry = { kind: 'reader'; articleId: string | null } | { kind: 'composer' } | { kind: 'corpus'; view: CorpusView };

/** Steps kept in each direction. */
const HISTORY = 100;

function sameEntry(a: CentreEntry, b: CentreEntry): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'reader' && b.kind === 'reader') return a.articleId === b.articleId;
  if (a.kind === 'corpus' && b.kind === 'corpus') return JSON.stringify(a.view) === JSON.stringify(b.view);
  return true;
}

export class CentreState {
  current = $state.raw<CentreEntry>({ kind: 'reader', articleId: null });
  #back = $state.raw<CentreEntry[]>([]);
  #forward = $state.raw<CentreEntry[]>([]);
  readonly #reader: ReaderState;

  canGoBack = $derived(this.#back.length > 0);
  canGoForward = $derived(this.#forward.length > 0);
  /** What the centre pane shows now. */
  kind = $derived(this.current.kind);

  constructor(reader: ReaderState) {
    this.#reader = reader;
  }

  /** Opens an article (at `at`, a passage's target, when given) as a new step of the history. */
  async openArticle(articleId: string, at?: AnnotationTarget): Promise<void> {
    this.#go({ kind: 'reader', articleId });
    if (at) await this.#reader.openAt(articleId, at);
    else if (this.#reader.article?.id !== articleId) await this.#reader.open(articleId);
  }

  showComposer(): void {
    this.#go({ kind: 'composer' });
  }

  showCorpus(view: CorpusView): void {
    this.#go({ kind: 'corpus', view });
  }

  /** Shows the reader again on the article it holds (after a link or a paste opened one). */
  showReader(): void {
    this.#go({ kind: 'reader', articleId: this.#reader.article?.id ?? null });
  }

  /** Esc in a corpus view: back to the reader (the step before, when that was the reader). */
  async leaveCorpus(): Promise<void> {
    if (this.current.kind !== 'corpus') return;
    if (this.#back.at(-1)?.kind === 'reader') await this.back();
    else this.showReader();
  }

  async back(): Promise<void> {
    const to = this.#back.at(-1);
    if (!to) return;
    this.#back = this.#back.slice(0, -1);
    this.#forward = [...this.#forward.slice(-HISTORY + 1), this.current];
    await this.#show(to);
  }

  async forward(): Promise<void> {
    const to = this.#forward.at(-1);
    if (!to) return;
    this.#forward = this.#forward.slice(0, -1);
    this.#back = [...this.#back.slice(-HISTORY + 1), this.current];
    await this.#show(to);
  }

  #go(entry: CentreEntry): void {
    // The reader entry follows the article the reader holds now (opened from a link, or deleted).
    const here = this.current.kind === 'reader' ? { kind: 'reader' as const, articleId: this.#reader.article?.id ?? null } : this.current;
    if (sameEntry(here, entry)) {
      this.current = entry;
      return;
    }
    if (!(here.kind === 'reader' && here.articleId === null)) this.#back = [...this.#back.slice(-HISTORY + 1), here];
    this.#forward = [];
    this.current = entry;
  }

  async #show(entry: CentreEntry): Promise<void> {
    this.current = entry;
    if (entry.kind === 'reader' && entry.articleId && this.#reader.article?.id !== entry.articleId) await this.#reader.open(entry.articleId);
  }
}
