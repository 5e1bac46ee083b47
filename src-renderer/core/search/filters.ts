// The query's filters (tag:, collection:, is:, has:, lang:, format:, before:/after:/on:, title:, source:)
// checked for one result. Facts that live in the database come from the caller per article; the title and
// source are the index's own, matched by whole folded words like the search itself.

import { fold, terms } from './analyze';
import type { FilterClause } from './query';
import { F, type IndexStore } from './store';
import type { ArticleFacts } from './types';

/** `value`'s words appear together, in order, among `text`'s words. */
function containsWords(text: string | undefined, value: string): boolean {
  if (!text) return false;
  const want = terms(value);
  if (want.length === 0) return false;
  const have = terms(text);
  outer: for (let i = 0; i + want.length <= have.length; i++) {
    for (let k = 0; k < want.length; k++) if (have[i + k] !== want[k]) continue outer;
    return true;
  }
  return false;
}

/** Tag paths repeat across thousands of articles: each is folded once. */
const foldedPaths = new Map<string, string>();

function foldPath(path: string): string {
  const known = foldedPaths.get(path);
  if (known !== undefined) return known;
  const out = path
    .split('/')
    .map((part) => fold(part.trim()))
    .join('/');
  if (foldedPaths.size > 50_000) foldedPaths.clear();
  foldedPaths.set(path, out);
  return out;
}

/**
 * tag:X holds when a tag's path is X or lies under X (tag:Actor finds 'Actor/Vladimir Putin'), or when X
 * names a tail of the path (tag:"Vladimir Putin" finds it too): analysts remember a tag by its own name.
 */
export function tagMatches(tags: readonly string[] | undefined, value: string): boolean {
  if (!tags) return false;
  const want = foldPath(value);
  return tags.some((tag) => {
    const path = foldPath(tag);
    return path === want || path.startsWith(`${want}/`) || path.endsWith(`/${want}`) || path.includes(`/${want}/`);
  });
}

/** A date filter on the first characters of an ISO date: on:2024-03 is the month, before:2024 before that year. */
export function dateMatches(field: 'before' | 'after' | 'on', date: string | undefined, value: string): boolean {
  if (!date || !/^\d{4}/.test(date)) return false;
  const head = date.slice(0, value.length);
  if (field === 'on') return head === value;
  return field === 'before' ? head < value : head > value;
}

export interface FilterContext {
  store: IndexStore;
  facts: ((articleId: string) => ArticleFacts | undefined) | undefined;
}

/** Whether group `g` passes `clause` (its `negated` flag is applied by the caller). */
export function filterHolds(clause: FilterClause, g: number, ctx: FilterContext): boolean {
  const { store } = ctx;
  const key = store.groupKeys[g]!;
  if (!key.startsWith('article:')) return false; // a briefing of its own has none of these facts
  const articleId = key.slice('article:'.length);
  const facts = ctx.facts?.(articleId);
  const rec = store.groupArticle[g]!;
  const fields = rec >= 0 ? store.recFields[rec]! : [];
  const value = clause.value.trim();
  switch (clause.field) {
    case 'title':
      return containsWords(fields[F.title], value);
    case 'source':
      return containsWords(fields[F.source], value) || containsWords(fields[F.byline], value);
    case 'tag':
      return tagMatches(facts?.tags ?? annotationTags(store, g), value);
    case 'collection': {
      const want = fold(value);
      return (facts?.collections ?? []).some((c) => fold(c.trim()) === want);
    }
    case 'is': {
      const unread = facts?.unread ?? false;
      return value.toLowerCase() === 'unread' ? unread : !unread;
    }
    case 'has':
      if (value.toLowerCase() === 'tag') return (facts?.tags ?? annotationTags(store, g)).length > 0;
      return facts?.hasNote ?? anyAnnotationField(store, g, F.note);
    case 'lang': {
      const lang = (facts?.lang ?? (rec >= 0 ? store.recLang[rec] : undefined))?.toLowerCase();
      const want = value.toLowerCase();
      return lang !== undefined && (lang === want || lang.startsWith(`${want}-`));
    }
    case 'format':
      return (facts?.format ?? '').toLowerCase() === value.toLowerCase();
    case 'before':
    case 'after':
    case 'on':
      return dateMatches(clause.field, facts?.date, value);
  }
}

function anyAnnotationField(store: IndexStore, g: number, field: number): boolean {
  for (const rec of store.groupRecs[g]!) if (store.recIds[rec]!.startsWith('n:') && store.recFields[rec]![field]) return true;
  return false;
}

/** The tags of the group's indexed annotations (one path per line of their tags field), when no facts say. */
function annotationTags(store: IndexStore, g: number): string[] {
  const out: string[] = [];
  for (const rec of store.groupRecs[g]!) {
    const tags = store.recIds[rec]!.startsWith('n:') ? store.recFields[rec]![F.tags] : undefined;
    if (tags) out.push(...tags.split('\n'));
  }
  return out;
}
