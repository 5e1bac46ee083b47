// Converts a DOM subtree to the article model with an allowlist walk: known elements become blocks or
// marks, everything else is transparent text, and scripts, embeds, form controls and hidden nodes vanish.
// The walk is iterative with a depth limit, so hostile nesting can never overflow the stack.
import type { BlockKind } from '../../src-renderer/core/article';
import { ArticleBuilder } from './model';
import { safeHref } from './shared';

/** The little of the DOM the walk uses (linkedom's nodes satisfy it; no DOM lib needed in the main process). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  parentNode: DomNode | null;
  firstChild: DomNode | null;
  lastChild: DomNode | null;
  previousSibling: DomNode | null;
  nextSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  localName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
}

/** Elements deeper than this lose their structure (treated as plain inline text), never the stack. */
export const MAX_DEPTH = 1000;

/** Elements whose whole subtree is dropped. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'svg', 'math', 'canvas', 'audio', 'video', 'source', 'track', 'picture-source', 'map', 'area',
  'input', 'select', 'textarea', 'button', 'option', 'optgroup', 'datalist', 'output', 'meter', 'progress', 'keygen',
  'head', 'title', 'meta', 'link', 'base', 'dialog', 'slot', 'portal',
]);

/** Elements that end the current block when entered and left. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'caption', 'ul', 'legend', 'html', 'listing', 'xmp', 'plaintext',
]);

const MARK_TAGS: Record<string, 'em' | 'strong' | 'code'> = {
  em: 'em', i: 'em', cite: 'em', dfn: 'em', var: 'em',
  strong: 'strong', b: 'strong',
  code: 'code', kbd: 'code', samp: 'code', tt: 'code',
};

interface Context {
  kind: BlockKind;
  level?: number;
  ordinal?: number;
  used: boolean;
}

interface Frame {
  node: DomNode;
  depth: number;
  exit?: {
    block: boolean;
    markId?: number;
    context?: boolean;
    list?: boolean;
    raw?: boolean;
  };
}

interface ListState {
  ordered: boolean;
  next: number;
}

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

/** The next (or previous) sibling that is an element or non-whitespace text. */
function significantSibling(node: DomNode, forward: boolean): DomNode | null {
  let n = forward ? node.nextSibling : node.previousSibling;
  while (n && n.nodeType === 3 && !(n.nodeValue ?? '').trim()) n = forward ? n.nextSibling : n.previousSibling;
  return n;
}

function isTinyImage(el: DomElement): boolean {
  const w = Number(el.getAttribute('width'));
  const h = Number(el.getAttribute('height'));
  return (w > 0 && w <= 2) || (h > 0 && h <= 2);
}

export interface WalkOptions {
  /** True for an image src the document carries with it (besides data: URLs), e.g. a part of a web archive. */
  isEmbeddedImage?: (src: string) => boolean;
}

/**
 * Walks `root` (its children) into `builder`. `baseUrl` resolves relative links; without it they are dropped.
 * Images become placeholders, never fetched: an embedded one (data: URL or `isEmbeddedImage`) a figure with
 * its alt text or "[image]", a remote one "[image: alt]" when it has alt text.
 */
