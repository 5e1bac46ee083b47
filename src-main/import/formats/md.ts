// Markdown articles: YAML front matter as metadata, the body through markdown-it (CommonMark + tables)
// walked token by token into blocks and marks. No HTML is produced; links are kept as inert hrefs.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { err, ok, type Result } from '../../../src-renderer/core/result';
import { normaliseText } from '../../../src-renderer/core/article';
import { ArticleBuilder, type ParsedArticle } from '../model';
import { clean, cleanLang, isoDate, safeHref, tidy, titleFromFileName } from '../shared';

const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
// Parse every link as a link (so "[x](javascript:...)" never shows its markup); safeHref() then decides
// whether the href is kept. Nothing is ever rendered as HTML.
md.validateLink = () => true;

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

type FrontMeta = Pick<ParsedArticle, 'title' | 'source' | 'byline' | 'published' | 'url' | 'lang' | 'dir' | 'savedAt'>;

/** Splits YAML front matter from the body; invalid YAML is dropped (the body is still imported). */
export function splitFrontMatter(text: string): { meta: Partial<FrontMeta>; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { meta: {}, body: text };
  const body = text.slice(m[0].length);
  let data: unknown;
  try {
    data = parseYaml(m[1]!, { maxAliasCount: 100 });
  } catch {
    return { meta: {}, body };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { meta: {}, body };
  const d = data as Record<string, unknown>;
  const pick = (...keys: string[]) => keys.map((k) => d[k]).find((v) => v !== undefined && v !== null && v !== '');
  const meta: Partial<FrontMeta> = {};
  const title = clean(pick('title', 'headline'));
  if (title) meta.title = title;
  const source = clean(pick('source', 'site', 'siteName', 'site_name', 'publisher'));
  if (source) meta.source = source;
  const byline = clean(pick('byline', 'author', 'authors', 'by'));
  if (byline) meta.byline = byline;
  const published = isoDate(pick('published', 'date', 'publishedTime', 'published_at', 'pubDate'));
  if (published) meta.published = published;
  const url = safeHref(clean(pick('url', 'canonical', 'link', 'source_url')));
  if (url) meta.url = url;
  const lang = cleanLang(pick('lang', 'language'));
  if (lang) meta.lang = lang;
  const dir = clean(pick('dir'))?.toLowerCase();
  if (dir === 'ltr' || dir === 'rtl') meta.dir = dir;
  const saved = isoDate(pick('saved', 'savedAt', 'saved_at', 'retrieved', 'accessed'));
  if (saved) meta.savedAt = saved;
  return { meta, body };
}

/** Plain text of an inline token's children (for titles). */
function inlineText(token: Token | undefined): string {
  if (!token?.children) return token?.content ?? '';
  return token.children
    .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'image' ? c.content : c.type.endsWith('break') ? ' ' : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const MARK_OPEN: Record<string, 'em' | 'strong'> = { em_open: 'em', strong_open: 'strong' };

/**
 * A paragraph that is only a picture (`![A photo of the meeting](photo.jpg)`): a figure, shown as its
 * placeholder with the alt text, as a saved page's pictures are, not a statement.
 */
function isLonePicture(inline: Token | undefined): boolean {
  const children = inline?.type === 'inline' ? (inline.children ?? []) : [];
  let pictures = 0;
  for (const c of children) {
    if (c.type === 'image') pictures++;
    else if (!((c.type === 'text' && c.content.trim() === '') || c.type === 'softbreak' || c.type === 'hardbreak')) return false;
  }
  return pictures === 1;
}

function renderInline(builder: ArticleBuilder, token: Token): void {
  const stack: number[] = [];
  for (const child of token.children ?? []) {
    switch (child.type) {
      case 'text':
        builder.append(child.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        builder.append(' ');
        break;
      case 'code_inline': {
        const r = builder.append(child.content);
        builder.mark('code', r.start, r.end);
        break;
      }
      case 'em_open':
      case 'strong_open':
        stack.push(builder.openMark(MARK_OPEN[child.type]!));
        break;
      case 'link_open': {
        const href = safeHref(String(child.attrGet('href') ?? ''));
        stack.push(href ? builder.openMark('link', href) : 0);
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close': {
        const id = stack.pop();
        if (id) builder.closeMark(id);
        break;
      }
      case 'image':
        if (child.content.trim()) builder.append(` ${child.content} `);
        break;
      case 'html_inline':
        if (/^<br\b/i.test(child.content)) builder.append(' ');
        break;
      default:
        break;
    }
  }
  for (const id of stack) if (id) builder.closeMark(id);
}

/** Parses a decoded Markdown article. */
export function markdownToArticle(raw: string, options: { fileName: string; encoding: string }): Result<ParsedArticle> {
  const text = normaliseText(raw);
  if (text.trim() === '') return err('EMPTY', 'The file is empty or contains only whitespace.');
  const { meta, body } = splitFrontMatter(text);
  const tokens = md.parse(body, {});

  // Title: front matter, else the first H1, else the file name. A first H1 equal to the title is dropped.
  const h1Index = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const h1Text = h1Index >= 0 ? inlineText(tokens[h1Index + 1]) : '';
  const title = meta.title ?? (h1Text || titleFromFileName(options.fileName));
  const skipH1 = h1Index >= 0 && h1Text === title ? h1Index : -1;

  const builder = new ArticleBuilder();
  const lists: { ordered: boolean; next: number }[] = [];
  const items: { level: number; ordinal?: number; used: boolean }[] = [];
  let quoteDepth = 0;
  let inCell = false;
  let skipping = false;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i === skipH1) skipping = true;
    if (skipping) {
      if (t.type === 'heading_close') skipping = false;
      continue;
    }
    switch (t.type) {
      case 'heading_open':
        builder.openBlock('heading', { level: Number(t.tag.slice(1)) || 1 });
        break;
      case 'paragraph_open': {
        if (inCell) break;
        const item = items[items.length - 1];
        if (item) {
          builder.openBlock('list-item', item.used || item.ordinal === undefined ? { level: item.level } : { level: item.level, ordinal: item.ordinal });
          item.used = true;
        } else if (isLonePicture(tokens[i + 1])) builder.openBlock('figure');
        else builder.openBlock(quoteDepth > 0 ? 'quote' : 'paragraph');
        break;
      }
      case 'heading_close':
      case 'paragraph_close':
        if (!inCell) builder.closeBlock();
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: t.type === 'ordered_list_open', next: Number(t.attrGet('start') ?? 1) || 1 });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        const info = Number.parseInt(t.info, 10);
        const ordinal = list?.ordered ? (Number.isFinite(info) ? info : list.next) : undefined;
        if (list?.ordered) list.next = (ordinal ?? list.next) + 1;
        items.push(ordinal === undefined ? { level: lists.length, used: false } : { level: lists.length, ordinal, used: false });
        break;
      }
      case 'list_item_close':
        items.pop();
        builder.closeBlock();
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        builder.closeBlock();
        break;
      case 'th_open':
      case 'td_open':
        builder.openBlock('table-cell');
        inCell = true;
        break;
      case 'th_close':
      case 'td_close':
        builder.closeBlock();
        inCell = false;
        break;
      case 'inline':
        renderInline(builder, t);
        break;
      case 'fence':
      case 'code_block': {
        builder.openBlock(quoteDepth > 0 ? 'quote' : 'paragraph');
        const r = builder.appendRaw(t.content.replace(/\n+$/, ''));
        builder.mark('code', r.start, r.end);
        builder.closeBlock();
        break;
      }
      case 'html_block': {
        const plain = stripTags(t.content);
        if (plain.trim()) {
          builder.openBlock(quoteDepth > 0 ? 'quote' : 'paragraph');
          builder.append(plain);
          builder.closeBlock();
        }
        break;
      }
      default:
        break;
    }
  }
  let built = builder.build();
  if (built.blocks.length === 0) {
    if (!meta.title && !h1Text) return err('EMPTY', 'The file has no readable text.');
    // Only a title: keep it as the body so the article is not empty.
    const only = new ArticleBuilder();
    only.openBlock('heading', { level: 1 });
    only.append(title);
    built = only.build();
  }
  return ok(tidy({ format: 'md', encoding: options.encoding, ...meta, title, ...built }));
}
