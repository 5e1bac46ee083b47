// The article's annotations as the editor works on them: where each one is now, how tagged statements
// look, and every change (tags, notes, deletion) saved in order, shown at once, and undoable.
import { SvelteMap } from 'svelte/reactivity';
import { untrack } from 'svelte';
import { describeRange } from '../core/anchoring';
import type { Article } from '../core/article';
import { chipLabels } from '../core/codebook';
import { placeAnnotations, type PlacedAnnotation } from '../core/briefing';
import { checkPlacement, placementProblem, type PlacementReport } from '../core/placement';
import { statementId } from '../core/reading-model';
import type { AnnotationRecord, Repositories, TagRecord } from '../db';
import { LiveQuery } from './live-query.svelte';
import { WriteQueue } from './write-queue.svelte';

/** What a tagging action applies to: a statement, several statements, or a free passage. */
export interface Target {
  /** `statementId(start, end)`: equal to the statement's id when the target is one statement. */
  key: string;
  start: number;
  end: number;
}

export function targetOf(start: number, end: number): Target {
  return { key: statementId(start, end), start, end };
}

export interface Placed extends PlacedAnnotation {
  record: AnnotationRecord;
}

export interface Decor {
  /** Space-separated tag names, for a statement's `data-tags` attribute. */
  names: string;
  color: string | null;
  /**
   * With two tags or more, every tag's colour as a band (a CSS gradient, tinted by the stylesheet), so
   * none is hidden.
   */
  band: string | null;
  /** The annotation's note, shown when the statement is hovered. */
  note: string;
  /** An annotation with neither a known tag nor a note is still drawn (dotted), never invisible. */
  bare: boolean;
}

/**
 * Equal bands of each colour, top to bottom: `linear-gradient(to bottom, a 0% 50%, b 50% 100%)`. Stacked,
 * not side by side: a statement wrapped over lines draws its background line after line, so bands left to
 * right gave each colour only some of the lines (the second tag showed as a short underline at the end);
 * stacked, every line shows every colour.
 */
export function colorBand(colors: readonly string[]): string | null {
  if (colors.length < 2) return null;
  const step = 100 / colors.length;
  const stops = colors.map((c, i) => `${c} ${+(i * step).toFixed(2)}% ${+((i + 1) * step).toFixed(2)}%`);
  return `linear-gradient(to bottom, ${stops.join(', ')})`;
}

export const UNTAGGED: Decor = { names: '', color: null, band: null, note: '', bare: false };

export function sameDecor(a: Decor, b: Decor): boolean {
  return a.names === b.names && a.color === b.color && a.band === b.band && a.note === b.note && a.bare === b.bare;
}

/** Tag ids of several annotations on one range, each once, in the order first applied. */
function unionTags(group: readonly Placed[]): readonly string[] {
  if (group.length === 1) return group[0]!.tagIds;
  const out: string[] = [];
  for (const p of group) for (const id of p.tagIds) if (!out.includes(id)) out.push(id);
  return out;
}

type UndoOp =
  | { kind: 'toggle'; target: Target; tagId: string }
  | { kind: 'delete'; target: Target; record: AnnotationRecord }
  | { kind: 'restore'; target: Target; record: AnnotationRecord };

/** How long a tag set shown at a key press stays shown after its write, while the live query catches up. */
const PENDING_SETTLE_MS = 400;

export class TaggingState {
  /** A short message for the app's status line (role="status"). */
  message = $state('');
  readonly writes = new WriteQueue();
  readonly #annotations: Repositories['annotations'];
  readonly #tagRepo: Repositories['tags'];
  readonly #article: () => Article | null;
  readonly #onFocus: (target: Target) => void;
  /** The annotations of the article being opened or shown, with the id of that article. */
  readonly #records: LiveQuery<{ articleId: string | null; records: AnnotationRecord[] }>;
  readonly #tags: LiveQuery<TagRecord[]>;
  /** Target key -> id of an annotation created in this session but not yet seen by the live query. */
  #created = new Map<string, string>();
  #undo: UndoOp[] = [];
  #redo: UndoOp[] = [];
  /** Tags set by a key press but not yet confirmed by the database: shown at once, dropped once stored. */
  readonly #pending = new SvelteMap<string, readonly string[]>();
  /**
   * Writes not yet finished per target key. A pending look is kept while any is left and a moment after the
   * last: the live query can deliver an older state after a newer one (a read begun before a write committed
   * ends after it), so an equal state seen once proves nothing. Dropped on that evidence, a quick tag, untag,
   * tag again showed the older state and the next key press acted on it.
   */
  readonly #inFlight = new SvelteMap<string, number>();
  /** Bumped on each hold of a key, so a release's late drop never takes a newer hold's look away. */
  readonly #holds = new Map<string, number>();
  /** Notes typed but not yet seen back from the database, by target key: what the note field shows again. */
  readonly #typedNotes = new SvelteMap<string, string>();

