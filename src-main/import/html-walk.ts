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
  'svg', 'canvas', 'audio', 'video', 'source', 'track', 'picture-source', 'map', 'area',
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

/** Elements that show a picture or other media: a <figure> holding one is shown as a figure placeholder. */
const MEDIA = new Set(['img', 'image', 'picture', 'svg', 'video', 'audio', 'canvas', 'iframe', 'object', 'embed']);

/** Alt text longer than this describes a picture rather than standing for a word or a formula. */
const MAX_INLINE_ALT = 40;

/** A figure's caption longer than this is article text wrapped in a <figure>, not a caption. */
const MAX_FIGURE_TEXT = 400;

/** Nodes a figure is read through at most: a real figure has a few dozen. */
const MAX_FIGURE_NODES = 2000;

/**
 * The text of an element for a caption: text nodes joined, with a space between sibling elements, as
 * captions are often spans laid out apart ("…weather.</span><span>Credit</span><span>Kirsten Luce") and
 * would otherwise run together. Hidden and skipped elements do not count.
 */
function captionText(el: DomElement, budget: { nodes: number }): string {
  const parts: string[] = [];
  let previousElement = false;
  for (let c = el.firstChild; c && budget.nodes-- > 0; c = c.nextSibling) {
    if (c.nodeType === 3) {
      parts.push(c.nodeValue ?? '');
      previousElement = false;
    } else if (c.nodeType === 1) {
      const child = c as DomElement;
      const tag = child.localName.toLowerCase();
      if (SKIP.has(tag) || isHidden(child)) continue;
      if (previousElement) parts.push(' ');
      parts.push(captionText(child, budget));
      previousElement = true;
    }
  }
  return parts.join('');
}

interface FigureSummary {
  /** The caption, else the text beside the picture, else its alt text; '' when it says nothing. */
  text: string;
  /** The figcaption after the figure was its caption (so it is not read again). */
  usedCaptionAfter: boolean;
}

/**
 * What a <figure> holding a picture shows as its one placeholder: its figcaption, else the little text
 * beside the picture, else the picture's alt text. Null when the figure holds no media or much text (a
 * pull quote or code listing wrapped in <figure> is read as text).
 */
