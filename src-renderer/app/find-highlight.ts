// Find in the article without touching its DOM: matches become CSS Custom Highlight ranges over the
// article's text nodes, so statements keep their exact text and nothing is re-rendered.
import { findAll } from '../core/find';

interface TextIndex {
  text: string;
  nodes: { node: Text; start: number }[];
}

function indexText(root: Element): TextIndex {
  const nodes: TextIndex['nodes'] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      (node.parentElement?.closest('.pnum, [aria-hidden="true"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  return { text, nodes };
}

function locate(index: TextIndex, offset: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = index.nodes[mid]!;
    if (offset < entry.start) hi = mid - 1;
    else if (offset > entry.start + entry.node.data.length) lo = mid + 1;
    else return { node: entry.node, offset: offset - entry.start };
  }
  return null;
}

/** Ranges of every match of `query` in `root`'s visible text. */
export function findRanges(root: Element, query: string): Range[] {
  const index = indexText(root);
  const ranges: Range[] = [];
  for (const match of findAll(index.text, query)) {
    const start = locate(index, match.start);
    const end = locate(index, match.end);
    if (!start || !end) continue;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    ranges.push(range);
  }
  return ranges;
}

/** Shows `ranges` as find matches and `current` as the active one. No-op where the API is missing. */
export function showMatches(ranges: Range[], current: number): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightCtor) return;
  registry.set('find-match', new HighlightCtor(...ranges));
  const active = ranges[current];
  if (active) registry.set('find-current', new HighlightCtor(active));
  else registry.delete('find-current');
}

export function clearMatches(): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  registry?.delete('find-match');
  registry?.delete('find-current');
}
