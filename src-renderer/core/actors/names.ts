// Named entities (people, organisations, places) from runs of capitalised words: each run is cut where a
// known place, organisation or first name starts, then typed by gazetteers, head words ("Ministry",
// "министерство"), titles before it ("President", "Mr"), the shape of Russian surnames and what follows it
// (a cue verb says a person). Mentions are merged into entities in merge.ts.
import type { Context } from './context';
import {
  EN_FUNCTION_WORDS, EN_KNOWN_ORGS, EN_ORG_WORDS, EN_PERSON_TITLE_WORDS, EN_PLACE_ACRONYMS, EN_PLACE_WORDS, EN_PLACES, EN_TITLES,
  EN_NATIONALITY, EN_PERSON_ROLES, EN_MONTHS, EN_TITLE_ABBREVIATIONS,
} from './lexicon-en';
import { RU_FUNCTION_WORDS, RU_PLACE_ACRONYMS, RU_MONTHS, RU_NATIONALITY } from './lexicon-ru';
import {
  bare, enFirstName, knownOrg, knownPlace, placeAt, POSSESSIVE, ruFirstName, ruKnownOrg, ruOrgWordForms, ruPlaceForms, ruPlaceWordForms,
  ruOrgWord, ruRoleLemma,
} from './gazetteer';
import { readSurname, isAdjectiveForm } from './russian-morph';
import { cueLength, isCueToken } from './cues';
import type { Token } from './tokens';
import { PARTY_TAG_WORD } from './us-states';

export type NameType = 'person' | 'org' | 'place';

/** A mention of a name: a token range and its type; merge.ts gives it its entity's name. */
export interface NameMention {
  type: NameType;
  tokStart: number;
  tokEnd: number;
  ru: boolean;
  gender?: 'm' | 'f';
  /** A title or role word right before it ("President", "министр"), lower case. */
  title?: string;
  /** A description standing for an organisation ("China's foreign ministry"), not its name. */
  nominal?: boolean;
  /** Its normalised name when not the words as written ("Sanders' campaign" is "Sanders campaign"). */
  name?: string;
}

const CONNECTORS_EN = new Set(['of', 'for', 'de', 'del', 'da', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du']);
/** Particles inside Russian renderings of foreign names: "Урсула фон дер Ляйен", "Абу Бакр аль-Багдади". */
const CONNECTORS_RU = new Set(['фон', 'дер', 'ван', 'де', 'да', 'ди', 'дю', 'ле', 'ла', 'бен', 'бин', 'ибн']);
/** A single capital letter followed by a period: an initial ("V.", "В."). */
function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const dot = tokens[i + 1];
  return t.kind === 'word' && t.cap && t.text.length === 1 && dot !== undefined && dot.text === '.' && dot.start === t.end;
}

/** Tokens that open a clause: a capital after them says nothing about a name. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || prev.statement !== tok.statement) return true;
  if (prev.kind !== 'punct') return false;
  if ('“«„"(:—–-•[…'.includes(prev.text)) return i < 2 || tokens[i - 2]!.statement !== tok.statement || opensClause(tokens, i - 1) || prev.text === ':';
  return false;
}

function isFunctionWord(tok: Token): boolean {
  return tok.cyr ? RU_FUNCTION_WORDS.has(tok.lower) : EN_FUNCTION_WORDS.has(tok.lower);
}

function capWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.cap;
}

/** Whether a capitalised word may open a name here (not a common word opening a sentence). */
function mayOpen(ctx: Context, i: number): boolean {
  const tokens = ctx.tokens;
  const tok = tokens[i]!;
  if (!capWord(tok)) return false;
  if (tok.text.length === 1 && !isInitial(tokens, i)) return false;
  // "(R-Ariz.)", "(D-N.Y.)": a legislator's party and state, no name.
  if (!tok.cyr && PARTY_TAG_WORD.test(tok.text)) return false;
  const lower = bare(tok);
  const known = tok.cyr ? ruPlaceForms.has(lower) || ruFirstName(lower) !== undefined : EN_PLACES.has(lower) || enFirstName(lower) !== undefined || EN_KNOWN_ORGS.has(lower);
  if (known) return true;
  // "New York", "New Zealand": a known place of several words opens with a common word.
  if (!tok.cyr && capWord(tokens[i + 1]) && placeAt(tokens, i, i + 3) > i + 1) return true;
  if (tok.acronym) return true;
  if (isInitial(tokens, i) && capWord(tokens[i + 2])) return true;
  // "the Foreign Ministry", "the Foreign Office": a common word opening an organisation's name.
  if (!tok.cyr && tok.lower === 'foreign' && capWord(tokens[i + 1]) && /^(ministry|office|affairs|service)$/.test(tokens[i + 1]!.lower)) return true;
  if (isFunctionWord(tok) || (tok.cyr ? RU_MONTHS.has(tok.lower) : EN_MONTHS.has(tok.lower))) return false;
  if (opensClause(tokens, i)) return !ctx.lowerSeen.has(lower) && !ctx.lowerSeen.has(tok.lower);
  return true;
}

/** Runs of capitalised words (with initials and inner connectors), as token ranges. */
function capitalRuns(ctx: Context): [number, number][] {
  const tokens = ctx.tokens;
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!mayOpen(ctx, i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const t = tokens[j];
      if (!t || t.statement !== tokens[i]!.statement) break;
      if (isInitial(tokens, j)) {
        j += 2;
        continue;
      }
      // "Majed al-Ansari", "Abu Bakr al-Baghdadi": an Arabic article joined to the capitalised word after it.
      if ((capWord(t) && (j === i || !isFunctionWord(t) || t.acronym)) || (j > i && t.kind === 'word' && /^(al|el|ad|as|ash|az|ibn|bin|bint)-\p{Lu}/u.test(t.text))) {
        j++;
        if (POSSESSIVE.test(t.text)) break;
        continue;
      }
      // "Bank of England", "Republic of Azerbaijan": a connector between two capitalised words.
      // Also after a title: "Senator Elizabeth Warren of Massachusetts", "Rep. Doug Collins of Georgia".
      const personRun = !tokens[i]!.cyr && (enFirstName(bare(tokens[i]!)) !== undefined || (j - i <= 4 && ((EN_TITLE_ABBREVIATIONS.has(bare(tokens[i]!)) && tokens[i + 1]?.text === '.') || (tokens[i - 1]?.text === '.' && EN_TITLE_ABBREVIATIONS.has(tokens[i - 2]?.lower ?? '')) || (EN_PERSON_TITLE_WORDS.has(bare(tokens[i]!)) && enFirstName(bare(tokens[i + 1]!)) !== undefined))));
      // "Commission on Human Rights", "Committee on Foreign Relations": "on" after a body's word.
      const onAfterBody = !personRun && t.lower === 'on' && j > i && ON_BODIES.has(bare(tokens[j - 1]!)) && capWord(tokens[j + 1]) && !EN_MONTHS.has(bare(tokens[j + 1]!)) && !EN_WEEKDAY_NAMES.has(bare(tokens[j + 1]!));
      if (onAfterBody) {
        j++;
        continue;
      }
      if (j > i && t.kind === 'word' && (CONNECTORS_EN.has(t.lower) || CONNECTORS_RU.has(t.lower)) && !(personRun && (t.lower === 'of' || t.lower === 'for'))) {
        // "von der Leyen": up to two connectors before the next capitalised word.
        const k = CONNECTORS_EN.has(tokens[j + 1]?.lower ?? '') || CONNECTORS_RU.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
        if (capWord(tokens[k]) && tokens[k]!.statement === t.statement) {
          j = k;
          continue;
        }
      }
      break;
    }
    // "Министерства иностранных дел", "Конституционного суда": a Russian organisation's head word and the
    // lower-case words of its name.
    if (j > i && tokens[j - 1]!.cyr) j = extendRuOrg(tokens, i, j);
    if (j > i && tokens[j - 1]!.cyr) j = extendRuPlace(tokens, i, j);
    // Drop trailing initials' dots and connectors.
    while (j > i && (tokens[j - 1]!.kind !== 'word' || CONNECTORS_EN.has(tokens[j - 1]!.lower) || CONNECTORS_RU.has(tokens[j - 1]!.lower))) {
      if (tokens[j - 1]!.text === '.' && j - 2 >= i && isInitial(tokens, j - 2) && j - 2 > i) break;
      j--;
    }
    if (j > i) runs.push([i, j]);
    i = Math.max(j, i + 1);
  }
  return runs;
}

