// The article's units (blocks, and lists of them) as elements between the reader's two spacers, added
// and removed as plain DOM when the drawn window moves. Scrolling a long article replaces a screenful of
// units every frame or two; as Svelte blocks (a keyed each, an if, a dynamic element and a component per
// unit) their creation and teardown were most of the script in each scroll frame. The content of each
// block is built by fillBlock, and statement looks are written by StatementLooks, as before.
import type { BlockView, Unit } from '../core/reading-model';
import { fillBlock } from './block-content';
import type { StatementLooks } from './statement-looks.svelte';

/** The element a block is drawn as. */
function blockTag(view: BlockView): string {
  switch (view.block.kind) {
    case 'heading':
      return `h${Math.min(6, Math.max(2, (view.block.level ?? 1) + 1))}`;
    case 'list-item':
      return 'li';
    case 'quote':
      return 'blockquote';
    case 'caption':
      return 'figcaption';
    case 'figure':
      return 'figure';
    default:
      return 'p';
  }
}

interface Drawn {
  element: HTMLElement;
  cleanups: (() => void)[];
}

function blockElement(view: BlockView, looks: StatementLooks, cleanups: (() => void)[], unit?: number): HTMLElement {
  const element = document.createElement(blockTag(view));
  element.className = `block block-${view.block.kind}`;
  element.setAttribute('data-block', String(view.number));
  element.setAttribute('data-start', String(view.block.start));
  if (unit !== undefined) element.setAttribute('data-unit', String(unit));
  // A list item's bullet or number is drawn by CSS from these (::before), so it is neither text of the
  // article (offsets, selections, copies) nor clipped like a native list marker outside the box.
  if (view.marker !== undefined) element.setAttribute('data-marker', view.marker);
  if (view.block.kind === 'list-item') element.setAttribute('data-level', String(Math.min(6, Math.max(1, view.block.level ?? 1))));
  cleanups.push(fillBlock(element, view, looks));
  return element;
}

/** Unit `index` as an element (marked `data-unit`, which the virtual window measures). */
function unitElement(unit: Unit, index: number, looks: StatementLooks): Drawn {
  const cleanups: (() => void)[] = [];
  if (unit.kind !== 'list') return { element: blockElement(unit.view, looks, cleanups, index), cleanups };
  const list = document.createElement(unit.ordered ? 'ol' : 'ul');
  // Items that show their own numbers in the text (plain-text lists) get no second number from the list.
  list.className = unit.numbered ? 'article-list numbered' : 'article-list';
  list.setAttribute('data-unit', String(index));
  for (const view of unit.items) list.append(blockElement(view, looks, cleanups));
  return { element: list, cleanups };
}

/**
 * Keeps units [from, to) of an article between `top` and `bottom` (siblings, in that order): units leaving
 * the range are removed (their statements leave StatementLooks), missing ones are built and inserted in
 * order, and units already there are left alone.
 */
export class UnitElements {
  readonly #top: HTMLElement;
  readonly #bottom: HTMLElement;
  readonly #looks: StatementLooks;
  readonly #drawn = new Map<number, Drawn>();
  #units: readonly Unit[] | null = null;

  constructor(top: HTMLElement, bottom: HTMLElement, looks: StatementLooks) {
    this.#top = top;
    this.#bottom = bottom;
    this.#looks = looks;
  }

  show(units: readonly Unit[], from: number, to: number): void {
    if (units !== this.#units) {
      this.clear();
      this.#units = units;
    }
    const end = Math.min(to, units.length);
    for (const [index, drawn] of this.#drawn) {
      if (index >= from && index < end) continue;
      this.#remove(drawn);
      this.#drawn.delete(index);
    }
    const parent = this.#top.parentNode;
    if (!parent) return;
    // From the last unit up, each missing one goes before the next one drawn (or the bottom spacer); a run
    // of new units is gathered in a fragment and inserted at once.
    let next: Node = this.#bottom;
    let run: DocumentFragment | null = null;
    for (let index = end - 1; index >= from; index--) {
      const have = this.#drawn.get(index);
      if (have) {
        if (run) parent.insertBefore(run, next);
        run = null;
        next = have.element;
        continue;
      }
      const made = unitElement(units[index]!, index, this.#looks);
      this.#drawn.set(index, made);
      run ??= document.createDocumentFragment();
      run.insertBefore(made.element, run.firstChild);
    }
    if (run) parent.insertBefore(run, next);
  }

  /** Removes every unit (a new article, or the reader closing). */
  clear(): void {
    for (const drawn of this.#drawn.values()) this.#remove(drawn);
    this.#drawn.clear();
    this.#units = null;
  }

  #remove(drawn: Drawn): void {
    drawn.element.remove();
    for (const cleanup of drawn.cleanups) cleanup();
  }
}
