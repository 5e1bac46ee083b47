// Role phrases ("the Russian president", "the foreign minister", "глава МИД", "президент России") and the
// people the text ties them to by apposition ("the Russian president, Vladimir Putin", "Ilham Aliyev,
// president of Azerbaijan", "Russian President Vladimir Putin", "пресс-секретарь Кремля Дмитрий Песков").
// A role phrase later in the text is that person only when exactly one person was tied to a matching role.
import type { Context } from './context';
import type { Entity } from './merge';
import { ruRoleLemma } from './gazetteer';
import { EN_GENERIC_LEADER, EN_HEAD_OF_STATE, EN_NATIONALITY, EN_PERSON_ROLES } from './lexicon-en';
import { RU_NATIONALITY } from './lexicon-ru';
import { isRuCue } from './cues';
import { partyTagAt } from './us-states';

export interface RolePhrase {
  tokStart: number;
  tokEnd: number;
  /** The role word, lower case, English or Russian nominative ("president", "министр"). */
  head: string;
  /** Words that narrow the role ("foreign", "defence", "иностранных"), lower case. */
  qualifiers: string[];
  /** The country or organisation it belongs to, as an entity key or a country name, lower case. */
  scope?: string;
  /** "a spokesman": not a reference to anyone named. */
  indefinite: boolean;
  ru: boolean;
}

export interface RoleBinding {
  role: RolePhrase;
  entity: number;
  at: number;
  /** Set beside the name by commas ("the Russian president, Vladimir Putin"), not a title before it. */
  apposition: boolean;
}

const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'this', 'that']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'several', 'two', 'three', 'many']);
const EN_QUALIFIERS = new Set([
  'foreign', 'prime', 'deputy', 'defence', 'defense', 'interior', 'finance', 'economy', 'economic', 'energy', 'justice',
  'health', 'education', 'trade', 'former', 'top', 'chief', 'senior', 'vice', 'acting', 'first', 'press', 'security',
  'state', 'general', 'executive', 'military', 'presidential', 'government', 'kremlin', 'ministry',
  // "the Republican nominee", "the Democratic candidate": the party narrows the role.
  'republican', 'democratic', 'democrat', 'gop', 'conservative', 'labour', 'liberal',
]);
const RU_ROLE_FILLERS = new Set(['иностранных', 'дел', 'обороны', 'финансов', 'экономики', 'юстиции', 'здравоохранения', 'образования', 'энергетики', 'внутренних', 'по', 'делам', 'связям', 'с', 'общественностью', 'официальный', 'официального']);

/** The country a nationality word or place name stands for, lower case. */
function countryOf(lower: string, ru: boolean): string | undefined {
  if (!ru) return EN_NATIONALITY[lower];
  for (const stem in RU_NATIONALITY) if (lower.startsWith(stem)) return RU_NATIONALITY[stem];
  return undefined;
}

