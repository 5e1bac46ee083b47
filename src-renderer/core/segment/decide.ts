// Decides whether a period ends a sentence from the word before it (abbreviation, initial, number, URL)
// and the word after it (capitalised? a typical sentence starter?). All look-arounds are bounded.
import { AFTER_A_NAME, AFTER_A_NUMBER, type AbbrevKind, type LangRules } from './abbreviations';
import * as chars from './chars';

// Bound once: some loaders (tsx, vite-node) compile module bindings to getters, a call per use in hot loops.
const { DOT, isDigit, isLetter, isLetterOrDigit, isLower, isOpenOnly, isSpace, isUpper, isWordChar } = chars;

/** What precedes a period: an abbreviation kind, or an ordinary word, a number, a URL or e-mail address. */
export type WordClass = AbbrevKind | 'word' | 'number' | 'url';

const MAX_WORD = 40;
const MAX_TOKEN = 200;

/** Where the word right before the period at `dot` starts (letters, digits, inner periods). */
export function wordStart(text: string, lineStart: number, dot: number): number {
  let s = dot;
  while (s > lineStart && dot - s < MAX_WORD && isWordChar(text.charCodeAt(s - 1))) s--;
  while (s < dot && (text.charCodeAt(s) === DOT || text.charCodeAt(s) === 0x2c)) s++;
  return s;
}

/** Whether the whitespace-delimited token around `pos` is a URL or an e-mail address. */
export function inUrlOrEmail(text: string, lineStart: number, lineEnd: number, pos: number): boolean {
  let s = pos;
  while (s > lineStart && pos - s < MAX_TOKEN && !isSpace(text.charCodeAt(s - 1))) s--;
  let e = pos;
  while (e < lineEnd && e - pos < MAX_TOKEN && !isSpace(text.charCodeAt(e))) e++;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x40) return true; // @
    if (c === 0x3a && text.charCodeAt(k + 1) === 0x2f && text.charCodeAt(k + 2) === 0x2f && k + 2 < e) return true; // ://
  }
  while (s < e && !isLetterOrDigit(text.charCodeAt(s))) s++;
  return e - s > 4 && text.slice(s, s + 4).toLowerCase() === 'www.';
}

const NUMBER = /^\d[\d.,]*$/;
const LETTERS = /^[\p{L}\p{M}]+$/u;

/** Classifies the word before a period. */
export function classifyWord(text: string, lineStart: number, lineEnd: number, dot: number, rules: LangRules): WordClass {
  const start = wordStart(text, lineStart, dot);
  if (start === dot) return 'word';
  let hasDot = false;
  let numeric = isDigit(text.charCodeAt(start));
  for (let k = start; k < dot; k++) {
    const c = text.charCodeAt(k);
    if (c === DOT) hasDot = true;
    else if (!isDigit(c) && c !== 0x2c) numeric = false;
  }
  // Only a word with inner periods or glued to something before it (@, /, :) can be part of a URL.
  const glued = start > lineStart && !isSpace(text.charCodeAt(start - 1)) && !isOpenOnly(text.charCodeAt(start - 1));
  if ((glued || hasDot) && inUrlOrEmail(text, lineStart, lineEnd, dot)) return 'url';
  if (numeric) return 'number';
  if (!hasDot && dot - start > rules.maxLength) return 'word';
  const word = text.slice(start, dot);
  const known = rules.abbreviation(word);
  // Every word whose kind depends on the token before it is also in the tables, so unknown words skip this.
  const contextual = known ? contextualKind(text, lineStart, start, word, rules) : undefined;
  if (contextual) return contextual;
  if (known) return known;
  if (word.length === 1 && isLetter(word.charCodeAt(0))) {
    // "Objective-C.", "Vitamin-A.": a letter ending a hyphenated word is no initial.
    if (start > lineStart && text.charCodeAt(start - 1) === 0x2d && isLetterOrDigit(text.charCodeAt(start - 2))) return 'word';
    return spacedAbbreviation(text, lineStart, start, word, rules) ?? 'ambiguous';
  }
  if (word.includes('.')) {
    const parts = word.split('.');
    const multi = parts.length >= 2 && parts.every((p) => LETTERS.test(p) && (p.length === 1 || rules.abbreviation(p) !== undefined));
    if (multi) return 'ambiguous';
    const last = parts[parts.length - 1] ?? '';
    if (last.length === 1 && isLetter(last.charCodeAt(0))) return 'ambiguous';
    return rules.abbreviation(last) ?? (NUMBER.test(last) ? 'number' : 'word');
  }
  return 'word';
}

