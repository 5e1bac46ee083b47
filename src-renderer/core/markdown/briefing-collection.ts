// A briefing over many articles as Markdown, in one of three layouts (document order, by tag, by article),
// with the same quote, tag, note and link conventions as renderArticleBriefing, and one Sources list.

import { escapeInline, containUserMarkdown } from './blocks';
import { oneLine, renderAnnotationBody, sourceLine, sourcesEntry, uniqueTags, type BriefingAnnotation, type BriefingArticle } from './briefing';
import { frontMatter } from './front-matter';

/**
 * - 'document': one stream in reading order: articles in the given order, each article's annotations in
 *   document order, numbered 1..n, each naming its article;
 * - 'tag': the tag hierarchy as headings (`## Type`, `### Claim`), each tag's annotations under it in
 *   reading order (an annotation with several tags appears under each, with the same number), then
 *   `## Untagged`;
 * - 'article': one `##` section per article with its source line, annotations and memo.
 */
export type CollectionLayout = 'document' | 'tag' | 'article';

export interface CollectionArticle {
  article: BriefingArticle;
  /** In document order. */
  annotations: BriefingAnnotation[];
  /** The article memo, in Markdown. */
  memo?: string;
}

export interface CollectionInput {
  title: string;
  /** A stable id (see `collectionId`), written to the front matter. */
  id: string;
  layout: CollectionLayout;
  /** In the order the briefing lists them. */
  articles: CollectionArticle[];
  /** Tag paths in codebook order ('Type', 'Type/Claim', ...); tags not listed follow in path order. */
  tagOrder?: readonly string[];
  /** ISO 8601. */
  exportedAt: string;
  /** 'tag' layout only: the tag paths that get headings (a tag filter's tags); all when absent. */
  headingTags?: readonly string[];
}

interface Numbered {
  a: BriefingAnnotation;
  n: number;
  articleIndex: number;
}

/**
 * A 64-bit FNV-1a hash (hex) of a string's UTF-16 units: stable ids without a crypto dependency.
 * The state is four 16-bit limbs (low first) so that every product stays exact in a double: a
 * BigInt per character cost several milliseconds for an export of 5,000 articles.
 */
