// Which part of an article is in the page. Articles up to FULL_CHARS are drawn whole. Longer ones are
// virtualised, as code editors do: only the units (blocks and lists) around the viewport are in the DOM,
// and two spacers stand for the rest. Unit heights are measured once drawn and estimated from their
// length until then; Chromium's scroll anchoring keeps the view still when an estimate is corrected.
// Finding, passages and moving through statements work on the article's text, so they reach every
// statement; `reveal` brings any offset into the page before it is focused or highlighted.
import { tick, untrack } from 'svelte';
import type { Unit } from '../core/reading-model';
import { firstPassing } from '../core/search-sorted';

export const FULL_CHARS = 200_000;
/** Drawn beyond each edge of the viewport, so scrolling and j/k find their statements already there. */
const OVERSCAN_PX = 1500;

interface Span {
  start: number;
  end: number;
}

export function unitSpan(unit: Unit): Span {
  if (unit.kind === 'list') return { start: unit.items[0]!.block.start, end: unit.items[unit.items.length - 1]!.block.end };
  return { start: unit.view.block.start, end: unit.view.block.end };
}

/** The last index i with `sorted[i] <= value` (0 when none is). */
function lastAtOrBefore(sorted: ArrayLike<number>, value: number, count = sorted.length): number {
  return Math.max(0, firstPassing(count, (i) => sorted[i]! > value) - 1);
}

/** Layout of the drawn part, kept outside Svelte's state: it changes on every measurement. */
class Heights {
  readonly starts: Int32Array;
  readonly chars: Int32Array;
  readonly heights: Float64Array;
  readonly measured: Uint8Array;
  /** prefix[i] = total height of units before i; prefix[n] = the whole list. */
  readonly prefix: Float64Array;
  pxPerChar = 0.14;
  gapPx = 16;
  lineHeight = 26;

  constructor(units: readonly Unit[]) {
    const n = units.length;
    this.starts = new Int32Array(n);
    this.chars = new Int32Array(n);
    this.heights = new Float64Array(n);
    this.measured = new Uint8Array(n);
    this.prefix = new Float64Array(n + 1);
    units.forEach((unit, i) => {
      const span = unitSpan(unit);
      this.starts[i] = span.start;
      this.chars[i] = Math.max(1, span.end - span.start);
    });
    this.estimateAll();
  }

  /** Re-estimates every unit not measured yet, then the running totals. */
  estimateAll(): void {
    for (let i = 0; i < this.chars.length; i++) {
      if (this.measured[i]) continue;
      this.heights[i] = Math.max(this.lineHeight, this.chars[i]! * this.pxPerChar) + this.gapPx;
    }
    this.sum();
  }

  sum(): void {
    for (let i = 0; i < this.heights.length; i++) this.prefix[i + 1] = this.prefix[i]! + this.heights[i]!;
  }

  /** The unit at height `y` of the list. */
  unitAt(y: number): number {
    return Math.min(this.heights.length - 1, lastAtOrBefore(this.prefix, Math.max(0, y), this.heights.length));
  }

  /** The unit holding text offset `at`. */
  unitOf(at: number): number {
    return lastAtOrBefore(this.starts, at);
  }
}

export class VirtualWindow {
  /** Units [from, to) are in the page. */
  from = $state(0);
  to = $state(0);
  topPad = $state(0);
  bottomPad = $state(0);
  /** True when the article is long enough to be virtualised. */
  virtual = $state(false);
  /** Grows each time a different part of the article has been drawn (for highlights over the DOM). */
  drawn = $state(0);

  #layout: Heights | null = null;
  #scroller: HTMLElement | null = null;
  #list: HTMLElement | null = null;
  #frame = 0;
  #widthSeen = 0;
  #fontSeen = '';
  /** Set by the ResizeObserver: the width or font may have changed (checking costs a style recalc). */
  #resized = true;
  /** Units were drawn since the last measurement. */
  #unmeasured = false;
  /** A follow is already waiting for the next frame (see #followAfterFrame). */
  #followQueued = false;
  #marked: { units: unknown; first: boolean; interactive: boolean } = { units: null, first: false, interactive: false };

