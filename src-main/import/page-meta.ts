// A saved page's own metadata (title, first heading, canonical URL, base, lang, dir, dates) and the depth of
// its element tree, gathered in one walk over the parsed document. Selector queries cost a full walk each
// (and a selector compile) in linkedom; a dozen of them per page was a tenth of the import time.
import type { DomElement, DomNode } from './html-walk';
import { clean, cleanLang, isoDate, safeHref } from './shared';

export interface PageMeta {
  title?: string;
  /** Titles the page's own metadata gives (og:title, twitter:title, DC title, JSON-LD headline…), in that order. */
  metaTitles?: string[];
  firstHeading?: string;
  url?: string;
  base?: string;
  savedAt?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  published?: string;
}

/** The little of a parsed document the scan reads. */
export interface MetaDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
}

/** What a save tool or the caller knows about the page besides its HTML (e.g. an MHTML archive's headers). */
export interface SavedFrom {
  url?: string;
  savedAt?: string;
}

/** The elements the metadata comes from, first of each kind in document order (template contents skipped). */
interface Collected {
  title: DomElement | null;
  h1: DomElement | null;
  h2: DomElement | null;
  base: DomElement | null;
  metas: DomElement[];
  links: DomElement[];
  /** JSON-LD blocks (<script type="application/ld+json">), read for the article's headline. */
  jsonLd: DomElement[];
  /** MathJax 2's formula sources (<script type="math/tex">), which Readability would drop with the scripts. */
  texScripts: DomElement[];
  /** Deepest element nesting below the root element (the root itself is 0). */
  depth: number;
}

/**
 * One pass over the tree: collects the metadata elements and the nesting depth. The walk follows parent
 * pointers instead of keeping a stack, so it allocates nothing per node and cannot overflow.
 */
function collect(root: DomNode): Collected {
  const out: Collected = { title: null, h1: null, h2: null, base: null, metas: [], links: [], jsonLd: [], texScripts: [], depth: 0 };
  let depth = 0;
  let node: DomNode | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      const el = node as DomElement;
      if (depth > out.depth) out.depth = depth;
      const tag = el.localName.toLowerCase();
      switch (tag) {
        case 'meta': out.metas.push(el); break;
        case 'link': out.links.push(el); break;
        case 'title': out.title ??= el; break;
        case 'h1': out.h1 ??= el; break;
        case 'h2': out.h2 ??= el; break;
        case 'base': if (!out.base && el.hasAttribute('href')) out.base = el; break;
        case 'script': {
          const type = el.getAttribute('type') ?? '';
          if (/^math\/tex\b/i.test(type)) out.texScripts.push(el);
          else if (/^application\/ld\+json\b/i.test(type)) out.jsonLd.push(el);
          break;
        }
        default: break;
      }
      descend = tag !== 'template';
    }
    const child: DomNode | null = descend ? node.firstChild : null;
    if (child) {
      depth++;
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = !node || node === root ? null : node.nextSibling;
  }
  return out;
}

/** The first meta whose attribute `attr` equals `value` (case-insensitively when `anyCase`), per name in order. */
function metaContent(metas: readonly DomElement[], wanted: readonly [attr: string, value: string, anyCase?: boolean][]): string | undefined {
  for (const [attr, value, anyCase] of wanted) {
    const match = metas.find((m) => {
      const v = m.getAttribute(attr);
      return v !== null && (anyCase ? v.toLowerCase() === value.toLowerCase() : v === value);
    });
    const content = clean(match?.getAttribute('content'));
    if (content) return content;
  }
  return undefined;
}

