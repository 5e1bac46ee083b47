// One article's briefing note as Markdown: YAML front matter, title, annotations as exact block
// quotes with location, tags, note and link back, the article memo, and a Sources list.

import { blockquote, containUserMarkdown, escapeInline } from './blocks';
import { frontMatter } from './front-matter';
import { tagName, tagToHashtag } from './slug';

export interface BriefingAnnotation {
  id: string;
  quote: string;
  /** Full tag paths like 'Type/Claim'. */
  tags: string[];
  /** The analyst's note, in Markdown. */
  note: string;
  paragraph?: number;
  page?: number;
  /** dossier:// URL back to the annotation. */
  link?: string;
}

export interface BriefingArticle {
  id: string;
  title: string;
  source?: string;
  byline?: string;
  published?: string;
  url?: string;
  path: string;
}

export interface BriefingInput {
  article: BriefingArticle;
  annotations: BriefingAnnotation[];
  /** The article memo, in Markdown. */
  memo?: string;
  /** ISO 8601. */
  exportedAt: string;
}

/** Collapses all whitespace (line breaks too) for single-line places: headings, list items. */
export function oneLine(text: string): string {
  return SINGLE_SPACED.test(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/** Already one line: no whitespace but single inner spaces. */
const SINGLE_SPACED = /^(?:\S+ )*\S+$/;

const NON_BLANK = /\S/;

export function present(text: string | undefined): text is string {
  return text !== undefined && NON_BLANK.test(text);
}

/** A link destination CommonMark, Obsidian and Pandoc all read: no spaces, controls or angle brackets. */
const PLAIN_DESTINATION = /^[^\u0000-\u0020\u007f<>()\\]*$/;

export function linkDestination(url: string): string {
  if (PLAIN_DESTINATION.test(url)) return url;
  return url.replace(/[\u0000-\u0020\u007f<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')).replace(/[()\\]/g, '\\$&');
}

/** `[text](url)`, with the text escaped. */
export function markdownLink(text: string, url: string): string {
  return `[${escapeInline(oneLine(text))}](${linkDestination(url)})`;
}

/** `<url>` when the URL is a valid CommonMark autolink, else a link whose text is the URL. */
export function autolink(url: string): string {
  const u = url.trim();
  if (/^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\u0000-\u0020\u007f<>]*$/.test(u)) return `<${u}>`;
  return markdownLink(u, u);
}

export function location(a: Pick<BriefingAnnotation, 'paragraph' | 'page'>): string[] {
  const parts: string[] = [];
  if (a.paragraph !== undefined) parts.push(`¶ ${a.paragraph}`);
  if (a.page !== undefined) parts.push(`p. ${a.page}`);
  return parts;
}

export function uniqueTags(annotations: readonly BriefingAnnotation[]): string[] {
  const seen = new Set<string>();
  for (const a of annotations) for (const t of a.tags) seen.add(tagName(t));
  return [...seen];
}

/**
 * An annotation without its heading: the exact quote as a block quote, a line with `lead` (already
 * escaped Markdown, e.g. the article's title in a multi-article briefing), its location and #tags, its
 * note contained in a list item, and the link back.
 */
export function renderAnnotationBody(a: BriefingAnnotation, lead?: string): string {
  const blocks: string[] = [blockquote(a.quote)];
  const meta = location(a);
  if (lead !== undefined && lead !== '') meta.unshift(lead);
  if (a.tags.length > 0) meta.push(Array.from(new Set(a.tags.map(tagToHashtag))).join(' '));
  if (meta.length > 0) blocks.push(meta.join(' · '));
  const note = containUserMarkdown(a.note);
  if (note !== '') blocks.push(note);
  if (present(a.link)) blocks.push(`[Open in Dossier](${linkDestination(a.link.trim())})`);
  return blocks.join('\n\n');
}

function renderAnnotation(a: BriefingAnnotation, index: number): string {
  return `### Annotation ${index + 1}\n\n` + renderAnnotationBody(a);
}

export function sourceLine(article: BriefingArticle): string {
  const parts: string[] = [];
  for (const part of [article.source, article.byline, article.published]) {
    if (present(part)) parts.push(escapeInline(oneLine(part)));
  }
  if (present(article.url)) parts.push(autolink(article.url));
  return parts.join(' · ');
}

export function sourcesEntry(article: BriefingArticle): string {
  const title = oneLine(article.title) || 'Untitled';
  const parts: string[] = [escapeInline(title)];
  for (const part of [article.source, article.byline, article.published]) {
    if (present(part)) parts.push(escapeInline(oneLine(part)));
  }
  if (present(article.url)) parts.push(autolink(article.url));
  parts.push('Library: ' + escapeInline(oneLine(article.path)));
  return '- ' + parts.join(' · ');
}

/**
 * One article's briefing: YAML front matter (title, source, byline, date, tags, exported, id),
 * '# Title', a source/date line, each annotation (a `###` heading, the exact quote as a block quote,
 * a line with its location and #tags, its note contained in a list item, a link back), then the
 * article memo (contained the same way), then a Sources list. LF line endings, one final newline.
 */
export function renderArticleBriefing(input: BriefingInput): string {
  const { article, annotations } = input;
  const opt = (v: string | undefined): string | undefined => (present(v) ? v : undefined);
  const header = frontMatter([
    ['title', article.title],
    ['source', opt(article.source)],
    ['byline', opt(article.byline)],
    ['date', opt(article.published)],
    ['tags', uniqueTags(annotations)],
    ['exported', input.exportedAt],
    ['id', article.id],
  ]);
  const blocks: string[] = [`# ${escapeInline(oneLine(article.title) || 'Untitled')}`];
  const src = sourceLine(article);
  if (src !== '') blocks.push(src);
  if (annotations.length > 0) {
    blocks.push('## Annotations');
    annotations.forEach((a, i) => blocks.push(renderAnnotation(a, i)));
  }
  const memo = containUserMarkdown(input.memo ?? '');
  if (memo !== '') blocks.push('## Memo', memo);
  blocks.push('## Sources', sourcesEntry(article));
  return header + '\n' + blocks.join('\n\n') + '\n';
}
