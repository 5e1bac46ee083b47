// How each statement looks: its tags' colours and note, whether it is current or inside the range, whether
// Tab reaches it. Statements are plain elements built once per block (see block-content.ts), not one Svelte
// component each: an article opens with hundreds of them on screen, and a component per statement cost
// about a millisecond apiece. This class keeps the looks that differ from plain and writes them straight
// onto the drawn elements, so tagging or moving through thousands of statements touches one or two.
import { untrack } from 'svelte';
import type { Statement } from '../core/reading-model';
import { sameDecor, UNTAGGED, type Decor } from './tagging.svelte';

export interface Look {
  decor: Decor;
  /** The speaker suggested or accepted for the statement ('' for none): its `data-speaker`. */
  speaker: string;
  current: boolean;
  inRange: boolean;
  tabbable: boolean;
}

/** A statement as built: untagged, not current, out of the Tab order. */
export const PLAIN: Look = { decor: UNTAGGED, speaker: '', current: false, inRange: false, tabbable: false };

function isPlain(look: Look): boolean {
  return look.decor === UNTAGGED && look.speaker === '' && !look.current && !look.inRange && !look.tabbable;
}

function setVar(element: HTMLElement, name: string, value: string | null): void {
  if (value === null) element.style.removeProperty(name);
  else element.style.setProperty(name, value);
  if (element.style.length === 0) element.removeAttribute('style');
}

/** Writes the parts of `look` that differ from `was` onto a statement element. */
export function paintLook(element: HTMLElement, look: Look, was: Look): void {
  if (look.decor !== was.decor) {
    const d = look.decor;
    element.classList.toggle('tagged', d.names !== '');
    element.classList.toggle('noted', d.note !== '');
    element.classList.toggle('banded', d.band !== null);
    element.classList.toggle('bare', d.bare);
    element.setAttribute('data-tags', d.names);
    setVar(element, '--tag-color', d.color);
    setVar(element, '--tag-band', d.band);
  }
  if (look.speaker !== was.speaker) {
    if (look.speaker) element.setAttribute('data-speaker', look.speaker);
    else element.removeAttribute('data-speaker');
  }
  // On hover, the note and who said it; the current statement's speaker is shown over its block (a label
  // of the statement's own would be a box of the statement's and move where a click on it lands).
  if (look.decor.note !== was.decor.note || look.speaker !== was.speaker) {
    const title = [look.decor.note, look.speaker ? `— ${look.speaker}` : ''].filter((part) => part !== '').join('\n\n');
    if (title) element.title = title;
    else element.removeAttribute('title');
  }
  if ((look.current && look.speaker) !== (was.current && was.speaker)) {
    const block = element.closest('.block, .title-block');
    if (look.current && look.speaker) block?.setAttribute('data-current-speaker', look.speaker);
    else if (block?.getAttribute('data-current-speaker') === was.speaker) block.removeAttribute('data-current-speaker');
  }
  if (look.current !== was.current) {
    element.classList.toggle('current', look.current);
    if (look.current) element.setAttribute('aria-current', 'true');
    else element.removeAttribute('aria-current');
  }
  if (look.inRange !== was.inRange) element.classList.toggle('in-range', look.inRange);
  if (look.tabbable !== was.tabbable) element.tabIndex = look.tabbable ? 0 : -1;
}

/** What the looks follow, read through getters so the effects track them. */
export interface LookSources {
  statements(): readonly Statement[];
  isStatement(id: string): boolean;
  decorByKey(): ReadonlyMap<string, Decor>;
  /** Statement id -> the name of its speaker (suggested or accepted). */
  speakerByKey(): ReadonlyMap<string, string>;
  currentId(): string | null;
  rangeIds(): ReadonlySet<string>;
}

export class StatementLooks {
  /** Statement id -> its look, for looks that are not PLAIN. */
  readonly #looks = new Map<string, Look>();
  /** Statement id -> its element, while drawn. */
  readonly #elements = new Map<string, HTMLElement>();
  #decorShown = new Map<string, Decor>();
  #speakersShown = new Map<string, string>();
  #flagged: string[] = [];
  /** The statements the looks belong to: a new text version starts from plain. */
  #version: readonly Statement[] | null = null;

  constructor(from: LookSources) {
    // Tag decorations: only the statements whose decoration changed are written.
    $effect(() => {
      const statements = from.statements();
      const next = from.decorByKey();
      untrack(() => {
        this.#follow(statements);
        for (const [key] of this.#decorShown) {
          if (next.has(key)) continue;
          this.#update(key, { decor: UNTAGGED });
          this.#decorShown.delete(key);
        }
        for (const [key, decor] of next) {
          const old = this.#decorShown.get(key);
          if (!from.isStatement(key) || (old && sameDecor(old, decor))) continue;
          this.#update(key, { decor });
          this.#decorShown.set(key, decor);
        }
      });
    });
    // Speakers: only the statements whose speaker changed are written.
    $effect(() => {
      const statements = from.statements();
      const next = from.speakerByKey();
      untrack(() => {
        this.#follow(statements);
        for (const [key] of this.#speakersShown) {
          if (next.has(key)) continue;
          this.#update(key, { speaker: '' });
          this.#speakersShown.delete(key);
        }
        for (const [key, speaker] of next) {
          if (!from.isStatement(key) || this.#speakersShown.get(key) === speaker) continue;
          this.#update(key, { speaker });
          this.#speakersShown.set(key, speaker);
        }
      });
    });
    // The current statement, the range and the Tab stop (the current statement, else the first).
    $effect(() => {
      const statements = from.statements();
      const currentId = from.currentId();
      const range = from.rangeIds();
      const firstId = statements[0]?.id ?? null;
      untrack(() => {
        this.#follow(statements);
        for (const id of this.#flagged) this.#update(id, { current: false, inRange: false, tabbable: false });
        const flagged: string[] = [];
        for (const id of range) {
          if (!from.isStatement(id)) continue;
          this.#update(id, { inRange: true });
          flagged.push(id);
        }
        const stop = currentId && from.isStatement(currentId) ? currentId : firstId;
        if (stop) {
          this.#update(stop, { tabbable: true, current: stop === currentId });
          flagged.push(stop);
        }
        this.#flagged = flagged;
      });
    });
  }

  /** Registers a drawn statement element and gives it its look. */
  attach(id: string, element: HTMLElement): void {
    this.#elements.set(id, element);
    const look = this.#looks.get(id);
    if (look) paintLook(element, look, PLAIN);
  }

  /** Forgets a statement element that left the page. */
  detach(id: string, element: HTMLElement): void {
    if (this.#elements.get(id) === element) this.#elements.delete(id);
  }

  /** The look of a statement now, drawn or not. */
  lookOf(id: string): Look {
    return this.#looks.get(id) ?? PLAIN;
  }

  /** On a new text version, every look starts again from plain (ids may name other text now). */
  #follow(statements: readonly Statement[]): void {
    if (this.#version === statements) return;
    this.#version = statements;
    for (const [id, look] of this.#looks) {
      const element = this.#elements.get(id);
      if (element) paintLook(element, PLAIN, look);
    }
    this.#looks.clear();
    this.#decorShown = new Map();
    this.#speakersShown = new Map();
    this.#flagged = [];
  }

  #update(id: string, change: Partial<Look>): void {
    const was = this.#looks.get(id) ?? PLAIN;
    const look = { ...was, ...change };
    if (isPlain(look)) this.#looks.delete(id);
    else this.#looks.set(id, look);
    const element = this.#elements.get(id);
    if (element) paintLook(element, look, was);
  }
}
