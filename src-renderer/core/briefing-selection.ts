// Gathers a multi-article briefing: chosen articles, or everything carrying chosen tags (or their
// descendants), each article as in toBriefingInput; the tag order follows the codebook. Pure.
import type { Article } from './article';
import { tagPaths, toBriefingInputWithPaths, type PlacedAnnotation } from './briefing';
import { tagPath, type TagDef } from './codebook';
import { collectionId, type CollectionInput, type CollectionLayout } from './markdown';

export interface SelectionSource {
  article: Article;
  annotations: readonly PlacedAnnotation[];
  memo: string;
}

export interface SelectionOptions {
  title: string;
  layout: CollectionLayout;
  exportedAt: Date;
  /** Keep only annotations carrying one of these tags or a descendant of one; articles left empty are dropped. */
  tagIds?: readonly string[];
  /** Overrides the id computed from the selection. */
  id?: string;
}

/** Every tag id at or below the given ones. */
export function withDescendants(tags: readonly TagDef[], ids: readonly string[]): Set<string> {
  const children = new Map<string | null, string[]>();
  for (const t of tags) {
    const list = children.get(t.parentId);
    if (list) list.push(t.id);
    else children.set(t.parentId, [t.id]);
  }
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Tag paths in codebook order: parents before children, siblings by `order` then name. */
export function codebookOrder(tags: readonly TagDef[]): string[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const children = new Map<string | null, TagDef[]>();
  for (const t of tags) {
    const parent = t.parentId !== null && byId.has(t.parentId) ? t.parentId : null;
    const list = children.get(parent);
    if (list) list.push(t);
    else children.set(parent, [t]);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null): void => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const t of list) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      out.push(tagPath(t, byId));
      visit(t.id);
    }
  };
  visit(null);
  return out;
}

export function toCollectionInput(sources: readonly SelectionSource[], tags: readonly TagDef[], options: SelectionOptions): CollectionInput {
  const filter = options.tagIds && options.tagIds.length > 0 ? withDescendants(tags, options.tagIds) : null;
  const articles: CollectionInput['articles'] = [];
  const paths = tagPaths(tags);
  const exportedAt = options.exportedAt.toISOString();
  for (const source of sources) {
    const annotations = filter ? source.annotations.filter((a) => a.tagIds.some((id) => filter.has(id))) : source.annotations;
    if (filter && annotations.length === 0) continue;
    const single = toBriefingInputWithPaths(source.article, annotations, paths, source.memo, exportedAt);
    articles.push({ article: single.article, annotations: single.annotations, ...(single.memo !== undefined ? { memo: single.memo } : {}) });
  }
  const byId = new Map(tags.map((t) => [t.id, t]));
  const headingTags = filter ? tags.filter((t) => filter.has(t.id)).map((t) => tagPath(t, byId)) : undefined;
  return {
    ...(headingTags ? { headingTags } : {}),
    title: options.title,
    id: options.id ?? collectionId(sources.map((s) => s.article.id), options.tagIds ?? [], options.layout),
    layout: options.layout,
    articles,
    tagOrder: codebookOrder(tags),
    exportedAt,
  };
}