  tagList = $derived.by(() => this.#tags.current ?? []);
  tagsById = $derived(new Map(this.tagList.map((t) => [t.id, t])));
  keyedTags = $derived(this.tagList.filter((t) => t.key !== null).sort((a, b) => (a.key ?? 0) - (b.key ?? 0)));
  /** How each tag's chip names it, by tag id: the parent always, more of the path where names repeat. */
  labels = $derived(chipLabels(this.tagList));

  /** Every annotation of the article with where it is now (null range: an orphan, kept and shown). */
  placed = $derived.by<Placed[]>(() => {
    const article = this.#article();
    const loaded = this.#records.current;
    // Records read for another article (the next one, while it opens) are not placed on this one.
    if (!article || !loaded || loaded.articleId !== article.id) return [];
    const { records } = loaded;
    return placeAnnotations(article, records).map((placed, i) => ({ ...placed, record: records[i]! }));
  });
  /**
   * Target key -> every annotation placed on exactly that range (several when identical annotations were
   * imported or restored, or two quotes were found on the same text): all of them are drawn.
   */
  groupsByKey = $derived.by(() => {
    const groups = new Map<string, Placed[]>();
    for (const p of this.placed) {
      if (!p.range) continue;
      const key = statementId(p.range.start, p.range.end);
      const group = groups.get(key);
      if (group) group.push(p);
      else groups.set(key, [p]);
    }
    return groups;
  });
  /** Target key -> the annotation edits on that range act on (the first, when several share it). */
  byKey = $derived(new Map([...this.groupsByKey].map(([key, group]) => [key, group[0]!] as const)));
  /** The article's annotations that cannot be placed in its current text: listed under Unplaced. */
  unplaced = $derived(this.placed.filter((p) => p.range === null));
  inOrder = $derived([...this.placed].sort((a, b) => (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity)));
  /** Tag ids per anchored range as shown now (stored, or pending a write). */
  shownTags = $derived.by(() => {
    const shown = new Map<string, { start: number; end: number; tagIds: readonly string[] }>();
    for (const [key, group] of this.groupsByKey) shown.set(key, { ...group[0]!.range!, tagIds: unionTags(group) });
    for (const [key, tagIds] of this.#pending) {
      const [start, end] = key.slice(1).split('-').map(Number) as [number, number];
      shown.set(key, { start, end, tagIds });
    }
    return shown;
  });

  /**
   * `article` is the article shown; `articleId` the one being opened, else the one shown (its annotations
   * are read while it opens); `onFocus` shows a target again (after undo).
   */
  constructor(
    repos: Pick<Repositories, 'annotations' | 'tags'>,
    article: () => Article | null,
    onFocus: (target: Target) => void,
    articleId: () => string | null = () => article()?.id ?? null,
  ) {
    const { annotations, tags } = repos;
    this.#annotations = annotations;
    this.#tagRepo = tags;
    this.#article = article;
    this.#onFocus = onFocus;
    this.#tags = new LiveQuery(() => tags.all());
    // Read as soon as an article starts opening (`articleId`), alongside the article itself, so its
    // highlights are ready for its first screen.
    this.#records = new LiveQuery(
      async () => {
        const id = articleId();
        return { articleId: id, records: id ? await annotations.forArticle(id) : [] };
      },
      () => articleId(),
      { nextTask: true },
    );
    // In development and tests, an annotation out of sight fails loudly (the built app skips the check).
    if (import.meta.env?.DEV) {
      $effect(() => {
        const problem = placementProblem(this.placementReport);
        if (problem) throw new Error(problem);
      });
    }
    // A pending tag set, or a typed note, is dropped once the database holds the same.
    $effect(() => {
      for (const [key, typed] of this.#typedNotes) {
        if ((this.byKey.get(key)?.note ?? '') === typed) untrack(() => this.#typedNotes.delete(key));
      }
    });
  }

  /**
   * The tags stored on `key`, in the order they were applied. Stored, not pending: the panel listing them
   * is drawn after the write, so a key press's frame holds only the highlight (drawing the chip in it too
   * made that frame late).
   */
  tagsOf(key: string): TagRecord[] {
    return (this.byKey.get(key)?.tagIds ?? []).flatMap((id) => this.tagsById.get(id) ?? []);
  }

  /** How each tagged or noted range looks; the reader copies changes into its per-statement cells. */
  decorByKey = $derived.by(() => {
    const out = new Map<string, Decor>();
    for (const [key, { tagIds }] of this.shownTags) {
      const group = this.groupsByKey.get(key);
      // A range whose tags are being taken off (pending none) and that holds nothing else goes undrawn.
      if (tagIds.length === 0 && this.#pending.has(key) && !group?.some((p) => p.note !== '')) continue;
      const tagged = tagIds.flatMap((tagId) => this.tagsById.get(tagId) ?? []);
      const note = group ? group.map((p) => p.note).filter((n) => n !== '').join('\n\n') : '';
      // Stored annotations are always drawn: one with neither a known tag nor a note is drawn bare.
      if (tagged.length === 0 && note === '' && !group) continue;
      const colors = tagged.map((t) => t.color);
      const bare = tagged.length === 0 && note === '';
      out.set(key, { names: tagged.map((t) => t.name).join(' '), color: colors[0] ?? null, band: colorBand(colors), note, bare });
    }
    return out;
  });

  /**
   * Whether every stored annotation of the article is drawn on its text or listed under Unplaced, exactly
   * once (core/placement). A range being untagged by the user (its write still pending) counts as drawn.
   */
  placementReport = $derived.by<PlacementReport>(() => {
    const drawn: string[] = [];
    for (const [key, group] of this.groupsByKey) {
      if (this.decorByKey.has(key) || this.#pending.get(key)?.length === 0) for (const p of group) drawn.push(p.id);
    }
    return checkPlacement(
      this.placed.map((p) => p.id),
      drawn,
      this.unplaced.map((p) => p.id),
    );
  });

  /** Forgets per-article history when another article opens. */
  reset(): void {
    this.#created.clear();
    this.#pending.clear();
    this.#typedNotes.clear();
    this.#undo = [];
    this.#redo = [];
  }

  toggle(target: Target, tagId: string): void {
    this.#toggle(target, tagId);
    this.#pushUndo({ kind: 'toggle', target, tagId });
  }

  async togglePath(target: Target, path: string): Promise<void> {
    const tag = await this.#tagRepo.ensurePath(path);
    if (tag) this.toggle(target, tag.id);
  }

  /** The note on `key` as last typed, even before the database has it back. */
  noteOf(key: string): string {
    return this.#typedNotes.get(key) ?? this.byKey.get(key)?.note ?? '';
  }

  /** Saves a note as it is typed, creating the annotation if needed. */
  setNote(target: Target, note: string): void {
    const article = this.#article();
    if (!article) return;
    this.#typedNotes.set(target.key, note);
    void this.#write(async () => {
      const existing = this.#idFor(target);
      if (existing && (await this.#annotations.setNote(existing, note))) return;
      if (note !== '') await this.#create(article, target, { note });
    });
  }

  /** Sets the note of the annotation `id`, placed or not (the editor's list edits notes in place). */
  setNoteOf(id: string, note: string): void {
    void this.#write(() => this.#annotations.setNote(id, note));
  }

  /** Deletes the annotation on `target` (tags and note); undo brings it back. */
  delete(target: Target): void {
    const id = this.#idFor(target);
    if (!id) return;
    const release = this.#hold(target.key, []);
    void this.#write(async () => {
      try {
        const removed = await this.#annotations.remove(id);
        this.#created.delete(target.key);
        if (removed) this.#pushUndo({ kind: 'delete', record: removed, target });
      } finally {
        release();
      }
    }, 'Deleted. Press Ctrl+Z to undo.');
  }

  /** Places an unplaced (orphan) annotation on new text chosen by the user. Its tags and note stay. */
  reattach(id: string, target: Target): void {
    const article = this.#article();
    if (!article) return;
    void this.#write(async () => {
      await this.#annotations.setPlacement(id, describeRange(article.text, target.start, target.end, article.contentHash), 'anchored');
      this.#created.set(target.key, id);
    }, 'Attached');
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
    this.#onFocus(op.target);
    if (op.kind === 'toggle') {
      this.#toggle(op.target, op.tagId);
      stack.push(op);
    } else if (op.kind === 'delete') {
      const release = this.#hold(op.target.key, op.record.tagIds);
      void this.#write(async () => {
        try {
          await this.#annotations.restore(op.record);
          this.#created.set(op.target.key, op.record.id);
          stack.push({ kind: 'restore', record: op.record, target: op.target });
        } finally {
          release();
        }
      });
    } else {
      const release = this.#hold(op.target.key, []);
      void this.#write(async () => {
        try {
          const removed = await this.#annotations.remove(op.record.id);
          this.#created.delete(op.target.key);
          if (removed) stack.push({ kind: 'delete', record: removed, target: op.target });
        } finally {
          release();
        }
      });
    }
  }

  #toggle(target: Target, tagId: string): void {
    const article = this.#article();
    if (!article) return;
    const shown = this.shownTags.get(target.key)?.tagIds ?? [];
    const removing = shown.includes(tagId);
    const release = this.#hold(target.key, removing ? shown.filter((t) => t !== tagId) : [...shown, tagId]);
    void this.#write(async () => {
      try {
        await this.#toggleWrite(article, target, tagId, removing);
      } finally {
        release();
      }
    });
  }

  /** The write behind a tag key: the tag on, or off every annotation on the range. */
  async #toggleWrite(article: Article, target: Target, tagId: string, removing: boolean): Promise<void> {
    if (removing) {
      // Several annotations on one range: the tag comes off every one of them (the others keep theirs).
      const ids = new Set((this.groupsByKey.get(target.key) ?? []).map((p) => p.id));
      const created = this.#created.get(target.key);
      if (created) ids.add(created);
      for (const id of ids) {
        const result = await this.#annotations.setTag(id, tagId, false);
        if (result?.removed && id === created) this.#created.delete(target.key);
      }
      return;
    }
    const existing = this.#idFor(target);
    const result = existing ? await this.#annotations.setTag(existing, tagId, true) : null;
    if (result === null) await this.#create(article, target, { tagIds: [tagId] });
  }

  /** Shows `tagIds` on `key` at once, until the write it stands for (and any after it) has finished. */
  #hold(key: string, tagIds: readonly string[]): () => void {
    this.#pending.set(key, tagIds);
    this.#inFlight.set(key, (this.#inFlight.get(key) ?? 0) + 1);
    const hold = (this.#holds.get(key) ?? 0) + 1;
    this.#holds.set(key, hold);
    return () => {
      const left = (this.#inFlight.get(key) ?? 1) - 1;
      if (left > 0) {
        this.#inFlight.set(key, left);
        return;
      }
      this.#inFlight.delete(key);
      // The database has it now; the live query shows it within a moment.
      setTimeout(() => {
        if (!this.#inFlight.has(key) && this.#holds.get(key) === hold) this.#pending.delete(key);
      }, PENDING_SETTLE_MS);
    };
  }

  async #create(article: Article, target: Target, fields: { tagIds?: string[]; note?: string }): Promise<void> {
    const record = await this.#annotations.create({
      articleId: article.id,
      target: describeRange(article.text, target.start, target.end, article.contentHash),
      ...fields,
    });
    this.#created.set(target.key, record.id);
  }

  #idFor(target: Target): string | null {
    return this.byKey.get(target.key)?.id ?? this.#created.get(target.key) ?? null;
  }

  async #write(write: () => Promise<unknown>, done = 'Saved'): Promise<void> {
    this.message = 'Saving…';
    await this.writes.run(write);
    if (this.writes.failure) this.#pending.clear();
    if (this.writes.pending === 0) {
      this.message = this.writes.failure ? `Not saved: ${this.writes.failure}` : done;
    }
  }
}
