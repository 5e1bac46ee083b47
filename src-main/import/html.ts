// Saved web pages: metadata from the page, main content by @mozilla/readability over linkedom (whole body
// as fallback), then the allowlist walk in html-walk.ts. Reused by the docx and eml importers.
import { DOMParser } from 'linkedom';
import { err, ok, type Result } from '../../src-renderer/core/result';
import { normaliseText } from '../../src-renderer/core/article';
import { ArticleBuilder, type ParsedArticle } from './model';
import { texScriptText, walkDom, type DomElement, type DomNode } from './html-walk';
import { cleanBlocks, withoutTitleFigures } from './block-cleanup';
import type { LineMeta } from './meta-lines';
import { scanPage, type MetaDocument, type SavedFrom } from './page-meta';
import { runReadability } from './readability';
import { clean, cleanLang, isoDate, safeHref, tidy, titleFromFileName } from './shared';

export interface HtmlOptions {
  fileName: string;
  /** The encoding the HTML was decoded with (reported in the result). */
  encoding: string;
  /** Resolves relative links; without it (and without a canonical URL) relative links are dropped. */
  baseUrl?: string;
  /** What the page's container knows (an archive's snapshot URL and date): used when the page says nothing. */
  savedFrom?: SavedFrom;
}

type DomDocument = MetaDocument;

/**
 * linkedom does not build the implied <html>/<head>/<body> of the HTML parsing algorithm, so fragments
 * (e-mail bodies, converted documents, hand-written pages) get them added here before parsing.
 */
export function ensureDocumentShape(html: string): string {
  let h = html;
  if (!/<body[\s>]/i.test(h)) {
    const headEnd = /<\/head\s*>/i.exec(h);
    const htmlOpen = /<html\b[^>]*>/i.exec(h);
    const prolog = /^(?:\s*(?:<!doctype[^>]*>|<!--[\s\S]*?-->|<\?xml[^>]*>))*/i.exec(h)![0].length;
    const at = headEnd ? headEnd.index + headEnd[0].length : htmlOpen ? htmlOpen.index + htmlOpen[0].length : prolog;
    const htmlClose = /<\/html\s*>/i.exec(h);
    const end = htmlClose && htmlClose.index >= at ? htmlClose.index : h.length;
    h = `${h.slice(0, at)}${headEnd ? '' : '<head></head>'}<body>${h.slice(at, end)}</body>${h.slice(end)}`;
  }
  if (!/<html[\s>]/i.test(h)) {
    const prolog = /^(?:\s*(?:<!doctype[^>]*>|<!--[\s\S]*?-->|<\?xml[^>]*>))*/i.exec(h)![0].length;
    h = `${h.slice(0, prolog)}<html>${h.slice(prolog)}</html>`;
  }
  return h;
}

function parseDocument(html: string): DomDocument {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as DomDocument;
}

/**
 * Deepest element nesting a page may have. Real articles stay far below 100 levels; parsing tens of
 * thousands of nested elements takes the HTML parser minutes, so such a page is refused before parsing.
 */
export const MAX_HTML_NESTING = 3000;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'image']);
/** The longest name in VOID_ELEMENTS: longer names are not looked up (no string is made for them). */
const LONGEST_VOID = 6;

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A character of a tag name as the scan reads it: [A-Za-z0-9:-]. */
const isNameChar = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c) || c === 0x3a || c === 0x2d;
/** A regular-expression word character ([A-Za-z0-9_]): a tag name must end at a word boundary. */
const isWordChar = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c) || c === 0x5f;

/**
 * The deepest nesting of elements in `html`, estimated from its tags in one linear pass (no parsing):
 * a start tag is `<` + a name ([A-Za-z][A-Za-z0-9:-]*, ending at a word boundary) + anything up to the
 * next `>`; it opens an element unless its name is a void element's or it ends in `/>`. An end tag
 * (`</name ...>`) closes one; comments are skipped. The scan reads characters in place, without a match
 * object or a string per tag (it runs over every imported page before parsing).
 */
