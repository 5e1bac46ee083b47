// Who said what in the open article: the speaker suggested for each statement by the parser's analysis,
// with the user's decisions over it. `a` accepts the suggestion (an `Actor/<Name>` tag on the statement, and
// a decision record that says so), Shift+A rejects it (a decision record: never suggested again for that
// statement, across re-parses and restarts). Decisions are anchored like annotations; one that cannot be
// placed in a changed text is kept and listed, never dropped.
import type { Article } from '../core/article';
import type { EntityMention, SpeakerSuggestion } from '../core/actors/types';
import { describeRange } from '../core/anchoring';
import { placeDecisions } from '../core/actors/decisions';
import { ACTOR_ROOT_NAME } from '../core/codebook';
import { entityCounts, entityMentions } from '../core/actors/packed';
import { statementId } from '../core/reading-model';
import type { Repositories, SpeakerDecisionRecord } from '../db';
import { LiveQuery } from './live-query.svelte';
import type { TaggingState, Target } from './tagging.svelte';

/** The speaker shown for a statement: suggested by the analysis, or accepted by the user. */
export interface ShownSpeaker extends SpeakerSuggestion {
  status: 'suggested' | 'accepted';
}

/** A speaker or a mentioned entity of the open article, for the Actors panel. */
export interface ArticleActor {
  name: string;
  type: EntityMention['type'];
  /** The statements attributed to it (suggested or accepted), in text order. */
  statements: ShownSpeaker[];
  /** How many times the text names it (its mentions are read with `mentionsOf`). */
  mentions: number;
}


/** The tag path an accepted speaker is mirrored by ('/' inside a name would make a deeper path). */
export function actorTagPath(name: string): string {
  return `${ACTOR_ROOT_NAME}/${name.replaceAll('/', '∕').trim()}`;
}

interface PlacedDecision {
  record: SpeakerDecisionRecord;
  key: string | null;
}

export class SpeakersState {
  readonly #repos: Pick<Repositories, 'speakers' | 'tags'>;
  readonly #article: () => Article | null;
  readonly #tagging: TaggingState;
  readonly #decisions: LiveQuery<{ articleId: string | null; records: SpeakerDecisionRecord[] }>;