/**
 * "Свердловской области", "Белом доме", "Тверской площади": a capitalised adjective and the lower-case word
 * of a place after it, or a known place of several words whose last is written in lower case.
 */
function extendRuPlace(tokens: readonly Token[], i: number, j: number): number {
  const next = tokens[j];
  if (!next || next.statement !== tokens[i]!.statement || next.kind !== 'word' || next.cap) return j;
  if (knownPlace(tokens, j - 1, j + 1)) return j + 1;
  if (isAdjectiveForm(tokens[j - 1]!.lower) && ruPlaceWordForms.has(next.lower)) return j + 1;
  return j;
}

/** Past-tense, present-tense and infinitive endings: a verb after an organisation's head ends its name. */
const RU_VERB_ENDING = /([аяиеыу]л[аои]?|шл[аои]?|ет|ит|ют|ят|ут|ть|ся|сь|шь)$/;
const RU_ADVERBS_A = new Set(['тогда', 'всегда', 'никогда', 'иногда', 'когда', 'сюда', 'туда', 'куда', 'отсюда', 'оттуда', 'года', 'лета', 'века', 'раза', 'дня', 'числа', 'утра', 'вечера', 'более', 'менее', 'очень', 'почти']);
const RU_GEN_ADJ = /(ого|его|ой|ей|ых|их)$/;
const RU_GEN_NOUN = /(а|я|ы|и|ов|ев|ей|ий|ств|ций)$/;
const RU_DAT_NOUN = /(ам|ям|у|ю|е|и|ию|ии)$/;

/** A lower-case word of an organisation's name after its head: a genitive adjective or noun, no verb. */
function ruTailWord(t: Token | undefined, st: number, dative: boolean): 'adj' | 'noun' | null {
  if (!t || t.statement !== st || t.kind !== 'word' || t.cap || t.text.length < 3) return null;
  if (RU_FUNCTION_WORDS.has(t.lower) || RU_ADVERBS_A.has(t.lower) || RU_VERB_ENDING.test(t.lower) || RU_MONTHS.has(t.lower)) return null;
  if ((dative ? /(ым|им|ой|ей|ому|ему)$/ : RU_GEN_ADJ).test(t.lower) && isAdjectiveForm(t.lower)) return 'adj';
  if (isAdjectiveForm(t.lower)) return null;
  return (dative ? RU_DAT_NOUN : RU_GEN_NOUN).test(t.lower) ? 'noun' : null;
}

/** A capitalised genitive that ends an organisation's name: a place, a known organisation, an acronym. */
function ruTailName(tokens: readonly Token[], k: number, st: number): number {
  const t = tokens[k];
  if (!t || t.statement !== st || !capWord(t) || !t.cyr) return k;
  // A country after the name is a place of its own ("Министерство внутренних дел | Пакистана").
  if (placeAt(tokens, k, tokens.length) > k) return k;
  if (t.acronym || ruKnownOrg(t.text) !== undefined || ruOrgWordForms.has(t.lower)) return k + 1;
  return k;
}

/**
 * The lower-case rest of a Russian organisation's name after its head: genitives ("сельского хозяйства и
 * пищевой промышленности", "муфтиев России"), "по" with its dative ("по иностранным делам"), "при" ("при
 * прокуратуре"), "имени" with a name; ends on a noun or a name, at most eight words.
 */
function ruOrgTail(tokens: readonly Token[], j: number, nounFirst = true): number {
  const st = tokens[j - 1]!.statement;
  let k = j;
  let end = j;
  const limit = j + 8;
  let inDative = false;
  while (k < limit) {
    const t = tokens[k];
    if (!t || t.statement !== st) break;
    // "имени Станиславского и Немировича-Данченко"
    if (t.lower === 'имени' && capWord(tokens[k + 1])) {
      k++;
      while (k < limit && (capWord(tokens[k]) || (tokens[k]?.lower === 'и' && capWord(tokens[k + 1])))) k++;
      end = k;
      break;
    }
    if (t.lower === 'по' || t.lower === 'при') inDative = true;
    else if (t.lower !== 'и') inDative = false;
    const dative = inDative;
    let m = t.lower === 'по' || t.lower === 'при' ? k + 1 : k;
    if (t.lower === 'и' && k > j) m = k + 1;
    else if (t.lower === 'и') break;
    // After "Конституционного суда" a bare genitive noun is more often the next phrase's ("суда комплекса").
    if (!nounFirst && k === j && !dative && ruTailWord(tokens[m], st, false) !== 'adj') break;
    let noun = false;
    while (m < limit) {
      const w = ruTailWord(tokens[m], st, dative);
      // After an adjective in the genitive the noun is in it too, whatever its ending ("внутренних дел").
      const afterAdj = m > k && w === null && tokens[m]?.kind === 'word' && !tokens[m]!.cap && tokens[m]!.statement === st && !isAdjectiveForm(tokens[m]!.lower) && !/(ет|ит|ют|ят|ть|ся|сь)$/.test(tokens[m]!.lower) && !RU_FUNCTION_WORDS.has(tokens[m]!.lower) && ruTailWord(tokens[m - 1], st, dative) === 'adj';
      if (w === 'adj') m++;
      else if (w === 'noun' || afterAdj) {
        m++;
        noun = true;
        break;
      } else break;
    }
    const named = !noun && !dative ? ruTailName(tokens, m, st) : m;
    if (named > m) {
      end = named;
      break;
    }
    if (!noun) break;
    k = end = m;
  }
  return end;
}

function extendRuOrg(tokens: readonly Token[], i: number, j: number): number {
  const st = tokens[i]!.statement;
  const last = tokens[j - 1]!;
  if (ruOrgWordForms.has(last.lower)) return ruOrgTail(tokens, j);
  // "Бюро США по патентам и товарным знакам", "Комитет Госдумы по обороне": a head, a name, then "по".
  if (j - i >= 2 && ruOrgWordForms.has(tokens[i]!.lower) && tokens[j]?.lower === 'по' && tokens[j]!.statement === st) {
    const end = ruOrgTail(tokens, j);
    if (end > j + 1) return end;
  }
  // Capitalised adjectives then lower-case ones and the head: "Европейского космического агентства",
  // "Конституционного суда". Names are singular, so a plural adjective ("Российские компании") is not one.
  if (!isAdjectiveForm(last.lower) || /(ые|ие|ых|их|ыми|ими)$/.test(last.lower)) return j;
  let k = j;
  while (k < j + 3 && tokens[k] && tokens[k]!.statement === st && tokens[k]!.kind === 'word' && !tokens[k]!.cap && isAdjectiveForm(tokens[k]!.lower) && !ruOrgWordForms.has(tokens[k]!.lower)) k++;
  const head = tokens[k];
  if (!head || head.statement !== st || head.kind !== 'word' || head.cap || !ruOrgWordForms.has(head.lower)) return j;
  return ruOrgTail(tokens, k + 1, false);
}