const ROMAN_NUMERAL = /^[IVXLCDMХ]+$/; // Cyrillic Х too: "ХХI в." is often typed with it
const NUMBER_WORDS = new Set(['тыс', 'млн', 'млрд', 'трлн', 'million', 'billion', 'trillion']);

/** The whitespace-delimited token before `start` (one space or more between), trimmed of a final period. */
function tokenBefore(text: string, lineStart: number, start: number): string {
  let e = start;
  if (e <= lineStart || !isSpace(text.charCodeAt(e - 1))) return '';
  while (e > lineStart && start - e < 4 && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > lineStart && e - s < MAX_WORD && !isSpace(text.charCodeAt(s - 1))) s--;
  if (e > s && text.charCodeAt(e - 1) === DOT) e--;
  // "(1998 г.)": an opening bracket or quote is not part of the number.
  while (s < e && !isLetterOrDigit(text.charCodeAt(s))) s++;
  return text.slice(s, e);
}

/**
 * The kind an abbreviation takes from the token before it, when its meaning depends on it: after a number
 * ("1998 г.", "XXI в.", "2 млн руб.") or after a name or ordinal ("Main St.", "5th St.").
 */
function contextualKind(text: string, lineStart: number, start: number, word: string, rules: LangRules): AbbrevKind | undefined {
  const bits = rules.contextual(word);
  if (bits === 0) return undefined;
  const before = tokenBefore(text, lineStart, start);
  if (before.length === 0) return undefined;
  const c = before.charCodeAt(0);
  if (bits & AFTER_A_NUMBER && (isDigit(c) || ROMAN_NUMERAL.test(before) || NUMBER_WORDS.has(before))) return 'closing';
  if (bits & AFTER_A_NAME && (isDigit(c) || (isUpper(c) && before.length > 1 && LETTERS.test(before) && !rules.isStarter(before)))) return 'closing';
  return undefined;
}

/** "т. д." / "i. e.": a single letter whose predecessor is "x. " forms a spaced multi-period abbreviation. */
function spacedAbbreviation(text: string, lineStart: number, start: number, word: string, rules: LangRules): AbbrevKind | undefined {
  const p = start - 3;
  if (p < lineStart || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== DOT) return undefined;
  if (!isLetter(text.charCodeAt(p)) || (p > lineStart && isLetter(text.charCodeAt(p - 1)))) return undefined;
  const kind = rules.abbreviation(`${text.charAt(p)}.${word}`);
  return kind === 'ambiguous' ? undefined : kind;
}

/** The next word after a candidate boundary, past whitespace, opening quotes/brackets and dashes. */
export interface Next {
  /** First character code of the next word, or -1 at the end of the line. */
  code: number;
  /** Where the word starts, and the end of its line. */
  start: number;
  lineEnd: number;
}

/**
 * Skipped before the next word: opening quotation marks and brackets (and ¿ ¡), and dashes, so that
 * "voilà! -- you have cake" and "«Стой!» — крикнул он" read the lower-case word after the dash.
 */
function isOpenerOrDash(c: number): boolean {
  return isOpenOnly(c) || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x2d || (c >= 0x2012 && c <= 0x2015);
}

/** Fills `next` with the word after `from` (reusing the object: this runs once per terminator). */
export function nextWord(text: string, from: number, lineEnd: number, next: Next): Next {
  let m = from;
  while (m < lineEnd && (isSpace(text.charCodeAt(m)) || isOpenerOrDash(text.charCodeAt(m)))) m++;
  next.code = m < lineEnd ? text.charCodeAt(m) : -1;
  next.start = m;
  next.lineEnd = lineEnd;
  return next;
}

/** The end of the next word's letters (computed only when a rule needs the word itself). */
function wordEnd(text: string, next: Next): number {
  let e = next.start;
  while (e < next.lineEnd && e - next.start < MAX_WORD && isLetter(text.charCodeAt(e))) e++;
  return e;
}

