// The lists of names as lookups: Russian case forms of places, first names, organisation and role words
// (generated once from the nominatives in lexicon-ru.ts), known organisations by stem, and the English
// lists, each behind a small function so the rules in names.ts read as rules.
import {
  EN_FEMALE_NAMES, EN_KNOWN_ORGS, EN_MALE_NAMES, EN_MULTIWORD_ORGS, EN_MULTIWORD_PLACES, EN_PLACE_ACRONYMS, EN_PLACES,
} from './lexicon-en';
import { RU_FEMALE_NAMES, RU_KNOWN_ORGS, RU_MALE_NAMES, RU_ORG_WORDS, RU_PERSON_ROLES, RU_PLACE_ACRONYMS, RU_PLACE_WORDS, RU_PLACES } from './lexicon-ru';
import { formMap, stemKey } from './russian-morph';
import type { Token } from './tokens';

export const POSSESSIVE = /['’]s$/;

export function bare(tok: Token): string {
  return tok.lower.replace(POSSESSIVE, '');
}

export const ruPlaceForms = formMap(RU_PLACES.split(/\n/).flatMap((line) => splitPlaces(line)), false);
const ruMaleNames = formMap(RU_MALE_NAMES.split(/\s+/).filter(Boolean), true);
const ruFemaleNames = formMap(RU_FEMALE_NAMES.split(/\s+/).filter(Boolean), true);
export const ruOrgWordForms = formMap([...RU_ORG_WORDS], false, true);
/** Known organisations by the stem key of their case forms ("кремл" → Кремль, "газпром" → Газпром). */
const ruKnownOrgs = new Map<string, string>();
for (const name of RU_KNOWN_ORGS.split(/\s+/).filter(Boolean)) {
  ruKnownOrgs.set(stemKey(name), name);
  ruKnownOrgs.set(name.toLowerCase(), name);
}

/** The name of a known Russian organisation written in any case form, or undefined. */
export function ruKnownOrg(word: string): string | undefined {
  return ruKnownOrgs.get(word.toLowerCase().replace(/ё/g, 'е')) ?? ruKnownOrgs.get(stemKey(word));
}
const ruRoleForms = formMap([...RU_PERSON_ROLES], true);

/** The place list is words separated by spaces, except the multi-word names written with two capitals. */
function splitPlaces(line: string): string[] {
  const words = line.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // "Саудовская Аравия", "Нижний Новгород", "Ближний Восток": an adjective then a noun is one name.
    if (next && /(ая|ий|ый|ой|ые|ое)$/.test(w) && !/(ия)$/.test(w)) {
      out.push(`${w} ${next}`);
      i++;
    } else out.push(w);
  }
  return out;
}

export function ruPlaceLemma(lowerForm: string): string | undefined {
  return ruPlaceForms.get(lowerForm);
}

export function ruFirstName(lowerForm: string): { lemma: string; gender: 'm' | 'f' } | undefined {
  const m = ruMaleNames.get(lowerForm);
  if (m) return { lemma: m, gender: 'm' };
  const f = ruFemaleNames.get(lowerForm);
  if (f) return { lemma: f, gender: 'f' };
  return undefined;
}

export function ruPlaceWord(lowerForm: string): string | undefined {
  return ruPlaceWordForms.get(lowerForm);
}

export function ruOrgWord(lowerForm: string): string | undefined {
  return ruOrgWordForms.get(lowerForm);
}

export function ruRoleLemma(lowerForm: string): string | undefined {
  return ruRoleForms.get(lowerForm) ?? (RU_PERSON_ROLES.has(lowerForm) ? lowerForm : undefined);
}

export const ruPlaceWordForms = formMap([...RU_PLACE_WORDS, 'острова', 'горы'], false);

export function enFirstName(lower: string): 'm' | 'f' | undefined {
  if (EN_MALE_NAMES.has(lower)) return 'm';
  if (EN_FEMALE_NAMES.has(lower)) return 'f';
  return undefined;
}

export function knownPlace(tokens: readonly Token[], i: number, j: number): boolean {
  const words = j - i === 1 ? bare(tokens[i]!) : tokens.slice(i, j).map(bare).join(' ');
  if (tokens[i]!.cyr) return ruPlaceForms.has(words) || (j - i === 1 && RU_PLACE_ACRONYMS.has(tokens[i]!.text));
  if (EN_MULTIWORD_ORGS.has(words)) return false;
  return (j - i === 1 ? EN_PLACES.has(words) : EN_MULTIWORD_PLACES.has(words)) || (j - i === 1 && EN_PLACE_ACRONYMS.has(tokens[i]!.text.replace(POSSESSIVE, '')));
}

export function knownOrg(tokens: readonly Token[], i: number, j: number): boolean {
  if (j - i > 1) return !tokens[i]!.cyr && EN_MULTIWORD_ORGS.has(tokens.slice(i, j).map(bare).join(' '));
  const t = tokens[i]!;
  if (t.cyr) return ruKnownOrg(t.text) !== undefined;
  return EN_KNOWN_ORGS.has(bare(t));
}

/** First words of the places of several words (any case form), so most words are looked up once. */
const multiwordStarts = new Set<string>();
for (const name of [...ruPlaceForms.keys(), ...EN_MULTIWORD_PLACES]) {
  const space = name.indexOf(' ');
  if (space > 0) multiwordStarts.add(name.slice(0, space));
}

/** The longest known place starting at i, up to three words: its end, or i. */
export function placeAt(tokens: readonly Token[], i: number, limit: number): number {
  const first = bare(tokens[i]!);
  const from = multiwordStarts.has(first) ? Math.min(limit, i + 3) : Math.min(limit, i + 1);
  for (let j = from; j > i; j--) {
    if (knownPlace(tokens, i, j)) return j;
  }
  return i;
}

