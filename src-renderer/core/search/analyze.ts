// Text analysis for search: text into words with their offsets, each word folded (case, diacritics, ё = е)
// and stemmed. Matching is by whole words, never substrings: "Putin" is one word and "computing" another,
// so one never finds the other.
//
// Stemmers: @orama/stemmers (Apache-2.0, kept with Orama), measured against snowball-stemmers (ISC, last
// published 2024): the same Russian stems on our test words, 4 times faster (200,000 Russian words: 0.31 s
// against 1.25 s), and 10 KB minified for English and Russian against 334 KB (that package bundles every
// language in one module). Both are pure ES code with no fs, so they run in a worker. Its English stemmer is
// Porter's original algorithm rather than Porter2 ("generously" -> "gener"): inflections join the same way.

import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';

/**
 * A word: letters, combining marks and digits of any script. Apostrophes and hyphens split words ("Putin's"
 * is "putin" and "s", "state-owned" two words), so a query word finds the word inside such compounds.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface Token {
  /** The folded word (lower case, no diacritics, ё as е). */
  term: string;
  /** Offsets of the word in the analysed text (UTF-16 code units). */
  start: number;
  end: number;
}

/** Words with diacritics are folded through NFD, which is slow; they repeat, so each spelling is folded once. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 200_000;
const NEEDS_DECOMPOSING = /[^\u0000-\u007f\u0400-\u045f]/;

/** A word folded for matching: lower case, diacritics removed (but й kept: it is a letter of its own), ё = е. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Plain ASCII and Cyrillic words (nearly all of them) need nothing more, and no cache look-up.
  if (!NEEDS_DECOMPOSING.test(lower)) return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  const out = lower
    .normalize('NFD')
    .replace(/и\u0306/g, 'й')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/ё/g, 'е');
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  foldCache.set(word, out);
  return out;
}

/** Every word of `text` with its offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = fold(m[0]);
    if (term.length > 0) out.push({ term, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The folded words of `text`, without offsets (indexing needs only their order). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = fold(m[0]);
    if (term.length > 0) out.push(term);
  }
  return out;
}

export type Script = 'latin' | 'cyrillic' | 'other';

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;

/** The script of a folded word (by its first letter of a known script). */
export function scriptOf(term: string): Script {
  if (CYRILLIC.test(term)) return 'cyrillic';
  if (LATIN.test(term)) return 'latin';
  return 'other';
}

/** Stems are worked out per distinct word and kept; the index asks for each new word once. */
const stemCache = new Map<string, string>();

/**
 * The stem of a folded word, chosen by its script: Cyrillic words by the Russian stemmer, Latin ones by
 * the English stemmer, others unchanged. Script decides rather than the article's language because a
 * Russian quote in an English report is still Russian; the article's language then says whether the stem
 * may be used at all (see `stemsApply`). Words with digits are kept whole ("2024", "g7").
 */
export function stem(term: string): string {
  const cached = stemCache.get(term);
  if (cached !== undefined) return cached;
  let out = term;
  if (!/\p{N}/u.test(term) && term.length > 2) {
    const script = scriptOf(term);
    if (script === 'cyrillic') out = stemRussian(term);
    else if (script === 'latin') out = stemEnglish(term);
  }
  if (stemCache.size >= FOLD_CACHE_LIMIT) stemCache.clear();
  stemCache.set(term, out);
  return out;
}

/**
 * Whether a word of `script` in a document of language `lang` may be matched by its stem. Latin words are
 * stemmed as English in English, Russian and undetermined documents (English words there are English);
 * in a French or German article an English stem would join unrelated words, so only exact and fuzzy
 * matches count there. Cyrillic words are stemmed as Russian except in other Cyrillic languages.
 */
export function stemsApply(script: Script, lang: string | undefined): boolean {
  const base = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  if (script === 'latin') return base === '' || base === 'en' || base === 'ru';
  if (script === 'cyrillic') return base === '' || base === 'ru' || base === 'en';
  return false;
}

/** Damerau-Levenshtein distance of at most one: one letter changed, added, removed, or two adjacent swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la < lb ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC_LETTERS = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';

/** Words this short get no typo forgiven: at four letters one edit turns a word into too many others. */
export const FUZZY_MIN_LENGTH = 5;

/**
 * Every string one edit (Damerau) away from `term` in its own alphabet. The index looks each up in its
 * vocabulary: about 1,300 map look-ups for a 10-letter word, far cheaper than scanning 300,000 words.
 */
export function oneEditVariants(term: string): string[] {
  const script = scriptOf(term);
  const alphabet = script === 'cyrillic' ? CYRILLIC_LETTERS : script === 'latin' ? LATIN_LETTERS : '';
  const out = new Set<string>();
  const chars = [...term];
  const n = chars.length;
  for (let i = 0; i < n; i++) {
    out.add(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
    if (i + 1 < n) {
      const swapped = chars.slice();
      swapped[i] = chars[i + 1]!;
      swapped[i + 1] = chars[i]!;
      out.add(swapped.join(''));
    }
  }
  for (let i = 0; i <= n; i++) {
    const head = chars.slice(0, i).join('');
    const tail = chars.slice(i).join('');
    const rest = chars.slice(i + 1).join('');
    for (const c of alphabet) {
      out.add(head + c + tail);
      if (i < n && c !== chars[i]) out.add(head + c + rest);
    }
  }
  out.delete(term);
  return [...out];
}

/**
 * The ranges of `text` whose words are among `matched` (folded words, as a search result lists them), for
 * highlighting every hit of a search in an open article: stemmed and forgiven-typo hits included.
 */
export function highlightRanges(text: string, matched: Iterable<string>): { start: number; end: number }[] {
  const wanted = new Set(matched);
  if (wanted.size === 0) return [];
  return tokenize(text)
    .filter((t) => wanted.has(t.term))
    .map((t) => ({ start: t.start, end: t.end }));
}
