// The open article and everything done to it: statements, the current statement, tagging by key, notes
// and the memo saved as typed, and the briefing export. Components only wire to this.
import { anchorAll, describeRange } from '../core/anchoring';
import type { Article } from '../core/article';
import { toBriefingInput, type PlacedAnnotation } from '../core/briefing';
import { renderArticleBriefing, slugify } from '../core/markdown';
import { buildReadingModel, statementId, toStatements, type Statement } from '../core/reading-model';
import { segment } from '../core/segment';
import { SvelteMap } from 'svelte/reactivity';
import { untrack } from 'svelte';
import { annotations, memos, tags, type AnnotationRecord, type TagRecord } from '../db';
import { LiveQuery } from './live-query.svelte';
import { WriteQueue } from './write-queue.svelte';

export interface Placed extends PlacedAnnotation {
  record: AnnotationRecord;
}

export interface StatementDecor {
  /** Space-separated tag names, for the statement's `data-tags` attribute. */
  names: string;
  color: string | null;
}

/** A tagging action that can be undone. Toggles are their own inverse; a deletion's inverse restores. */
type UndoOp =
  | { kind: 'toggle'; statementId: string; tagId: string }
  | { kind: 'delete'; statementId: string; record: AnnotationRecord }
  | { kind: 'restore'; statementId: string; record: AnnotationRecord };

const UNTAGGED: StatementDecor = { names: '', color: null };

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}

export class ReaderState {
  article = $state.raw<Article | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  currentId = $state<string | null>(null);
  /** A short message for the app's status line (role="status"). */
  message = $state('');

