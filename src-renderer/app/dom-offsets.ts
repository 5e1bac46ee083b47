// Maps between positions in the reader's DOM and offsets into the article text. Each block element
// carries `data-start`; its text nodes (margin numbers excluded) spell exactly its slice of the text.

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

/** A DOM Range over text offsets [start, end) within the drawn blocks, or null if not drawn. */
export function domRange(root: Element, start: number, end: number): Range | null {
  const startPoint = domPoint(root, start, false);
  const endPoint = domPoint(root, end, true);
  if (!startPoint || !endPoint) return null;
  const range = document.createRange();
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset);
  return range;
}

function domPoint(root: Element, at: number, isEnd: boolean): { node: Text; offset: number } | null {
  const blocks = root.querySelectorAll('[data-start]');
  for (const block of blocks) {
    let position = Number(block.getAttribute('data-start'));
    for (const node of textNodes(block)) {
      const next = position + node.length;
      if (at < next || (isEnd && at === next)) return at >= position ? { node, offset: at - position } : { node, offset: 0 };
      position = next;
    }
  }
  return null;
}
