// Selecting text in the reader as a mouse drag would: a real DOM selection over part of a statement, then
// the mouse-up the reader listens to.
import type { Page } from 'playwright-core';

/** Selects characters [from, to) of the n-th statement; returns the text selected (before any snapping). */
export function selectInStatement(page: Page, n: number, from: number, to: number, altKey = false): Promise<string> {
  return page.evaluate(
    ({ n, from, to, altKey }) => {
      const el = document.querySelectorAll('[data-statement]')[n]!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let t = walker.nextNode(); t; t = walker.nextNode()) nodes.push(t as Text);
      const point = (offset: number): [Text, number] => {
        for (const node of nodes) {
          if (offset <= node.length) return [node, offset];
          offset -= node.length;
        }
        throw new Error('offset outside the statement');
      };
      const range = document.createRange();
      range.setStart(...point(from));
      range.setEnd(...point(to));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, altKey }));
      return el.textContent!.slice(from, to);
    },
    { n, from, to, altKey },
  );
}