  constructor(units: () => readonly Unit[]) {
    // A new article (new units) starts at its top; a metadata edit keeps the same units and the place.
    $effect.pre(() => {
      const all = units();
      const virtual = all.length > 0 && unitSpan(all[all.length - 1]!).end > FULL_CHARS;
      untrack(() => {
        this.virtual = virtual;
        this.#layout = virtual ? new Heights(all) : null;
        this.#widthSeen = 0;
        this.#resized = true;
        this.from = 0;
        // At first, the viewport alone, so the first screen is drawn as soon as possible; the overscan
        // around it follows in a task of its own (see the effect below).
        const first = this.#scroller?.clientHeight ?? window.innerHeight;
        this.to = virtual ? Math.min(all.length, this.#layout!.unitAt(first) + 1) : all.length;
        this.#pads();
      });
    });
    // After each draw: measure what was drawn once it is laid out, and leave timing marks for `npm run bench`.
    $effect(() => {
      const all = units();
      void this.from;
      void this.to;
      untrack(() => {
        // What was drawn is measured after its frame, when the layout is done anyway: measuring here would
        // force that layout inside this task, ahead of the paint (it was most of the time of a scroll
        // frame). Until then the new units stand at their estimated heights; scroll anchoring keeps the
        // view still when the spacers are corrected.
        if (this.virtual) {
          this.#unmeasured = true;
          this.#followAfterFrame();
        }
        this.drawn++;
        this.#markTimes(all);
      });
    });
  }

  /**
   * Follows the scrolling element and the element holding the units (the units and spacers are its
   * children, each unit marked with `data-unit`). Returns the cleanup.
   */
  attach(scroller: HTMLElement, list: HTMLElement): () => void {
    this.#scroller = scroller;
    this.#list = list;
    // Follow in the next frame, or after a short wait where frames are throttled (a hidden window).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      cancelAnimationFrame(this.#frame);
      clearTimeout(timer);
      this.#frame = 0;
      timer = undefined;
      this.#follow();
    };
    const onscroll = () => {
      if (this.#frame || timer !== undefined) return;
      this.#frame = requestAnimationFrame(run);
      timer = setTimeout(run, 100);
    };
    scroller.addEventListener('scroll', onscroll, { passive: true });
    // A new width or font size changes every height (jsdom, in component tests, has no ResizeObserver).
    const resize =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            this.#resized = true;
            onscroll();
          });
    resize?.observe(list);
    if (this.virtual) this.#followAfterFrame();
    return () => {
      scroller.removeEventListener('scroll', onscroll);
      resize?.disconnect();
      cancelAnimationFrame(this.#frame);
      clearTimeout(timer);
      this.#frame = 0;
      this.#scroller = null;
      this.#list = null;
    };
  }

  /**
   * Brings text offset `at` into the page (scrolling near it when it was far off) and resolves once it is
   * drawn, so the caller can focus or highlight it.
   */
  async reveal(at: number): Promise<void> {
    const layout = this.#layout;
    if (!layout) return;
    const unit = layout.unitOf(at);
    if (unit >= this.from && unit < this.to) return;
    const view = this.#scroller?.clientHeight ?? 800;
    const y = layout.prefix[unit]!;
    this.from = layout.unitAt(y - OVERSCAN_PX);
    this.to = Math.min(layout.heights.length, layout.unitAt(y + view + OVERSCAN_PX) + 1);
    this.#pads();
    await tick();
    // The units just drawn are measured now (forcing the layout once), so the scroll below lands on the
    // unit itself and not where its estimated height would put it.
    this.#measure();
    await tick();
    const scroller = this.#scroller;
    if (scroller) scroller.scrollTop = this.#listTop() + layout.prefix[unit]! - view / 3;
  }

