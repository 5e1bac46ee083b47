// Maps between positions in the reader's DOM and offsets into the article text. Each block element
// carries `data-start`; its text nodes (margin numbers excluded) spell exactly its slice of the text.
import { firstPassing } from '../core/search-sorted';

function isCounted(node: Node): boolean {
  return !node.parentElement?.closest('.pnum');
}

function textNodes(block: Element): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (isCounted(node)) out.push(node as Text);
  return out;
}

/** The text offset of a DOM position inside the reader, or null when it is outside any block. */
export function textOffset(container: Node, offset: number): number | null {
  const element = container instanceof Element ? container : container.parentElement;
  const block = element?.closest('[data-start]');
  if (!block) return null;
  let total = Number(block.getAttribute('data-start'));
  if (container.nodeType !== Node.TEXT_NODE) {
    // A position between child nodes: count the text of the children before it.
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(container, offset);
    for (const node of textNodes(block)) if (before.intersectsNode(node) && before.comparePoint(node, node.length) >= 0) total += node.length;
    return total;
  }
  if (!isCounted(container)) return total;
  for (const node of textNodes(block)) {
    if (node === container) return total + offset;
    total += node.length;
  }
  return null;
}

/** The drawn text nodes with their offsets into the article text, for mapping many ranges at once. */
export class DrawnText {
  readonly #nodes: Text[] = [];
  readonly #starts: number[] = [];

  constructor(root: Element) {
    for (const block of root.querySelectorAll('[data-start]')) {
      let position = Number(block.getAttribute('data-start'));
      for (const node of textNodes(block)) {
        this.#nodes.push(node);
        this.#starts.push(position);
        position += node.length;
      }
    }
  }

  /**
   * A DOM Range over text offsets [start, end), cut to the drawn part of the article (a long article is
   * drawn a window at a time); null when none of it is drawn.
   */
  range(start: number, end: number): Range | null {
    const nodes = this.#nodes;
    const starts = this.#starts;
    if (nodes.length === 0 || end <= start) return null;
    const last = nodes.length - 1;
    if (end <= starts[0]! || start >= starts[last]! + nodes[last]!.length) return null;
    const from = this.#point(start, false);
    const to = this.#point(end, true);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range.collapsed ? null : range;
  }

  /** The DOM point at offset `at`; an offset between drawn nodes goes to the next node (or, for an end, the previous). */
  #point(at: number, isEnd: boolean): { node: Text; offset: number } {
    const nodes = this.#nodes;
    const starts = this.#starts;
    // The last node starting at or before `at`.
    const index = firstPassing(nodes.length, (i) => starts[i]! > at) - 1;
    if (index < 0) return { node: nodes[0]!, offset: 0 };
    const node = nodes[index]!;
    const inside = at - starts[index]!;
    if (inside < node.length || (isEnd && inside === node.length)) {
      // A start at the very end of a node belongs to the next one.
      return { node, offset: inside };
    }
    if (isEnd || index === nodes.length - 1) return { node, offset: node.length };
    return { node: nodes[index + 1]!, offset: 0 };
  }
}