function titleBefore(tokens: readonly Token[], i: number): string | undefined {
  const prev = tokens[i - 1];
  if (!prev || prev.statement !== tokens[i]!.statement) return undefined;
  if (prev.text === '.' && tokens[i - 2] && (EN_TITLES.has(tokens[i - 2]!.lower) || EN_TITLE_ABBREVIATIONS.has(tokens[i - 2]!.lower))) return tokens[i - 2]!.lower;
  if (prev.kind !== 'word') return undefined;
  if (prev.cyr) return ruRoleLemma(prev.lower) ?? roleFurtherBack(tokens, i);
  if (EN_TITLES.has(prev.lower) || EN_PERSON_TITLE_WORDS.has(prev.lower) || EN_PERSON_ROLES.has(prev.lower)) return prev.lower;
  return undefined;
}

/**
 * "министр экономического развития Максим Решетников", "главой МИД Азербайджана Джейхуном Байрамовым": a
 * Russian role word a few words back, over the role's genitive (lower-case words, names of places and
 * organisations).
 */
function roleFurtherBack(tokens: readonly Token[], i: number): string | undefined {
  const st = tokens[i]!.statement;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k]!;
    if (t.statement !== st || t.kind !== 'word') return undefined;
    const role = ruRoleLemma(t.lower);
    if (role) return role;
    if (t.cap && !(ruPlaceForms.has(t.lower) || ruKnownOrg(t.text) !== undefined || t.acronym)) return undefined;
  }
  return undefined;
}

/** A cue right before, after a comma, a quotation or a dash: "…," said Amrita Sen; «…», — заявил Мирзоян. */
function cueBefore(ctx: Context, i: number): boolean {
  const tokens = ctx.tokens;
  const cue = tokens[i - 1];
  if (!cue || cue.statement !== tokens[i]!.statement || cueLength(tokens, i - 1) !== 1) return false;
  if (cue.cyr) return !/(ли|ют|ят|ут)$/.test(cue.lower);
  const before = tokens[i - 2];
  return before !== undefined && (before.text === ',' || before.text === '"' || before.text === '”');
}

function isRuOrgHead(tok: Token): boolean {
  return ruOrgWordForms.has(tok.lower);
}

/** Cuts a run into names: known places, known organisations, person names, and the rest. */
function cutRun(ctx: Context, run: [number, number]): [number, number][] {
  const tokens = ctx.tokens;
  const [a, b] = run;
  const pieces: [number, number][] = [];
  let i = a;
  let pending = a;
  const flush = (to: number): void => {
    if (to > pending) pieces.push([pending, to]);
  };
  while (i < b) {
    const t = tokens[i]!;
    const placeEnd = placeAt(tokens, i, b);
    const lower = bare(t);
    // "Michael Bloomberg": a known organisation's one word closing a run after a first name is a surname.
    const org = knownOrg(tokens, i, i + 1) && !(!t.cyr && i === b - 1 && i - 1 === pending && enFirstName(bare(tokens[i - 1]!)) !== undefined && !tokens[i - 1]!.acronym);
    const first = t.cyr ? ruFirstName(lower) !== undefined : enFirstName(lower) !== undefined;
    // A place inside an organisation's name stays in it ("Bank of England", "Republic of Azerbaijan").
    const inOrgName = i > a && !t.cyr && tokens[i - 1]!.kind === 'word' && CONNECTORS_EN.has(tokens[i - 1]!.lower);
    // "Russian President…" drops the adjective; "US Embassy" keeps it, an organisation's word follows.
    const nationality = !t.cyr && EN_NATIONALITY[lower] !== undefined && !hasWord(tokens, i + 1, Math.min(b, i + 4), EN_ORG_WORDS) && !(i + 2 <= b && knownOrg(tokens, i, i + 2)) && !inOrgName;
    const title = !t.cyr && (EN_PERSON_TITLE_WORDS.has(lower) || EN_TITLES.has(lower) || (EN_TITLE_ABBREVIATIONS.has(lower) && tokens[i + 1]?.text === '.'));
    // "Голос Америки", "Банк России": one capitalised noun, no person's name, and a place in the genitive.
    const clubName = !t.cyr && ((i > pending && EN_CLUB_WORDS.has(bare(tokens[i - 1]!))) || (placeEnd < b && (EN_CLUB_WORDS.has(bare(tokens[placeEnd]!)) || bare(tokens[placeEnd]!) === 'city')));
    const ruNounOfPlace = clubName || t.cyr && i === pending + 1 && !ruFirstName(tokens[pending]!.lower) && !isAdjectiveForm(tokens[pending]!.lower) && !/(ов|ев|ин|ын)$/.test(readSurname(tokens[pending]!.text).key) && !ruRoleLemma(tokens[pending]!.lower) && !tokens[pending]!.acronym && placeAt(tokens, pending, i) === pending && !opensClause(tokens, pending);
    if (placeEnd > i && !inOrgName && !ruNounOfPlace && !(t.cyr && i > pending && isRuOrgHead(tokens[pending]!))) {
      // Whole run "Nagorno-Karabakh", or a place followed by an org word ("Moscow City Council") stays whole.
      // Also over one adjective of an official body's name: "Kenya National Commission", "Ohio State University".
      const nextIsOrgWord = placeEnd < b && !tokens[placeEnd]!.cyr && (EN_ORG_WORDS.has(bare(tokens[placeEnd]!)) || (placeEnd + 1 < b && EN_BODY_ADJECTIVES.has(bare(tokens[placeEnd]!)) && EN_ORG_WORDS.has(bare(tokens[placeEnd + 1]!))));
      if (!nextIsOrgWord) {
        flush(i);
        pieces.push([i, placeEnd]);
        pending = i = placeEnd;
        continue;
      }
    }
    // "Депутаты Законодательного собрания": a role word, singular or plural, is no part of a name.
    const ruTitle = t.cyr && (ruRoleLemma(t.lower) !== undefined || (i === a && opensClause(tokens, i) && /[^аеиоуыэюя](ы|и)$/.test(t.lower) && ruRoleLemma(t.lower.slice(0, -1)) !== undefined));
    // "NASA Майкл Гриффин", "Компания Hewlett-Packard": a change of script ends a name.
    if (i > pending && t.kind === 'word' && tokens[i - 1]!.kind === 'word' && t.cyr !== tokens[i - 1]!.cyr) {
      if (!(tokens[pending]!.cyr && i - pending === 1 && isRuOrgHead(tokens[pending]!))) flush(i);
      pending = i;
    }
    // "BAE Systems", "HSBC Holdings": an acronym followed by an organisation's word is part of its name.
    const acronymOfOrg = !t.cyr && i + 1 < b && EN_ORG_WORDS.has(bare(tokens[i + 1]!));
    if (t.acronym && !org && !acronymOfOrg && b - a > 1 && placeEnd === i) {
      // "КЗЖ Джоэл Саймон": an acronym is a name of its own.
      flush(i);
      pieces.push([i, i + 1]);
      pending = i = i + 1;
      continue;
    }
    // An English organisation's known first word keeps the capitalised words after it ("Siemens Energy",
    // "Toyota Motor Corp") unless a person's name or title follows.
    const nextTok = tokens[i + 1];
    const restHasOrgWord = !t.cyr && i + 1 < b && nextTok !== undefined && enFirstName(bare(nextTok)) === undefined && !EN_PERSON_TITLE_WORDS.has(bare(nextTok)) && !EN_TITLES.has(bare(nextTok));
    // "Палаты представителей Конгресса": a known organisation closing a Russian organisation's name stays in it.
    const inRuOrg = org && t.cyr && i > pending && isRuOrgHead(tokens[pending]!);
    if ((org && !inRuOrg && b - a > 1 && (i > a || !restHasOrgWord)) || nationality || title || ruTitle) {
      flush(i);
      if (org) pieces.push([i, i + 1]);
      pending = i = i + 1;
      // "Secretary of State Marco Rubio": "of State" belongs to the title (a place after it does not).
      if (title && tokens[i]?.lower === 'of' && i + 1 < b && placeAt(tokens, i + 1, b) === i + 1 && !knownOrg(tokens, i + 1, i + 2)) pending = i = i + 2;
      continue;
    }
    // "Lindsey O. Graham": a middle initial inside the piece continues it.
    const prevFirst = i > pending && (CONNECTORS_EN.has(tokens[i - 1]!.lower) || (tokens[i - 1]!.text === '.' && i - 2 > pending && isInitial(tokens, i - 2)) || (tokens[i - 1]!.cyr ? ruFirstName(bare(tokens[i - 1]!)) !== undefined : enFirstName(bare(tokens[i - 1]!)) !== undefined));
    // "Роман Коноплев Русской службе": an adjective after a person's name opens another name.
    if (t.cyr && i > pending && isAdjectiveForm(t.lower) && ruFirstName(tokens[pending]!.lower) !== undefined && i - pending >= 2) {
      flush(i);
      pending = i;
    }
    if (first && i > pending && !prevFirst) {
      flush(i);
      pending = i;
    }
    i++;
  }
  flush(b);
  return pieces;
}

