// Who said what across the library: the "What did X say" corpus view. Its statements come from the search
// worker, which keeps every article's suggested speakers beside the index (so nothing here reads the
// library's files); the user's decisions (accepted, rejected) and merged actors come from the database and
// are applied here: a rejected suggestion is never listed, an accepted one always is.
import { actorKey } from '../core/actors';
import { withDescendants } from '../core/briefing-selection';
import type { SpeakerKind } from '../core/actors/types';
import type { AnnotationTarget } from '../core/anchoring';
import { dossierLink } from '../core/links';
import { blockquote, escapeInline } from '../core/markdown/blocks';
import { markdownLink, oneLine, present } from '../core/markdown/briefing';
import type { ActorMergeRecord, SpeakerDecisionRecord, TagRecord } from '../db';
import type { AppDeps } from './deps';
import type { LibraryState } from './library.svelte';
import { LiveQuery } from './live-query.svelte';
import type { SearchState } from './search.svelte';

/** One statement by the actor, as the view lists it. */
export interface ActorStatementEntry {
  articleId: string;
  articleTitle: string;
  source?: string;
  /** The article's date (ISO, as the article gives it), or '' when it has none. */
  date: string;
  url?: string;
  start: number;
  end: number;
  text: string;
  kind: SpeakerKind;
  /** As the analysis suggests it, or accepted by the user. */
  status: 'suggested' | 'accepted';
  /** The name as written in this article. */
  speaker: string;
  /** Tag ids of the annotations on the statement. */
  tagIds: string[];
  /** Where to open the article. */
  target: AnnotationTarget;
}

export interface ActorFilters {
  /** Only statements carrying this tag (or one under it). */
  tagId: string;
  /** ISO dates (YYYY-MM-DD), inclusive; '' for open. */
  from: string;
  to: string;
}

