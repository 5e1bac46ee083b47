// What the briefing composer inserts for an annotation (the exact quote, then its citation and a link
// back), and the composed briefing as exported: front matter, the analyst's text, and its sources.
import { blockquote, escapeInline } from './blocks';
import { hashtagLine, linkDestination, location, oneLine, present, sourcesEntry, type BriefingArticle } from './briefing';
import { frontMatter } from './front-matter';

export interface CitedPassage {
  quote: string;
  articleTitle: string;
  tags: readonly string[];
  paragraph?: number;
  page?: number;
  /** dossier:// URL back to the annotation. */
  link: string;
}

/** The exact quote as a block quote, then `— [Title](link) · ¶ 3 · #tags`, ending with a blank line. */
export function citation(p: CitedPassage): string {
  const title = escapeInline(oneLine(p.articleTitle) || 'Untitled');
  const meta = [`— [${title}](${linkDestination(p.link)})`, ...location(p)];
  if (p.tags.length > 0) meta.push(hashtagLine(p.tags));
  return `${blockquote(p.quote)}\n\n${meta.join(' · ')}\n\n`;
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

/** The composed briefing as a file: front matter, the body as written, then a Sources list. */
export function renderComposedBriefing(b: ComposedBriefing): string {
  const header = frontMatter([
    ['title', b.title],
    ['exported', b.exportedAt],
    ['id', b.id],
  ]);
  const body = b.body.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  const parts = [header.replace(/\n+$/, '')];
  if (present(body)) parts.push(body);
  if (b.sources.length > 0) parts.push(`## Sources\n\n${b.sources.map(sourcesEntry).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
