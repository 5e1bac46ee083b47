// Gathers what one article's briefing shows, in document order, from the article, its annotations and the
// codebook. Pure: the Markdown itself is written by core/markdown.
import { speakerOfPassage } from './actors/decisions';
import { anchorAll, type AnnotationTarget } from './anchoring';
import type { Article } from './article';
import { tagPath, type TagDef } from './codebook';
import type { BriefingAnnotation, BriefingInput } from './markdown';
import { dossierLink } from './links';
import { blockIndexAt, listMarkerOf, paragraphNumber } from './reading-model';

export interface PlacedAnnotation {
  id: string;
  tagIds: readonly string[];
  note: string;
  /** The exact text the annotation was made on (kept for orphans). */
  quote: string;
  /** Where it is in the current text; null for an orphan. */
  range: { start: number; end: number } | null;
}

/** What placing needs of a stored annotation. */
export interface StoredAnnotation {
  id: string;
  tagIds: readonly string[];
  note: string;
  target: AnnotationTarget;
}

/** Finds each stored annotation in the article's current text (in the order given); one not found has a null range. */
export function placeAnnotations(article: Pick<Article, 'text' | 'contentHash'>, records: readonly StoredAnnotation[]): PlacedAnnotation[] {
  const anchors = anchorAll(article.text, article.contentHash, records.map((r) => r.target));
  return records.map((r, i) => {
    const a = anchors[i];
    return { id: r.id, tagIds: r.tagIds, note: r.note, quote: r.target.quote.exact, range: a && a.state === 'anchored' ? { start: a.start, end: a.end } : null };
  });
}

export function toBriefingInput(
  article: Article,
  annotations: readonly PlacedAnnotation[],
  tags: readonly TagDef[],
  memo: string,
  exportedAt: Date,
): BriefingInput {
  return toBriefingInputWithPaths(article, annotations, tagPaths(tags), memo, exportedAt.toISOString());
}

/** Every tag's full path by id, worked out once for a whole export rather than per annotation. */
export function tagPaths(tags: readonly TagDef[]): Map<string, string> {
  const byId = new Map(tags.map((t) => [t.id, t]));
  return new Map(tags.map((t) => [t.id, tagPath(t, byId)]));
}

/** toBriefingInput with the tag paths (see tagPaths) and the export time (ISO 8601) already worked out. */
export function toBriefingInputWithPaths(
  article: Article,
  annotations: readonly PlacedAnnotation[],
  paths: ReadonlyMap<string, string>,
  memo: string,
  exportedAt: string,
): BriefingInput {
  const ordered = [...annotations].sort(
    (a, b) => (a.range?.start ?? Number.MAX_SAFE_INTEGER) - (b.range?.start ?? Number.MAX_SAFE_INTEGER),
  );
  return {
    article: {
      id: article.id,
      title: article.title,
      path: article.path,
      ...(article.source ? { source: article.source } : {}),
      ...(article.byline ? { byline: article.byline } : {}),
      ...(article.published ? { published: article.published } : {}),
      ...(article.url ? { url: article.url } : {}),
    },
    annotations: ordered.map((a) => briefingAnnotation(article, a, paths)),
    ...(memo.trim() ? { memo } : {}),
    exportedAt,
  };
}

/**
 * One annotation as the briefing shows it. Optional fields are set only when present (as the
 * object spreads did before, without a throwaway object per field: this runs 100,000 times for
 * a large export).
 */
function briefingAnnotation(article: Article, a: PlacedAnnotation, paths: ReadonlyMap<string, string>): BriefingAnnotation {
  const blockIndex = a.range ? blockIndexAt(article.blocks, a.range.start) : -1;
  const page = blockIndex >= 0 ? article.blocks[blockIndex]?.page : undefined;
  const tags: string[] = [];
  for (const id of a.tagIds) {
    const path = paths.get(id);
    if (path !== undefined) tags.push(path);
  }
  const out: BriefingAnnotation = { id: a.id, quote: a.range ? article.text.slice(a.range.start, a.range.end) : a.quote, tags, note: a.note };
  // Who said it, when the passage lies in one speaker's statements (see withDecidedSpeakers for the user's word).
  const speakers = article.analysis?.speakers;
  const speaker = a.range && speakers && speakers.length > 0 ? speakerOfPassage(speakers, a.range) : undefined;
  if (speaker !== undefined) out.speaker = speaker;
  // The title is no paragraph; paragraphs count from the first block after it.
  const paragraph = paragraphNumber(article.blocks, blockIndex);
  if (paragraph !== undefined) out.paragraph = paragraph;
  const block = blockIndex >= 0 ? article.blocks[blockIndex] : undefined;
  // A quote that opens a list item is exported with the item's bullet or number, as the reader shows it.
  if (block?.kind === 'list-item' && a.range?.start === block.start) {
    const marker = listMarkerOf(article.text, block);
    if (marker !== undefined) out.listMarker = marker === '•' || marker === '◦' || marker === '▪' ? '-' : marker;
  }
  if (page !== undefined) out.page = page;
  out.link = dossierLink(article.id, a.id);
  return out;
}