const TITLE_ROLES: Record<string, string> = { sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', adm: 'admiral', col: 'colonel', capt: 'captain', lt: 'lieutenant' };

export interface RoleInputs {
  /** Per token: the entity of the name mention covering it, or -1. */
  entityAt: Int32Array;
  entities: readonly Entity[];
}

/** The role phrase whose head word is token h, or null. */
export function roleAt(ctx: Context, h: number, inputs: RoleInputs): RolePhrase | null {
  const { tokens } = ctx;
  const t = tokens[h];
  if (!t || t.kind !== 'word') return null;
  if (t.cyr) return ruRoleAt(ctx, h, inputs);
  // "Sen. Marco Rubio" ties "the senator" to him: an abbreviated title with its period is its role.
  const abbreviated = tokens[h + 1]?.text === '.' && TITLE_ROLES[t.lower] !== undefined;
  let head = abbreviated ? TITLE_ROLES[t.lower]! : t.lower;
  if (!EN_PERSON_ROLES.has(head)) return null;
  const qualifiers: string[] = [];
  let scope: string | undefined;
  let s = h;
  let indefinite = false;
  for (let k = h - 1; k >= 0 && k >= h - 4; k--) {
    const p = tokens[k]!;
    if (p.statement !== t.statement || p.kind !== 'word') break;
    const ent = inputs.entityAt[k]!;
    if (DETERMINERS.has(p.lower)) {
      s = k;
      break;
    }
    if (INDEFINITE.has(p.lower)) {
      indefinite = true;
      s = k;
      break;
    }
    const country = countryOf(p.lower.replace(/['’]s$/, ''), false);
    if (country) {
      scope = country;
      s = k;
      continue;
    }
    if (ent >= 0 && inputs.entities[ent]!.type !== 'person') {
      scope = inputs.entities[ent]!.name.toLowerCase();
      s = k;
      continue;
    }
    if (EN_QUALIFIERS.has(p.lower)) {
      if (p.lower === 'prime' && head === 'minister') head = 'prime minister';
      else qualifiers.push(p.lower);
      s = k;
      continue;
    }
    break;
  }
  let e = abbreviated ? h + 2 : h + 1;
  // "president of Azerbaijan", "minister of foreign affairs".
  if (tokens[e]?.lower === 'of' && tokens[e + 1]?.statement === t.statement) {
    const ent = inputs.entityAt[e + 1]!;
    if (ent >= 0 && inputs.entities[ent]!.type !== 'person') {
      scope = inputs.entities[ent]!.name.toLowerCase();
      e += 2;
      while (inputs.entityAt[e] === ent) e++;
    }
  }
  return { tokStart: s, tokEnd: e, head, qualifiers, ...(scope ? { scope: normaliseScope(scope) } : {}), indefinite, ru: false };
}

function ruRoleAt(ctx: Context, h: number, inputs: RoleInputs): RolePhrase | null {
  const { tokens } = ctx;
  const t = tokens[h]!;
  const head = ruRoleLemma(t.lower);
  if (!head) return null;
  const qualifiers: string[] = [];
  let scope: string | undefined;
  let s = h;
  // Adjectives before the role: "российский президент", "научный руководитель", "официальный представитель".
  for (let k = h - 1; k >= 0 && k >= h - 2; k--) {
    const prev = tokens[k]!;
    if (prev.statement !== t.statement || prev.kind !== 'word' || prev.cap || !/(ый|ий|ой|ая|ого|его|ому|ему|ым|им|ой)$/.test(prev.lower)) break;
    const country = countryOf(prev.lower, true);
    if (country) scope = country;
    else qualifiers.push(prev.lower);
    s = k;
  }
  let e = h + 1;
  // The genitive after it: "министр иностранных дел России", "глава МИД", "пресс-секретарь Кремля".
  for (let k = h + 1; k < tokens.length && k <= h + 5; k++) {
    const n = tokens[k]!;
    if (n.statement !== t.statement || n.kind !== 'word') break;
    const ent = inputs.entityAt[k]!;
    if (ent >= 0) {
      if (inputs.entities[ent]!.type === 'person') break;
      scope = inputs.entities[ent]!.name.toLowerCase();
      while (inputs.entityAt[k + 1] === ent) k++;
      // "МИД Азербайджана": the country of the organisation belongs to the role too.
      const next = inputs.entityAt[k + 1];
      if (next !== undefined && next >= 0 && inputs.entities[ent]!.type === 'org' && inputs.entities[next]!.type === 'place' && tokens[k + 1]!.statement === t.statement) {
        k++;
        while (inputs.entityAt[k + 1] === next) k++;
      }
      e = k + 1;
      break;
    }
    if (isRuCue(n.lower)) break;
    if (RU_ROLE_FILLERS.has(n.lower) || (!n.cap && /(ых|их|ого|его|ии|ия|ей|ов|ства|ы|и|а)$/.test(n.lower) && !ruRoleLemma(n.lower))) {
      qualifiers.push(n.lower);
      e = k + 1;
      continue;
    }
    break;
  }
  return { tokStart: s, tokEnd: e, head, qualifiers, ...(scope ? { scope: normaliseScope(scope) } : {}), indefinite: false, ru: true };
}

const SCOPE_SYNONYMS: Record<string, string> = {
  'russian federation': 'russia', 'российская федерация': 'россия', рф: 'россия', 'united states': 'usa', us: 'usa',
  'u.s.': 'usa', america: 'usa', сша: 'сша', 'republic of azerbaijan': 'azerbaijan', 'азербайджанская республика': 'азербайджан',
  'united kingdom': 'uk', britain: 'uk', 'министерство иностранных дел': 'мид',
};

function normaliseScope(scope: string): string {
  return SCOPE_SYNONYMS[scope] ?? scope;
}

/** Whether a later role phrase may stand for a person bound to `bound`. */
export function rolesMatch(ref: RolePhrase, bound: RolePhrase): boolean {
  const generic = (r: RolePhrase): boolean => EN_GENERIC_LEADER.has(r.head) || r.head === 'лидер' || r.head === 'глава' && !r.scope?.match(/мид|министерств/);
  const headOfState = (r: RolePhrase): boolean => EN_HEAD_OF_STATE.has(r.head) || r.head === 'prime minister' || r.head === 'президент' || r.head === 'премьер' || r.head === 'премьер-министр';
  // "глава МИД" is the minister: a head of a ministry is its minister.
  const ministerial = (r: RolePhrase): string => (r.head === 'глава' && r.scope && /^(мид|мин|министерств)/.test(r.scope) ? 'министр' : r.head === 'head' && r.scope?.includes('ministry') ? 'minister' : r.head);
  if (ministerial(ref) === ministerial(bound) && !(ref.scope && ref.scope !== bound.scope) && ref.qualifiers.every((q) => bound.qualifiers.includes(q))) return true;
  const headOk = ref.head === bound.head || (generic(ref) && headOfState(bound));
  if (!headOk) return false;
  if (ref.scope && ref.scope !== bound.scope) return false;
  for (const q of ref.qualifiers) if (!bound.qualifiers.includes(q) && q !== 'top' && q !== 'senior' && q !== 'presidential') return false;
  return true;
}

/** Appositions and titles that tie a role to a named person. */
export function findBindings(ctx: Context, inputs: RoleInputs): RoleBinding[] {
  const { tokens } = ctx;
  const out: RoleBinding[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const role = roleAt(ctx, h, inputs);
    if (!role || role.indefinite) continue;
    // Role then name: "Russian President Vladimir Putin", "the Russian president, Vladimir Putin".
    let n = role.tokEnd;
    const comma = tokens[n]?.text === ',';
    if (comma) n++;
    const after = inputs.entityAt[n];
    if (after !== undefined && after >= 0 && inputs.entities[after]!.type === 'person' && tokens[n]!.statement === tokens[h]!.statement) {
      if (!role.scope && !role.ru && STATE_ROLES.has(role.head)) {
        const state = stateAfter(ctx, n, after, inputs);
        if (state) role.scope = state;
      }
      out.push({ role, entity: after, at: role.tokStart, apposition: comma && tokens[role.tokStart]!.kind === 'word' && /^(the|a|an)$/i.test(tokens[role.tokStart]!.text) });
      continue;
    }
    // Name, role: "Ilham Aliyev, the president of Azerbaijan", "Владимир Путин, президент России".
    const before = role.tokStart - 1;
    if (tokens[before]?.text === ',') {
      const person = inputs.entityAt[before - 1];
      if (person !== undefined && person >= 0 && inputs.entities[person]!.type === 'person' && tokens[before - 1]!.statement === tokens[h]!.statement) {
        out.push({ role, entity: person, at: role.tokStart, apposition: true });
      }
    }
  }
  return out;
}


/** Roles a US state narrows: "the Arizona senator" is the one "Sen. John McCain (R-Ariz.)" or "of Arizona". */
const STATE_ROLES = new Set(['senator', 'representative', 'congressman', 'congresswoman', 'governor', 'lawmaker']);

/**
 * The state written right after a person's name that starts at n: a party-and-state tag ("(R-Ariz.)",
 * ", R-Ariz.,") or "of" and a place ("Senator Marco Rubio of Florida"), lower case; else undefined.
 */
function stateAfter(ctx: Context, n: number, person: number, inputs: RoleInputs): string | undefined {
  const { tokens } = ctx;
  let e = n;
  while (inputs.entityAt[e] === person) e++;
  const last = tokens[e - 1]!;
  const tag = partyTagAt(ctx.text, last.end);
  if (tag) return tag.state;
  const of = tokens[e];
  if (of?.lower === 'of' && of.statement === last.statement) {
    const place = inputs.entityAt[e + 1];
    if (place !== undefined && place >= 0 && inputs.entities[place]!.type === 'place') return inputs.entities[place]!.name.toLowerCase();
  }
  return undefined;
}