  /** One #follow after the next frame, however many draws ask for it before then. */
  #followAfterFrame(): void {
    if (this.#followQueued) return;
    this.#followQueued = true;
    this.#afterFrame(() => {
      this.#followQueued = false;
      this.#follow();
    });
  }

  /** Runs `fn` in a task after the next frame is shown (or after 100 ms where frames are throttled). */
  #afterFrame(fn: () => void): void {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      fn();
    };
    const fallback = setTimeout(run, 100);
    requestAnimationFrame(() => setTimeout(run, 0));
  }

  #pads(): void {
    const layout = this.#layout;
    if (!layout) {
      this.topPad = 0;
      this.bottomPad = 0;
      return;
    }
    const n = layout.heights.length;
    this.topPad = layout.prefix[this.from]!;
    this.bottomPad = layout.prefix[n]! - layout.prefix[this.to]!;
  }

  /** Where the units begin, in the scroller's content coordinates. */
  #listTop(): number {
    const scroller = this.#scroller;
    const list = this.#list;
    if (!scroller || !list) return 0;
    return list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  }

  /** After a scroll or resize: moves the window when the viewport nears its edge. */
  #follow(): void {
    const layout = this.#layout;
    const scroller = this.#scroller;
    if (!layout || !scroller) return;
    // Called from a frame callback or just after a frame, so the layout is usually clean and measuring is cheap.
    if (this.#resized || this.#unmeasured) this.#measure();
    const top = scroller.scrollTop - this.#listTop();
    const bottom = top + scroller.clientHeight;
    const drawnTop = layout.prefix[this.from]!;
    const drawnBottom = layout.prefix[this.to]!;
    const n = layout.heights.length;
    const margin = OVERSCAN_PX / 3;
    const enoughAbove = this.from === 0 || top - drawnTop >= margin;
    const enoughBelow = this.to === n || drawnBottom - bottom >= margin;
    if (enoughAbove && enoughBelow) return;
    this.from = layout.unitAt(top - OVERSCAN_PX);
    this.to = Math.min(n, layout.unitAt(bottom + OVERSCAN_PX) + 1);
    this.#pads();
  }

  /** True when the reading width or font size changed since the heights were measured. */
  #staleLayout(): boolean {
    const list = this.#list;
    if (!list || !this.#resized) return false;
    this.#resized = false;
    const width = list.clientWidth;
    const font = getComputedStyle(list).fontSize;
    return width !== this.#widthSeen || font !== this.#fontSeen;
  }

  /**
   * Measures the drawn units (the distance from each to the next counts margins). The estimate for units
   * not yet drawn is calibrated once per width and font size, from the first units measured, and then left
   * alone: re-estimating would move everything below the top of the article, and the view with it.
   */
  #measure(): void {
    const layout = this.#layout;
    const list = this.#list;
    const scroller = this.#scroller;
    if (!layout || !list || !scroller) return;
    const drawn = list.querySelectorAll<HTMLElement>(':scope > [data-unit]');
    const after = list.querySelector<HTMLElement>(':scope > [data-pad="bottom"]');
    if (drawn.length === 0 || !after) return;
    this.#unmeasured = false;
    const stale = this.#staleLayout();
    // After a change of width or font, keep the first unit in view where it is on screen.
    let keep: { unit: number; offset: number } | null = null;
    if (stale) {
      const viewTop = scroller.getBoundingClientRect().top;
      for (const el of drawn) {
        const rect = el.getBoundingClientRect();
        if (rect.bottom > viewTop) {
          keep = { unit: Number(el.dataset.unit), offset: rect.top - viewTop };
          break;
        }
      }
      this.#widthSeen = list.clientWidth;
      this.#fontSeen = getComputedStyle(list).fontSize;
      layout.measured.fill(0);
      const fontPx = parseFloat(this.#fontSeen) || 16;
      layout.lineHeight = fontPx * 1.65;
      layout.gapPx = fontPx;
    }
    const tops = [...drawn].map((el) => el.getBoundingClientRect().top);
    tops.push(after.getBoundingClientRect().top);
    let heightSum = 0;
    let charSum = 0;
    drawn.forEach((el, i) => {
      const unit = Number(el.dataset.unit);
      const height = tops[i + 1]! - tops[i]!;
      if (!(unit >= 0 && unit < layout.heights.length) || height <= 0) return;
      layout.heights[unit] = height;
      layout.measured[unit] = 1;
      heightSum += Math.max(0, height - layout.gapPx);
      charSum += layout.chars[unit]!;
    });
    if (stale && charSum > 0) {
      layout.pxPerChar = heightSum / charSum;
      layout.estimateAll();
    } else {
      layout.sum();
    }
    this.#pads();
    if (keep && keep.unit >= 0) {
      const { unit, offset } = keep;
      void tick().then(() => {
        if (this.#layout === layout && this.#scroller) this.#scroller.scrollTop = this.#listTop() + layout.prefix[unit]! - offset;
      });
    }
  }

  #markTimes(all: readonly Unit[]): void {
    if (this.#marked.units !== all) this.#marked = { units: all, first: false, interactive: false };
    if (all.length === 0 || this.#marked.first) return;
    this.#marked.first = true;
    requestAnimationFrame(() => {
      // The bench checks that the first screen already shows the article's highlights.
      const tagged = this.#list?.querySelectorAll('.statement.tagged').length ?? 0;
      performance.mark('dossier:first-paint', { detail: { tagged } });
      // The next task after the first frame: input is being handled again.
      setTimeout(() => performance.mark('dossier:interactive'), 0);
    });
  }
}
