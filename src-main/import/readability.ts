// Runs @mozilla/readability over a linkedom document and returns the article element (not HTML), or null
// when there is no article or the page is too deep for it, with faster equivalents of four of its private
// checks (FAST_PATHS) installed on each instance. The rest of the importer sees only this module.
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
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
 * linkedom keeps a document as one linked list in document order: each node points to the next under a
 * private symbol, and each element to the marker ending its subtree. Walking that list is what linkedom's
 * own getElementsByTagName does, and is several times faster than the public firstChild/nextSibling
 * getters. The symbols are found by their descriptions on a parsed element; if a linkedom release changes
 * them, `elementsByTags` falls back to the public walk (and a test notices the fast walk is gone).
 */
function linkSymbols(): { next: symbol; end: symbol } | null {
  try {
    const probe = new DOMParser().parseFromString('<html><body><p></p></body></html>', 'text/html') as unknown as { body: object | null };
    const symbols = probe.body ? Object.getOwnPropertySymbols(probe.body) : [];
    const next = symbols.find((s) => s.description === 'next');
    const end = symbols.find((s) => s.description === 'end');
    return next && end ? { next, end } : null;
  } catch {
    return null;
  }
}

const LINKS = linkSymbols();

/** True when `elementsByTags` walks linkedom's internal list (for the test that guards the fast path). */
export const walksLinkedList = LINKS !== null;

interface Linked extends DomNode {
  [link: symbol]: Linked | undefined;
}

/**
 * The elements below `root` (not `root` itself) whose tag is one of `tagNames`, in document order, skipping
 * template contents: what `root.querySelectorAll(tagNames.join(','))` returns for plain tag lists, which
 * is the only kind of selector Readability builds. linkedom compiles such a selector with css-select on
 * every call and tests each element against it; Readability makes dozens of these calls per page, and
 * they were a quarter of its time.
 */
export function elementsByTags(root: DomNode & { documentElement?: DomNode | null }, tagNames: readonly string[]): DomElement[] {
  const wanted = new Set(tagNames.map((t) => t.toLowerCase()));
  const linked = root as Linked;
  if (LINKS && linked[LINKS.end] !== undefined) {
    const { next, end } = LINKS;
    const found: DomElement[] = [];
    const stop = linked[end];
    let node = linked[next];
    while (node && node !== stop) {
      if (node.nodeType === 1) {
        const tag = (node as unknown as DomElement).localName.toLowerCase();
        if (wanted.has(tag)) found.push(node as unknown as DomElement);
        if (tag === 'template') node = node[end];
      }
      node = node?.[next];
    }
    return found;
  }
  return elementsByTagsWalk(root, wanted);
}

/** `elementsByTags` over the public DOM: a document node is walked from its root element. */
function elementsByTagsWalk(root: DomNode & { documentElement?: DomNode | null }, wanted: ReadonlySet<string>): DomElement[] {
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

/** Whether `root` has a text (or CDATA) descendant with non-white-space: `root.textContent.trim() !== ''`, stopping early. */
export function hasVisibleText(root: DomNode): boolean {
  let node: DomNode | null = root.firstChild;
  while (node) {
    if ((node.nodeType === 3 || node.nodeType === 4) && /\S/.test(node.nodeValue ?? '')) return true;
    const child: DomNode | null = node.nodeType === 1 ? node.firstChild : null;
    if (child) {
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = !node || node === root ? null : node.nextSibling;
  }
  return false;
}

/**
 * The value of one property in a style attribute, read the way linkedom's `element.style[name]` reads it
 * (declarations split at ";", the name before the first ":" trimmed and compared as written, the last
 * non-empty value wins), without building the CSSStyleDeclaration proxy linkedom makes for each element.
 */
export function styleProperty(style: string | null, name: string): string {
  if (!style) return '';
  let value = '';
  for (const declaration of style.split(/\s*;\s*/)) {
    const [key = '', ...rest] = declaration.split(':');
    if (rest.length === 0 || key.trim() !== name) continue;
    const v = rest.join(':').trim();
    if (v) value = v;
  }
  return value;
}

interface ReaderElement extends DomElement {
  className: unknown;
  children: { length: number };
  getElementsByTagName(tag: string): { length: number };
}

interface ReaderInternals {
  REGEXPS: { byline: RegExp };
  ELEMENT_NODE: number;
}

/**
 * Equivalents of four private methods of Readability 0.6, installed on each instance. Each returns what the
 * original returns for every element (tests/main/import/readability.test.ts compares them with the
 * installed library's own methods, and fails on another Readability version so they are checked again);
 * they only avoid work the originals throw away:
 * - `_getAllNodesWithTag`: a walk instead of a css-select compile and match per call (a quarter of
 *   Readability's time on the corpus pages);
 * - `_isProbablyVisible`: reads the style attribute instead of building linkedom's style proxy per element;
 * - `_isValidByline`: tests the cheap byline conditions before the element's whole textContent (the
 *   original builds it first, for every element of the page);
 * - `_isElementWithoutContent`: stops at the first non-blank text instead of joining all of it.
 */
const FAST_PATHS = {
  _getAllNodesWithTag(node: DomNode, tagNames: string[]): DomElement[] {
    return elementsByTags(node, tagNames);
  },
  _isProbablyVisible(node: ReaderElement): boolean {
    const style = node.getAttribute('style');
    const className = node.className as { includes?: (s: string) => boolean } | null | undefined;
    return (
      styleProperty(style, 'display') !== 'none' &&
      styleProperty(style, 'visibility') !== 'hidden' &&
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') !== 'true' || !!(className && className.includes && className.includes('fallback-image')))
    );
  },
  _isValidByline(this: ReaderInternals, node: ReaderElement, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  },
  _isElementWithoutContent(this: ReaderInternals, node: ReaderElement): boolean {
    if (node.nodeType !== this.ELEMENT_NODE || hasVisibleText(node)) return false;
    const children = node.children.length;
    return children === 0 || children === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length;
  },
};

/** The Readability version FAST_PATHS was written against. */
export const READABILITY_VERSION = '0.6.0';

/**
 * Readability over `doc` (which it changes), or null when it finds nothing, throws, or `depth` (the
 * document's element nesting) is over READABILITY_MAX_DEPTH.
 */
export function runReadability(doc: object, depth: number): ReadabilityResult | null {
  if (depth > READABILITY_MAX_DEPTH) return null;
  try {
    const reader = new Readability<unknown>(doc as never, { serializer: (node: unknown) => node });
    Object.assign(reader, FAST_PATHS);
    return reader.parse() as ReadabilityResult | null;
  } catch {
    return null;
  }
}

/** The fast paths, for the tests that compare them with Readability's own methods. */
export const fastPathsForTests: Readonly<Record<string, (...args: never[]) => unknown>> = FAST_PATHS;
