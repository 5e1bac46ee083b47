// Where the reader is in an article, read from and written to the DOM: the text offset at the top of the
// view (kept per article by ReaderState, so a reopened article comes back where it was left), and the
// scroll that brings an offset back to the top.
import { textOffset } from './dom-offsets';

/** Below this many pixels of scrolling the article counts as at its top (its title in view). */
const AT_TOP_PX = 24;

/** The text offset at the top left of the article's visible part, 0 at its top, null when none is found. */
export function offsetAtTop(scroller: HTMLElement, body: HTMLElement): number | null {
  if (scroller.scrollTop < AT_TOP_PX) return 0;
  const view = scroller.getBoundingClientRect();
  const chrome = scroller.querySelector('.reader-chrome')?.getBoundingClientRect();
  const text = body.getBoundingClientRect();
  const x = Math.min(text.right - 1, text.left + 16);
  // Step down past a gap between paragraphs, or a figure, until a line of text is under the point.
  for (let y = Math.max(view.top, chrome?.bottom ?? view.top) + 8; y < view.bottom; y += 12) {
    const range = document.caretRangeFromPoint?.(x, y);
    if (!range || !body.contains(range.startContainer)) continue;
    const offset = textOffset(range.startContainer, range.startOffset);
    if (offset !== null) return offset;
  }
  return null;
}

/** How far `element` stands below the top of the view, under the reader's sticky toolbar. */
function belowTop(scroller: HTMLElement, element: HTMLElement): number {
  const chrome = scroller.querySelector('.reader-chrome')?.getBoundingClientRect().height ?? 0;
  return element.getBoundingClientRect().top - scroller.getBoundingClientRect().top - chrome;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Scrolls so that `element` stands at the top of the view, and keeps it there while the blocks above it
 * take their real heights: a short article's blocks are laid out only near the view (`content-visibility:
 * auto`), so the ones passed over on the way keep an estimated height until they are first drawn.
 */
export async function bringToTop(scroller: HTMLElement, element: HTMLElement, frames = 20): Promise<void> {
  let still = 0;
  for (let i = 0; i < frames && still < 3 && element.isConnected; i++) {
    const off = belowTop(scroller, element);
    if (Math.abs(off) > 1) {
      scroller.scrollTop += off;
      still = 0;
    } else {
      still++;
    }
    await nextFrame();
  }
}