/** `rel` is a space-separated, case-insensitive token list. */
function hasRel(link: DomElement, token: string): boolean {
  return (link.getAttribute('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/).includes(token);
}

/** Markers that browsers and save tools leave in a page: "saved from url=", SingleFile's header comment. */
export function savedMarkers(html: string): SavedFrom {
  const head = html.slice(0, 65536);
  const out: SavedFrom = {};
  const savedFrom = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(head);
  if (savedFrom) out.url = safeHref(savedFrom[1]);
  const singleFile = /<!--\s*Page saved with SingleFile\s*([\s\S]*?)-->/i.exec(head);
  if (singleFile) {
    const body = singleFile[1]!;
    const url = /^\s*url:\s*(\S+)/im.exec(body);
    if (url) out.url ??= safeHref(url[1]);
    const date = /^\s*saved date:\s*(.+)$/im.exec(body);
    if (date) out.savedAt = isoDate(date[1]!.replace(/\s*\([^)]*\)\s*$/, ''));
  }
  const mhtml = /^Snapshot-Content-Location:\s*(\S+)[\s\S]*?^Date:\s*(.+)$/im.exec(head);
  if (mhtml) {
    out.url ??= safeHref(mhtml[1]);
    out.savedAt ??= isoDate(mhtml[2]);
  }
  return out;
}

/** The meta elements that name a page's own title, in the order Readability prefers them (and a few more). */
const TITLE_METAS: [attr: string, value: string, anyCase?: boolean][] = [
  ['name', 'dc.title', true], ['name', 'dcterms.title', true], ['property', 'og:title'], ['name', 'og:title'],
  ['name', 'title'], ['name', 'twitter:title'], ['property', 'twitter:title'], ['name', 'parsely-title'],
  ['name', 'sailthru.title'], ['itemprop', 'headline'], ['property', 'headline'],
];

/** Headlines in JSON-LD (an object, an array of them or an @graph), at most a few levels down. */
function jsonLdHeadlines(value: unknown, out: string[], depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) jsonLdHeadlines(item, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const headline = clean(typeof record['headline'] === 'string' ? record['headline'] : undefined);
  if (headline) out.push(headline);
  if (record['@graph'] !== undefined) jsonLdHeadlines(record['@graph'], out, depth + 1);
}

/** Every title the page's metadata gives, without repeats. */
function titlesFromMeta(found: Collected): string[] {
  const titles: string[] = [];
  for (const wanted of TITLE_METAS) {
    const content = metaContent(found.metas, [wanted]);
    if (content) titles.push(content);
  }
  for (const script of found.jsonLd.slice(0, 5)) {
    const source = script.textContent ?? '';
    if (source.length > 200_000) continue;
    try {
      jsonLdHeadlines(JSON.parse(source), titles);
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  return [...new Set(titles)];
}

/**
 * The page's metadata and the depth of its element tree. `savedFrom` (what the container of the page knows)
 * comes before the markers found in the HTML; a canonical or og:url link still wins over both.
 */
export function scanPage(doc: MetaDocument, html: string, savedFrom: SavedFrom = {}): { meta: PageMeta; depth: number; texScripts: DomElement[] } {
  const root = doc.documentElement;
  const found = root ? collect(root) : { title: null, h1: null, h2: null, base: null, metas: [], links: [], jsonLd: [], texScripts: [], depth: 0 };
  const meta: PageMeta = {};
  const title = clean(found.title?.textContent);
  if (title) meta.title = title;
  const metaTitles = titlesFromMeta(found);
  if (metaTitles.length > 0) meta.metaTitles = metaTitles;
  const heading = clean(found.h1?.textContent ?? found.h2?.textContent);
  if (heading) meta.firstHeading = heading;
  const inPage = savedMarkers(html);
  const markers: SavedFrom = { url: savedFrom.url ?? inPage.url, savedAt: savedFrom.savedAt ?? inPage.savedAt };
  const canonical = found.links.find((l) => hasRel(l, 'canonical'))?.getAttribute('href');
  const ogUrl = metaContent(found.metas, [['property', 'og:url'], ['name', 'og:url'], ['name', 'twitter:url']]);
  meta.url = safeHref(canonical, markers.url) ?? safeHref(ogUrl, markers.url) ?? markers.url;
  meta.base = safeHref(found.base?.getAttribute('href'), meta.url) ?? meta.url;
  if (markers.savedAt) meta.savedAt = markers.savedAt;
  const lang = cleanLang(root?.getAttribute('lang') ?? root?.getAttribute('xml:lang') ?? metaContent(found.metas, [['http-equiv', 'content-language', true]]));
  if (lang) meta.lang = lang;
  const dir = (root?.getAttribute('dir') ?? doc.body?.getAttribute('dir'))?.toLowerCase();
  if (dir === 'ltr' || dir === 'rtl') meta.dir = dir;
  const published = metaContent(found.metas, [
    ['property', 'article:published_time'],
    ['name', 'article:published_time'],
    ['itemprop', 'datePublished'],
    ['name', 'date'],
    ['name', 'DC.date.issued'],
    ['name', 'dc.date'],
  ]);
  if (published) meta.published = isoDate(published);
  return { meta, depth: found.depth, texScripts: found.texScripts };
}