function hasWord(tokens: readonly Token[], i: number, j: number, words: Set<string>): boolean {
  for (let k = i; k < j; k++) if (words.has(bare(tokens[k]!))) return true;
  return false;
}

/** The type of a piece by what it is made of, or null when nothing says. */
function typeOf(ctx: Context, i: number, j: number): { type: NameType; gender?: 'm' | 'f' } | null {
  const tokens = ctx.tokens;
  const t = tokens[i]!;
  const last = tokens[j - 1]!;
  if (knownPlace(tokens, i, j)) return { type: 'place' };
  // "Лента.ру", "NEWSru.com": a site's domain names the medium.
  if (j - i === 1 && /\.(ru|ру|рф|com|org|net|ua|info|io|eu)$/.test(t.lower)) return { type: 'org' };
  // "Союз ТМА-7", "8,2 G", "ГБ" after a score: an acronym joined to a number is a model or a unit, not a name.
  // "Голос Америки": a noun and a place's genitive (cut that way by cutRun) name an organisation.
  if (t.cyr && j - i >= 2 && placeAt(tokens, j - 1, j) === j && placeAt(tokens, i, i + 1) === i && !ruFirstName(t.lower) && (!isAdjectiveForm(t.lower) || RU_GOVERNMENT_FORMS.test(t.lower))) return { type: 'org' };
  if (knownOrg(tokens, i, j)) return { type: 'org' };
  if (j - i === 1 && (NOT_NAMES.has(t.text) || /^[IVXLC]+$/.test(t.text))) return null;
  if (ctx.statements[t.statement]?.ru && !t.cyr) return latinInRussian(tokens, i, j);
  if (t.cyr) {
    // A bare "Комитет" or "Правительство" is a word, not a name.
    if (j - i === 1 && isRuOrgHead(t)) return null;
    if (isRuOrgHead(t) || (j - i > 1 && isRuOrgHead(last))) return { type: 'org' };
    // Ministries and federal agencies by their short names: Минкомсвязи, Роспотребнадзор.
    if (j - i === 1 && /^(мин|рос)[а-я]{3,}/.test(t.lower) && !/^росси/.test(t.lower)) return { type: 'org' };
    if (ruPlaceWordsAround(tokens, i, j)) return { type: 'place' };
    if (j - i === 1 && t.acronym) return RU_PLACE_ACRONYMS.has(t.text) ? { type: 'place' } : { type: 'org' };
    const first = ruFirstName(t.lower);
    if (first && (j - i >= 2 || isInitialName(tokens, i, j))) return { type: 'person', gender: first.gender };
    if (isInitialName(tokens, i, j)) return { type: 'person' };
    if (j - i >= 2 && j - i <= 3 && tokens.slice(i, j).every((x) => x.kind === 'word' && !x.acronym)) {
      const s = readSurname(last.text);
      if (/(ов|ев|ин|ын|ский|ич)$/.test(s.key) || /(вич|вна)$/.test(tokens[i + 1]!.lower.replace(/[ауеыой]+$/, ''))) return { type: 'person' };
    }
    if (first) return { type: 'person', gender: first.gender };
    // Two or three capitalised words that are no known place or organisation and do not open with an
    // adjective: in Russian, where only names are capitalised, a person's name ("Шалва Нателашвили").
    if (j - i >= 2 && j - i <= 3 && tokens.slice(i, j).every((x) => x.kind === 'word' && x.cap && !x.acronym && !isAdjectiveForm(x.lower)) && !tokens.slice(i, j).some((x) => ruPlaceForms.has(x.lower) || isRuOrgHead(x))) {
      return { type: 'person' };
    }
    if (j - i >= 2 && ruPlaceWordForms.has(last.lower) && !last.cap) return { type: 'place' };
    // One unknown word after "в", "на", "из" is a place ("в Эритрее", "на Урале"), and so is one ending
    // like a country's name (Гагаузия, Эритрея).
    if (j - i === 1 && !t.acronym && (RU_PLACE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') || (/(ия|ии|ию|ией|ея|еи|ею)$/.test(t.lower) && !opensClause(tokens, i)))) return { type: 'place' };
    // One word shaped like a Russian surname (Токаева, Пескову) where nothing else is known of it.
    if (j - i === 1 && !t.acronym && t.text.length >= 5 && /(ов|ев|ин|ын)$/.test(readSurname(t.text).key) && !/(ого|ому|ым|ой)$/.test(t.lower)) {
      const r = readSurname(t.text);
      return r.male && !r.female ? { type: 'person', gender: 'm' } : { type: 'person' };
    }
    return null;
  }
  // A bare "Office" or "Ministry" is a word, not a name.
  if (j - i === 1 && !t.acronym && EN_ORG_WORDS.has(bare(t))) return null;
  if (j - i >= 2 && (EN_CLUB_WORDS.has(bare(t)) || EN_CLUB_WORDS.has(bare(last)) || (bare(last) === 'city' && knownPlace(tokens, i, j - 1)))) return { type: 'org' };
  if (hasWord(tokens, i, j, EN_ORG_WORDS) && !(j - i === 2 && bare(last) === 'federation' && EN_NATIONALITY[bare(t)])) {
    if (!(bare(t) === 'republic' || bare(t) === 'kingdom' || bare(t) === 'state' || bare(t) === 'federation')) return { type: 'org' };
  }
  if (j - i === 2 && bare(last) === 'federation' && EN_NATIONALITY[bare(t)]) return { type: 'place' };
  if (hasWord(tokens, i, j, EN_PLACE_WORDS)) return { type: 'place' };
  if (j - i === 1 && t.acronym && t.text.length <= 6) return EN_PLACE_ACRONYMS.has(t.text) ? { type: 'place' } : { type: 'org' };
  const g = enFirstName(bare(t));
  if (g && j - i >= 2) return { type: 'person', gender: g };
  if (isInitialName(tokens, i, j)) return { type: 'person' };
  // "Goldman Sachs", "Toyota Motor": a known organisation's first word and the words after it.
  if (j - i >= 2 && j - i <= 4 && knownOrg(tokens, i, i + 1)) return { type: 'org' };
  // Two or three capitalised words inside a sentence, none a common word, none known: most often a
  // person's name ("Werner Zwingmann"), not in a title-case quotation or headline.
  if (j - i >= 2 && j - i <= 3 && !insideQuotes(tokens, i) && !ctx.statements[t.statement]?.heading) {
    const plain = tokens.slice(i, j).every((x) => x.kind === 'word' && x.cap && !x.acronym && x.text.length > 1 && !isFunctionWord(x) && !ctx.lowerSeen.has(bare(x)) && !EN_NATIONALITY[bare(x)] && !EN_MONTHS.has(bare(x)) && !EN_PERSON_TITLE_WORDS.has(bare(x)));
    // Only where the text names the last word alone elsewhere ("Werner Zwingmann … Zwingmann said"), as it
    // does a person; unknown firms, clubs and venues ("Novo Nordisk", "Flushing Meadows") are not cut down
    // so (measured on the English news checks: person precision 72 -> 94 on the blind set).
    // Or the last word alone opens a sentence as the subject of a cue ("Abdelatty said Egypt would…").
    if (plain && (standaloneCaps(ctx).has(bare(last)) || cueSubjectCaps(ctx).has(bare(last)))) return { type: 'person' };
  }
  // "in Tucson", "from Chisinau": one unknown capitalised word after a preposition of place.
  if (j - i === 1 && EN_PLACE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') && !opensClause(tokens, i) && !NOT_PLACE_BEFORE_IN.has(tokens[i - 2]?.lower ?? '')) return { type: 'place' };
  return null;
}

/** "Союз ТМА-7", "8,2 G", "ГБ" after a score: an acronym or letter joined to a number is a model or a unit, not a name. */
function unitOrModel(tokens: readonly Token[], i: number, j: number): boolean {
  const t = tokens[i]!;
  return j - i === 1 && (t.acronym || t.text.length === 1) && (tokens[i - 1]?.kind === 'num' || (tokens[j]?.text === '-' && tokens[j]!.start === t.end && tokens[j + 1]?.kind === 'num'));
}

const EN_PERSON_NOUNS = new Set(['farmer', 'striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'head', 'chief', 'founder', 'owner', 'resident', 'student', 'teacher', 'doctor', 'lawyer', 'activist', 'author', 'writer', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'director', 'manager', 'coach', 'executive', 'analyst', 'economist', 'professor', 'researcher', 'officer', 'veteran', 'worker', 'survivor', 'witness', 'candidate', 'lawmaker', 'politician', 'businessman', 'businesswoman', 'journalist', 'reporter', 'actor', 'actress', 'singer', 'artist', 'former', 'retired', 'member']);

/**
 * "Hargreaves, who has chaired…", "Okonkwo, a farmer from Enugu", "Petrenko, the head of…": one unknown
 * capitalised word, then a comma and "who" or a description of a person.
 */
function personApposition(ctx: Context, i: number, j: number): boolean {
  const tokens = ctx.tokens;
  if (j - i !== 1 || tokens[i]!.cyr || tokens[j]?.text !== ',') return false;
  const next = tokens[j + 1];
  if (!next || next.statement !== tokens[i]!.statement) return false;
  if (next.lower === 'who') return true;
  if (next.lower !== 'a' && next.lower !== 'an' && next.lower !== 'the') return false;
  for (let k = j + 2; k < j + 5 && k < tokens.length && tokens[k]!.kind === 'word'; k++) {
    const w = tokens[k]!.lower;
    if (EN_PERSON_NOUNS.has(w) || EN_PERSON_ROLES.has(w) || EN_PERSON_TITLE_WORDS.has(w)) return true;
  }
  return false;
}

const standaloneCache = new WeakMap<Context, Set<string>>();
/** Capitalised Latin words written with no capitalised word before them, outside a sentence's first word. */
function standaloneCaps(ctx: Context): Set<string> {
  let set = standaloneCache.get(ctx);
  if (set) return set;
  set = new Set<string>();
  const tokens = ctx.tokens;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap || t.cyr) continue;
    const prev = tokens[k - 1]!;
    if (prev.statement !== t.statement || capWord(prev) || (prev.kind === 'punct' && prev.text === '.')) continue;
    if (capWord(tokens[k + 1]) && tokens[k + 1]!.statement === t.statement) continue;
    set.add(bare(t));
  }
  standaloneCache.set(ctx, set);
  return set;
}

const cueSubjectCache = new WeakMap<Context, Set<string>>();
/** Single capitalised Latin words right before a cue verb, with no capitalised word before them ("Abdelatty said"). */
function cueSubjectCaps(ctx: Context): Set<string> {
  let set = cueSubjectCache.get(ctx);
  if (set) return set;
  set = new Set<string>();
  const tokens = ctx.tokens;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.cap || t.cyr || t.acronym || t.text.length < 3) continue;
    const prev = tokens[k - 1];
    if (prev && prev.statement === t.statement && (capWord(prev) || prev.text === '.')) continue;
    if (tokens[k + 1]!.statement !== t.statement || !isCueToken(tokens, k + 1)) continue;
    set.add(bare(t));
  }
  cueSubjectCache.set(ctx, set);
  return set;
}

const EN_COUNTRIES = new Set(Object.values(EN_NATIONALITY).concat(['united states', 'united kingdom', 'britain', 'england', 'scotland', 'wales']));

/** The first token after a run of capitalised words from k. */
function afterCaps(tokens: readonly Token[], k: number): number {
  while (k < tokens.length && capWord(tokens[k])) k++;
  return k;
}

/**
 * "Arsenal 2 Chelsea 1", "Liverpool 0 Newcastle 3": a name in a line of scores is a team (an organisation;
 * a country's name stays a place, as news sets mark national sides).
 */
function scoreLine(tokens: readonly Token[], i: number, j: number): boolean {
  const num = (k: number): boolean => tokens[k]?.kind === 'num' && tokens[k]!.statement === tokens[i]!.statement;
  if (!num(j)) return false;
  if (capWord(tokens[j + 1]) && num(afterCaps(tokens, j + 1))) return true;
  return num(i - 1) && capWord(tokens[i - 2]);
}

/** "BONN 1996-08-22", "LONDON, Aug 30": a name in capitals opening a paragraph before a date is the dateline's place. */
function datelineAt(ctx: Context, i: number, j: number): boolean {
  const tokens = ctx.tokens;
  const st = ctx.statements[tokens[i]!.statement];
  if (!st || st.tokStart !== i || !tokens.slice(i, j).every((t) => t.text === t.text.toUpperCase() && t.text.length > 1)) return false;
  const next = tokens[j];
  const after = tokens[j + 1];
  return next !== undefined && (next.kind === 'num' || (next.text === ',' && after !== undefined && (after.kind === 'num' || EN_MONTHS.has(after.lower.replace(/\.$/, '')))));
}

/** Whether an opening quotation mark stands before token i in its statement with no closing one between. */
function insideQuotes(tokens: readonly Token[], i: number): boolean {
  const st = tokens[i]!.statement;
  let open = false;
  for (let k = i - 1; k >= 0 && k >= i - 30 && tokens[k]!.statement === st; k--) {
    const c = tokens[k]!.text;
    if (c === '”' || c === '»') return open;
    if (c === '“' || c === '«') return true;
    if (c === '"') open = !open;
  }
  return open;
}

/** "shares in Rolls-Royce", "a stake in Nvidia": "in" before a firm, not a place. */
const NOT_PLACE_BEFORE_IN = new Set(['shares', 'stake', 'stakes', 'investment', 'investments', 'interest', 'role', 'job', 'jobs', 'position', 'trading', 'holding', 'holdings']);
/** Words of sports clubs' names: "Real Madrid", "Bayern Munich", "Manchester City". */
const EN_CLUB_WORDS = new Set(['fc', 'afc', 'cf', 'real', 'atletico', 'dynamo', 'dinamo', 'spartak', 'zenit', 'lokomotiv', 'cska', 'inter', 'ac', 'sporting', 'olympique', 'borussia', 'bayern', 'ajax', 'benfica', 'porto', 'celtic', 'rangers', 'juventus', 'united', 'rovers', 'wanderers', 'athletic', 'hotspur', 'albion', 'villa', 'galatasaray', 'fenerbahce', 'besiktas', 'shakhtar']);

const RU_PLACE_PREPOSITIONS = new Set(['в', 'во', 'на', 'из', 'под', 'через', 'около', 'возле', 'близ', 'вблизи']);
const EN_PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'across', 'outside', 'inside', 'throughout']);