function figureSummary(figure: DomElement, captionAfter: DomElement | null): FigureSummary | null {
  let media = false;
  let alt = '';
  let caption: DomElement | null = null;
  let besideLength = 0;
  const beside: string[] = [];
  const budget = { nodes: MAX_FIGURE_NODES };
  const stack: DomNode[] = [];
  for (let c = figure.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length > 0) {
    if (budget.nodes-- <= 0) return null;
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (text.trim()) {
        besideLength += text.length;
        if (besideLength > MAX_FIGURE_TEXT) return null;
        beside.push(text);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as DomElement;
    const tag = el.localName.toLowerCase();
    if (MEDIA.has(tag)) {
      media = true;
      if (!alt && (tag === 'img' || tag === 'image') && !isTinyImage(el)) alt = (el.getAttribute('alt') ?? el.getAttribute('title') ?? '').trim();
      continue;
    }
    if (tag === 'figcaption') {
      caption ??= el;
      continue;
    }
    if (SKIP.has(tag) || isHidden(el)) continue;
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  if (!media) return null;
  const usedCaptionAfter = caption === null && captionAfter !== null;
  caption ??= captionAfter;
  const clean = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();
  const captioned = caption ? clean(captionText(caption, budget)) : '';
  if (captioned.length > MAX_FIGURE_TEXT * 2) return null;
  const besideText = clean(beside.join(' '));
  // "Image" and "Photo" labels beside the picture (screen-reader words of news sites) are not captions.
  // A credit's label is often written twice, once for screen readers only ("Credit Credit Jeon Heon-Kyun").
  const captionLine = captioned.replace(/\b(credit|photo|image)(?:\s+\1\b)+/giu, '$1');
  const described = captionLine || (isBoilerplateLabel(besideText) ? '' : besideText);
  const altText = clean(alt);
  // A caption that only credits the picture says less than the alt text: both are shown.
  const text = described && altText && isCreditOnly(described) && !described.includes(altText) ? `${altText} (${described.replace(/^\((.*)\)$/, '$1')})` : described || altText;
  return { text, usedCaptionAfter };
}

/** `<script type="math/tex">`: MathJax 2's TeX source of a formula. */
function isTexScript(el: DomElement): boolean {
  return /^math\/tex\b/i.test(el.getAttribute('type') ?? '');
}

/** Whether `el` holds a <math> element (within a few hundred nodes: a formula's drawing is small). */
function holdsMathMl(el: DomNode): boolean {
  let budget = 500;
  const stack: DomNode[] = [el];
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    if ((node as DomElement).localName.toLowerCase() === 'math') return true;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return false;
}

/**
 * The TeX of a MathJax 2 script, used only when the formula has no MathML copy just before it (MathJax 2
 * with its assistive MathML writes both; the MathML is read then).
 */
export function texScriptText(el: DomElement): string {
  let previous = el.previousSibling;
  while (previous && previous.nodeType !== 1) previous = previous.previousSibling;
  if (previous && holdsMathMl(previous)) return '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const SPACED_OPERATORS = new Set(['=', '+', '−', '-', '<', '>', '≤', '≥', '≠', '≈', '×', '→', '⇒', '∈', '±', '∼', '≡']);

/**
 * A MathML formula as one line of text: its alttext or TeX annotation when it has one, else its tokens
 * with ^ and _ for scripts and / for fractions ("x^2 + y_i = 1/2"), words of <mtext> included.
 */
function mathText(math: DomElement): string {
  const alt = (math.getAttribute('alttext') ?? '').trim();
  if (alt) return alt.replace(/\s+/g, ' ');
  let budget = 5000;
  let tex = '';
  const read = (node: DomNode, depth: number): string => {
    if (budget-- <= 0 || depth > 60) return '';
    if (node.nodeType === 3) return node.nodeValue ?? '';
    if (node.nodeType !== 1) return '';
    const el = node as DomElement;
    const tag = el.localName.toLowerCase();
    if (tag === 'annotation' || tag === 'annotation-xml') {
      if (!tex && /tex/i.test(el.getAttribute('encoding') ?? '')) tex = (el.textContent ?? '').trim();
      return '';
    }
    const kids: string[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      // Operators keep their spaces ("E = mc^2"); scripts and fractions group their trimmed parts.
      const t = read(c, depth + 1);
      if (t.trim()) kids.push(t);
    }
    const group = (raw: string | undefined) => {
      const t = raw?.trim() ?? '';
      return [...t].length > 1 ? `(${t})` : t;
    };
    switch (tag) {
      case 'mo': {
        const op = kids.join('').trim();
        return SPACED_OPERATORS.has(op) ? ` ${op} ` : op;
      }
      case 'mtext':
        return ` ${kids.join(' ').trim()} `;
      case 'msup':
        return `${group(kids[0])}^${group(kids[1])}`;
      case 'msub':
        return `${group(kids[0])}_${group(kids[1])}`;
      case 'msubsup':
        return `${group(kids[0])}_${group(kids[1])}^${group(kids[2])}`;
      case 'mfrac':
        return `${group(kids[0])}/${group(kids[1])}`;
      case 'msqrt':
        return `√${group(kids.join(''))}`;
      default:
        return kids.join(tag === 'mrow' || tag === 'math' || tag === 'semantics' || tag === 'mstyle' ? '' : ' ');
    }
  };
  const text = read(math, 0).replace(/\s+/g, ' ').trim();
  return tex || text;
}

/** A caption that is only a picture credit: "(Mike Watson Images/Moodboard/Getty)", "Credit Jane Doe/AP". */
function isCreditOnly(caption: string): boolean {
  if (caption.length > 90 || /[.!?]\s+\p{L}/u.test(caption)) return false;
  return /^\(.*\)$/.test(caption) || /^(?:credit|photo|image|фото)\b/i.test(caption) || /\b(?:getty|istock|shutterstock|reuters|afp|ap photo|associated press|epa|alamy|unsplash)\b/i.test(caption);
}

/** A label sites put beside a picture for screen readers ("Image", "Photo"), never a caption. */
function isBoilerplateLabel(text: string): boolean {
  return /^(?:image|photo|photograph|picture|video|graphic|illustration|фото|изображение)$/i.test(text);
}

/**
 * Walks `root` (its children) into `builder`. `baseUrl` resolves relative links; without it they are dropped.
 * Images are never fetched: a picture with alt text inside a line of text stays there as that text; one on
 * its own, or a <figure> holding one, becomes a 'figure' block (its caption, else its alt text), which the
 * reader shows as a quiet placeholder and never as a statement. A picture with nothing to say is dropped.
 */
export function walkDom(root: DomNode, builder: ArticleBuilder, baseUrl?: string): void {
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

  /** Elements already read with an earlier one (a figcaption after its figure). */
  const consumed = new Set<DomNode>();
  const stack: Frame[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push({ node: c, depth: 1 });

  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (consumed.size > 0 && consumed.delete(node)) continue;
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
    if (tag === 'math' || (tag === 'script' && isTexScript(el))) {
      // Formulas are words of the article (a page of mathematics is mostly formulas): kept as inline text,
      // never as markup. MathJax puts each formula twice, drawn (hidden from readers) and as MathML or TeX.
      const formula = tag === 'math' ? mathText(el) : texScriptText(el);
      if (formula) {
        ensureBlock();
        builder.append(` ${formula} `);
      }
      continue;
    }
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
      if (!alt || isTinyImage(el)) continue;
      // A small picture inside a line of text (a formula, an emoji, an icon) stays in its sentence as its
      // alt text; a picture on its own, or one described at length, is a figure: one placeholder, never a
      // statement (the text after it goes on in a block of its own).
      if (builder.hasOpenBlock && builder.openBlockHasText && alt.length <= MAX_INLINE_ALT) builder.append(` ${alt} `);
      else figure(alt);
      continue;
    }
    if (tag === 'figure' && frame.depth <= MAX_DEPTH) {
      // Some sites put a figure's caption just after it (<figure>…</figure><figcaption>): it is read with it.
      const next = significantSibling(el, true);
      const captionAfter = next?.nodeType === 1 && (next as DomElement).localName.toLowerCase() === 'figcaption' ? (next as DomElement) : null;
      const summary = figureSummary(el, captionAfter);
      if (summary) {
        if (summary.text) figure(summary.text);
        if (captionAfter && summary.usedCaptionAfter) consumed.add(captionAfter);
        continue;
      }
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
      } else if (tag === 'figcaption') {
        // A caption outside a figure (its picture was not kept): the figure's placeholder, not a statement.
        contexts.push({ kind: 'figure', used: false });
        exit.context = true;
      } else if (tag === 'caption') {
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