  readonly writes = new WriteQueue();
  readonly #records = new LiveQuery<AnnotationRecord[]>(
    () => (this.article ? annotations.forArticle(this.article.id) : []),
    () => this.article?.id,
  );
  readonly #tags = new LiveQuery<TagRecord[]>(() => tags.all());
  /** Statement key -> id of an annotation created in this session but not yet seen by the live query. */
  #created = new Map<string, string>();
  #openToken = 0;
  #undo: UndoOp[] = [];
  #redo: UndoOp[] = [];

  statements = $derived.by<Statement[]>(() => {
    const a = this.article;
    return a ? toStatements(a.blocks, segment(a.text, a.blocks, a.lang)) : [];
  });
  units = $derived(this.article ? buildReadingModel(this.article, this.statements) : []);
  statementIndex = $derived(new Map(this.statements.map((s, i) => [s.id, i])));
  tagList = $derived(this.#tags.current ?? []);
  tagsById = $derived(new Map(this.tagList.map((t) => [t.id, t])));
  keyedTags = $derived(
    this.tagList.filter((t) => t.key !== null).sort((a, b) => (a.key ?? 0) - (b.key ?? 0)),
  );

  /** Every annotation of the article with where it is now (null range: an orphan, kept and shown). */
  placed = $derived.by<Placed[]>(() => {
    const article = this.article;
    const records = this.#records.current ?? [];
    if (!article) return [];
    const anchors = anchorAll(article.text, article.contentHash, records.map((r) => r.target));
    return records.map((record, i) => {
      const anchored = anchors[i];
      const range = anchored && anchored.state === 'anchored' ? { start: anchored.start, end: anchored.end } : null;
      return { id: record.id, record, tagIds: record.tagIds, note: record.note, quote: record.target.quote.exact, range };
    });
  });
  /** Statement id -> the annotation covering exactly that statement. */
  byStatement = $derived(
    new Map(this.placed.flatMap((p) => (p.range ? [[statementId(p.range.start, p.range.end), p] as const] : []))),
  );
  current = $derived(this.currentId ? this.statements[this.statementIndex.get(this.currentId) ?? -1] ?? null : null);
  currentAnnotation = $derived(this.currentId ? this.byStatement.get(this.currentId) ?? null : null);
  inOrder = $derived(
    [...this.placed].sort((a, b) => (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity)),
  );
  memo = new LiveQuery<string>(
    async () => (this.article ? (await memos.get(this.article.id))?.body ?? '' : ''),
    () => this.article?.id,
  );

  /**
   * How each tagged statement looks (tag names for `data-tags`, the first tag's colour), kept per key so
   * that tagging one statement of thousands updates that one statement only.
   */
  readonly #decor = new SvelteMap<string, StatementDecor>();
  /**
   * Tags a key press has set on a statement but the database has not yet confirmed: shown at once, so the
   * highlight appears in the next frame, not after the write. Dropped once the stored tags agree.
   */
  readonly #pendingTags = new SvelteMap<string, readonly string[]>();

  constructor() {
    $effect(() => {
      const tagIdsById = new Map<string, readonly string[]>();
      for (const [id, placed] of this.byStatement) tagIdsById.set(id, placed.tagIds);
      for (const [id, pending] of this.#pendingTags) {
        if (sameTags(tagIdsById.get(id) ?? [], pending)) untrack(() => this.#pendingTags.delete(id));
        else tagIdsById.set(id, pending);
      }
      const next = new Map<string, StatementDecor>();
      for (const [id, tagIds] of tagIdsById) {
        const tagged = tagIds.flatMap((tagId) => this.tagsById.get(tagId) ?? []);
        if (tagged.length > 0) next.set(id, { names: tagged.map((t) => t.name).join(' '), color: tagged[0]!.color });
      }
      untrack(() => {
        for (const id of [...this.#decor.keys()]) if (!next.has(id)) this.#decor.delete(id);
        for (const [id, decor] of next) {
          const old = this.#decor.get(id);
          if (!old || old.names !== decor.names || old.color !== decor.color) this.#decor.set(id, decor);
        }
      });
    });
  }

  /** Tag names and colour of a statement; reading it subscribes to that statement only. */
  decorOf(statementId: string): StatementDecor {
    return this.#decor.get(statementId) ?? UNTAGGED;
  }

  async open(id: string): Promise<void> {
    const token = ++this.#openToken;
    this.loading = true;
    this.error = null;
    const result = await window.api.readArticle({ id });
    if (token !== this.#openToken) return;
    this.loading = false;
    if (!result.ok) {
      this.error = result.error.message;
      return;
    }
    this.#created.clear();
    this.#pendingTags.clear();
    this.#undo = [];
    this.#redo = [];
    this.currentId = null;
    this.article = result.value;
  }

  select(id: string | null): void {
    this.currentId = id;
  }

  /** Moves the current statement by `delta` (arrow keys, j/k). */
  move(delta: number): void {
    if (this.statements.length === 0) return;
    const at = this.currentId ? this.statementIndex.get(this.currentId) ?? -1 : -1;
    const next = Math.min(this.statements.length - 1, Math.max(0, at < 0 ? 0 : at + delta));
    this.currentId = this.statements[next]!.id;
  }

  /** Toggles the tag on key `key` (1-9) on the current statement. */
  toggleKey(key: number): void {
    const tag = this.keyedTags.find((t) => t.key === key);
    if (tag) this.toggleTag(tag.id);
  }

  toggleTag(tagId: string): void {
    const statement = this.current;
    if (statement) this.#toggle(statement, tagId, 'record');
  }

  /** Creates the tag at `path` if needed (parents too) and toggles it on the current statement. */
  async toggleTagPath(path: string): Promise<void> {
    const statement = this.current;
    if (!statement) return;
    const tag = await tags.ensurePath(path);
    if (tag) this.#toggle(statement, tag.id, 'record');
  }

  /** Deletes the current statement's annotation (tags and note); Ctrl+Z brings it back. */
  deleteCurrent(): void {
    const statement = this.current;
    if (!statement) return;
    const id = this.#annotationIdFor(statement);
    if (!id) return;
    this.#pendingTags.set(statement.id, []);
    void this.#write(async () => {
      const removed = await annotations.remove(id);
      this.#created.delete(statement.id);
      if (removed) this.#pushUndo({ kind: 'delete', record: removed, statementId: statement.id });
    }, 'Deleted. Press Ctrl+Z to undo.');
  }

  undo(): void {
    const op = this.#undo.pop();
    if (op) this.#apply(op, this.#redo);
  }

  redo(): void {
    const op = this.#redo.pop();
    if (op) this.#apply(op, this.#undo);
  }

  #pushUndo(op: UndoOp): void {
    this.#undo.push(op);
    if (this.#undo.length > 500) this.#undo.shift();
    this.#redo.length = 0;
  }

  /** Applies the inverse of `op` and records the inverse of that on `stack` (undo <-> redo). */
  #apply(op: UndoOp, stack: UndoOp[]): void {
    const statement = this.statements[this.statementIndex.get(op.statementId) ?? -1];
    if (op.kind === 'toggle') {
      if (!statement) return;
      this.currentId = statement.id;
      this.#toggle(statement, op.tagId, 'none');
      stack.push(op);
      return;
    }
    if (op.kind === 'delete') {
      this.#pendingTags.set(op.statementId, op.record.tagIds);
      if (statement) this.currentId = statement.id;
      void this.#write(async () => {
        await annotations.restore(op.record);
        this.#created.set(op.statementId, op.record.id);
        stack.push({ kind: 'restore', record: op.record, statementId: op.statementId });
      });
      return;
    }
    // Redo of a deletion: delete again.
    this.#pendingTags.set(op.statementId, []);
    void this.#write(async () => {
      const removed = await annotations.remove(op.record.id);
      this.#created.delete(op.statementId);
      if (removed) stack.push({ kind: 'delete', record: removed, statementId: op.statementId });
    });
  }

  #toggle(statement: Statement, tagId: string, history: 'record' | 'none'): void {
    const article = this.article;
    if (!article) return;
    const shown = this.#pendingTags.get(statement.id) ?? this.byStatement.get(statement.id)?.tagIds ?? [];
    this.#pendingTags.set(statement.id, shown.includes(tagId) ? shown.filter((t) => t !== tagId) : [...shown, tagId]);
    if (history === 'record') this.#pushUndo({ kind: 'toggle', statementId: statement.id, tagId });
    void this.#write(async () => {
      const existing = this.#annotationIdFor(statement);
      const remaining = existing ? await annotations.toggleTag(existing, tagId) : null;
      if (remaining === null) return this.#create(article, statement, { tagIds: [tagId] });
      if (remaining.length === 0 && existing && (await annotations.removeIfEmpty(existing))) {
        this.#created.delete(statement.id);
      }
    });
  }

  /** Saves the note of the current statement's annotation as it is typed (creating the annotation if needed). */
  setNote(note: string): void {
    const statement = this.current;
    const article = this.article;
    if (!statement || !article) return;
    void this.#write(async () => {
      const existing = this.#annotationIdFor(statement);
      if (existing && (await annotations.setNote(existing, note))) return;
      if (note !== '') await this.#create(article, statement, { note });
    });
  }

  async #create(article: Article, statement: Statement, fields: { tagIds?: string[]; note?: string }): Promise<void> {
    const record = await annotations.create({
      articleId: article.id,
      target: describeRange(article.text, statement.start, statement.end, article.contentHash),
      ...fields,
    });
    this.#created.set(statement.id, record.id);
  }

  setMemo(body: string): void {
    const article = this.article;
    if (article) void this.#write(() => memos.set(article.id, body));
  }

  async exportBriefing(): Promise<void> {
    const article = this.article;
    if (!article) return;
    await this.writes.flush();
    const records = await annotations.forArticle(article.id);
    const anchors = anchorAll(article.text, article.contentHash, records.map((r) => r.target));
    const placed: PlacedAnnotation[] = records.map((r, i) => {
      const a = anchors[i];
      return {
        id: r.id,
        tagIds: r.tagIds,
        note: r.note,
        quote: r.target.quote.exact,
        range: a && a.state === 'anchored' ? { start: a.start, end: a.end } : null,
      };
    });
    const memo = (await memos.get(article.id))?.body ?? '';
    const markdown = renderArticleBriefing(toBriefingInput(article, placed, this.tagList, memo, new Date()));
    this.message = 'Exporting…';
    const result = await window.api.writeExport({ fileName: `${slugify(article.title)}.md`, content: markdown });
    if (!result.ok) this.message = `Export failed: ${result.error.message}`;
    else this.message = result.value ? `Exported ${result.value.fileName}` : 'Export cancelled';
  }

  #annotationIdFor(statement: Statement): string | null {
    return this.byStatement.get(statement.id)?.id ?? this.#created.get(statement.id) ?? null;
  }

  async #write(write: () => Promise<unknown>, done = 'Saved'): Promise<void> {
    this.message = 'Saving…';
    await this.writes.run(write);
    if (this.writes.failure) this.#pendingTags.clear();
    if (this.writes.pending === 0) {
      this.message = this.writes.failure ? `Not saved: ${this.writes.failure}` : done;
    }
  }
}