/** Acronyms and capitalised words that are not names. */
const NOT_NAMES = new Set(['СМИ', 'ВВП', 'НДС', 'ДТП', 'ЧП', 'ИТ', 'IT', 'CEO', 'GDP', 'TV', 'ТВ', 'PR', 'OK', 'ОК', 'ЕГЭ', 'ВУЗ', 'АЭС', 'ГЭС', 'ТЭЦ', 'ЖКХ', 'НКО', 'ОАО', 'ЗАО', 'ООО', 'ПАО', 'АО', 'ГУП', 'ФГУП', 'ГУ', 'AI', 'PC', 'SMS', 'VIP', 'USB', 'GPS', 'CD', 'DVD', 'Windows', 'Linux', 'Android', 'iPhone', 'iPad', 'Интернет', 'Интернете', 'Интернета', 'МКС', 'ISS', 'HTML', 'URL', 'PDF']);

/** A Latin name in Russian text: a person when it opens with a known first name, else an organisation (a firm, a site, a paper). */
function latinInRussian(tokens: readonly Token[], i: number, j: number): { type: NameType; gender?: 'm' | 'f' } | null {
  if (knownPlace(tokens, i, j)) return { type: 'place' };
  if (knownOrg(tokens, i, j) || hasWord(tokens, i, j, EN_ORG_WORDS)) return { type: 'org' };
  const g = enFirstName(bare(tokens[i]!));
  if (g && j - i >= 2) return { type: 'person', gender: g };
  // Two or three unknown Latin words in Russian text name firms, bands and papers as often as people
  // (measured on factRuEval: typing them as people lost more than it gained), so they stay organisations.
  return { type: 'org' };
}

