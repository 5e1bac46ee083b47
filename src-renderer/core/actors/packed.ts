// The analysis as it travels with the article: the speakers as they are (one per attributed statement, a
// few dozen in a news article), the entity mentions packed into one array of numbers and a list of names.
// A 1 MB article has about ten thousand mentions; as objects they cost the reader's page as much to
// receive and collect as the rest of the article (reopening it: first screen 42 -> 109 ms in the reader
// bench), as numbers next to nothing. They are unpacked only where they are read: the Actors panel, the
// JSON export.
import type { ArticleAnalysis, EntityMention, EntityType, SpeakerSuggestion } from './types';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'org', 'place', 'date', 'money', 'percent', 'quantity'];

/** Numbers per packed mention: type index, start, end, name index, nominal (0/1). */
const STRIDE = 5;

export interface PackedAnalysis {
  version: number;
  speakers: SpeakerSuggestion[];
  /** Each entity's normalised name, once. */
  entityNames: string[];
  /** Per mention, STRIDE numbers: type index (ENTITY_TYPES), start, end, name index, nominal (1) or not (0). */
  entityData: number[];
}

export function packAnalysis(analysis: ArticleAnalysis): PackedAnalysis {
  const names = new Map<string, number>();
  const data: number[] = [];
  for (const e of analysis.entities) {
    let n = names.get(e.name);
    if (n === undefined) names.set(e.name, (n = names.size));
    data.push(ENTITY_TYPES.indexOf(e.type), e.start, e.end, n, e.nominal ? 1 : 0);
  }
  return { version: analysis.version, speakers: analysis.speakers, entityNames: [...names.keys()], entityData: data };
}

/** The mentions as objects (the JSON export's), optionally only those of one name. */
export function entityMentions(packed: PackedAnalysis, text: string, onlyName?: string): EntityMention[] {
  const only = onlyName === undefined ? -1 : packed.entityNames.indexOf(onlyName);
  if (onlyName !== undefined && only < 0) return [];
  const out: EntityMention[] = [];
  const d = packed.entityData;
  for (let i = 0; i + STRIDE <= d.length; i += STRIDE) {
    if (only >= 0 && d[i + 3] !== only) continue;
    const type = ENTITY_TYPES[d[i]!];
    const name = packed.entityNames[d[i + 3]!];
    if (!type || name === undefined) continue;
    const start = d[i + 1]!;
    const end = d[i + 2]!;
    out.push({ type, start, end, text: text.slice(start, end), name, ...(d[i + 4] ? { nominal: true } : {}) });
  }
  return out;
}

/** Per entity name: its type (its first mention's) and how many mentions it has; nothing unpacked. */
export function entityCounts(packed: PackedAnalysis): { name: string; type: EntityType; mentions: number }[] {
  const counts = new Array<number>(packed.entityNames.length).fill(0);
  const types = new Array<number>(packed.entityNames.length).fill(-1);
  const d = packed.entityData;
  for (let i = 0; i + STRIDE <= d.length; i += STRIDE) {
    const n = d[i + 3]!;
    if (n < 0 || n >= counts.length) continue;
    counts[n]!++;
    if (types[n] === -1) types[n] = d[i]!;
  }
  return packed.entityNames.flatMap((name, n) => {
    const type = ENTITY_TYPES[types[n]!];
    return type && counts[n]! > 0 ? [{ name, type, mentions: counts[n]! }] : [];
  });
}