export function wordAt(text: string, next: Next): string {
  return text.slice(next.start, wordEnd(text, next));
}

/** Whether a sentence starts with `next` after an ambiguous abbreviation: a starter word, or "Mr.", "Dr.". */
function startsSentence(text: string, next: Next, rules: LangRules): boolean {
  if (!isUpper(next.code)) return false;
  const end = wordEnd(text, next);
  const word = text.slice(next.start, end);
  const dotted = end < next.lineEnd && text.charCodeAt(end) === DOT;
  if (dotted) return rules.isHonorific(word);
  if (rules.isStarter(word)) return true;
  // "moved to the U.K. Negotiators expect…": a plural noun for people before a lower-case word.
  if (!rules.isPeoplePlural(word)) return false;
  const after = followingWord(text, end, next.lineEnd);
  return after > end && isLower(text.charCodeAt(after));
}

/** Whether `c` ends a clause before an introductory phrase: , ; : or a dash. */
function isClausePunct(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013;
}

/** Words in `text[from, to)`. */
function countWords(text: string, from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k)) && (k === from || isSpace(text.charCodeAt(k - 1)))) words++;
  return words;
}

/**
 * "At 5 a.m. Mr. Smith left", "Как известно, в 2019 г. Петров…": an abbreviation closing a short
 * introductory phrase (a preposition and at most three words) at the start of the statement, or after a
 * discourse marker of one or two words and a comma, colon or dash, does not end the sentence. After a
 * longer clause ("Markets closed early, at 2 p.m. Analysts said…") the phrase ends that clause.
 */