function ruPlaceWordsAround(tokens: readonly Token[], i: number, j: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[j];
  const isPlaceWord = (x: Token | undefined): boolean => x !== undefined && x.kind === 'word' && !x.cap && ruPlaceWordForms.has(x.lower);
  return (isPlaceWord(before) || isPlaceWord(after)) && j - i <= 2 && !tokens.slice(i, j).some((x) => ruFirstName(x.lower));
}

/** "V. Putin", "В. В. Путин", "Путин В. В.". */
function isInitialName(tokens: readonly Token[], i: number, j: number): boolean {
  return (isInitial(tokens, i) && j - i >= 3 && tokens[j - 1]!.text.length > 1) || (j - i >= 3 && tokens[i]!.text.length > 1 && isInitial(tokens, i + 1));
}

/** The cue verb right after a piece ("Peskov said", "заявил Песков" is read by the speakers). */
function cueAfter(ctx: Context, j: number): boolean {
  const next = ctx.tokens[j];
  if (!next || next.statement !== ctx.tokens[j - 1]!.statement) return false;
  return isCueToken(ctx.tokens, j);
}

/** «Яблоко» after "партия", «Газпром» after "компания": a quoted name after an organisation's descriptor. */
/** The end of a quoted name opening at i after an organisation's word (its closing mark's index), or 0. */
function quotedNameAfterDescriptor(tokens: readonly Token[], i: number): number {
  if (!afterOrgDescriptor(tokens, i)) return 0;
  const close = tokens[i - 1]!.text === '«' ? '»' : tokens[i - 1]!.text === '“' ? '”' : '"';
  for (let k = i + 1; k < tokens.length && k <= i + 6 && tokens[k]!.statement === tokens[i]!.statement; k++) {
    if (tokens[k]!.text === close) return k;
    if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '-' && tokens[k]!.text !== '.') return 0;
  }
  return 0;
}

function afterOrgDescriptor(tokens: readonly Token[], i: number): boolean {
  const q = tokens[i - 1];
  const d = tokens[i - 2];
  return q !== undefined && (q.text === '«' || q.text === '"' || q.text === '“') && d !== undefined && d.kind === 'word' && d.cyr && ruOrgWordForms.has(d.lower);
}

/** «Спартак», «Зенита»: a Russian quotation that holds only a capitalised name is an organisation's name. */
function wholeQuotedName(tokens: readonly Token[], i: number, j: number): boolean {
  return tokens[i]!.cyr && j - i <= 3 && tokens[i - 1]?.text === '«' && tokens[j]?.text === '»';
}

function afterAccordingTo(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1]?.lower === 'the' ? i - 1 : i;
  return tokens[a - 1]?.lower === 'to' && tokens[a - 2]?.lower === 'according';
}

/**
 * An unknown capitalised word before a cue may be a name, unless it opens the sentence and looks like a
 * plural noun ("Diplomats said", "Эксперты считают") or its verb is plural.
 */
function nameLike(ctx: Context, i: number, j: number): boolean {
  const tokens = ctx.tokens;
  const cue = tokens[j]!;
  if (cue.cyr && /(ют|ят|ут|ли)$/.test(cue.lower)) return false;
  const t = tokens[i]!;
  if (j - i === 1 && (EN_ORG_WORDS.has(t.lower) || EN_PERSON_ROLES.has(t.lower) || ruOrgWordForms.has(t.lower) || ruRoleLemma(t.lower))) return false;
  if (j - i > 1 || !opensClause(tokens, i)) return true;
  return t.cyr ? !/[ыи]$/.test(t.lower) : !/s$/.test(t.lower);
}

