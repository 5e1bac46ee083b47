// Which part of a long article is in the page. Articles up to FULL_CHARS are drawn at once; longer ones
// show their first chunk at once and the rest in chunks between tasks, so the first screen appears at once
// and the page never freezes. Each chunk is appended; earlier chunks are never touched again.
import type { Unit } from '../core/reading-model';

const FULL_CHARS = 200_000;
const CHUNK_CHARS = 20_000;

export interface Chunk {
  from: number;
  to: number;
}

/** The index after the units that hold about `chars` characters from `from` on. */
function unitsFor(units: readonly Unit[], from: number, chars: number): number {
  let size = 0;
  let i = from;
  while (i < units.length && size < chars) {
    const unit = units[i]!;
    const views = unit.kind === 'list' ? unit.items : [unit.view];
    for (const view of views) size += view.block.end - view.block.start;
    i++;
  }
  return i;
}

export class ChunkedDrawing {
  chunks = $state.raw<Chunk[]>([]);
  drawnCount = $derived(this.chunks.length > 0 ? this.chunks[this.chunks.length - 1]!.to : 0);
  #marked: { units: unknown; first: boolean; all: boolean } = { units: null, first: false, all: false };

  constructor(units: () => readonly Unit[], textLength: () => number) {
    $effect(() => {
      const all = units();
      // `drawn` is local: reading the chunks here would re-run this effect on every chunk and start over.
      let drawn = textLength() <= FULL_CHARS ? all.length : unitsFor(all, 0, CHUNK_CHARS);
      this.chunks = all.length > 0 ? [{ from: 0, to: drawn }] : [];
      if (drawn >= all.length) return;
      let timer: ReturnType<typeof setTimeout>;
      const grow = () => {
        const next = unitsFor(all, drawn, CHUNK_CHARS);
        this.chunks = [...this.chunks, { from: drawn, to: next }];
        drawn = next;
        if (drawn < all.length) timer = setTimeout(grow, 0);
      };
      timer = setTimeout(grow, 0);
      return () => clearTimeout(timer);
    });
    // Timing marks for `npm run bench`: first statements on screen, and the whole article drawn.
    $effect(() => {
      const all = units();
      const count = this.drawnCount;
      if (this.#marked.units !== all) this.#marked = { units: all, first: false, all: false };
      if (count > 0 && !this.#marked.first) {
        this.#marked.first = true;
        requestAnimationFrame(() => performance.mark('dossier:first-paint'));
      }
      if (count > 0 && count === all.length && !this.#marked.all) {
        this.#marked.all = true;
        requestAnimationFrame(() => performance.mark('dossier:all-drawn'));
      }
    });
  }
}
