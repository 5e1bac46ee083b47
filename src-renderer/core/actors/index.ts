// Who said what, offline: the named entities of an article (people, organisations, places, dates, amounts)
// and the speaker suggested for each statement, in English and Russian, by rules and short word lists kept
// in this folder. Pure and about linear in the text: one tokenisation, bounded look-arounds per token.
import type { Block } from '../article';
import { buildContext } from './context';
import { mergeMentions } from './merge';
import { findNames } from './names';
import { findAmounts } from './numbers';
import { findQuotations } from './quotes';
import { findSpeakers } from './speakers';
import type { RolePhrase } from './roles';
import type { ArticleAnalysis, EntityMention, SpeakerSuggestion } from './types';

export type { ArticleAnalysis, EntityMention, EntityType, SpeakerKind, SpeakerSuggestion, Range } from './types';

/** Bumped whenever the analysis gives other results, so analyses cached by content hash are renewed. */
export const ANALYSIS_VERSION = 5;

export interface AnalysisInput {
  text: string;
  blocks: Block[];
  /** Statements as flat [start, end, …] offsets (core/segment's `segmentFlat`). */
  spans: number[];
  /** 'en', 'ru', or anything else / undefined: each statement is then read by its script. */
  lang?: string;
}

const POSSESSIVE = /['’]s$/;

export function analyseArticle(input: AnalysisInput): ArticleAnalysis {
  const { text } = input;
  const ctx = buildContext(text, input.blocks, input.spans, input.lang);
  const { tokens } = ctx;
  const names = findNames(ctx);
  const merged = mergeMentions(ctx, names);
  const entityAt = new Int32Array(tokens.length).fill(-1);
  names.forEach((m, i) => {
    const id = merged.entityOf[i]!;
    if (id < 0) return;
    for (let k = m.tokStart; k < m.tokEnd; k++) entityAt[k] = id;
  });
  const quotes = findQuotations(ctx);
  const resolvedRoles: { role: RolePhrase; entity: number }[] = [];
  const attributions = findSpeakers(ctx, { entityAt, entities: merged.entities, quotes, resolvedRoles });

  const entities: EntityMention[] = [];
  names.forEach((m, i) => {
    const id = merged.entityOf[i]!;
    if (id < 0) return;
    const first = tokens[m.tokStart]!;
    const last = tokens[m.tokEnd - 1]!;
    const end = POSSESSIVE.test(last.text) ? last.end - 2 : last.end;
    const mention: EntityMention = { type: m.type, start: first.start, end, text: text.slice(first.start, end), name: merged.entities[id]!.name };
    if (m.nominal) mention.nominal = true;
    entities.push(mention);
  });
  for (const a of findAmounts(tokens)) {
    const start = tokens[a.tokStart]!.start;
    const end = tokens[a.tokEnd - 1]!.end;
    const written = text.slice(start, end);
    entities.push({ type: a.type, start, end, text: written, name: written.replace(/\s+/g, ' ') });
  }
  // Role phrases the text ties to a person ("the Russian president"), where they overlap no name.
  const taken = new Set<number>();
  for (const { role, entity } of resolvedRoles) {
    if (taken.has(role.tokStart)) continue;
    let free = true;
    for (let k = role.tokStart; k < role.tokEnd; k++) if (entityAt[k]! >= 0) free = false;
    if (!free) continue;
    taken.add(role.tokStart);
    const start = tokens[role.tokStart]!.start;
    const end = tokens[role.tokEnd - 1]!.end;
    const e = merged.entities[entity]!;
    entities.push({ type: e.type, start, end, text: text.slice(start, end), name: e.name, nominal: true });
  }
  entities.sort((a, b) => a.start - b.start || b.end - a.end);

  const speakers: SpeakerSuggestion[] = attributions.map((a) => {
    const st = ctx.statements[a.statement]!;
    const e = merged.entities[a.entity]!;
    const srcStart = tokens[a.source.tokStart]!.start;
    const srcLast = tokens[a.source.tokEnd - 1]!;
    const s: SpeakerSuggestion = {
      start: st.start,
      end: st.end,
      speaker: e.name,
      speakerType: e.type === 'org' ? 'org' : 'person',
      kind: a.kind,
      source: { start: srcStart, end: POSSESSIVE.test(srcLast.text) ? srcLast.end - 2 : srcLast.end },
    };
    if (a.cue) {
      const cs = tokens[a.cue.tokStart]!.start;
      const ce = tokens[a.cue.tokEnd - 1]!.end;
      s.cue = { start: cs, end: ce, text: text.slice(cs, ce) };
    }
    return s;
  });
  return { version: ANALYSIS_VERSION, entities, speakers };
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'prof', 'г-н', 'г-жа', 'господин', 'госпожа']);

/**
 * A library-wide identity for an entity's name: case, diacritics, ё/е, punctuation and titles folded, so
 * "Vladimir Putin" in two articles is one actor. Within an article the analysis already names every mention
 * by the fullest form (Putin, Путина, В. В. Путин → Vladimir Putin / Владимир Путин when the article has it).
 * Across articles the key stays literal: a surname alone ("Putin") and a name with initials ("в в путин")
 * keep keys of their own, because surnames are shared by different people (Aliyev and Aliyeva, two Bushes);
 * joining a surname to the library's one full name with it, and the user's merges, belong to the library.
 */
export function actorKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && w !== '-' && !TITLES.has(w));
  return words.join(' ');
}