const EN_ORG_ABBREVIATIONS = new Set(['corp', 'inc', 'ltd', 'co', 'bros', 'plc', 'llc']);
const GOVERNMENT_WORDS = new Set(['правительство', 'министерство', 'администрация', 'мэрия', 'парламент', 'ведомство', 'посольство', 'консульство', 'генконсульство', 'госдепартамент', 'минобороны']);
/** Bodies named by a country's name after them or its adjective before, beyond the head words: "власти Таиланда", "сборной США". */
const RU_GOVERNMENT_FORMS = /^(власт(и|ей|ям|ями|ях)|руководств(о|а|у|ом|е)|делегаци(я|и|ю|ей)|сборн(ая|ой|ую)|спецслужб(ы|ам|ами|ах)?|представительств(о|а|у|ом|е)|дипмисси(я|и|ю|ей))$/;

function isRuGovernmentWord(lower: string): boolean {
  return GOVERNMENT_WORDS.has(ruOrgWord(lower) ?? '') || RU_GOVERNMENT_FORMS.test(lower);
}

function ruCountryAdjective(lower: string): boolean {
  for (const stem in RU_NATIONALITY) if (lower.startsWith(stem) && stem !== 'европейск') return true;
  return false;
}

const EN_GOV_QUALIFIERS = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'justice', 'health', 'economy', 'energy', 'trade', 'emergencies', 'emergency', 'central', 'state', 'national', 'armed', 'security', 'intelligence', 'presidential']);
const EN_GOV_BODIES = new Set(['ministry', 'government', 'embassy', 'parliament', 'military', 'army', 'navy', 'cabinet', 'presidency', 'administration', 'bank', 'forces', 'police', 'office', 'service', 'mission', 'consulate', 'prosecutor']);

export function findNames(ctx: Context): NameMention[] {
  const tokens = ctx.tokens;
  const out: NameMention[] = [];
  const unknown: [number, number][] = [];
  const personKeys = new Set<string>();
  // «За права человека» after "движение", «Газпром нефть» after "компания": a quoted name after an
  // organisation's word, to its closing mark, whatever its words; the words inside are no names of their own.
  const quoted = new Uint8Array(tokens.length);
  for (let k = 2; k < tokens.length; k++) {
    if (!capWord(tokens[k]) || !tokens[k]!.cyr) continue;
    const close = quotedNameAfterDescriptor(tokens, k);
    if (close === 0 || (close === k + 1 && tokens[k]!.acronym)) continue;
    out.push({ type: 'org', tokStart: k, tokEnd: close, ru: true });
    quoted.fill(1, k, close);
    k = close;
  }
  for (const run of capitalRuns(ctx)) {
    for (const [i, j] of cutRun(ctx, run)) {
      if (quoted[i]) continue;
      const st = ctx.statements[tokens[i]!.statement];
      const ru = tokens[i]!.cyr;
      if (unitOrModel(tokens, i, j)) continue;
      let found = typeOf(ctx, i, j);
      if (!ru && found?.type !== 'person' && scoreLine(tokens, i, j) && !(found?.type === 'place' && EN_COUNTRIES.has(tokens.slice(i, j).map(bare).join(' ')))) found = { type: 'org' };
      else if (!ru && datelineAt(ctx, i, j) && !knownOrg(tokens, i, j)) found = { type: 'place' };
      const title = titleBefore(tokens, i);
      // A title or role word before it, or a cue verb after it, says an untyped name is a person; after
      // "according to", one unknown word is taken for an organisation.
      const type = found?.type ?? (personApposition(ctx, i, j) ? 'person' : null) ?? (afterOrgDescriptor(tokens, i) || wholeQuotedName(tokens, i, j) ? 'org' : null) ?? (title || (j - i <= 3 && ((cueAfter(ctx, j) && nameLike(ctx, i, j)) || cueBefore(ctx, i))) ? 'person' : afterAccordingTo(tokens, i) && j - i <= 4 ? 'org' : null);
      // In a headline in capitals only names known to the lists count; capitals say nothing there.
      if (st?.shouting && !(knownPlace(tokens, i, j) || knownOrg(tokens, i, j) || (tokens[i]!.acronym && tokens[i]!.text.length <= 4 && j - i === 1 && found?.type === 'org' && !ctx.lowerSeen.has(tokens[i]!.lower)))) {
        continue;
      }
      // A lone organisation word ("Комитет", "Министерства") or adjective ("Федеральному") is no person, whatever is around it.
      if (found === null && j - i === 1 && ru && (isRuOrgHead(tokens[i]!) || /(ому|ему|ыми|ими)$/.test(tokens[i]!.lower))) {
        unknown.push([i, j]);
        continue;
      }
      if (type === null || (st?.heading && found === null)) {
        unknown.push([i, j]);
        continue;
      }
      // "Toyota Motor Corp.", "BlackRock Inc.": the abbreviation's period belongs to the name.
      const dot = tokens[j];
      const end = type === 'org' && !ru && dot?.text === '.' && dot.start === tokens[j - 1]!.end && EN_ORG_ABBREVIATIONS.has(tokens[j - 1]!.lower) ? j + 1 : j;
      const m: NameMention = { type, tokStart: i, tokEnd: end, ru };
      if (found?.gender) m.gender = found.gender;
      if (title) m.title = title;
      out.push(m);
      if (type === 'person') {
        personKeys.add(surnameKey(tokens[j - 1]!));
        // East Asian names put the short family name first: "Xi Jinping" is "Xi" later.
        if (j - i === 2 && isFamilyNameFirst(tokens[i]!)) personKeys.add(surnameKey(tokens[i]!));
      }
    }
  }
  // A capitalised word that is the surname of a person named elsewhere in the text is that person.
  for (const [i, j] of unknown) {
    if (j - i === 1 && personKeys.has(surnameKey(tokens[i]!))) out.push({ type: 'person', tokStart: i, tokEnd: j, ru: tokens[i]!.cyr });
  }
  // "Mr. Bloomberg" where the text names Michael Bloomberg: a known organisation's one word that is the
  // surname of a person named in full is that person, unless it follows a word that takes a medium
  // ("according to Bloomberg", "told Bloomberg", "reported by Bloomberg").
  for (const m of out) {
    if (m.type !== 'org' || m.ru || m.tokEnd - m.tokStart !== 1 || !personKeys.has(surnameKey(tokens[m.tokStart]!))) continue;
    const prev = tokens[m.tokStart - 1];
    if (prev && prev.statement === tokens[m.tokStart]!.statement && MEDIUM_BEFORE.has(prev.lower)) continue;
    m.type = 'person';
  }
  campaigns(ctx, out, unknown);
  // "the U.S. State Department", "the U.S. Justice Department": a country before "<Word> Department" is no
  // part of the department's usual name; it stays a place of its own.
  const countries: NameMention[] = [];
  for (const m of out) {
    if (m.type !== 'org' || m.ru || m.name) continue;
    const p = m.tokEnd - 2;
    if (p <= m.tokStart || bare(tokens[m.tokEnd - 1]!) !== 'department' || !capWord(tokens[p]) || EN_ORG_WORDS.has(bare(tokens[p]!))) continue;
    const prefix = ctx.text.slice(tokens[m.tokStart]!.start, tokens[p - 1]!.end).toLowerCase();
    if (!EN_COUNTRIES.has(prefix) && !EN_NATIONALITY[prefix]) continue;
    if (EN_COUNTRIES.has(prefix) || /^(u\.s\.|us|usa|u\.k\.|uk)$/.test(prefix)) countries.push({ type: 'place', tokStart: m.tokStart, tokEnd: p, ru: false });
    m.tokStart = p;
  }
  out.push(...countries);
  // "правительства Китая", "посольство США": a lower-case organisation word and the country it belongs to
  // name an organisation (the country stays a place of its own inside it).
  const govs: NameMention[] = [];
  for (const m of out) {
    const head = tokens[m.tokStart - 1];
    if (m.type !== 'place' || !m.ru || !head || head.cap || head.statement !== tokens[m.tokStart]!.statement) continue;
    if (isRuGovernmentWord(head.lower)) govs.push({ type: 'org', tokStart: m.tokStart - 1, tokEnd: m.tokEnd, ru: true });
  }
  // "японского МИДа", "американского правительства", "российском министерстве финансов": a country's
  // adjective in lower case and its government or one of its known bodies name an organisation.
  const orgAt = new Map<number, NameMention>();
  for (const m of out) if (m.type === 'org' && m.ru) orgAt.set(m.tokStart, m);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cyr || t.cap || t.kind !== 'word' || !isAdjectiveForm(t.lower) || !ruCountryAdjective(t.lower)) continue;
    const next = tokens[k + 1]!;
    if (next.statement !== t.statement || next.kind !== 'word') continue;
    const known = orgAt.get(k + 1);
    if (known && known.tokEnd - known.tokStart === 1 && next.acronym) known.tokStart = k;
    else if (!next.cap && isRuGovernmentWord(next.lower)) govs.push({ type: 'org', tokStart: k, tokEnd: ruOrgTail(tokens, k + 2), ru: true });
  }
  // "Лента.ру", "baltinfo.ru": a site's domain is the name of the medium.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.cyr === ctx.statements[t.statement]?.ru && /\.(ru|ру|рф|com|org|net|ua|info)$/.test(t.lower) && !out.some((m) => m.tokStart === k)) govs.push({ type: 'org', tokStart: k, tokEnd: k + 1, ru: t.cyr });
  }
  // "China's foreign ministry", "the Ukrainian military": a country (or its adjective) and a government
  // body written in lower case.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cyr || !t.cap) continue;
    const country = EN_NATIONALITY[t.lower] !== undefined || (POSSESSIVE.test(t.text) && knownPlace(tokens, k, k + 1));
    if (!country) continue;
    let e = k + 1;
    while (e < tokens.length && e <= k + 3 && tokens[e]!.kind === 'word' && !tokens[e]!.cap && EN_GOV_QUALIFIERS.has(tokens[e]!.lower)) e++;
    const body = tokens[e];
    if (body && body.kind === 'word' && !body.cap && EN_GOV_BODIES.has(body.lower) && body.statement === t.statement) {
      // A description rather than a name (English named-entity sets leave it out): nominal.
      govs.push({ type: 'org', tokStart: k, tokEnd: e + 1, ru: false, nominal: true });
      k = e;
    }
  }
  // "Юрген Клинсман (Jürgen Klinsmann)": a Latin name in brackets right after a person is that person written in Latin.
  for (let n = 1; n < out.length; n++) {
    const m = out[n]!;
    const prev = out[n - 1]!;
    if (m.type === 'org' && m.ru === false && prev.type === 'person' && prev.ru && tokens[m.tokStart - 1]?.text === '(' && prev.tokEnd === m.tokStart - 1 && m.tokEnd - m.tokStart >= 2 && ctx.statements[tokens[m.tokStart]!.statement]?.ru) {
      m.type = 'person';
    }
  }
  out.push(...govs);
  out.sort((x, y) => x.tokStart - y.tokStart);
  return out;
}

