// The speaker of each statement: a cue ("said", "заявил", "according to", "по словам") with its subject
// (a name, a pronoun or a role phrase) before or after it; a quotation's other statements take the same
// speaker; a pronoun or role is resolved only when one compatible person or organisation is in reach.
// Precision first: a statement gets no speaker when anything is ambiguous.
import { partyTagAt } from './us-states';
import type { Context } from './context';
import type { QuoteMap } from './quotes';
import { findBindings, roleAt, rolesMatch, type RoleInputs, type RolePhrase } from './roles';
import { cueLength, isParticipleCue, isWeakEnCue, ruCueGender } from './cues';
import { EN_CUE_ADVERBS, EN_PASSIVE, EN_PERSON_ROLES, EN_PRONOUNS, EN_TITLE_ABBREVIATIONS, EN_WEEKDAYS } from './lexicon-en';
import { ruOrgWord, ruRoleLemma } from './gazetteer';
import { RU_ACCORDING_NOUNS, RU_CUE_ADVERBS, RU_PRONOUNS, RU_WEAK_CUES } from './lexicon-ru';
import type { SpeakerKind } from './types';
import type { Token } from './tokens';

/** What a subject phrase points at, before resolution. */
type Referent =
  | { kind: 'name'; entity: number; tokStart: number; tokEnd: number }
  /** 'x': a person of either gender ("the 69-year-old"). */
  | { kind: 'pronoun'; gender: 'm' | 'f' | 'p' | 'x'; tokStart: number; tokEnd: number }
  | { kind: 'role'; role: RolePhrase; tokStart: number; tokEnd: number }
  | { kind: 'nominal-org'; head: string; tokStart: number; tokEnd: number };

export interface Attribution {
  statement: number;
  entity: number;
  kind: SpeakerKind;
  cue?: { tokStart: number; tokEnd: number };
  source: { tokStart: number; tokEnd: number };
}

export interface SpeakerInputs extends RoleInputs {
  quotes: QuoteMap;
  /** Role phrases resolved to a person (for the entity list). */
  resolvedRoles: { role: RolePhrase; entity: number }[];
}

const ORG_NOMINALS_EN = new Set(['ministry', 'company', 'agency', 'government', 'bank', 'party', 'committee', 'council', 'department', 'office', 'service', 'court', 'commission', 'organisation', 'organization', 'firm', 'group', 'fund', 'alliance', 'union', 'institute', 'authority', 'bureau', 'embassy', 'campaign']);
const ORG_NOMINALS_RU: Record<string, string> = { ведомство: 'министерство', ведомстве: 'министерство', министерство: 'министерство', министерстве: 'министерство', компания: 'компания', компании: 'компания', правительство: 'правительство', правительстве: 'правительство' };
const RU_POSSESSIVES: Record<string, 'm' | 'f' | 'p'> = { его: 'm', ее: 'f', их: 'p' };
/** Cues of naming that say speech only with a quotation after their object: called the plan "a disaster". */
const NAMING_CUES = new Set(['called', 'calls', 'described', 'describes', 'branded', 'brands', 'dubbed', 'назвал', 'назвала', 'назвали', 'называет', 'называют']);
const OBJECT_PREPOSITIONS = new Set(['for', 'to', 'with', 'by', 'about', 'against', 'on', 'than', 'like', 'at', 'from', 'у', 'от', 'для', 'к', 'о', 'об', 'с', 'со', 'при', 'против']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'near', 'for', 'в', 'на', 'из', 'во']);
/** What "according to" may name that is no person: a record or a count. */
const EN_DOCUMENT_NOUNS = new Set(['data', 'figures', 'results', 'documents', 'statistics', 'estimates', 'estimate', 'poll', 'polls', 'survey', 'records', 'filings', 'tally', 'count', 'projections', 'forecasts', 'forecast', 'calculations', 'study', 'research', 'figure', 'documents', 'papers', 'flight-tracking', 'census']);
const NOT_SPEAKER_EN = new Set(['it', 'this', 'that', 'which', 'there', 'what', 'one']);