function fnv1a64(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2; // offset basis 0xcbf29ce484222325
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    // times the prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

/** The same selection (articles, tag filter, layout) always gets the same id, whatever the order given. */
export function collectionId(articleIds: readonly string[], tagFilter: readonly string[], layout: CollectionLayout): string {
  const key = [layout, [...articleIds].sort().join('\u0000'), [...tagFilter].sort().join('\u0000')].join('\u0001');
  return `briefing-${fnv1a64(key)}`;
}

const HASHES = ['#', '#', '##', '###', '####', '#####', '######'];

function heading(level: number, text: string): string {
  return HASHES[Math.min(6, Math.max(1, level))]! + ' ' + text;
}

/** `heading(level, 'Annotation ' + n)` is ANNOTATION_HEADING[level] + n: one string per heading, not three. */
const ANNOTATION_HEADING = HASHES.map((h) => h + ' Annotation ');

function titleOf(article: BriefingArticle): string {
  return escapeInline(oneLine(article.title) || 'Untitled');
}

/** Renders each annotation's body once, indexed by its number (a multi-tag annotation appears under several tags). */
function bodies(input: CollectionInput, numbered: readonly Numbered[], withLead: boolean): string[] {
  const titles = input.articles.map((c) => titleOf(c.article));
  const out = new Array<string>(numbered.length + 1);
  for (const item of numbered) out[item.n] = renderAnnotationBody(item.a, withLead ? titles[item.articleIndex] : undefined);
  return out;
}

function writeMemos(input: CollectionInput, out: string[]): void {
  let first = true;
  for (const c of input.articles) {
    const memo = containUserMarkdown(c.memo ?? '');
    if (memo === '') continue;
    if (first) out.push(heading(2, 'Memos'));
    first = false;
    out.push(heading(3, titleOf(c.article)), memo);
  }
}

function writeDocument(input: CollectionInput, numbered: readonly Numbered[], out: string[]): void {
  if (numbered.length === 0) return;
  const body = bodies(input, numbered, true);
  out.push(heading(2, 'Annotations'));
  for (const item of numbered) out.push(`### Annotation ${item.n}`, body[item.n]!);
}

function writeByArticle(input: CollectionInput, numbered: readonly Numbered[], out: string[]): void {
  const body = bodies(input, numbered, false);
  const byArticle = new Map<number, Numbered[]>();
  for (const item of numbered) {
    const list = byArticle.get(item.articleIndex);
    if (list) list.push(item);
    else byArticle.set(item.articleIndex, [item]);
  }
  input.articles.forEach((c, i) => {
    out.push(heading(2, titleOf(c.article)));
    const src = sourceLine(c.article);
    if (src !== '') out.push(src);
    for (const item of byArticle.get(i) ?? []) out.push(`### Annotation ${item.n}`, body[item.n]!);
    const memo = containUserMarkdown(c.memo ?? '');
    if (memo !== '') out.push(heading(3, 'Memo'), memo);
  });
}

interface TagNode {
  name: string;
  path: string;
  children: Map<string, TagNode>;
  items: Numbered[];
}

function node(name: string, path: string): TagNode {
  return { name, path, children: new Map(), items: [] };
}

/** The node of a tag path, made (with its ancestors) on first use. */
function nodeAt(root: TagNode, path: string): TagNode {
  let at = root;
  let sofar = '';
  for (const name of path.split('/')) {
    sofar = sofar === '' ? name : `${sofar}/${name}`;
    let child = at.children.get(name);
    if (!child) at.children.set(name, (child = node(name, sofar)));
    at = child;
  }
  return at;
}

function writeByTag(input: CollectionInput, numbered: readonly Numbered[], out: string[]): void {
  const body = bodies(input, numbered, true);
  const root = node('', '');
  const rank = new Map<string, number>();
  (input.tagOrder ?? []).forEach((p, i) => rank.set(p, i));
  const untagged: Numbered[] = [];
  const only = input.headingTags ? new Set(input.headingTags) : null;
  // Thousands of annotations share a few hundred tag paths: find each path's node once.
  const nodes = new Map<string, TagNode>();
  for (const item of numbered) {
    const tags = item.a.tags;
    let placed = false;
    for (let i = 0; i < tags.length; i++) {
      const path = tags[i]!;
      if ((only !== null && !only.has(path)) || tags.indexOf(path) < i) continue; // filtered out, or listed twice
      let at = nodes.get(path);
      if (!at) nodes.set(path, (at = nodeAt(root, path)));
      at.items.push(item);
      placed = true;
    }
    if (!placed) untagged.push(item);
  }
  const order = (a: TagNode, b: TagNode): number => {
    const ra = rank.get(a.path);
    const rb = rank.get(b.path);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  };
  const walk = (n: TagNode, depth: number): void => {
    // Heading levels 2..5 follow the hierarchy; deeper tags stay at level 5 and show their full path.
    const level = Math.min(depth + 2, 5);
    out.push(heading(level, escapeInline(oneLine(depth + 2 > 5 ? n.path : n.name) || 'Untitled')));
    const itemLevel = level + 1;
    for (const item of n.items) out.push(ANNOTATION_HEADING[itemLevel]! + item.n, body[item.n]!);
    for (const child of [...n.children.values()].sort(order)) walk(child, depth + 1);
  };
  for (const top of [...root.children.values()].sort(order)) walk(top, 0);
  if (untagged.length > 0) {
    out.push(heading(2, 'Untagged'));
    for (const item of untagged) out.push(ANNOTATION_HEADING[3]! + item.n, body[item.n]!);
  }
}

/**
 * A multi-article briefing: YAML front matter (title, tags, exported, id, layout), '# Title', the
 * annotations in the chosen layout (each: the exact quote as a block quote; a line with the article's
 * title unless the layout already says it, the location and #tags; the note contained in a list item; a
 * link back), memos, then a Sources list with every article. LF line endings, one final newline.
 */
export function renderCollectionBriefing(input: CollectionInput): string {
  const numbered: Numbered[] = [];
  input.articles.forEach((c, articleIndex) => {
    for (const a of c.annotations) numbered.push({ a, n: numbered.length + 1, articleIndex });
  });
  const header = frontMatter([
    ['title', input.title],
    ['tags', uniqueTags(numbered.map((x) => x.a))],
    ['exported', input.exportedAt],
    ['id', input.id],
    ['layout', input.layout],
  ]);
  // The front matter rides on the first block and the final newline on the last, so the one join
  // below makes the whole file as a flat string: a `header + join + '\n'` would be a rope that the
  // write has to copy (and, at 100,000 annotations, tens of megabytes) a second time.
  const blocks: string[] = [`${header}\n# ${escapeInline(oneLine(input.title) || 'Untitled')}`];
  if (input.layout === 'article') writeByArticle(input, numbered, blocks);
  else {
    if (input.layout === 'tag') writeByTag(input, numbered, blocks);
    else writeDocument(input, numbered, blocks);
    writeMemos(input, blocks);
  }
  if (input.articles.length > 0) blocks.push(heading(2, 'Sources'), input.articles.map((c) => sourcesEntry(c.article)).join('\n'));
  blocks[blocks.length - 1] += '\n';
  return blocks.join('\n\n');
}
