// Decides whether a period ends a sentence from the word before it (abbreviation, initial, number, URL)
// and the word after it (capitalised? a typical sentence starter?). All look-arounds are bounded.
import type { AbbrevKind, LangRules } from './abbreviations';
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
  if (known) return known;
  if (word.length === 1 && isLetter(word.charCodeAt(0))) return spacedAbbreviation(text, lineStart, start, word, rules) ?? 'ambiguous';
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
  return dotted ? rules.isHonorific(word) : rules.isStarter(word);
}

/**
 * "At 5 a.m. Mr. Smith left": an abbreviation closing a short introductory phrase (a preposition and at
 * most three words) does not end the sentence.
 */
function closesIntroPhrase(text: string, segStart: number, wordStart: number, rules: LangRules): boolean {
  let s = segStart;
  while (s < wordStart && isSpace(text.charCodeAt(s))) s++;
  if (s === wordStart || wordStart - s > 40) return false;
  let firstEnd = -1;
  let words = 0;
  for (let k = s; k < wordStart; k++) {
    const space = isSpace(text.charCodeAt(k));
    if (!space && (k === s || isSpace(text.charCodeAt(k - 1)))) words++;
    if (space && firstEnd < 0) firstEnd = k;
  }
  return words <= 3 && firstEnd > s && rules.isPreposition(text.slice(s, firstEnd));
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
  if (closed && (cls === 'ambiguous' || cls === 'final')) cls = 'word';
  switch (cls) {
    case 'title':
    case 'medial':
      return false;
    case 'final':
      return isUpper(next.code);
    case 'ambiguous': {
      if (!startsSentence(text, next, rules)) return false;
      return !closesIntroPhrase(text, segStart, wordStart(text, lineStart, dot), rules);
    }
    default:
      return next.code !== -1 && !isLower(next.code);
  }
}

/** "world.Today", "1,000.That": a terminator with no space after it ends a sentence before a capitalised word. */
export function endsWithoutSpace(text: string, lineStart: number, lineEnd: number, term: number, after: number, rules: LangRules): boolean {
  if (after + 1 >= lineEnd || !(isUpper(text.charCodeAt(after)) && isLower(text.charCodeAt(after + 1)))) return false;
  if (inUrlOrEmail(text, lineStart, lineEnd, term)) return false;
  if (text.charCodeAt(term) !== DOT) return true;
  const cls = classifyWord(text, lineStart, lineEnd, term, rules);
  return cls === 'word' || cls === 'number';
}