export function walkDom(root: DomNode, builder: ArticleBuilder, baseUrl?: string, options: WalkOptions = {}): void {
  const contexts: Context[] = [];
  const lists: ListState[] = [];
  let rawDepth = 0;

  const current = (): Context | undefined => contexts[contexts.length - 1];
  const ensureBlock = () => {
    if (builder.hasOpenBlock) return;
    const ctx = current();
    if (!ctx) {
      builder.openBlock('paragraph');
      return;
    }
    const extras: { level?: number; ordinal?: number } = {};
    if (ctx.level !== undefined) extras.level = ctx.level;
    if (ctx.ordinal !== undefined && !ctx.used) extras.ordinal = ctx.ordinal;
    builder.openBlock(ctx.kind, extras);
    ctx.used = true;
  };
  const figure = (text: string) => {
    builder.closeBlock();
    builder.openBlock('figure');
    builder.append(text);
    builder.closeBlock();
  };

  const stack: Frame[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push({ node: c, depth: 1 });

  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.exit) {
      const x = frame.exit;
      if (x.markId !== undefined) builder.closeMark(x.markId);
      if (x.raw) rawDepth--;
      if (x.context) contexts.pop();
      if (x.list) lists.pop();
      if (x.block) builder.closeBlock();
      continue;
    }
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').normalize('NFC');
      if (rawDepth > 0) {
        if (text) {
          ensureBlock();
          builder.appendRaw(text);
        }
      } else if (text.trim()) {
        ensureBlock();
        builder.append(text);
      } else if (builder.hasOpenBlock) builder.append(' ');
      continue;
    }
    if (node.nodeType !== 1) continue; // comments, processing instructions, doctypes
    const el = node as DomElement;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag) || isHidden(el)) continue;
    if (tag === 'input' || tag === 'noembed' || tag === 'noframes') continue;

    const structured = frame.depth <= MAX_DEPTH;
    if (tag === 'br') {
      if (rawDepth > 0) {
        ensureBlock();
        builder.appendRaw('\n');
      } else if (significantSibling(el, true)?.nodeName.toLowerCase() === 'br' || !structured) builder.append(' ');
      else if (significantSibling(el, false)?.nodeName.toLowerCase() === 'br') builder.closeBlock();
      else builder.append(' ');
      continue;
    }
    if (tag === 'img' || tag === 'image') {
      const alt = (el.getAttribute('alt') ?? el.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
      const src = (el.getAttribute('src') ?? '').trim();
      if (/^data:/i.test(src) || (src !== '' && options.isEmbeddedImage?.(src) === true)) {
        if (alt) figure(alt);
        else figure('[image]');
      } else if (alt && !isTinyImage(el)) {
        if (builder.hasOpenBlock) builder.append(` [image: ${alt}] `);
        else figure(`[image: ${alt}]`);
      }
      continue;
    }

    const exit: NonNullable<Frame['exit']> = { block: false };
    if (structured) {
      if (BLOCK.has(tag)) {
        builder.closeBlock();
        exit.block = true;
      }
      if (/^h[1-6]$/.test(tag)) {
        contexts.push({ kind: 'heading', level: Number(tag[1]), used: false });
        exit.context = true;
      } else if (tag === 'li') {
        const list = lists[lists.length - 1];
        const parentTag = el.parentNode?.nodeName.toLowerCase();
        let ordinal: number | undefined;
        if (list?.ordered && (parentTag === 'ol' || parentTag === 'menu')) {
          const value = Number.parseInt(el.getAttribute('value') ?? '', 10);
          ordinal = Number.isFinite(value) ? value : list.next;
          list.next = ordinal + 1;
        }
        const ctx: Context = { kind: 'list-item', level: Math.max(1, lists.length), used: false };
        if (ordinal !== undefined) ctx.ordinal = ordinal;
        contexts.push(ctx);
        exit.context = true;
      } else if (tag === 'ul' || tag === 'ol' || tag === 'menu' || tag === 'dir') {
        const start = Number.parseInt(el.getAttribute('start') ?? '', 10);
        lists.push({ ordered: tag === 'ol', next: Number.isFinite(start) ? start : 1 });
        exit.list = true;
      } else if (tag === 'td' || tag === 'th') {
        contexts.push({ kind: 'table-cell', used: false });
        exit.context = true;
      } else if (tag === 'figcaption' || tag === 'caption') {
        contexts.push({ kind: 'caption', used: false });
        exit.context = true;
      } else if (tag === 'blockquote') {
        contexts.push({ kind: 'quote', used: false });
        exit.context = true;
      } else if (tag === 'pre' || tag === 'listing' || tag === 'xmp' || tag === 'plaintext') {
        rawDepth++;
        exit.raw = true;
        exit.markId = builder.openMark('code');
      } else if (tag === 'a') {
        const href = safeHref(el.getAttribute('href'), baseUrl);
        if (href) exit.markId = builder.openMark('link', href);
      } else {
        const mark = MARK_TAGS[tag];
        if (mark && !(mark === 'code' && rawDepth > 0)) exit.markId = builder.openMark(mark);
      }
    }
    if (exit.block || exit.markId !== undefined || exit.context || exit.list || exit.raw) stack.push({ node, depth: frame.depth, exit });
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, depth: frame.depth + 1 });
  }
  builder.closeBlock();
}
