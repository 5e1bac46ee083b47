// Mentions of one entity merged within an article, and the entity's normalised name: a surname alone joins
// the last person named in full with that surname (Putin → Vladimir Putin); Russian forms are read back to
// the nominative (Путина, Путину → Путин; Министерства → Министерство; России → Россия).
import type { Context } from './context';
import type { NameMention, NameType } from './names';
import { isFamilyNameFirst, surnameKey } from './names';
import { ruFirstName, ruKnownOrg, ruOrgWord, ruPlaceLemma, ruPlaceWord } from './gazetteer';
import { adjectiveLemma, capitalise, isAdjectiveForm, readSurname, stemKey } from './russian-morph';
import type { Token } from './tokens';
import { EN_FEMALE_NAMES, EN_MALE_NAMES } from './lexicon-en';

export interface Entity {
  id: number;
  type: NameType;
  name: string;
  gender?: 'm' | 'f';
  /** Person: the surname key; org/place: the name key. */
  key: string;
  /** Token index of its first mention. */
  first: number;
}

const POSSESSIVE = /['’]s$/;
const clean = (s: string): string => s.replace(POSSESSIVE, '');
const isInitialTok = (t: Token): boolean => t.kind === 'word' && t.text.length === 1 && t.cap;

interface PersonParts {
  given?: string;
  givenGender?: 'm' | 'f';
  initials: string[];
  middle: string[];
  surnameTok?: Token;
}

function personParts(tokens: readonly Token[], m: NameMention): PersonParts {
  const parts: PersonParts = { initials: [], middle: [] };
  const words: Token[] = [];
  for (let k = m.tokStart; k < m.tokEnd; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (isInitialTok(t)) parts.initials.push(`${t.text}.`);
    else words.push(t);
  }
  if (words.length === 0) return parts;
  // "Путин В. В.": surname first, initials after; otherwise the surname is the last word.
  parts.surnameTok = words[words.length - 1]!;
  if (words.length >= 2) {
    const g = words[0]!;
    if (g.cyr) {
      const f = ruFirstName(g.lower);
      parts.given = f ? capitalise(f.lemma) : g.text;
      if (f) parts.givenGender = f.gender;
    } else {
      parts.given = clean(g.text);
      if (EN_MALE_NAMES.has(g.lower)) parts.givenGender = 'm';
      else if (EN_FEMALE_NAMES.has(g.lower)) parts.givenGender = 'f';
    }
    for (const w of words.slice(1, -1)) parts.middle.push(w.cyr ? (readSurname(w.text).male ?? readSurname(w.text).female ?? w.text) : clean(w.text));
  }
  return parts;
}

interface Cluster {
  entity: Entity;
  parts: PersonParts[];
  forms: Token[];
  lastTok: number;
}

function personName(c: Cluster): { name: string; gender?: 'm' | 'f' } {
  let given: string | undefined;
  let gender: 'm' | 'f' | undefined;
  let middle: string[] = [];
  let initials: string[] = [];
  for (const p of c.parts) {
    if (p.given && !given) {
      given = p.given;
      gender = p.givenGender;
      middle = p.middle;
    }
    if (p.initials.length > initials.length) initials = p.initials;
  }
  const surnameToks = c.forms;
  let surname = surnameToks[0] ? clean(surnameToks[0].text) : '';
  if (surnameToks[0]?.cyr) {
    const readings = surnameToks.map((t) => ({ t, r: readSurname(t.text) }));
    const onlyFemale = readings.some(({ r }) => r.female && !r.male);
    const bareSeen = readings.find(({ t, r }) => r.male !== undefined && t.text.toLowerCase() === r.male.toLowerCase());
    if (!gender) gender = bareSeen ? 'm' : onlyFemale ? 'f' : undefined;
    if (gender === 'f') surname = readings.map(({ r }) => r.female).find(Boolean) ?? surname;
    else if (bareSeen) surname = bareSeen.r.male!;
    else {
      const male = readings.map(({ r }) => r.male).find(Boolean);
      const female = readings.map(({ r }) => r.female).find(Boolean);
      // A form that reads both ways ("Пескова") is read as the masculine genitive: news names men far
      // more often, and the nominative would most often have been written once.
      surname = (gender === 'm' ? male : male ?? female) ?? surname;
    }
  } else {
    // The longest English form of the surname as written (possessive dropped).
    for (const t of surnameToks) if (clean(t.text).length > surname.length) surname = clean(t.text);
  }
  const out: { name: string; gender?: 'm' | 'f' } = {
    name: given ? [given, ...middle, surname].join(' ') : initials.length > 0 ? [...initials, surname].join(' ') : surname,
  };
  if (gender) out.gender = gender;
  return out;
}

/** The normalised name of an organisation or place mention. */
function nameOf(tokens: readonly Token[], m: NameMention, text: string): { name: string; key: string } {
  const toks = tokens.slice(m.tokStart, m.tokEnd);
  const raw = text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
  if (m.name) return { name: m.name, key: m.name.toLowerCase() };
  if (!toks[0]!.cyr) {
    const name = clean(raw);
    return { name, key: name.toLowerCase().replace(/\s+/g, ' ') };
  }
  if (m.type === 'org' && toks.length === 1) {
    const known = ruKnownOrg(toks[0]!.text);
    if (known) return { name: known, key: known.toLowerCase() };
  }
  if (m.type === 'place') {
    const lemma = ruPlaceLemma(toks.map((t) => t.lower).join(' '));
    if (lemma) return { name: lemma, key: lemma.toLowerCase() };
  }
  const words: string[] = [];
  let headSeen = false;
  for (const t of toks) {
    if (t.kind !== 'word') {
      words.push(t.text);
      continue;
    }
    const acronym = /^(\p{Lu}{2,})\p{Ll}{1,2}$/u.exec(t.text);
    if (acronym) words.push(acronym[1]!);
    else if (!headSeen && ruOrgWord(t.lower)) {
      const lemma = ruOrgWord(t.lower)!;
      words.push(t.cap ? capitalise(lemma) : lemma);
      headSeen = true;
    } else if (!headSeen && isAdjectiveForm(t.lower)) words.push(adjectiveLemma(t.text));
    else if (m.type === 'place' && !t.cap && ruPlaceWord(t.lower)) words.push(ruPlaceWord(t.lower)!);
    else if (m.type === 'place' && toks.length === 1 && /ии$/.test(t.lower)) words.push(t.text.slice(0, -1) + 'я');
    else words.push(t.text);
  }
  let name = words.join(' ').replace(/ ([-.])/g, '$1').replace(/([-]) /g, '$1');
  // "в правительстве России" names "Правительство России": an organisation's name opens with a capital.
  if (m.type === 'org') name = name.charAt(0).toUpperCase() + name.slice(1);
  return { name, key: toks.map((t) => (t.kind === 'word' ? stemKey(t.text) : t.text)).join(' ') };
}

export interface Merged {
  entities: Entity[];
  /** The entity of each mention (same order as the mentions). */
  entityOf: number[];
}

export function mergeMentions(ctx: Context, mentions: readonly NameMention[]): Merged {
  const tokens = ctx.tokens;
  const entities: Entity[] = [];
  const entityOf: number[] = new Array<number>(mentions.length).fill(-1);
  const clustersByKey = new Map<string, Cluster[]>();
  const clusters: Cluster[] = [];
  const familyFirst = new Map<string, Cluster[]>();
  const others = new Map<string, number>();
  const otherForms = new Map<number, Map<string, number>>();
  // People first named in full, then their bare surnames, so "Aliyev" before "Ilham Aliyev" still joins.
  const order = mentions.map((_m, i) => i);
  const isFull = (m: NameMention): boolean => {
    let words = 0;
    for (let k = m.tokStart; k < m.tokEnd; k++) if (tokens[k]!.kind === 'word' && !isInitialTok(tokens[k]!)) words++;
    return words >= 2;
  };
  order.sort((a, b) => Number(isFull(mentions[b]!)) - Number(isFull(mentions[a]!)) || a - b);
  for (const idx of order) {
    const m = mentions[idx]!;
    if (m.type !== 'person') {
      const { name, key } = nameOf(tokens, m, ctx.text);
      const k = `${m.type}:${key}`;
      let id = others.get(k);
      if (id === undefined) {
        id = entities.length;
        entities.push({ id, type: m.type, name, key, first: m.tokStart });
        others.set(k, id);
        otherForms.set(id, new Map());
      }
      const forms = otherForms.get(id)!;
      forms.set(name, (forms.get(name) ?? 0) + 1);
      entityOf[idx] = id;
      continue;
    }
    const parts = personParts(tokens, m);
    if (!parts.surnameTok) continue;
    const key = surnameKey(parts.surnameTok);
    // "Xi" alone joins "Xi Jinping": a short family name written first.
    const list = clustersByKey.get(key) ?? (parts.given ? [] : familyFirst.get(key) ?? []);
    let target: Cluster | undefined;
    // "Sir Keir", "Dame Priti": a knighted person is named by the first name; the one person so named.
    const knighted = !parts.given && (m.title === 'sir' || m.title === 'dame') && m.tokEnd - m.tokStart === 1;
    if (knighted) {
      const given = parts.surnameTok.lower;
      const named = clusters.filter((c) => c.parts.some((p) => p.given?.toLowerCase() === given));
      if (named.length === 1) {
        target = named[0]!;
        target.parts.push({ initials: [], middle: [] });
        target.entity.first = Math.min(target.entity.first, m.tokStart);
        target.lastTok = Math.max(target.lastTok, m.tokStart);
        entityOf[idx] = target.entity.id;
        continue;
      }
    }
    if (parts.given) {
      const given = parts.given.toLowerCase();
      target = list.find((c) => c.parts.some((p) => p.given?.toLowerCase() === given)) ?? list.find((c) => c.parts.every((p) => !p.given));
    } else if (list.length > 0) {
      // The last one named before this mention, else the first one named after it.
      const before = list.filter((c) => c.entity.first <= m.tokStart);
      target = before.length > 0 ? before.reduce((a, b) => (a.lastTok >= b.lastTok ? a : b)) : list[0];
    }
    if (!target) {
      const entity: Entity = { id: entities.length, type: 'person', name: '', key, first: m.tokStart };
      entities.push(entity);
      target = { entity, parts: [], forms: [], lastTok: m.tokStart };
      list.push(target);
      clustersByKey.set(key, list);
      clusters.push(target);
    }
    if (parts.given && isFamilyNameFirst(tokens[m.tokStart]!) && m.tokEnd - m.tokStart === 2) {
      const k = surnameKey(tokens[m.tokStart]!);
      const fam = familyFirst.get(k) ?? [];
      if (!fam.includes(target)) fam.push(target);
      familyFirst.set(k, fam);
    }
    target.parts.push(parts);
    target.forms.push(parts.surnameTok);
    target.entity.first = Math.min(target.entity.first, m.tokStart);
    target.lastTok = Math.max(target.lastTok, m.tokStart);
    if (m.gender && !target.entity.gender) target.entity.gender = m.gender;
    entityOf[idx] = target.entity.id;
  }
  for (const c of clusters) {
    const { name, gender } = personName(c);
    c.entity.name = name;
    if (gender) c.entity.gender = gender;
  }
  // An organisation or place is named by the form most often written (the nominative when read back).
  for (const [id, forms] of otherForms) {
    let best = '';
    let count = 0;
    for (const [name, n] of forms) if (n > count) [best, count] = [name, n];
    entities[id]!.name = best;
  }
  return { entities, entityOf };
}