export function estimateNesting(html: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  const n = html.length;
  let i = html.indexOf('<');
  while (i >= 0 && i < n - 1) {
    let at = i + 1;
    const closing = html.charCodeAt(at) === 0x2f;
    if (closing) at++;
    let next = i + 1; // where the search for the next `<` resumes when nothing matches here
    if (at < n && isAsciiLetter(html.charCodeAt(at))) {
      let end = at + 1;
      while (end < n && isNameChar(html.charCodeAt(end))) end++;
      // Back off to the longest name that ends at a word boundary, as a regular expression's \b would.
      while (end > at && isWordChar(html.charCodeAt(end - 1)) === (end < n && isWordChar(html.charCodeAt(end)))) end--;
      const gt = end > at ? html.indexOf('>', end) : -1;
      if (gt >= 0) {
        next = gt + 1;
        const selfClosing = gt > end && html.charCodeAt(gt - 1) === 0x2f;
        const isVoid = end - at <= LONGEST_VOID && VOID_ELEMENTS.has(html.slice(at, end).toLowerCase());
        if (!isVoid && !selfClosing) {
          if (closing) depth = Math.max(0, depth - 1);
          else if (++depth > deepest && (deepest = depth) > stopAt) break;
        }
        i = html.indexOf('<', next);
        continue;
      }
      if (end > at) break; // no `>` anywhere after: no tag and no comment can follow
    }
    if (!closing && html.startsWith('!--', i + 1)) {
      const close = html.indexOf('-->', i + 4);
      if (close >= 0) next = close + 3;
    }
    i = html.indexOf('<', next);
  }
  return deepest;
}

/**
 * Readability 0.6 splits a page title only at `|`, `-`, `\`, `/`, `>` and `»`, and then takes the text
 * after a colon; it misses the en and em dashes many sites put between title and site name
 * ("Evolve: Shared Mutable History — evolve extension for Mercurial"). For those titles this applies
 * the same rule as newer Readability: drop the part after the last separator, unless what is left is
 * four words or fewer, in which case the whole title is kept. Returns null when the rule does not apply.
 */
export function dashSeparatedTitle(docTitle: string | undefined): string | null {
  if (!docTitle || !/\s[–—]\s/.test(docTitle)) return null;
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const hierarchical = (docTitle.match(/\s[|\-–—\\/>»]\s/g) ?? []).length > 1;
  const left = docTitle.replace(/(.*)\s[|\-–—\\/>»]\s.*/, '$1').trim();
  if (words(left) <= 4 && (!hierarchical || words(left) !== words(docTitle.replace(/[|\-–—\\/>»]+/g, '')) - 1)) return docTitle;
  return left;
}

interface MutableNode extends DomNode {
  replaceChild(node: unknown, child: unknown): unknown;
  removeChild(child: unknown): unknown;
}

/**
 * MathJax 2 keeps a formula's TeX in a <script type="math/tex">; Readability drops every script, so a page
 * of mathematics without MathML copies would lose its formulas. Each such script becomes a <code> element
 * with the same text before Readability runs (one with a MathML copy just before it is removed).
 */
function keepTexSources(doc: DomDocument, scripts: readonly DomElement[]): void {
  if (scripts.length === 0) return;
  const create = (doc as unknown as { createElement(tag: string): DomElement & { textContent: string } }).createElement.bind(doc);
  for (const script of scripts) {
    const parent = script.parentNode as MutableNode | null;
    if (!parent) continue;
    const tex = texScriptText(script);
    if (!tex) {
      parent.removeChild(script);
      continue;
    }
    const code = create('code');
    code.textContent = tex;
    parent.replaceChild(code, script);
  }
}

/** A site's name after or before a title, set off by a symbol between spaces: " | Jane Doe", " — Medium", " ✩ Site". */
const SITE_AFTER = /^\s+[^\p{L}\p{N}\s]{1,3}\s+\S.{0,100}$/u;
const SITE_BEFORE = /^.{1,100}\S\s+[^\p{L}\p{N}\s]{1,3}\s+$/u;

