// Dates, money, percentages and quantities: a number (or a month, or a currency sign) with the words
// around it that say what it counts. One pass over the tokens.
import type { EntityType } from './types';
import type { Token } from './tokens';
import { CURRENCY_SYMBOLS, EN_CURRENCY_WORDS, EN_MONTHS, EN_SCALE, EN_UNITS, EN_WEEKDAYS } from './lexicon-en';
import { RU_CURRENCY_WORDS, RU_MONTHS, RU_PERCENT_WORDS, RU_SCALE, RU_UNITS } from './lexicon-ru';

export interface AmountMention {
  type: Extract<EntityType, 'date' | 'money' | 'percent' | 'quantity'>;
  tokStart: number;
  tokEnd: number;
}

const isNum = (t: Token | undefined): boolean => t !== undefined && t.kind === 'num';
const isYear = (t: Token | undefined): boolean => isNum(t) && /^(1[89]|20)\d\d$/.test(t!.text);
const isDay = (t: Token | undefined): boolean => isNum(t) && /^([1-9]|[12]\d|3[01])$/.test(t!.text);
const word = (t: Token | undefined, set: Set<string>): boolean => t !== undefined && t.kind === 'word' && set.has(t.lower);
const adjacent = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && b.start - a.end <= 1 && a.statement === b.statement;
const month = (t: Token | undefined): boolean => word(t, EN_MONTHS) || word(t, RU_MONTHS);
const scale = (t: Token | undefined): boolean => word(t, EN_SCALE) || word(t, RU_SCALE) || (t !== undefined && t.kind === 'word' && /^(млн|млрд|трлн|тыс|bn|mln)$/.test(t.lower));
const currencyWord = (t: Token | undefined): boolean => word(t, EN_CURRENCY_WORDS) || word(t, RU_CURRENCY_WORDS) || (t !== undefined && /^(руб|долл)$/.test(t.lower));

/** Extends an amount over a trailing scale word and period of an abbreviation ("млн", "руб."). */
function afterScale(tokens: readonly Token[], j: number): number {
  if (scale(tokens[j]) && adjacent(tokens[j - 1], tokens[j])) {
    j++;
    if (tokens[j]?.text === '.' && adjacent(tokens[j - 1], tokens[j]) && /^(млн|млрд|трлн|тыс)$/.test(tokens[j - 1]!.lower)) j++;
  }
  return j;
}

export function findAmounts(tokens: readonly Token[]): AmountMention[] {
  const out: AmountMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const found = amountAt(tokens, i);
    if (found) {
      out.push(found);
      i = found.tokEnd;
    } else i++;
    void t;
  }
  return out;
}