function closesIntroPhrase(text: string, segStart: number, wordStart: number, rules: LangRules): boolean {
  let s = wordStart;
  while (s > segStart && wordStart - s <= 40 && !isClausePunct(text.charCodeAt(s - 1))) s--;
  if (s > segStart && !isClausePunct(text.charCodeAt(s - 1))) return false;
  if (s > segStart && countWords(text, segStart, s - 1) > 2) return false;
  while (s < wordStart && isSpace(text.charCodeAt(s))) s++;
  if (s === wordStart || wordStart - s > 40) return false;
  let firstEnd = -1;
  let words = 0;
  for (let k = s; k < wordStart; k++) {
    const space = isSpace(text.charCodeAt(k));
    if (!space && (k === s || isSpace(text.charCodeAt(k - 1)))) words++;
    if (space && firstEnd < 0) firstEnd = k;
  }
  if (words > 3 || firstEnd <= s) return false;
  const first = text.slice(s, firstEnd);
  return rules.isPreposition(first) || rules.isPreposition(capitalise(first));
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Where the word after `from` (past spaces) starts, or -1 at the end of the line. */
function followingWord(text: string, from: number, lineEnd: number): number {
  let m = from;
  while (m < lineEnd && isSpace(text.charCodeAt(m))) m++;
  return m < lineEnd ? m : -1;
}

/**
 * After a "closing" abbreviation (Co., p.m., 1998 г.), whether the capitalised `next` word starts a sentence:
 * yes unless it reads as the phrase going on: an initial or another abbreviation other than a title ("Co.
 * Ltd.", "г. В. В. Путин"), a listed continuation ("p.m. Monday", "Corp. Chairman"), "… time" after a clock
 * time, or a title-case run in a language with title-case headlines ("Apple Inc. Reports Record Sales").
 */
function closingEnds(text: string, next: Next, rules: LangRules): boolean {
  const end = wordEnd(text, next);
  const word = text.slice(next.start, end);
  if (end < next.lineEnd && text.charCodeAt(end) === DOT) {
    return word.length > 1 && rules.abbreviation(word) === 'title';
  }
  // "Acme Inc. (“Acme”) said": a bracket after the abbreviation explains it; sentences rarely open with one.
  let open = next.start;
  while (open > 0 && next.start - open < 4 && !isSpace(text.charCodeAt(open - 1))) open--;
  if (text.charCodeAt(open) === 0x28) return false;
  if (rules.isContinuation(word)) return false;
  const after = followingWord(text, end, next.lineEnd);
  if (after < 0 || after === end) return true;
  // "3 p.m. Moscow time": the zone named before "time" (as a word: not "timed", "timeline").
  if ((text.startsWith('time', after) || text.startsWith('Time', after)) && !isLetter(text.charCodeAt(after + 4))) return false;
  return rules.isStarter(word) || !(rules.titleCase && isUpper(text.charCodeAt(after)));
}

/** Whether the first word of the statement starting at `segStart` is the one starting at `start`. */
function opensStatement(text: string, segStart: number, start: number): boolean {
  let s = segStart;
  while (s < start && (isSpace(text.charCodeAt(s)) || isOpenOnly(text.charCodeAt(s)) || text.charCodeAt(s) === 0x22)) s++;
  return s === start;
}

/**
 * Whether the period at `dot`, followed by whitespace and then `next`, ends a sentence. `closed`: a closing
 * quote or bracket follows the period; `segStart`: where the current statement started.
 */
export function periodEndsSentence(
  text: string, lineStart: number, lineEnd: number, segStart: number, dot: number, closed: boolean, next: Next, rules: LangRules,
): boolean {
  let cls = classifyWord(text, lineStart, lineEnd, dot, rules);
  if (cls === 'number' && rules.ordinalNumbers) cls = 'ambiguous';
  if (cls === 'numeric') cls = isDigit(next.code) ? 'title' : 'word';
  if (closed && (cls === 'ambiguous' || cls === 'final' || cls === 'closing')) cls = 'word';
  switch (cls) {
    case 'title':
    case 'medial':
      return false;
    case 'final':
      return isUpper(next.code);
    case 'closing':
      if (!isUpper(next.code) || !closingEnds(text, next, rules)) return false;
      return !closesIntroPhrase(text, segStart, wordStart(text, lineStart, dot), rules);
    case 'ambiguous': {
      const start = wordStart(text, lineStart, dot);
      // "Q. What did you see? A. Nothing.": a letter opening a statement is a label or an initial, and a
      // statement of one letter is no sentence.
      if (dot - start === 1 && opensStatement(text, segStart, start)) return false;
      if (!startsSentence(text, next, rules)) return false;
      return !closesIntroPhrase(text, segStart, start, rules);
    }
    default:
      return next.code !== -1 && !isLower(next.code);
  }
}

/**
 * After a question or exclamation closed by a quotation mark, whether an attribution follows that belongs
 * to the same statement: a title and a name before a lower-case word ("Is this legal?" Gov. Ruiz wanted to
 * know), or a name and a verb of saying ("Why?" Ruiz asked). A starter word ("She nodded") opens a sentence.
 */
export function attributionFollows(text: string, next: Next, rules: LangRules): boolean {
  if (!isUpper(next.code)) return false;
  let p = next.start;
  let titled = false;
  let names = 0;
  for (let n = 0; n < 5; n++) {
    let e = p;
    while (e < next.lineEnd && e - p < MAX_WORD && (isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === 0x2d || text.charCodeAt(e) === 0x27)) e++;
    if (e === p) return false;
    const word = text.slice(p, e);
    const dotted = text.charCodeAt(e) === DOT;
    if (isUpper(word.charCodeAt(0))) {
      if (n === 0 && dotted && rules.abbreviation(word) === 'title') titled = true;
      else if (n === 0 && rules.isStarter(word)) return false;
      else names++;
    } else {
      return names > 0 && (titled || rules.isSpeechVerb(word));
    }
    p = e + (dotted ? 1 : 0);
    if (p >= next.lineEnd || !isSpace(text.charCodeAt(p))) return false;
    while (p < next.lineEnd && isSpace(text.charCodeAt(p))) p++;
  }
  return false;
}

/** "world.Today", "1,000.That": a terminator with no space after it ends a sentence before a capitalised word. */
export function endsWithoutSpace(text: string, lineStart: number, lineEnd: number, term: number, after: number, rules: LangRules): boolean {
  if (after + 1 >= lineEnd || !(isUpper(text.charCodeAt(after)) && isLower(text.charCodeAt(after + 1)))) return false;
  if (inUrlOrEmail(text, lineStart, lineEnd, term)) return false;
  if (text.charCodeAt(term) !== DOT) return true;
  const cls = classifyWord(text, lineStart, lineEnd, term, rules);
  return cls === 'word' || cls === 'number';
}
