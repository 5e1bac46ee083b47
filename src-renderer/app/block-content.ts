// Builds a block's content (margin number, gaps, statements with their marks) as plain DOM, once per block.
// Text goes in through text nodes and textContent only, never parsed as HTML, so nothing an article holds
// can become markup. The block's text nodes spell exactly its slice of the article text (dom-offsets.ts
// counts on that); the margin number is the only text outside it.
import type { BlockView, Segment } from '../core/reading-model';
import type { StatementLooks } from './statement-looks.svelte';

function segmentNode(segment: Segment): Node {
  if (segment.marks.length === 0) return document.createTextNode(segment.text);
  const span = document.createElement('span');
  span.className = segment.marks.map((m) => `mark-${m}`).join(' ');
  if (segment.href !== undefined) span.title = segment.href;
  span.textContent = segment.text;
  return span;
}

/**
 * Fills `element` with the content of `view` and registers its statements with `looks`. Returns the
 * cleanup, which unregisters them (the element itself goes with its block).
 */
export function fillBlock(element: HTMLElement, view: BlockView, looks: StatementLooks): () => void {
  if (element.firstChild) element.replaceChildren();
  const fragment = document.createDocumentFragment();
  // The title has no paragraph number (0): nothing in its margin.
  if (view.number > 0) {
    const number = document.createElement('span');
    number.className = 'pnum';
    number.setAttribute('aria-hidden', 'true');
    number.textContent = String(view.number);
    fragment.append(number);
  }
  const drawn: [string, HTMLElement][] = [];
  for (const part of view.parts) {
    if (part.kind === 'gap') {
      if (part.text) fragment.append(part.text);
      continue;
    }
    const id = part.statement.id;
    const span = document.createElement('span');
    span.className = 'statement';
    span.setAttribute('data-statement', id);
    span.setAttribute('data-tags', '');
    span.tabIndex = -1;
    for (const segment of part.segments) span.append(segmentNode(segment));
    fragment.append(span);
    drawn.push([id, span]);
  }
  element.append(fragment);
  for (const [id, span] of drawn) looks.attach(id, span);
  return () => {
    for (const [id, span] of drawn) looks.detach(id, span);
  };
}
