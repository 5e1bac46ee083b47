// The user's decisions on suggested speakers, placed in an article's current text (anchored like
// annotations), and the speakers of an article as the user has decided them: what the reader shows, the
// JSON export writes and a briefing names.
import { anchorAll, type AnnotationTarget } from '../anchoring';
import { firstPassing } from '../search-sorted';
import type { ArticleAnalysis, SpeakerKind, SpeakerSuggestion } from './types';

/** What placing needs of a stored decision. */
export interface StoredDecision {
  id: string;
  target: AnnotationTarget;
  speaker: string;
  speakerType: 'person' | 'org';
  kind: SpeakerKind;
  accepted: boolean;
}

export interface PlacedDecision<D extends StoredDecision = StoredDecision> {
  decision: D;
  /** Where its statement is in the current text; null when it can no longer be found (kept all the same). */
  range: { start: number; end: number } | null;
}

export function placeDecisions<D extends StoredDecision>(article: { text: string; contentHash: string }, decisions: readonly D[]): PlacedDecision<D>[] {
  const anchors = anchorAll(article.text, article.contentHash, decisions.map((d) => d.target));
  return decisions.map((decision, i) => {
    const a = anchors[i];
    return { decision, range: a && a.state === 'anchored' ? { start: a.start, end: a.end } : null };
  });
}

/** A statement's speaker with the user's word on it: `accepted` true, false (rejected) or absent (not decided). */
export interface DecidedSpeaker extends SpeakerSuggestion {
  accepted?: boolean;
}

const keyOf = (r: { start: number; end: number }) => `${r.start}-${r.end}`;

/**
 * Every statement's speaker, suggested or decided, in text order: suggestions with the decision on their
 * statement (a rejected one kept, marked `accepted: false`), and accepted speakers the analysis does not
 * suggest (an older analysis, another name) as their own entries.
 */
export function decidedSpeakers(analysis: Pick<ArticleAnalysis, 'speakers'> | undefined, placed: readonly PlacedDecision[]): DecidedSpeaker[] {
  const out = new Map<string, DecidedSpeaker>();
  for (const s of analysis?.speakers ?? []) out.set(keyOf(s), { ...s });
  for (const { decision: d, range } of placed) {
    if (!range) continue;
    const key = keyOf(range);
    const suggested = out.get(key);
    if (suggested && suggested.speaker === d.speaker) out.set(key, { ...suggested, accepted: d.accepted });
    else if (d.accepted) out.set(key, { ...range, speaker: d.speaker, speakerType: d.speakerType, kind: d.kind, source: { ...range }, accepted: true });
    else if (suggested) out.set(key, { ...suggested, accepted: false });
  }
  return [...out.values()].sort((a, b) => a.start - b.start);
}

/** The article with its speakers as the user decided them (rejected ones left out), for briefings. */
export function withDecidedSpeakers<A extends { analysis?: Pick<ArticleAnalysis, 'speakers'> }>(article: A, speakers: readonly DecidedSpeaker[]): A {
  if (!article.analysis) return article;
  return { ...article, analysis: { ...article.analysis, speakers: speakers.filter((s) => s.accepted !== false) } };
}

/**
 * The speaker a passage is credited to in a briefing: the one speaker (accepted, or suggested and not
 * rejected) of the statements the passage covers, when they begin before it and end after it; undefined
 * when none, or more than one, speaks there. `speakers` are in text order.
 */
export function speakerOfPassage(speakers: readonly DecidedSpeaker[], range: { start: number; end: number }): string | undefined {
  let name: string | undefined;
  let first: DecidedSpeaker | undefined;
  let last: DecidedSpeaker | undefined;
  // Statements do not overlap, so their ends are in order too: start at the first that ends after the passage starts.
  for (let i = firstPassing(speakers.length, (k) => speakers[k]!.end > range.start); i < speakers.length; i++) {
    const s = speakers[i]!;
    if (s.start >= range.end) break;
    if (s.end <= range.start || s.accepted === false) continue;
    if (name !== undefined && s.speaker !== name) return undefined;
    name = s.speaker;
    first ??= s;
    last = s;
  }
  return first && last && first.start <= range.start && last.end >= range.end ? name : undefined;
}