const NO_FILTERS: ActorFilters = { tagId: '', from: '', to: '' };

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export class ActorsState {
  /** The actor asked for (a name key), the library-wide actor shown for it, its name and its statements. */
  requested = $state<string | null>(null);
  key = $state<string | null>(null);
  name = $state('');
  statements = $state.raw<ActorStatementEntry[]>([]);
  loading = $state(false);
  filters = $state<ActorFilters>({ ...NO_FILTERS });
  /** Every actor with a statement in the library (for the merge picker), read when a view opens. */
  library = $state.raw<{ key: string; name: string; statements: number }[]>([]);

  readonly #deps: AppDeps;
  readonly #library: LibraryState;
  readonly #search: SearchState;
  readonly #merges: LiveQuery<ActorMergeRecord[]>;
  readonly #tags: LiveQuery<TagRecord[]>;
  #token = 0;

  constructor(deps: AppDeps, library: LibraryState, search: SearchState) {
    this.#deps = deps;
    this.#library = library;
    this.#search = search;
    this.#merges = new LiveQuery(() => deps.repos.speakers.merges.all());
    this.#tags = new LiveQuery(() => deps.repos.tags.all());
  }

  /** Actor key -> the actor it was merged into. */
  get mergedInto(): ReadonlyMap<string, ActorMergeRecord> {
    return new Map((this.#merges.current ?? []).map((m) => [m.key, m] as const));
  }

  /** The library-wide actor a name belongs to (its key, after the user's merges). */
  keyOf(name: string): string {
    const key = actorKey(name);
    return this.mergedInto.get(key)?.into ?? key;
  }

  /** The actors merged into `key` (each can be split off again). */
  mergedFrom(key: string): ActorMergeRecord[] {
    return [...this.mergedInto.values()].filter((m) => m.into === key);
  }

  /** The statements shown, with the filters applied, oldest article first (undated last). */
  shown = $derived.by(() => {
    const { tagId, from, to } = this.filters;
    const under = tagId ? withDescendants(this.#tags.current ?? [], [tagId]) : null;
    return this.statements.filter((s) => {
      if (under && !s.tagIds.some((id) => under.has(id))) return false;
      if (from && (!s.date || s.date.slice(0, 10) < from)) return false;
      if (to && (!s.date || s.date.slice(0, 10) > to)) return false;
      return true;
    });
  });

  /** Reads every statement of the actor keyed `requested` (and of the actors merged into it). */
  async show(requested: string): Promise<void> {
    const token = ++this.#token;
    if (this.requested !== requested) this.filters = { ...NO_FILTERS };
    this.requested = requested;
    this.loading = true;
    const { speakers, annotations } = this.#deps.repos;
    const [merges, decisions] = await Promise.all([speakers.merges.all(), speakers.all()]);
    const mergedInto = new Map(merges.map((m) => [m.key, m.into] as const));
    // The library-wide actor (a surname alone joins its one full name), then the user's merges.
    const accepted = [...new Set(decisions.filter((d) => d.accepted).map((d) => actorKey(d.speaker)))];
    const [canonical, ...acceptedKeys] = await this.#search.actorKeys([requested, ...accepted]);
    const key = mergedInto.get(canonical!) ?? canonical!;
    const byName = new Map(accepted.map((k, i) => [k, mergedInto.get(acceptedKeys[i]!) ?? acceptedKeys[i]!] as const));
    const resolve = (name: string) => byName.get(actorKey(name));
    const keys = [key, ...merges.filter((m) => m.into === key).map((m) => m.key)];
    const [found, actors] = await Promise.all([this.#search.actorStatements(keys), this.#search.actors()]);
    if (token !== this.#token) return;
    this.key = key;
    // The user's word, by article and statement.
    const decided = new Map<string, SpeakerDecisionRecord>();
    for (const d of decisions) decided.set(`${d.articleId}:${d.target.position.start}-${d.target.position.end}`, d);
    const rows = new Map(this.#library.rows.map((r) => [r.id, r] as const));
    const entries = new Map<string, Omit<ActorStatementEntry, 'tagIds' | 'articleTitle' | 'date' | 'source' | 'url'>>();
    for (const s of found) {
      const id = `${s.articleId}:${s.start}-${s.end}`;
      const d = decided.get(id);
      if (d && (!d.accepted || resolve(d.speaker) !== key)) continue;
      entries.set(id, {
        articleId: s.articleId,
        start: s.start,
        end: s.end,
        text: s.text,
        kind: s.kind,
        speaker: s.speaker,
        status: d?.accepted ? 'accepted' : 'suggested',
        target: {
          quote: { type: 'TextQuoteSelector', exact: s.text, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: s.start, end: s.end },
          contentHash: '',
        },
      });
    }
    // Accepted decisions the analysis no longer suggests are listed all the same, from their own quote.
    for (const [id, d] of decided) {
      if (!d.accepted || entries.has(id) || resolve(d.speaker) !== key || !rows.has(d.articleId)) continue;
      entries.set(id, {
        articleId: d.articleId,
        start: d.target.position.start,
        end: d.target.position.end,
        text: d.target.quote.exact,
        kind: d.kind,
        speaker: d.speaker,
        status: 'accepted',
        target: d.target,
      });
    }
    // Tags on each statement, from the annotations of the articles involved.
    const articleIds = [...new Set([...entries.values()].map((e) => e.articleId))];
    const byArticle = new Map(await Promise.all(articleIds.map(async (id) => [id, await annotations.forArticle(id)] as const)));
    if (token !== this.#token) return;
    const list: ActorStatementEntry[] = [...entries.values()].map((e) => {
      const row = rows.get(e.articleId);
      const tagIds = new Set<string>();
      for (const a of byArticle.get(e.articleId) ?? []) if (overlaps(a.target.position, e)) for (const t of a.tagIds) tagIds.add(t);
      return {
        ...e,
        articleTitle: row?.title ?? 'Article no longer in the library',
        date: row?.published ?? '',
        ...(row?.source ? { source: row.source } : {}),
        tagIds: [...tagIds],
      };
    });
    list.sort((a, b) => (a.date === b.date ? 0 : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? -1 : 1) || a.articleTitle.localeCompare(b.articleTitle) || a.start - b.start);
    const names = new Map<string, number>();
    for (const e of list) names.set(e.speaker, (names.get(e.speaker) ?? 0) + 1);
    const own = actors.find((a) => a.key === key);
    this.name = [...names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? own?.name ?? key;
    this.library = actors.map((a) => ({ key: mergedInto.get(a.key) ?? a.key, name: a.name, statements: a.statements }));
    this.statements = list;
    this.loading = false;
  }

  /** Every actor the library's statements are attributed to, merges applied, most statements first. */
  async libraryActors(): Promise<{ key: string; name: string; statements: number; articles: number }[]> {
    const [actors, merges] = await Promise.all([this.#search.actors(), this.#deps.repos.speakers.merges.all()]);
    const into = new Map(merges.map((m) => [m.key, m.into] as const));
    const byKey = new Map<string, { key: string; name: string; statements: number; articles: number; own: number }>();
    for (const a of actors) {
      const key = into.get(a.key) ?? a.key;
      const entry = byKey.get(key);
      // The name shown is the one with the most statements of its own (the merged-into actor's, usually).
      if (!entry) byKey.set(key, { key, name: a.name, statements: a.statements, articles: a.articles, own: a.statements });
      else {
        entry.statements += a.statements;
        entry.articles += a.articles;
        if (a.key === key || (entry.key !== key && a.statements > entry.own)) Object.assign(entry, { name: a.name, own: a.statements });
      }
    }
    return [...byKey.values()].map(({ own: _own, ...a }) => a).sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
  }

  /** Merges the actor keyed `key` into the one shown (two spellings of one person, say). */
  async mergeIntoShown(key: string, name: string): Promise<void> {
    if (!this.key || key === this.key) return;
    await this.#deps.repos.speakers.merges.merge(key, this.key, name);
    await this.show(this.requested ?? this.key);
  }

  /** Undoes a merge: the actor keyed `key` stands on its own again. */
  async split(key: string): Promise<void> {
    await this.#deps.repos.speakers.merges.split(key);
    if (this.requested) await this.show(this.requested);
  }

  /** The view as a Markdown briefing section: "Statements by X", each quote with its article, source, date and a link back. */
  markdown(): string {
    const name = oneLine(this.name) || 'an actor';
    const out = [`## Statements by ${escapeInline(name)}`, ''];
    for (const s of this.shown) {
      out.push(blockquote(s.text), '');
      const meta = [`— ${escapeInline(oneLine(s.speaker))}`, markdownLink(s.articleTitle, dossierLink(s.articleId, undefined, s.start))];
      for (const part of [s.source, s.date]) if (present(part)) meta.push(escapeInline(oneLine(part)));
      out.push(meta.join(' · '), '');
    }
    return out.join('\n');
  }
}
