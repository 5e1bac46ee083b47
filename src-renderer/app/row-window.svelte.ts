// A window over a long list of rows whose heights are known in advance (the library list of thousands of
// articles): only the rows near the view are in the page, between paddings that keep the list's full
// height, so filtering, sorting and scrolling touch a few dozen elements instead of thousands. Heights are
// set per row (in rem), never measured, so following the scroll is one binary search.
import { untrack } from 'svelte';
import { firstPassing } from '../core/search-sorted';

/**
 * Rows [start, end) that meet the span [top, bottom), given cumulative offsets: row i spans
 * [offsets[i], offsets[i + 1]), and offsets has one entry more than there are rows.
 */
export function rowRange(offsets: ArrayLike<number>, top: number, bottom: number): { start: number; end: number } {
  const rows = offsets.length - 1;
  if (rows <= 0 || bottom <= top) return { start: 0, end: 0 };
  // The first row that ends below `top`...
  const start = firstPassing(rows, (i) => offsets[i + 1]! > top);
  // ...and the first row that starts at or below `bottom`.
  const end = firstPassing(rows, (i) => offsets[i]! >= bottom, start);
  return { start, end };
}

/** Rows drawn before the window has seen its pane (the first frame of a long list). */
const FIRST_ROWS = 40;

export class RowWindow {
  /** Rows [start, end) are in the page. */
  start = $state(0);
  end = $state(0);
  /** Space (rem) standing for the rows above and below the window. */
  topPad = $state(0);
  bottomPad = $state(0);

  /** Where each row starts, in rem, and the total at the end. */
  #offsets: Float64Array = new Float64Array(1);
  #list: HTMLElement | null = null;
  #scroller: HTMLElement | null = null;
  /** CSS pixels per rem, read when attached and on resize, not on every scroll event. */
  #remPx = 16;

  /** Sets each row's height plus the gap after it (rem), in order, and moves the window to match. */
  setRows(pitches: readonly number[]): void {
    const offsets = new Float64Array(pitches.length + 1);
    for (let i = 0; i < pitches.length; i++) offsets[i + 1] = offsets[i]! + pitches[i]!;
    this.#offsets = offsets;
    untrack(() => this.#update());
  }

  /** Follows the scrolling pane that holds `list`; returns the clean-up. */
  attach(list: HTMLElement): () => void {
    const scroller = scrollingAncestor(list);
    this.#list = list;
    this.#scroller = scroller;
    const update = (): void => this.#update();
    const resized = (): void => {
      this.#remPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      this.#update();
    };
    scroller?.addEventListener('scroll', update, { passive: true });
    const observer = scroller && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(resized) : null;
    if (observer && scroller) observer.observe(scroller);
    untrack(resized);
    return () => {
      scroller?.removeEventListener('scroll', update);
      observer?.disconnect();
      if (this.#list === list) this.#list = this.#scroller = null;
    };
  }

  #update(): void {
    const offsets = this.#offsets;
    const rows = offsets.length - 1;
    let range = { start: 0, end: Math.min(rows, FIRST_ROWS) };
    const list = this.#list;
    const scroller = this.#scroller;
    if (list && scroller && scroller.clientHeight > 0) {
      const remPx = this.#remPx;
      // Where the list starts inside the pane's scrolled content; one screen drawn beyond each edge.
      const listTop = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      const view = scroller.clientHeight;
      const top = scroller.scrollTop - listTop;
      range = rowRange(offsets, (top - view) / remPx, (top + 2 * view) / remPx);
    }
    if (range.start !== this.start) this.start = range.start;
    if (range.end !== this.end) this.end = range.end;
    const topPad = offsets[range.start]!;
    const bottomPad = offsets[rows]! - offsets[range.end]!;
    if (topPad !== this.topPad) this.topPad = topPad;
    if (bottomPad !== this.bottomPad) this.bottomPad = bottomPad;
  }
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return at;
  }
  return null;
}