/**
 * The bare title when the page's own metadata gives one that `title` only adds a site or author name to
 * ("Why I left — Medium" where og:title says "Why I left"), as newer Readability versions prefer the
 * metadata; `title` itself otherwise. A colon is no such separator ("Title: subtitle" is a title).
 */
export function bareTitle(title: string, metaTitles: readonly string[] | undefined): string {
  let best = title;
  for (const candidate of metaTitles ?? []) {
    if (candidate.length >= best.length || candidate.length < 3) continue;
    const after = title.startsWith(candidate) && SITE_AFTER.test(title.slice(candidate.length));
    const before = title.endsWith(candidate) && SITE_BEFORE.test(title.slice(0, title.length - candidate.length));
    if (after || before) best = candidate;
  }
  return best;
}

/** Converts an HTML page (already decoded) to the article model. Never throws. */
export function htmlToArticle(html: string, options: HtmlOptions): Result<ParsedArticle> {
  try {
    if (estimateNesting(html, MAX_HTML_NESTING) > MAX_HTML_NESTING) {
      return err('DAMAGED', `The page nests its elements more than ${MAX_HTML_NESTING} levels deep; Dossier does not open such pages.`);
    }
    return convert(ensureDocumentShape(normaliseText(html)), options);
  } catch (e) {
    if (e instanceof RangeError) return err('DAMAGED', 'The page is nested too deeply or is too complex to import.');
    return err('DAMAGED', 'The page could not be read; it may be damaged.');
  }
}

function convert(html: string, options: HtmlOptions): Result<ParsedArticle> {
  if (!html.trim()) return err('EMPTY', 'The page is empty.');
  const doc = parseDocument(html);
  const { meta: page, depth, texScripts } = scanPage(doc, html, options.savedFrom);
  keepTexSources(doc, texScripts);
  const baseUrl = options.baseUrl ? (safeHref(options.baseUrl) ?? page.base) : page.base;

  const article = runReadability(doc, depth);
  // The page's last paragraphs may be metadata lines ("Источник: …", "Photo: …"), read as a .txt's are.
  let lineMeta: LineMeta = {};
  let built = null as ReturnType<ArticleBuilder['build']> | null;
  const content = article?.content as DomElement | null | undefined;
  if (content && typeof content === 'object' && (article?.textContent ?? '').trim()) {
    const builder = new ArticleBuilder();
    walkDom(content, builder, baseUrl);
    built = cleanBlocks(builder.build(), lineMeta);
  }
  if (!built || built.blocks.length === 0) {
    // No article found: the whole body of a fresh parse (Readability changes the document it reads).
    const fresh = parseDocument(html);
    const builder = new ArticleBuilder();
    if (fresh.body) walkDom(fresh.body, builder, baseUrl);
    lineMeta = {};
    built = cleanBlocks(builder.build(), lineMeta);
  }
  if (built.blocks.length === 0) return err('EMPTY', 'The page has no readable text.');

  const found = dashSeparatedTitle(page.title) ?? clean(article?.title) ?? page.title ?? page.firstHeading ?? titleFromFileName(options.fileName);
  const title = bareTitle(found, page.metaTitles);
  built = withoutTitleFigures(built, title);
  const dir = (clean(article?.dir)?.toLowerCase() ?? page.dir) as string | undefined;
  const parsed: ParsedArticle = {
    format: 'html',
    encoding: options.encoding,
    title,
    source: clean(article?.siteName) ?? lineMeta.source,
    byline: clean(article?.byline) ?? lineMeta.byline,
    published: isoDate(clean(article?.publishedTime)) ?? page.published ?? lineMeta.published,
    url: page.url ?? lineMeta.url,
    caption: lineMeta.caption,
    savedAt: page.savedAt,
    lang: cleanLang(article?.lang) ?? page.lang,
    dir: dir === 'ltr' || dir === 'rtl' ? dir : undefined,
    ...built,
  };
  return ok(tidy(parsed));
}