export function findSpeakers(ctx: Context, inputs: SpeakerInputs): Attribution[] {
  const { tokens, statements } = ctx;
  const { quoteOf, quotations } = inputs.quotes;
  const bindings = findBindings(ctx, inputs);
  // A role set beside a name by commas ("the Russian president, Vladimir Putin") is a mention of that person.
  for (const b of bindings) if (b.apposition) inputs.resolvedRoles.push({ role: b.role, entity: b.entity });
  const out: (Attribution | null)[] = new Array<Attribution | null>(statements.length).fill(null);
  /** Statements that have a cue of their own whose source could not be named: never continued. */
  const blocked = new Uint8Array(statements.length);

  const referentBefore = (end: number, floor: number): Referent | null => {
    let k = end;
    // Skip adverbs and auxiliaries between subject and cue: "Putin also said", "Алиев также отметил".
    while (k >= floor) {
      const t = tokens[k]!;
      if (t.kind === 'word' && (t.cyr ? RU_CUE_ADVERBS.has(t.lower) : EN_CUE_ADVERBS.has(t.lower))) k--;
      // "Newsom on Monday accused", "Warren on Wednesday night said": a day between the subject and the cue.
      else if (!t.cyr && t.kind === 'word' && /^(morning|afternoon|evening|night)$/.test(t.lower) && EN_WEEKDAYS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'on') k -= 3;
      else if (!t.cyr && t.kind === 'word' && EN_WEEKDAYS.has(t.lower) && tokens[k - 1]?.lower === 'on') k -= 2;
      // "Sen. John McCain (R-Ariz.) said": a legislator's party and state between the name and the cue.
      else if (t.text === ')' && partyTagOpening(k) >= 0) k = partyTagOpening(k) - 1;
      else break;
    }
    if (k < floor) return null;
    // "Putin, speaking in Moscow, said": skip one comma-delimited clause back to the subject.
    if (tokens[k]!.text === ',') {
      let c = k - 1;
      while (c >= floor && c >= k - 14 && tokens[c]!.text !== ',' && quoteOf[c]! < 0) c--;
      if (c >= floor && tokens[c]!.text === ',' && c < k - 1) {
        // "The Saudi foreign minister, Prince Faisal bin Farhan, said": the name set off by the commas.
        const named = inputs.entityAt[k - 1]!;
        if (named >= 0 && inputs.entities[named]!.type === 'person') {
          let s0 = k - 1;
          while (s0 - 1 > c && inputs.entityAt[s0 - 1] === named) s0--;
          // Also after a title of a few capitalised words: ", Chief Cabinet Secretary Yoshimasa Hayashi, said".
          let titled = s0 - (c + 1) <= 3;
          // And over an abbreviated title's period: ", Rep. Ann Kirkpatrick, accused".
          for (let w = c + 1; titled && w < s0; w++) titled = (tokens[w]!.kind === 'word' && tokens[w]!.cap) || (tokens[w]!.text === '.' && w > c + 1 && EN_TITLE_ABBREVIATIONS.has(tokens[w - 1]!.lower));
          if (titled) return { kind: 'name', entity: named, tokStart: s0, tokEnd: k };
        }
        const inner = referentEnding(c - 1, floor);
        if (inner) return inner;
        // "Pete Buttigieg, the former mayor of South Bend, Ind., warned": an apposition that opens with
        // "the" or "a" and holds a comma of its own; the name before its first comma is the subject.
        let c2 = c - 1;
        while (c2 >= floor && c2 >= c - 14 && tokens[c2]!.text !== ',' && quoteOf[c2]! < 0) c2--;
        if (c2 >= floor && tokens[c2]!.text === ',' && /^(the|a|an)$/.test(tokens[c2 + 1]!.lower)) {
          const outer = referentEnding(c2 - 1, floor);
          if (outer && outer.kind === 'name' && inputs.entities[outer.entity]!.type === 'person') return outer;
        }
      }
      return null;
    }
    return referentEnding(k, floor);
  };

  /** The index of the "(" of a party-and-state tag closing at k ("(R-Ariz.)"), or -1. */
  const partyTagOpening = (k: number): number => {
    for (let o = k - 1; o >= 0 && o >= k - 8 && tokens[o]!.statement === tokens[k]!.statement; o--) {
      if (tokens[o]!.text !== '(') continue;
      const tag = partyTagAt(ctx.text, tokens[o]!.start);
      return tag && tag.end === tokens[k]!.end ? o : -1;
    }
    return -1;
  };

  const referentEnding = (k: number, floor: number): Referent | null => {
    if (k < floor) return null;
    const t = tokens[k]!;
    // "Rep. Patrick Murphy (D-Fla.), who…": the name before its party-and-state tag.
    if (t.text === ')' && !t.cyr) {
      const o = partyTagOpening(k);
      if (o > floor && inputs.entityAt[o - 1]! >= 0 && inputs.entities[inputs.entityAt[o - 1]!]!.type === 'person') return referentEnding(o - 1, floor);
    }
    // «Газпром» in quotation marks is a name: the closing mark after a short quotation is skipped.
    if (quoteOf[k]! >= 0 && t.kind === 'punct' && quotations[quoteOf[k]!]!.words <= 3 && k - 1 >= floor && inputs.entityAt[k - 1]! >= 0) return referentEnding(k - 1, floor);
    if (quoteOf[k]! >= 0 && !(t.kind === 'word' && inputs.entityAt[k]! >= 0 && quotations[quoteOf[k]!]!.words <= 3)) return null;
    const ent = inputs.entityAt[k]!;
    if (ent >= 0) {
      const e = inputs.entities[ent]!;
      let s = k;
      while (s - 1 >= floor && inputs.entityAt[s - 1] === ent) s--;
      // "a spokesperson for Johnson said", "помощник у Путина": a name after a preposition is no subject.
      // Also over the title before it: "a spokesman for Senate Majority Leader Mitch McConnell said".
      let b = s - 1;
      // And over a title's period: "Advisers to Mr. Bloomberg acknowledged".
      while (b >= floor && b >= s - 5 && ((tokens[b]!.kind === 'word' && tokens[b]!.cap && !tokens[b]!.cyr && /^[A-Z]/.test(tokens[b]!.text) && !OBJECT_PREPOSITIONS.has(tokens[b]!.lower)) || (tokens[b]!.text === '.' && tokens[b - 1]?.kind === 'word' && tokens[b - 1]!.cap))) b--;
      const before = tokens[s - 1];
      if (before && s - 1 >= floor && before.kind === 'word' && OBJECT_PREPOSITIONS.has(before.lower)) return null;
      // "a spokeswoman for the Bloomberg campaign said": over "the" too.
      if (before?.lower === 'the' && s - 2 >= floor && tokens[s - 2]!.kind === 'word' && OBJECT_PREPOSITIONS.has(tokens[s - 2]!.lower)) return null;
      if (b < s - 1 && b >= floor && tokens[b]!.kind === 'word' && OBJECT_PREPOSITIONS.has(tokens[b]!.lower)) return null;
      if (e.type === 'place') {
        // "МИД России заявили": the organisation before its country's name.
        const org = s - 1 >= floor ? inputs.entityAt[s - 1]! : -1;
        if (t.cyr && org >= 0 && inputs.entities[org]!.type === 'org') return referentEnding(s - 1, floor);
        // "The US Embassy in Georgia said": the place is a modifier; the subject is before it.
        const prep = tokens[s - 1];
        if (prep && s - 1 >= floor && prep.kind === 'word' && PLACE_PREPOSITIONS.has(prep.lower)) return referentEnding(s - 2, floor);
      }
      return { kind: 'name', entity: ent, tokStart: s, tokEnd: k + 1 };
    }
    if (t.kind !== 'word') return null;
    const pron = t.cyr ? RU_PRONOUNS[t.lower] : EN_PRONOUNS[t.lower];
    if (pron) return { kind: 'pronoun', gender: pron, tokStart: k, tokEnd: k + 1 };
    if (!t.cyr && (t.lower === 'who' || t.lower === 'which')) return relativeAntecedent(k, floor);
    if (t.cyr && /^котор(ый|ая|ые)$/.test(t.lower)) return relativeAntecedent(k, floor);
    // "a spokesperson for the mayor said", "an aide to the minister told": a role after a preposition is
    // the object of one, not the subject.
    const afterPreposition = (r: Referent): Referent | null => {
      const p = tokens[r.tokStart - 1];
      return p && r.tokStart - 1 >= floor && p.kind === 'word' && OBJECT_PREPOSITIONS.has(p.lower) ? null : r;
    };
    const role = roleEndingAt(k, floor);
    if (role) return afterPreposition(role);
    if (!t.cyr && ORG_NOMINALS_EN.has(t.lower) && tokens[k - 1]?.lower === 'the') return afterPreposition({ kind: 'nominal-org', head: t.lower, tokStart: k - 1, tokEnd: k + 1 });
    // "В ведомстве добавили": the ministry last named.
    if (t.cyr && ORG_NOMINALS_RU[t.lower] && /^(в|во)$/.test(tokens[k - 1]?.lower ?? '') && k - 1 >= floor) return { kind: 'nominal-org', head: ORG_NOMINALS_RU[t.lower]!, tokStart: k, tokEnd: k + 1 };
    // "the 69-year-old told supporters": an age standing for the person last named.
    if (!t.cyr && t.lower === 'year-old' && tokens[k - 1]?.text === '-' && tokens[k - 2]?.kind === 'num' && tokens[k - 3]?.lower === 'the' && k - 3 >= floor) {
      return afterPreposition({ kind: 'pronoun', gender: 'x', tokStart: k - 3, tokEnd: k + 1 });
    }
    return null;
  };

  const roleEndingAt = (k: number, floor: number): Referent | null => {
    // The head is the last word, or followed by "of X" / a Russian genitive; try heads a few tokens back.
    for (let h = k; h >= floor && h >= k - 5; h--) {
      const role = roleAt(ctx, h, inputs);
      if (role && role.tokEnd === k + 1 && role.tokStart >= floor) return { kind: 'role', role, tokStart: role.tokStart, tokEnd: role.tokEnd };
    }
    return null;
  };

  /** "…, who said" / "…, который заявил": the name right before the comma. */
  const relativeAntecedent = (k: number, floor: number): Referent | null => {
    if (tokens[k - 1]?.text !== ',') return null;
    const r = referentEnding(k - 2, floor);
    return r && r.kind === 'name' ? { ...r } : null;
  };

  const referentAfter = (k: number, ceil: number): Referent | null => {
    let j = k;
    while (j < ceil && tokens[j]!.kind === 'word' && (tokens[j]!.cyr ? RU_CUE_ADVERBS.has(tokens[j]!.lower) : false)) j++;
    if (j < ceil && !tokens[j]!.cyr && tokens[j]!.lower === 'the' && inputs.entityAt[j + 1]! >= 0) j++;
    if (j >= ceil || quoteOf[j]! >= 0) return null;
    const t = tokens[j]!;
    const ent = inputs.entityAt[j]!;
    if (ent >= 0) {
      let e = j;
      while (e + 1 < ceil && inputs.entityAt[e + 1] === ent) e++;
      // "Kremlin spokesman Dmitry Peskov": the person the organisation's role word introduces.
      if (inputs.entities[ent]!.type !== 'person') {
        for (let n = e + 1; n < ceil && n <= e + 3; n++) {
          const p = inputs.entityAt[n]!;
          if (p >= 0) {
            if (inputs.entities[p]!.type === 'person') return referentAfter(n, ceil);
            break;
          }
          if (tokens[n]!.kind !== 'word' || !roleWord(tokens[n]!)) break;
        }
      }
      return { kind: 'name', entity: ent, tokStart: j, tokEnd: e + 1 };
    }
    if (t.kind !== 'word') return null;
    const pron = t.cyr ? RU_PRONOUNS[t.lower] : EN_PRONOUNS[t.lower];
    if (pron) return { kind: 'pronoun', gender: pron, tokStart: j, tokEnd: j + 1 };
    // "заявили в МИД", "сообщили в Кремле": the organisation that speaks.
    if (t.cyr && (t.lower === 'в' || t.lower === 'во') && j + 1 < ceil) {
      if (tokens[j + 1]!.text === '«' || tokens[j + 1]!.text === '"') j++;
      const org = inputs.entityAt[j + 1]!;
      if (org >= 0 && inputs.entities[org]!.type === 'org') {
        let e = j + 1;
        while (e + 1 < ceil && inputs.entityAt[e + 1] === org) e++;
        return { kind: 'name', entity: org, tokStart: j + 1, tokEnd: e + 1 };
      }
      const nominal = ORG_NOMINALS_RU[tokens[j + 1]!.lower];
      if (nominal) return { kind: 'nominal-org', head: nominal, tokStart: j + 1, tokEnd: j + 2 };
      return null;
    }
    // "сообщила радиостанция «Голос Америки»", "сообщает агентство Интерфакс": a descriptor, then the name.
    if (t.cyr && !t.cap && ruOrgWord(t.lower) && j + 1 < ceil) {
      let n = j + 1;
      if (tokens[n]!.text === '«' || tokens[n]!.text === '"') n++;
      const org = inputs.entityAt[n];
      if (org !== undefined && org >= 0 && inputs.entities[org]!.type === 'org') {
        let e = n;
        while (e + 1 < ceil && inputs.entityAt[e + 1] === org) e++;
        return { kind: 'name', entity: org, tokStart: n, tokEnd: e + 1 };
      }
    }
    if (t.cyr && ORG_NOMINALS_RU[t.lower]) return { kind: 'nominal-org', head: ORG_NOMINALS_RU[t.lower]!, tokStart: j, tokEnd: j + 1 };
    // "said the minister", "said Dmitry Peskov, the Kremlin spokesman", "заявил глава МИД Сергей Лавров".
    for (let h = j; h < ceil && h <= j + 4; h++) {
      const role = roleAt(ctx, h, inputs);
      if (!role || role.tokStart !== j) continue;
      // A name right after the role is the speaker itself.
      let n = role.tokEnd;
      if (tokens[n]?.text === ',' ) n++;
      const named = inputs.entityAt[n];
      if (named !== undefined && named >= 0 && inputs.entities[named]!.type === 'person' && n < ceil) {
        let e = n;
        while (e + 1 < ceil && inputs.entityAt[e + 1] === named) e++;
        return { kind: 'name', entity: named, tokStart: n, tokEnd: e + 1 };
      }
      return { kind: 'role', role, tokStart: role.tokStart, tokEnd: role.tokEnd };
    }
    // "пояснила вице-спикер Ирина Яровая": a role word the lists lack, then the person's name.
    if (t.cyr && !t.cap) {
      for (let n = j + 1; n < ceil && n <= j + 2; n++) {
        const p = inputs.entityAt[n]!;
        if (p >= 0 && inputs.entities[p]!.type === 'person') {
          let e = n;
          while (e + 1 < ceil && inputs.entityAt[e + 1] === p) e++;
          return { kind: 'name', entity: p, tokStart: n, tokEnd: e + 1 };
        }
        if (tokens[n]!.kind !== 'word' || tokens[n]!.cap) break;
      }
    }
    if (!t.cyr && t.lower === 'the' && ORG_NOMINALS_EN.has(tokens[j + 1]?.lower ?? '')) return { kind: 'nominal-org', head: tokens[j + 1]!.lower, tokStart: j, tokEnd: j + 2 };
    return null;
  };

  const roleWord = (t: Token): boolean => (t.cyr ? ruRoleLemma(t.lower) !== undefined : EN_PERSON_ROLES.has(t.lower) || t.lower === 'prime');

  const compatible = (entity: number, gender: 'm' | 'f' | 'p' | 'x'): boolean => {
    const e = inputs.entities[entity]!;
    if (gender === 'p') return e.type === 'org';
    return e.type === 'person' && (gender === 'x' || e.gender === undefined || e.gender === gender);
  };

  /** Named persons/organisations mentioned in a token range, in order, distinct. */
  const namedIn = (from: number, to: number): number[] => {
    const seen: number[] = [];
    for (let k = from; k < to; k++) {
      const ent = inputs.entityAt[k]!;
      if (ent >= 0 && inputs.entities[ent]!.type !== 'place' && !seen.includes(ent)) seen.push(ent);
    }
    return seen;
  };

  const resolvePronoun = (st: number, r: Extract<Referent, { kind: 'pronoun' }>, cueGender: 'm' | 'f' | 'p' | undefined): number | null => {
    const gender = r.gender === 'p' ? 'p' : cueGender && cueGender !== 'p' && r.gender !== 'x' ? cueGender : r.gender;
    if (gender === 'p') return null; // "they": a group more often than one organisation
    const here = namedIn(statements[st]!.tokStart, r.tokStart).filter((e) => compatible(e, gender));
    if (here.length > 0) return here.length === 1 ? here[0]! : null;
    const block = statements[st]!.block;
    for (let p = st - 1; p >= 0 && p >= st - 3; p--) {
      const prev = statements[p]!;
      if (prev.figure) continue;
      if (prev.heading) break;
      // Within the paragraph, or the previous one.
      if (block >= 0 && prev.block >= 0 && block - prev.block > 1) break;
      const said = out[p];
      // A cue there whose source could not be named: "he" may well be that source.
      if (!said && blocked[p]) return null;
      if (said && compatible(said.entity, gender)) return said.entity;
      const named = namedIn(prev.tokStart, prev.tokEnd).filter((e) => compatible(e, gender));
      if (named.length > 0) return named.length === 1 && !said ? named[0]! : null;
      if (said) return null;
    }
    return null;
  };

  const resolveRole = (role: RolePhrase, at: number): number | null => {
    if (role.indefinite) return null;
    // The bindings before it, the latest 200 at most (a long text stays linear).
    let hi = bindings.length;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bindings[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    const found = new Set<number>();
    let latest = -1;
    for (let b = lo - 1; b >= 0 && b >= lo - 200; b--) {
      if (!rolesMatch(role, bindings[b]!.role)) continue;
      if (latest < 0) latest = b;
      found.add(bindings[b]!.entity);
    }
    if (found.size === 1) return [...found][0]!;
    // Two spokesmen in the text, but one named in the statement just before: "State Department spokesman
    // Matthew Miller said… The spokesman told reporters…" is him.
    // Only when that statement binds the role to no one else ("Sen. John McCain and Sen. Jeff Flake met… The
    // senator said" is either).
    if (latest >= 0 && tokens[bindings[latest]!.at]!.statement >= tokens[at]!.statement - 1) {
      const near = bindings[latest]!.entity;
      const from = tokens[at]!.statement - 1;
      for (let b = latest - 1; b >= 0 && tokens[bindings[b]!.at]!.statement >= from; b--) if (bindings[b]!.entity !== near && rolesMatch(role, bindings[b]!.role)) return null;
      return near;
    }
    return null;
  };

  const resolveNominalOrg = (head: string, at: number): number | null => {
    const found = new Set<number>();
    for (const e of inputs.entities) {
      if (e.type !== 'org' || e.first >= at) continue;
      const name = e.name.toLowerCase();
      // "в ведомстве" after "Минфин России": a ministry's short name (Минфин, Минобороны, МИД) is one too.
      if (head === 'министерство' ? /министерств|^мин[а-яё]|^мид(\s|$)/.test(name) : name.includes(head)) found.add(e.id);
    }
    if (found.size !== 1) return null;
    // "the campaign": only where the text names one candidate's campaign however written ("the Clinton
    // campaign disputed…" counts though no speaker's subject).
    if (head === 'campaign') {
      const named = new Set<string>();
      for (let k = 1; k < at; k++) {
        if (tokens[k]!.lower !== 'campaign') continue;
        const p = tokens[k - 1]!.text === "'" || tokens[k - 1]!.text === '’' ? tokens[k - 2] : tokens[k - 1];
        if (p && p.kind === 'word' && p.cap) named.add(p.lower.replace(/['’]s$/, ''));
      }
      if (named.size > 1) return null;
    }
    return [...found][0]!;
  };

  const resolve = (st: number, r: Referent, cueGender?: 'm' | 'f' | 'p'): { entity: number; reference: boolean } | null => {
    switch (r.kind) {
      case 'name':
        return { entity: r.entity, reference: false };
      case 'pronoun': {
        const e = resolvePronoun(st, r, cueGender);
        return e === null ? null : { entity: e, reference: true };
      }
      case 'role': {
        const e = resolveRole(r.role, r.tokStart);
        if (e !== null) inputs.resolvedRoles.push({ role: r.role, entity: e });
        return e === null ? null : { entity: e, reference: true };
      }
      case 'nominal-org': {
        const e = resolveNominalOrg(r.head, r.tokStart);
        return e === null ? null : { entity: e, reference: true };
      }
    }
  };

  const quoteWords = (st: number): number => {
    let n = 0;
    const s = statements[st]!;
    for (let k = s.tokStart; k < s.tokEnd; k++) if (quoteOf[k]! >= 0 && tokens[k]!.kind === 'word') n++;
    return n;
  };

  /** The attribution a statement makes by itself, or null; `found` says a cue was there at all. */
  const attribute = (st: number): { a: Attribution | null; cueSeen: boolean } => {
    const s = statements[st]!;
    const from = s.tokStart;
    const to = s.tokEnd;
    let cueSeen = false;
    // "Лавров: Москва готова к диалогу", "Putin: ‘We will win’": a headline's name and colon.
    const opening = inputs.entityAt[from]!;
    if (opening >= 0 && inputs.entities[opening]!.type !== 'place') {
      let e = from;
      while (e + 1 < to && inputs.entityAt[e + 1] === opening) e++;
      if (tokens[e + 1]?.text === ':' && e + 2 < to) {
        return { a: { statement: st, entity: opening, kind: 'direct', source: { tokStart: from, tokEnd: e + 1 } }, cueSeen: true };
      }
    }
    for (let k = from; k < to; k++) {
      if (quoteOf[k]! >= 0) continue;
      const t = tokens[k]!;
      if (t.kind !== 'word') continue;
      // "according to X" / "по словам X", "по данным X".
      if (!t.cyr && t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
        cueSeen = true;
        let r = referentAfter(k + 2, to);
        // "according to a statement from the Kremlin", "according to a report by Reuters".
        for (let n = k + 2; !r && n < to && n <= k + 6; n++) {
          if (/^(from|by|of)$/.test(tokens[n]!.lower)) r = referentAfter(n + 1, to);
          if (tokens[n]!.kind !== 'word') break;
        }
        if (r && r.kind !== 'name') r = null;
        const res = r ? resolve(st, r) : null;
        if (r && res) return { a: make(st, res, r, k, k + 2, 'reported'), cueSeen };
        // "according to official data", "according to court documents": no person, so no pronoun after it
        // may stand for the source (the statement is not held as a speech by someone unnamed).
        if (!r && documentAfter(k + 2, to)) cueSeen = false;
        continue;
      }
      if (t.cyr && t.lower === 'по' && RU_POSSESSIVES[tokens[k + 1]?.lower ?? ''] && RU_ACCORDING_NOUNS.has(tokens[k + 2]?.lower ?? '')) {
        // "по его словам": a pronoun.
        cueSeen = true;
        const r: Referent = { kind: 'pronoun', gender: RU_POSSESSIVES[tokens[k + 1]!.lower]!, tokStart: k + 1, tokEnd: k + 2 };
        const res = resolve(st, r);
        if (res) return { a: make(st, res, r, k, k + 3, 'reported'), cueSeen };
        continue;
      }
      if (t.cyr && t.lower === 'по' && RU_ACCORDING_NOUNS.has(tokens[k + 1]?.lower ?? '')) {
        cueSeen = true;
        const r = referentAfter(k + 2, to);
        const res = r ? resolve(st, r) : null;
        if (r && res) return { a: make(st, res, r, k, k + 2, 'reported'), cueSeen };
        continue;
      }
      if (isParticipleCue(t) && tokens[k - 1]?.text === ',') {
        // "Putin welcomed Aliyev, noting that…": the subject of the clause.
        const r = clauseSubject(st, k);
        if (r) {
          cueSeen = true;
          const res = resolve(st, r);
          if (res) return { a: make(st, res, r, k, k + 1, kindFor(st, Math.min(k, r.tokStart), Math.max(k + 1, r.tokEnd))), cueSeen };
        }
        continue;
      }
      const len = cueLength(tokens, k);
      if (len === 0) continue;
      const cueEnd = k + len;
      const lower = t.lower;
      if (!t.cyr) {
        // "he was told", "the so-called": not the subject speaking.
        if (EN_PASSIVE.has(tokens[k - 1]?.lower ?? '') && lower !== 'quoted') continue;
        if (tokens[k - 1]?.lower === 'so') continue;
        // "struggled to respond", "declined to say", "is expected to announce": no speech reported yet.
        if (tokens[k - 1]?.lower === 'to' && len === 1) continue;
        // "called the vote a sham" names; "called for talks", "called on Moscow" urge.
        const naming = NAMING_CUES.has(lower) && !/^(for|on|off|up|in|back|out)$/.test(tokens[cueEnd]?.lower ?? '');
        if (len === 1 && isWeakEnCue(lower) && !speechFollows(cueEnd, 'that') && !naming && !thatAfterPhrase(cueEnd) && !quotedBefore(k)) continue;
      } else if (RU_WEAK_CUES.has(lower) && !speechFollows(cueEnd, 'что') && !(tokens[k - 1]?.text === '—' || quoteOf[k - 1]! >= 0 || tokens[k - 2] && quoteOf[k - 2]! >= 0)) continue;
      cueSeen = true;
      const gender = t.cyr ? ruCueGender(lower) : undefined;
      const prevTok = tokens[k - 1];
      const inverted = prevTok !== undefined && (prevTok.text === ',' || prevTok.text === '—' || prevTok.text === '–' || quoteOf[k - 1]! >= 0 || (prevTok.kind === 'word' && prevTok.lower === 'как'));
      let r: Referent | null = null;
      if (inverted) {
        r = referentAfter(cueEnd, to);
        // English inverts only a short subject that ends the clause: `…, said Peskov.`, not `…, said Kazakhstan was`.
        if (r && !t.cyr) {
          // "said Rep. Doug Collins of Georgia, the top Republican": the subject's place goes with it.
          let after = r.tokEnd;
          const place = tokens[after]?.lower === 'of' ? inputs.entityAt[after + 1]! : -1;
          if (place >= 0 && inputs.entities[place]!.type === 'place') {
            after += 1;
            while (inputs.entityAt[after] === place) after++;
          }
          if (tokens[after] && tokens[after]!.statement === st && tokens[after]!.kind !== 'punct') r = null;
          // `…, said Rubio "cares more…"`: a quotation opening right after the name is what is said of it.
          const q = tokens[after];
          if (r && q && q.statement === st && (q.text === '“' || q.text === '"') && tokens[after + 1]?.kind === 'word' && tokens[after + 1]!.start === q.end) r = null;
        }
      }
      if (!r && k - 1 >= from) r = referentBefore(k - 1, from);
      // Russian puts the subject after the verb freely ("Об этом заявил Песков"), when none stands before it.
      if (!r && t.cyr && !inverted && !subjectBefore(k, from)) r = referentAfter(cueEnd, to);
      // The first cue of a statement is its main one: when its source cannot be named, a cue inside its
      // content ("Officials said Putin told…") is not the statement's source either.
      if (!r) return { a: null, cueSeen };
      if (!t.cyr && r.kind === 'name' && NOT_SPEAKER_EN.has(tokens[r.tokStart]!.lower)) return { a: null, cueSeen };
      const res = resolve(st, r, gender);
      if (!res) return { a: null, cueSeen };
      return { a: make(st, res, r, k, cueEnd, kindFor(st, Math.min(k, r.tokStart), Math.max(cueEnd, r.tokEnd))), cueSeen };
    }
    return { a: null, cueSeen };
  };

  /** "that"/"что", a colon or a quotation right after a cue: speech follows. */
  const speechFollows = (k: number, that: string): boolean => {
    const next = tokens[k];
    if (!next) return false;
    if (next.lower === that || next.text === ':' || quoteOf[k]! >= 0) return true;
    return next.text === ',' && (tokens[k + 1]?.lower === that || quoteOf[k + 1]! >= 0);
  };

  /** A record, not a person, in the few words after "according to": "official data", "preliminary results". */
  const documentAfter = (k: number, to: number): boolean => {
    for (let n = k; n < to && n <= k + 4; n++) {
      const t = tokens[n]!;
      if (t.kind !== 'word' || inputs.entityAt[n]! >= 0) return false;
      if (EN_DOCUMENT_NOUNS.has(t.lower)) return true;
    }
    return false;
  };

  /** "tweeted on Sunday that", "testified before Congress that": a short phrase, then "that" or a colon. */
  const thatAfterPhrase = (k: number): boolean => {
    if (!/^(on|in|to|before|at|during|after|late|earlier|again)$/.test(tokens[k]?.lower ?? '')) return false;
    for (let n = k + 1; n < tokens.length && n <= k + 6 && tokens[n]!.statement === tokens[k]!.statement; n++) {
      const t = tokens[n]!;
      if (t.lower === 'that' || t.text === ':') return true;
      if (t.kind === 'punct' || quoteOf[n]! >= 0) return false;
    }
    return false;
  };

  /** `"…," Trump tweeted`, `"…," he later testified`: a quotation just before the cue and its subject. */
  const quotedBefore = (k: number): boolean => {
    for (let n = k - 1; n >= 0 && n >= k - 4 && tokens[n]!.statement === tokens[k]!.statement; n--) {
      if (quoteOf[n]! >= 0) return true;
      if (tokens[n]!.kind !== 'word' && tokens[n]!.text !== ',') return false;
    }
    return false;
  };

  /** Whether a word that could be a subject (a noun, not a conjunction or adverb) stands right before the cue. */
  const subjectBefore = (k: number, from: number): boolean => {
    const p = tokens[k - 1];
    if (!p || k - 1 < from || p.kind !== 'word') return false;
    return inputs.entityAt[k - 1]! >= 0 || RU_PRONOUNS[p.lower] !== undefined || /^котор/.test(p.lower);
  };

  /** The subject of the statement's main clause: its first words, or those after an opening phrase and comma. */
  const clauseSubject = (st: number, limit: number): Referent | null => {
    const s = statements[st]!;
    let k = s.tokStart;
    while (k < limit && quoteOf[k]! >= 0) k++;
    const first = referentStarting(k, limit);
    if (first) return first;
    for (let c = k; c < limit && c < k + 14; c++) {
      if (tokens[c]!.text === ',') return referentStarting(c + 1, limit);
    }
    return null;
  };

  const referentStarting = (k: number, limit: number): Referent | null => {
    if (k >= limit) return null;
    const ent = inputs.entityAt[k]!;
    if (ent >= 0) {
      let e = k;
      while (e + 1 < limit && inputs.entityAt[e + 1] === ent) e++;
      return inputs.entities[ent]!.type === 'place' ? null : { kind: 'name', entity: ent, tokStart: k, tokEnd: e + 1 };
    }
    const t = tokens[k]!;
    const pron = t.cyr ? RU_PRONOUNS[t.lower] : EN_PRONOUNS[t.lower];
    if (pron) return { kind: 'pronoun', gender: pron, tokStart: k, tokEnd: k + 1 };
    for (let h = k; h < limit && h <= k + 4; h++) {
      const role = roleAt(ctx, h, inputs);
      if (role && role.tokStart === k) {
        const n = role.tokEnd;
        const named = inputs.entityAt[n];
        if (named !== undefined && named >= 0 && inputs.entities[named]!.type === 'person') return referentStarting(n, limit);
        return { kind: 'role', role, tokStart: k, tokEnd: role.tokEnd };
      }
    }
    return null;
  };

  const kindFor = (st: number, cueStart: number, cueEnd: number): SpeakerKind => {
    // Direct when a quotation touches the cue (through a comma, colon or dash) or fills most of the statement.
    // A quotation of a few words at least: «Газпроме» in guillemets is a name, not a quotation.
    const near = (k: number): boolean => k >= 0 && k < tokens.length && tokens[k]!.statement === st && quoteOf[k]! >= 0 && quotations[quoteOf[k]!]!.words >= 3;
    for (let d = 1; d <= 3; d++) if (near(cueStart - d) || near(cueEnd - 1 + d)) return 'direct';
    return 'reported';
  };

  const make = (st: number, res: { entity: number; reference: boolean }, r: Referent, cueStart: number, cueEnd: number, kind: SpeakerKind): Attribution => ({
    statement: st,
    entity: res.entity,
    kind: res.reference ? 'reference' : kind,
    cue: { tokStart: cueStart, tokEnd: cueEnd },
    source: { tokStart: r.tokStart, tokEnd: r.tokEnd },
  });

  for (let st = 0; st < statements.length; st++) {
    const s = statements[st]!;
    if (s.figure) continue;
    const { a, cueSeen } = attribute(st);
    if (a) out[st] = a;
    else if (cueSeen) blocked[st] = 1;
  }

  // A quotation's statements share the speaker of the statement whose cue touches it.
  for (const q of quotations) {
    if (q.firstStatement < 0 || q.lastStatement <= q.firstStatement) continue;
    let speaker: Attribution | null = null;
    for (let st = q.firstStatement; st <= q.lastStatement; st++) {
      const a = out[st];
      if (a && (a.kind === 'direct' || a.kind === 'reference') && quoteTouchesCue(a, q.id)) {
        speaker = a;
        break;
      }
    }
    if (!speaker) continue;
    for (let st = q.firstStatement; st <= q.lastStatement; st++) {
      if (out[st] || blocked[st] || statements[st]!.figure) continue;
      out[st] = { ...speaker, statement: st, kind: 'continued' };
    }
  }

  // `"…," Putin said. "…"`: a statement that is only a quotation, right after a quoted statement with a
  // speaker in the same paragraph, goes on with that speaker.
  // `Putin said:` then a quotation or a block quote: the statements it introduces are his.
  const blockKind = (st: number): string | undefined => {
    const b = statements[st]!.block;
    return b >= 0 ? ctx.blocks[b]?.kind : undefined;
  };
  const endsWithColon = (st: number): boolean => {
    const s = statements[st]!;
    return s.tokEnd > s.tokStart && tokens[s.tokEnd - 1]!.text === ':';
  };
  for (let st = 1; st < statements.length; st++) {
    if (out[st] || blocked[st]) continue;
    const prev = out[st - 1];
    const s = statements[st]!;
    if (!prev || s.block < 0) continue;
    const introduced = prev.kind !== 'continued' ? endsWithColon(st - 1) : blockKind(st) === 'quote' && blockKind(st - 1) === 'quote';
    if (introduced && (onlyQuotation(st) || blockKind(st) === 'quote')) {
      out[st] = { ...prev, statement: st, kind: 'continued' };
      continue;
    }
    if (prev.kind === 'reported') continue;
    // In the same paragraph, or opening the next one (a quoted paragraph after an attributed quotation).
    const prevBlock = statements[st - 1]!.block;
    if (prevBlock !== s.block && !(s.block === prevBlock + 1 && quoteOf[s.tokStart]! >= 0)) continue;
    if (!onlyQuotation(st)) continue;
    if (quoteWords(st - 1) === 0) continue;
    out[st] = { ...prev, statement: st, kind: 'continued' };
  }

  function quoteTouchesCue(a: Attribution, q: number): boolean {
    if (!a.cue) return false;
    for (let d = 1; d <= 4; d++) {
      if (quoteOf[a.cue.tokStart - d] === q || quoteOf[a.cue.tokEnd - 1 + d] === q) return true;
    }
    return quoteOf[a.source.tokStart - 1] === q || quoteOf[a.source.tokStart - 2] === q || quoteOf[a.source.tokEnd] === q || quoteOf[a.source.tokEnd + 1] === q;
  }

  function onlyQuotation(st: number): boolean {
    const s = statements[st]!;
    let words = 0;
    for (let k = s.tokStart; k < s.tokEnd; k++) {
      const t = tokens[k]!;
      if (t.kind === 'word' || t.kind === 'num') {
        if (quoteOf[k]! < 0) return false;
        words++;
      }
    }
    return words > 0;
  }

  return out.filter((a): a is Attribution => a !== null);
}