function amountAt(tokens: readonly Token[], i: number): AmountMention | null {
  const t = tokens[i]!;
  // Currency sign first: "$2.5 billion", "€300".
  if (t.kind === 'punct' && CURRENCY_SYMBOLS.has(t.text) && isNum(tokens[i + 1]) && adjacent(t, tokens[i + 1])) {
    return { type: 'money', tokStart: i, tokEnd: afterScale(tokens, i + 2) };
  }
  // Dates opening with a month: "February 22, 2022", "February 2022", "в феврале 2022 года".
  if (month(t) && t.kind === 'word' && (t.cap || t.cyr)) {
    const may = t.lower === 'may' || t.lower === 'march';
    let j = i + 1;
    // "Feb. 3": an abbreviated month's period.
    if (tokens[j]?.text === '.' && t.text.length <= 4 && adjacent(t, tokens[j]) && isDay(tokens[j + 1])) j++;
    if (isDay(tokens[j]) && adjacent(tokens[j - 1], tokens[j])) {
      j++;
      if (tokens[j]?.text === ',' && isYear(tokens[j + 1])) j += 2;
      return { type: 'date', tokStart: i, tokEnd: j };
    }
    if (isYear(tokens[j]) && adjacent(tokens[j - 1], tokens[j])) return { type: 'date', tokStart: i, tokEnd: withRuYear(tokens, j + 1) };
    const prev = tokens[i - 1];
    const datePreposition = prev !== undefined && /^(in|since|by|until|from|of|early|late|mid|в|с|до|к)$/.test(prev.lower);
    if ((!may || datePreposition) && (t.cyr || t.cap) && t.text.length >= 3) return { type: 'date', tokStart: i, tokEnd: i + 1 };
    return null;
  }
  if (word(t, EN_WEEKDAYS) && t.cap) return { type: 'date', tokStart: i, tokEnd: i + 1 };
  if (!isNum(t)) return null;
  const next = tokens[i + 1];
  // "2022-02-22" and "22.02.2022".
  if (/^(19|20)\d\d$/.test(t.text) && next?.text === '-' && /^\d\d$/.test(tokens[i + 2]?.text ?? '') && tokens[i + 3]?.text === '-' && /^\d\d$/.test(tokens[i + 4]?.text ?? '') && tokens[i + 4]!.start - t.start === 8) {
    return { type: 'date', tokStart: i, tokEnd: i + 5 };
  }
  if (/^\d{1,2}\.\d\d$/.test(t.text) && next?.text === '.' && isYear(tokens[i + 2]) && tokens[i + 2]!.start === next.end && next.start === t.end) {
    return { type: 'date', tokStart: i, tokEnd: i + 3 };
  }
  // "22 February 2022", "22 февраля 2022 года".
  if (isDay(t) && month(next) && adjacent(t, next)) {
    let j = i + 2;
    if (isYear(tokens[j]) && adjacent(tokens[j - 1], tokens[j])) j = withRuYear(tokens, j + 1);
    return { type: 'date', tokStart: i, tokEnd: j };
  }
  // "16%", "16 percent", "16 per cent", "16 процентов".
  if (next && adjacent(t, next)) {
    if (next.text === '%') return { type: 'percent', tokStart: i, tokEnd: i + 2 };
    if (next.lower === 'percent' || RU_PERCENT_WORDS.has(next.lower)) return { type: 'percent', tokStart: i, tokEnd: i + 2 };
    if (next.lower === 'per' && tokens[i + 2]?.lower === 'cent') return { type: 'percent', tokStart: i, tokEnd: i + 3 };
  }
  // "2.5 billion dollars", "100 млн рублей", "300 euros".
  let j = afterScale(tokens, i + 1);
  if (currencyWord(tokens[j]) && adjacent(tokens[j - 1], tokens[j])) {
    j++;
    if (tokens[j]?.text === '.' && /^(руб|долл)$/.test(tokens[j - 1]!.lower)) j++;
    return { type: 'money', tokStart: i, tokEnd: j };
  }
  if (tokens[j] && CURRENCY_SYMBOLS.has(tokens[j]!.text) && adjacent(tokens[j - 1], tokens[j])) return { type: 'money', tokStart: i, tokEnd: j + 1 };
  // "in 2022", "в 2022 году", "2022 год".
  if (isYear(t)) {
    const prev = tokens[i - 1];
    const yearWord = tokens[i + 1];
    if (yearWord && /^(год|году|года|г)$/.test(yearWord.lower)) return { type: 'date', tokStart: i, tokEnd: withRuYear(tokens, i + 1) };
    if (prev && /^(in|since|by|until|from|of|в|с|до|к)$/.test(prev.lower)) return { type: 'date', tokStart: i, tokEnd: i + 1 };
  }
  // "44 km", "300 tonnes", "5,000 troops", "44-day war".
  let k = j;
  if (tokens[k]?.text === '-' && adjacent(tokens[k - 1], tokens[k])) k++;
  const unit = tokens[k];
  if (unit && adjacent(tokens[k - 1], unit) && unit.kind === 'word' && (EN_UNITS.has(unit.lower) || RU_UNITS.has(unit.lower) || /^(day|week|month|year|hour|mile|metre|meter|tonne|km)$/.test(unit.lower))) {
    return { type: 'quantity', tokStart: i, tokEnd: k + 1 };
  }
  // "10.3 million vehicles": a scaled number and the plural it counts.
  const counted = tokens[j];
  if (j > i + 1 && counted && adjacent(tokens[j - 1], counted) && counted.kind === 'word' && !counted.cap && /[^s]s$/.test(counted.lower) && counted.lower.length > 3) return { type: 'quantity', tokStart: i, tokEnd: j + 1 };
  if (j > i + 1) return { type: 'quantity', tokStart: i, tokEnd: j };
  return null;
}

/** Extends a Russian year over "года", "году", "г." after it. */
function withRuYear(tokens: readonly Token[], j: number): number {
  const w = tokens[j];
  if (w && adjacent(tokens[j - 1], w) && /^(года|году|год|г)$/.test(w.lower)) {
    j++;
    if (w.lower === 'г' && tokens[j]?.text === '.' && adjacent(w, tokens[j])) j++;
  }
  return j;
}