/** A family name written first: one short syllable ("Xi", "Li", "Kim", "Mao", "Си", "Ли"). */
export function isFamilyNameFirst(tok: Token): boolean {
  return tok.kind === 'word' && tok.cap && tok.text.length >= 2 && tok.text.length <= 3 && !tok.acronym;
}

export function surnameKey(tok: Token): string {
  if (tok.cyr) return readSurname(tok.text.replace(POSSESSIVE, '')).key;
  return tok.lower.replace(POSSESSIVE, '');
}


/** Words after which a news agency's name is the medium, not a person sharing its name. */
const MEDIUM_BEFORE = new Set(['to', 'told', 'by', 'with', 'on', 'from', 'via', 'per']);
/** What may follow "the Trump campaign" when the campaign is the subject that speaks. */
const CAMPAIGN_NEXT = new Set(['has', 'had', 'have', 'is', 'was', 'also', 'on', 'in', 'would', 'will', 'did', 'does', 'later', 'earlier', 'quickly', 'then', 'issued', 'released', 'put', 'sent', 'responded', 'fired', 'shot', 'hit', 'pushed', 'dismissed', 'rejected', 'denied']);

/**
 * "the Trump campaign said", "Mrs. Clinton's campaign", "Sanders' campaign": a person's name and the word
 * "campaign" as the subject of what follows is an organisation, named "<Surname> campaign" (the person's
 * mention becomes it). Not before a noun it qualifies ("Clinton campaign manager Robby Mook").
 */
function campaigns(ctx: Context, out: NameMention[], unknown: readonly [number, number][]): void {
  const tokens = ctx.tokens;
  // Also one unknown capitalised word ("the Trump campaign said" where Trump is named no other way).
  const candidates: NameMention[] = out.filter((m) => m.type === 'person' && !m.ru);
  const unknownOnes: NameMention[] = [];
  const taken = new Set(out.map((m) => m.tokStart));
  for (const [i, j] of unknown) if (j - i === 1 && !tokens[i]!.cyr && !tokens[i]!.acronym && !taken.has(i)) unknownOnes.push({ type: 'person', tokStart: i, tokEnd: j, ru: false });
  for (const m of [...candidates, ...unknownOnes]) {
    let k = m.tokEnd;
    const last = tokens[k - 1]!;
    // "Sanders' campaign": the apostrophe is a token of its own.
    if ((tokens[k]?.text === "'" || tokens[k]?.text === '’') && tokens[k]!.start === last.end && /s$/.test(last.text)) k++;
    const w = tokens[k];
    if (!w || w.lower !== 'campaign' || w.cap || w.statement !== last.statement) continue;
    const next = tokens[k + 1];
    const ok = !next || next.statement !== w.statement || next.kind === 'punct' || isCueToken(tokens, k + 1) || CAMPAIGN_NEXT.has(next.lower);
    if (!ok) continue;
    m.type = 'org';
    m.tokStart = m.tokEnd - 1;
    m.tokEnd = k + 1;
    delete m.gender;
    delete m.title;
    m.name = `${last.text.replace(/['’]s$/, '')} campaign`;
    if (!candidates.includes(m)) out.push(m);
  }
}

/** Adjectives of official bodies' names after a place: "Kenya National Commission", "Texas State University". */
const EN_BODY_ADJECTIVES = new Set(['national', 'federal', 'state', 'supreme', 'electoral', 'independent', 'central', 'human']);
/** Bodies named with "on" and their subject: "Commission on Human Rights", "Committee on Armed Services". */
const ON_BODIES = new Set(['commission', 'committee', 'subcommittee', 'council', 'conference', 'panel', 'convention', 'board']);
const EN_WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
