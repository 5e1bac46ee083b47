// One article's briefing note as Markdown: YAML front matter, title, annotations as exact block
// quotes with location, tags, note and link back, the article memo, and a Sources list.

import { blockquoteInto, containUserMarkdown, escapeInline } from './blocks';
import { escapeParagraphInto } from './escape';
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
  /**
   * The list marker of the item the quote opens ("-", "3."), written before it as Markdown list syntax
   * inside the block quote, so the exported quote reads as the item it was; the quote's text is unchanged.
   */
  listMarker?: string;
  /** dossier:// URL back to the annotation. */
  link?: string;
  /** Who said the quoted words (a statement's speaker), written "— Name" after the quote. */
  speaker?: string;
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

/** The #tags of an annotation, each once, in the order first given, separated by spaces. */
export function hashtagLine(tags: readonly string[]): string {
  if (tags.length === 1) return tagToHashtag(tags[0]!);
  const parts: string[] = [];
  pushHashtags(parts, tags);
  return parts.join('');
}

function pushHashtags(parts: string[], tags: readonly string[]): void {
  for (let i = 0; i < tags.length; i++) {
    const hashtag = tagToHashtag(tags[i]!);
    // Tag lists are short: looking back (through the cache) is cheaper than a Set per annotation.
    let repeated = false;
    for (let j = 0; j < i && !repeated; j++) repeated = tagToHashtag(tags[j]!) === hashtag;
    if (repeated) continue;
    if (i > 0) parts.push(' ');
    parts.push(hashtag);
  }
}

/**
 * Pieces of the annotation being rendered, reused from one annotation to the next: at 100,000
 * annotations an array (and a string per piece joined by hand) per annotation is garbage the
 * collector has to sweep. renderAnnotationBody never re-enters itself.
 */
const bodyParts: string[] = [];

/**
 * An annotation without its heading: the exact quote as a block quote, a line with `lead` (already
 * escaped Markdown, e.g. the article's title in a multi-article briefing), its location and #tags, its
 * note contained in a list item, and the link back; blocks separated by blank lines.
 */
export function renderAnnotationBody(a: BriefingAnnotation, lead?: string): string {
  const parts = bodyParts;
  parts.length = 0;
  if (a.listMarker !== undefined && a.quote !== '' && !/[\r\n]/.test(a.quote)) {
    // "> 3. " opens a list item inside the quote; its content is escaped as any quote's first line is.
    parts.push(`> ${a.listMarker} `);
    escapeParagraphInto(parts, a.quote);
  } else blockquoteInto(parts, a.quote);
  let meta = false;
  if (a.speaker !== undefined && a.speaker !== '') {
    parts.push('\n\n— ', escapeInline(oneLine(a.speaker)));
    meta = true;
  }
  if (lead !== undefined && lead !== '') {
    parts.push(meta ? ' · ' : '\n\n', lead);
    meta = true;
  }
  if (a.paragraph !== undefined) {
    parts.push(meta ? ' · ¶ ' : '\n\n¶ ', String(a.paragraph));
    meta = true;
  }
  if (a.page !== undefined) {
    parts.push(meta ? ' · p. ' : '\n\np. ', String(a.page));
    meta = true;
  }
  if (a.tags.length > 0) {
    parts.push(meta ? ' · ' : '\n\n');
    pushHashtags(parts, a.tags);
  }
  const note = containUserMarkdown(a.note);
  if (note !== '') parts.push('\n\n', note);
  if (present(a.link)) parts.push('\n\n[Open in Dossier](', linkDestination(a.link.trim()), ')');
  const body = parts.join('');
  parts.length = 0; // let the pieces go
  return body;
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
  // One join makes the whole file as a flat string: the front matter rides on the first block, the
  // final newline on the last (`header + join + '\n'` would be a rope the write must copy again).
  const blocks: string[] = [`${header}\n# ${escapeInline(oneLine(article.title) || 'Untitled')}`];
  const src = sourceLine(article);
  if (src !== '') blocks.push(src);
  if (annotations.length > 0) {
    blocks.push('## Annotations');
    for (let i = 0; i < annotations.length; i++) blocks.push(`### Annotation ${i + 1}`, renderAnnotationBody(annotations[i]!));
  }
  const memo = containUserMarkdown(input.memo ?? '');
  if (memo !== '') blocks.push('## Memo', memo);
  blocks.push('## Sources', sourcesEntry(article) + '\n');
  return blocks.join('\n\n');
}