  constructor(
    repos: Pick<Repositories, 'speakers' | 'tags'>,
    article: () => Article | null,
    tagging: TaggingState,
    /** The article being opened, else the one shown: its decisions are read while it opens. */
    articleId: () => string | null,
  ) {
    this.#repos = repos;
    this.#article = article;
    this.#tagging = tagging;
    // The speakers of a newly opened article are drawn a task after its text: the first screen does not wait.
    $effect(() => {
      const id = article()?.id ?? null;
      const timer = setTimeout(() => (this.#shownFor = id), 0);
      return () => clearTimeout(timer);
    });
    this.#decisions = new LiveQuery(
      async () => {
        const id = articleId();
        return { articleId: id, records: id ? await repos.speakers.forArticle(id) : [] };
      },
      () => articleId(),
      { nextTask: true },
    );
  }

  /** The article whose speakers are shown: set a task after it opens, so its first screen is drawn first. */
  #shownFor = $state<string | null>(null);

  /**
   * The open article's speakers are final: its decisions have been read and a task has passed since it
   * opened (the reader's aria-busy waits for it).
   */
  ready = $derived.by(() => {
    const article = this.#article();
    return !article || (this.#decisions.current?.articleId === article.id && this.#shownFor === article.id);
  });

  /** Each decision of the open article, with the statement key it is found on now (null: not found). */
  placed = $derived.by<PlacedDecision[]>(() => {
    const article = this.#article();
    const loaded = this.#decisions.current;
    if (!article || !loaded || loaded.articleId !== article.id) return [];
    return placeDecisions(article, loaded.records).map(({ decision, range }) => ({ record: decision, key: range ? statementId(range.start, range.end) : null }));
  });

  /** Decisions whose statement can no longer be found in the changed text: kept and listed. */
  unplaced = $derived(this.placed.filter((p) => p.key === null).map((p) => p.record));

  /** The statements the user rejected a suggestion for, by statement key. */
  rejected = $derived(new Map(this.placed.flatMap((p) => (p.key && !p.record.accepted ? [[p.key, p.record] as const] : []))));

  /** Statement key -> the speaker shown for it (accepted first, else suggested and not rejected). */
  byKey = $derived.by(() => {
    const out = new Map<string, ShownSpeaker>();
    const article = this.#article();
    if (!article || !this.ready) return out;
    for (const s of article.analysis?.speakers ?? []) out.set(statementId(s.start, s.end), { ...s, status: 'suggested' });
    for (const { record, key } of this.placed) {
      if (!key) continue;
      if (!record.accepted) {
        out.delete(key);
        continue;
      }
      const [start, end] = key.slice(1).split('-').map(Number) as [number, number];
      const suggested = out.get(key);
      out.set(key, {
        ...(suggested && suggested.speaker === record.speaker ? suggested : { start, end, source: { start, end } }),
        start,
        end,
        speaker: record.speaker,
        speakerType: record.speakerType,
        kind: record.kind,
        status: 'accepted',
      });
    }
    return out;
  });

  /** Statement key -> the speaker's name, for the reader's `data-speaker`. */
  namesByKey = $derived(new Map([...this.byKey].map(([key, s]) => [key, s.speaker] as const)));

  /** Who speaks and who is mentioned in the open article, speakers first (most statements first). */
  actors = $derived.by<ArticleActor[]>(() => {
    const article = this.#article();
    if (!article) return [];
    const byName = new Map<string, ArticleActor>();
    const entry = (name: string, type: EntityMention['type']): ArticleActor => {
      let actor = byName.get(name);
      if (!actor) byName.set(name, (actor = { name, type, statements: [], mentions: 0 }));
      return actor;
    };
    if (article.analysis) {
      for (const e of entityCounts(article.analysis)) if (e.type === 'person' || e.type === 'org' || e.type === 'place') entry(e.name, e.type).mentions = e.mentions;
    }
    for (const s of [...this.byKey.values()].sort((a, b) => a.start - b.start)) entry(s.speaker, s.speakerType).statements.push(s);
    return [...byName.values()].sort((a, b) => b.statements.length - a.statements.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
  });

  /** The mentions of an entity of the open article, in text order (unpacked when asked for). */
  mentionsOf(name: string): EntityMention[] {
    const article = this.#article();
    return article?.analysis ? entityMentions(article.analysis, article.text, name) : [];
  }

  /** The speaker shown for a target (a statement), if any. */
  of(target: Target | null): ShownSpeaker | null {
    return target ? this.byKey.get(target.key) ?? null : null;
  }

  /** Whether the user rejected the suggestion on `target`. */
  isRejected(target: Target | null): boolean {
    return !!target && this.rejected.has(target.key);
  }

  /**
   * `a`: accepts the speaker suggested for the statement (tagging it `Actor/<Name>`); on an accepted one,
   * takes the acceptance back. Returns what happened, for the status line.
   */
  async accept(target: Target): Promise<string> {
    const shown = this.of(target);
    if (!shown) return this.isRejected(target) ? 'The suggested speaker was rejected: Shift+A offers it again.' : 'No speaker is suggested for this statement.';
    const path = actorTagPath(shown.speaker);
    if (shown.status === 'accepted') {
      await this.#setActorTag(target, path, false);
      await this.#tagging.writes.run(() => this.#repos.speakers.remove(this.#decisionsOn(target.key)));
      return `${shown.speaker}: no longer accepted as the speaker.`;
    }
    await this.#decide(target, shown, true);
    await this.#setActorTag(target, path, true);
    return `Speaker accepted: ${shown.speaker}`;
  }

  /** Shift+A: rejects the speaker shown for the statement; on a rejected one, offers the suggestion again. */
  async reject(target: Target): Promise<string> {
    const shown = this.of(target);
    if (!shown) {
      if (!this.isRejected(target)) return 'No speaker is suggested for this statement.';
      await this.#tagging.writes.run(() => this.#repos.speakers.remove(this.#decisionsOn(target.key)));
      return 'The suggested speaker is offered again.';
    }
    if (shown.status === 'accepted') await this.#setActorTag(target, actorTagPath(shown.speaker), false);
    await this.#decide(target, shown, false);
    return `Speaker rejected: ${shown.speaker}`;
  }

  #decisionsOn(key: string): string[] {
    return this.placed.filter((p) => p.key === key).map((p) => p.record.id);
  }

  async #decide(target: Target, shown: ShownSpeaker, accepted: boolean): Promise<void> {
    const article = this.#article();
    if (!article) return;
    const replaces = this.#decisionsOn(target.key);
    await this.#tagging.writes.run(() =>
      this.#repos.speakers.decide(
        {
          articleId: article.id,
          target: describeRange(article.text, target.start, target.end, article.contentHash),
          speaker: shown.speaker,
          speakerType: shown.speakerType,
          kind: shown.kind,
          accepted,
        },
        replaces,
      ),
    );
  }

  /** Puts the actor's tag on the statement, or takes it off, leaving other tags alone. */
  async #setActorTag(target: Target, path: string, on: boolean): Promise<void> {
    const shownIds = this.#tagging.shownTags.get(target.key)?.tagIds ?? [];
    if (on) {
      const tag = await this.#repos.tags.ensurePath(path);
      if (tag && !shownIds.includes(tag.id)) this.#tagging.toggle(target, tag.id);
      return;
    }
    const name = path.slice(ACTOR_ROOT_NAME.length + 1).toLocaleLowerCase();
    const byId = this.#tagging.tagsById;
    for (const id of shownIds) {
      const tag = byId.get(id);
      const parent = tag?.parentId ? byId.get(tag.parentId) : undefined;
      if (tag && parent?.parentId === null && parent.name === ACTOR_ROOT_NAME && tag.name.toLocaleLowerCase() === name) this.#tagging.toggle(target, id);
    }
  }
}
