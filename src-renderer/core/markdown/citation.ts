// What the briefing composer inserts for an annotation (the exact quote, then its citation and a link
// back), and the composed briefing as exported: front matter, the analyst's text, and its sources.
import { blockquote, containUserMarkdown, escapeInline } from './blocks';
import { hashtagLine, linkDestination, location, markdownLink, oneLine, present, sourcesEntry, type BriefingArticle } from './briefing';
import { frontMatter } from './front-matter';

export interface CitedPassage {
  quote: string;
  articleTitle: string;
  /** The publication, its date (as the article gives it: ISO where known) and the original web address. */
  source?: string;
  published?: string;
  url?: string;
  tags: readonly string[];
  /** The analyst's note on the passage (Markdown). */
  note?: string;
  paragraph?: number;
  page?: number;
  /** dossier:// URL back to the annotation. */
  link: string;
  /** Who said the quoted words (the statement's speaker), named first in the citation. */
  speaker?: string;
}

/**
 * The exact quote as a block quote, then its citation: `— [Title](original address) · Source · date · ¶ 3 ·
 * #tags · [Open in Dossier](dossier://…)` (the title links back into Dossier when there is no web address),
 * then the analyst's note contained in a list item; ending with a blank line.
 */
export function citation(p: CitedPassage): string {
  const title = oneLine(p.articleTitle) || 'Untitled';
  const web = present(p.url) ? p.url.trim() : null;
  const meta = present(p.speaker) ? [`— ${escapeInline(oneLine(p.speaker))}`, markdownLink(title, web ?? p.link)] : [`— ${markdownLink(title, web ?? p.link)}`];
  for (const part of [p.source, p.published]) if (present(part)) meta.push(escapeInline(oneLine(part)));
  meta.push(...location(p));
  if (p.tags.length > 0) meta.push(hashtagLine(p.tags));
  if (web) meta.push(`[Open in Dossier](${linkDestination(p.link)})`);
  const note = containUserMarkdown(p.note ?? '');
  return `${blockquote(p.quote)}\n\n${meta.join(' · ')}\n\n${note === '' ? '' : `${note}\n\n`}`;
}

/** Article ids linked from `body` with `dossier://article/<id>`, in order of first appearance. */
export function citedArticleIds(body: string): string[] {
  const ids: string[] = [];
  for (const m of body.matchAll(/dossier:\/\/article\/([A-Za-z0-9_%-]+)/g)) {
    const id = decodeURIComponent(m[1]!);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

export interface ComposedBriefing {
  id: string;
  title: string;
  /** The analyst's Markdown, exported as written. */
  body: string;
  /** The articles the body cites, for the Sources list. */
  sources: readonly BriefingArticle[];
  exportedAt: string;
}

/**
 * The composed briefing as a file: front matter, the title as the H1 (unless the body already opens with
 * one), the body as written, then a Sources list.
 */
export function renderComposedBriefing(b: ComposedBriefing): string {
  const header = frontMatter([
    ['title', b.title],
    ['exported', b.exportedAt],
    ['id', b.id],
  ]);
  const body = b.body.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  const parts = [header.replace(/\n+$/, '')];
  if (!/^\s{0,3}# /.test(body)) parts.push(`# ${escapeInline(oneLine(b.title) || 'Briefing')}`);
  if (present(body)) parts.push(body);
  if (b.sources.length > 0) parts.push(`## Sources\n\n${b.sources.map(sourcesEntry).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
