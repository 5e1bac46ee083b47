// Runs @mozilla/readability over a linkedom document and returns the article element (not HTML), or null
// when there is no article or the page is too deep for it. The rest of the importer sees only this module.
import { Readability } from '@mozilla/readability';
import type { DomElement, DomNode } from './html-walk';

export interface ReadabilityResult {
  title?: string | null;
  /** The article's root element (our serializer hands the node back instead of HTML). */
  content?: unknown;
  textContent?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
}

/** Readability slows down sharply on very deep trees; real articles are far shallower than this. */
export const READABILITY_MAX_DEPTH = 250;

/**
 * The elements below `root` (not `root` itself) whose tag is one of `tagNames`, in document order, skipping
 * template contents: what `root.querySelectorAll(tagNames.join(','))` returns for plain tag lists, which
 * is the only kind of selector Readability builds. linkedom compiles such a selector with css-select on
 * every call and tests each element against it; Readability makes dozens of these calls per page, and
 * they were a quarter of its time. A document node is walked from its root element.
 */
export function elementsByTags(root: DomNode & { documentElement?: DomNode | null }, tagNames: readonly string[]): DomElement[] {
  const wanted = new Set(tagNames.map((t) => t.toLowerCase()));
  const found: DomElement[] = [];
  // linkedom's doctype node has no nextSibling, so a document is entered at its root element.
  let node: DomNode | null = root.nodeType === 9 ? (root.documentElement ?? null) : root.firstChild;
  while (node) {
    let child: DomNode | null = null;
    if (node.nodeType === 1) {
      const tag = (node as DomElement).localName.toLowerCase();
      if (wanted.has(tag)) found.push(node as DomElement);
      if (tag !== 'template') child = node.firstChild;
    }
    if (child) {
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = !node || node === root ? null : node.nextSibling;
  }
  return found;
}

/**
 * Readability over `doc` (which it changes), or null when it finds nothing, throws, or `depth` (the
 * document's element nesting) is over READABILITY_MAX_DEPTH.
 */
export function runReadability(doc: object, depth: number): ReadabilityResult | null {
  if (depth > READABILITY_MAX_DEPTH) return null;
  try {
    const reader = new Readability<unknown>(doc as never, { serializer: (node: unknown) => node });
    // A private hook of Readability 0.6 (`_getAllNodesWithTag`): replaced on this instance only by an
    // equivalent walk (see elementsByTags; tests/main/import/readability.test.ts checks both agree). If a
    // later Readability drops the hook, this assignment is simply unused and the output is the same.
    Object.assign(reader, { _getAllNodesWithTag: (node: DomNode, tagNames: string[]) => elementsByTags(node, tagNames) });
    return reader.parse() as ReadabilityResult | null;
  } catch {
    return null;
  }
}
