// The linear scan over one block: one pass collects the notable characters (terminators, quotes, bullets,
// line breaks); lines are then walked event by event and trimmed statement spans emitted at boundaries.
import type { LangRules } from './abbreviations';
import * as chars from './chars';
import * as decide from './decide';
import * as flagBits from './flags';
import type { Flags } from './flags';
import { markLists } from './lists';
import { pairQuotes } from './quotes';

// Bound once: some loaders (tsx, vite-node) compile module bindings to getters, a call per use in hot loops.
const {
  CHAR_CLASS, C_BULLET, C_HSPACE, C_LINE_BREAK, C_QUOTE, C_SPACE, C_TERMINATOR, DOT, ELLIPSIS, isCjkTerminator, isDigit,
  isCloseOnly, isExclaimOrQuestion, isLetter, isLetterOrDigit, isLower, isOpenOnly, isSpace, isUpper,
} = chars;
const { attributionFollows, endsWithoutSpace, nextWord, periodEndsSentence, wordAt } = decide;
const { CLOSE, MARKER, OPEN, newFlags } = flagBits;

const NOTABLE = C_LINE_BREAK | C_TERMINATOR | C_BULLET | C_QUOTE;
/** NOTABLE for ASCII, in a table small enough to stay in the L1 cache. */
const ASCII_NOTABLE = Uint8Array.from({ length: 128 }, (_, c) => ((CHAR_CLASS[c] ?? 0) & NOTABLE ? 1 : 0));

export interface Span {
  start: number;
  end: number;
}

/** Reusable buffers for one `segment` call: per-character flags and the offsets of notable characters. */
export interface Workspace {
  flags: Uint8Array;
  events: Int32Array;
}

export function newWorkspace(longestBlock: number): Workspace {
  return { flags: new Uint8Array(longestBlock), events: new Int32Array(Math.max(64, longestBlock >> 3)) };
}

/**
 * Pushes `[start, end)` trimmed of whitespace, unless nothing is left, as two numbers: spans are kept
 * flat (start, end, start, end, ...), one growing array instead of an object per statement.
 */
function emit(text: string, start: number, end: number, out: number[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push(start, end);
}

/**
 * A line break is soft (a flowed wrap, read as a space) when trailing horizontal whitespace precedes it
 * and the next line is not blank; any other line break ends a statement.
 */
function isSoftBreak(text: string, pos: number, start: number, end: number): boolean {
  const cc = CHAR_CLASS;
  if (pos === start || !((cc[text.charCodeAt(pos - 1)] ?? 0) & C_HSPACE)) return false;
  let q = pos + 1;
  while (q < end && (cc[text.charCodeAt(q)] ?? 0) & C_HSPACE) q++;
  return q < end && !((cc[text.charCodeAt(q)] ?? 0) & C_LINE_BREAK);
}

/** Segments `[start, end)` of `text` (one block) into statement spans appended to `out` (flat, see emit). */
export function segmentRange(text: string, start: number, end: number, rules: LangRules, out: number[], ws: Workspace): void {
  const cc = CHAR_CLASS;
  const flags = newFlags(start, end, ws.flags);
  ws.flags = flags.bits;
  let events = ws.events;
  let count = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c < 128 ? ASCII_NOTABLE[c] : (cc[c] ?? 0) & NOTABLE) {
      if (count === events.length) {
        const grown = new Int32Array(events.length * 2);
        grown.set(events);
        events = grown;
      }
      events[count++] = p;
    }
  }
  ws.events = events;
  let lineStart = start;
  let first = 0;
  for (let k = 0; k < count; k++) {
    const p = events[k] ?? 0;
    if ((cc[text.charCodeAt(p)] ?? 0) & C_LINE_BREAK && !isSoftBreak(text, p, start, end)) {
      scanLine(text, lineStart, p, events, first, k, flags, rules, out);
      lineStart = p + 1;
      first = k + 1;
    }
  }
  scanLine(text, lineStart, end, events, first, count, flags, rules, out);
}

interface Cluster {
  /** Offset just after the cluster. */
  end: number;
  /** Periods in a leading run of dots ("." = 1, "...", ". . ." and "…" = 3). */
  dots: number;
  /** The dots were spaced (". . ."). */
  spaced: boolean;
  /** A "word. . . ." period directly after a word, followed by a spaced ellipsis. */
  attached: boolean;
  exclaim: boolean;
  cjk: boolean;
  /** A closing quote or bracket is part of the cluster. */
  closed: boolean;
  /** Quotation/bracket depth after the cluster. */
  depth: number;
}

const newCluster = (): Cluster => ({ end: 0, dots: 0, spaced: false, attached: false, exclaim: false, cjk: false, closed: false, depth: 0 });

/** Reads the terminator cluster at `i` into `cl` (reused: this runs once per terminator). */
function readCluster(text: string, i: number, lineStart: number, lineEnd: number, flags: Flags, depth: number, cl: Cluster): Cluster {
  cl.end = i;
  cl.dots = 0;
  cl.spaced = cl.attached = cl.exclaim = cl.cjk = cl.closed = false;
  cl.depth = depth;
  const cc = CHAR_CLASS;
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (j < lineEnd && c === DOT) cl.dots++;
    else if (j < lineEnd && c === ELLIPSIS) cl.dots += 3;
    else if (cl.dots > 0 && c === 32 && text.charCodeAt(j + 1) === DOT && j + 1 < lineEnd) cl.spaced = true;
    else break;
    j++;
  }
  cl.attached = cl.spaced && cl.dots >= 4 && i > lineStart && !isSpace(text.charCodeAt(i - 1)) && text.charCodeAt(i + 1) === 32;
  while (j < lineEnd) {
    const c = text.charCodeAt(j);
    const f = flags.bits[j - flags.base] ?? 0;
    if ((cc[c] ?? 0) & C_TERMINATOR) {
      if (isExclaimOrQuestion(c)) cl.exclaim = true;
      if (isCjkTerminator(c)) cl.cjk = true;
    } else if (f & CLOSE || (!(f & OPEN) && (isCloseOnly(c) || c === 0x22 || c === 0x27))) {
      if (f & CLOSE) cl.depth = Math.max(0, cl.depth - 1);
      cl.closed = true;
    } else if (isFootnoteDigit(c)) {
      // "in the survey.4 5 The authors…": footnote numbers after the full stop belong to the sentence.
      const close = footnoteRunEnd(text, i, j, lineEnd);
      if (close < 0) break;
      j = close - 1;
    } else if (c === 0x5b) {
      // A footnote mark after the full stop belongs to the sentence: "martyr.[1] The emperor…"
      const close = footnoteEnd(text, j, lineEnd);
      if (close < 0) break;
      j = close;
      cl.closed = true;
    } else break;
    j++;
  }
  cl.end = j;
  return cl;
}

/** Digits, and the superscript digits a footnote mark is often written in. */
function isFootnoteDigit(c: number): boolean {
  return isDigit(c) || c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/**
 * Footnote numbers at `j` right after the full stop at `dot` ("survey.4", "survey.4 5", "survey.⁴,⁵"):
 * where they end, or -1. Only after a word of at least two lower-case letters (not "2.5" or "U.S.4"), and
 * only when a capitalised word (or the end of the line) follows, so "version.2 of" stays one token.
 */
function footnoteRunEnd(text: string, dot: number, j: number, lineEnd: number): number {
  if (dot - 2 < 0 || !isLower(text.charCodeAt(dot - 1)) || !isLower(text.charCodeAt(dot - 2))) return -1;
  let k = j;
  let digits = 0;
  while (k < lineEnd && k - j < 16) {
    const c = text.charCodeAt(k);
    if (isFootnoteDigit(c)) {
      if (++digits > 3) return -1;
    } else if (c === 0x2c || c === 32) {
      // A separator between two numbers: "4, 5" or "4 5".
      const more = isFootnoteDigit(text.charCodeAt(k + 1)) || (c === 0x2c && text.charCodeAt(k + 1) === 32 && isFootnoteDigit(text.charCodeAt(k + 2)));
      if (digits === 0 || !more) break;
      digits = 0;
    } else break;
    k++;
  }
  if (digits === 0) return -1;
  if (k === lineEnd) return k;
  if (!isSpace(text.charCodeAt(k))) return -1;
  let m = k;
  while (m < lineEnd && isSpace(text.charCodeAt(m))) m++;
  const c = text.charCodeAt(m);
  return m < lineEnd && (isUpper(c) || isOpenOnly(c) || c === 0x22 || c === 0x201c) ? k : -1;
}

/** Length of the emoji at `p` (a pictograph with its modifiers, joiners and variation selectors), or 0. */
function emojiAt(text: string, p: number, lineEnd: number): number {
  const c = text.charCodeAt(p);
  let q = p;
  if (c >= 0xd83c && c <= 0xd83e && p + 1 < lineEnd) q = p + 2;
  else if ((c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || c === 0x2122 || c === 0x2139) q = p + 1;
  else return 0;
  for (;;) {
    const m = text.charCodeAt(q);
    if (q < lineEnd && (m === 0xfe0f || m === 0x20e3)) q++;
    else if (q + 1 < lineEnd && m === 0xd83c && text.charCodeAt(q + 1) >= 0xdffb && text.charCodeAt(q + 1) <= 0xdfff) q += 2; // skin tone
    else if (q + 1 < lineEnd && m === 0x200d) {
      // A joined emoji (👩‍💻) goes on with the next one; a joiner before anything else ends it.
      const joined = emojiAt(text, q + 1, lineEnd);
      if (joined === 0) break;
      q += 1 + joined;
    } else break;
  }
  return Math.min(q, lineEnd) - p;
}

/** Length of the text smiley at `p` (":)", ":-(", ";)", ":D", ":P", "=)"), or 0. */
function emoticonAt(text: string, p: number, lineEnd: number): number {
  const c = text.charCodeAt(p);
  if (!(c === 0x3a || c === 0x3b || c === 0x3d)) return 0;
  let q = p + 1;
  if (text.charCodeAt(q) === 0x2d) q++;
  const m = text.charCodeAt(q);
  return q < lineEnd && (m === 0x29 || m === 0x28 || m === 0x44 || m === 0x50 || m === 0x70) ? q + 1 - p : 0;
}

/**
 * Where a run of smileys (emoji or text smileys, maybe spaced) after `from` ends, when whitespace or the
 * line's end follows it; else `from`.
 */
function trailingSmileys(text: string, from: number, lineEnd: number): number {
  let p = from;
  let end = from;
  for (let units = 0; units < 16; units++) {
    let q = p;
    while (q < lineEnd && q - p < 3 && ((CHAR_CLASS[text.charCodeAt(q)] ?? 0) & C_HSPACE)) q++;
    const n = q < lineEnd ? emojiAt(text, q, lineEnd) || emoticonAt(text, q, lineEnd) : 0;
    if (n === 0) break;
    p = q + n;
    if (p < lineEnd && !isSpace(text.charCodeAt(p)) && emojiAt(text, p, lineEnd) === 0) return end;
    end = p;
  }
  return end;
}

/** The "]" of a short footnote mark "[12]", "[a]", "[citation needed]" opening at `j`, or -1. */
function footnoteEnd(text: string, j: number, lineEnd: number): number {
  for (let k = j + 1; k < lineEnd && k - j <= 24; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x5d) return k > j + 1 ? k : -1;
    if (!(isLetterOrDigit(c) || c === 32 || c === 0x2c || c === 0x2d)) return -1;
  }
  return -1;
}

/** Where the statement ends for the terminator cluster `cl` starting at `i` (-1: no boundary here). */
function boundaryAfter(
  text: string, i: number, cl: Cluster, lineStart: number, lineEnd: number, segStart: number, rules: LangRules, next: decide.Next,
): number {
  const gap = isSpace(text.charCodeAt(cl.end));
  if (cl.cjk) {
    // 「はい。」と言った: a quotation closed by its full stop runs on into the sentence around it.
    return gap || !cl.closed || !isLetterOrDigit(text.charCodeAt(cl.end)) ? cl.end : -1;
  }
  if (!gap) {
    const last = cl.end - 1;
    const term = (CHAR_CLASS[text.charCodeAt(last)] ?? 0) & C_TERMINATOR ? last : i;
    return endsWithoutSpace(text, lineStart, lineEnd, term, cl.end, rules) ? cl.end : -1;
  }
  nextWord(text, cl.end, lineEnd, next);
  if (cl.exclaim) {
    if (isLower(next.code)) return -1;
    // "Is this legal?" Gov. Ruiz wanted to know.: the quoted question is part of the attribution's sentence.
    return cl.closed && attributionFollows(text, next, rules) ? -1 : cl.end;
  }
  if (cl.attached) {
    // "compounds. . . . The": the sentence ends at its own period; the ellipsis opens the next one.
    return isUpper(next.code) ? i + 1 : -1;
  }
  if (cl.dots >= 4) return isLower(next.code) ? -1 : cl.end;
  if (cl.dots === 3) {
    // A spaced ". . ." or a bracketed "[...]" marks an omission; "..." before a capital ends a sentence
    // (but "I" is always capital).
    const bracketed = i > lineStart && (text.charCodeAt(i - 1) === 0x5b || text.charCodeAt(i - 1) === 0x28);
    return !cl.spaced && !bracketed && isUpper(next.code) && wordAt(text, next) !== 'I' ? cl.end : -1;
  }
  return periodEndsSentence(text, lineStart, lineEnd, segStart, i, cl.closed, next, rules) ? cl.end : -1;
}

const ENDS = 1;
const CONTINUES = 2;
const UNSURE = 0;

/**
 * The common cases, decided without the full analysis (which gives the same answers): a lone period
 * followed by a space and a lower-case letter ends nothing; after a plain word (letters only, after a space
 * or an opening bracket) longer than any abbreviation and before a capital, it ends the sentence.
 */
function plainPeriod(text: string, i: number, lineStart: number, maxLength: number): number {
  const after = text.charCodeAt(i + 2);
  const before = i > lineStart ? text.charCodeAt(i - 1) : -1;
  if (isLower(after)) return before !== DOT && before !== 32 ? CONTINUES : UNSURE;
  if (!isUpper(after)) return UNSURE;
  let s = i;
  while (s > lineStart && i - s < 40 && isLetter(text.charCodeAt(s - 1))) s--;
  if (i - s <= maxLength || (s > lineStart && i - s === 40)) return UNSURE;
  return s === lineStart || isSpace(text.charCodeAt(s - 1)) || isOpenOnly(text.charCodeAt(s - 1)) ? ENDS : UNSURE;
}

function scanLine(
  text: string, lineStart: number, lineEnd: number, events: Int32Array, first: number, last: number,
  flags: Flags, rules: LangRules, out: number[],
): void {
  const cc = CHAR_CLASS;
  pairQuotes(text, lineStart, lineEnd, events, first, last, flags);
  const breaks = markLists(text, lineStart, lineEnd, flags, events, first, last);
  const bits = flags.bits;
  const base = flags.base;
  let segStart = lineStart;
  let depth = 0;
  let nextBreak = 0;
  let resumeAt = lineStart;
  const cl = newCluster();
  const next: decide.Next = { code: -1, start: 0, lineEnd };
  for (let k = first; k <= last; k++) {
    const i = k < last ? (events[k] ?? lineEnd) : lineEnd;
    // List items continuing a sequence ("1. … 2. …") start new statements.
    for (; nextBreak < breaks.length && (breaks[nextBreak] ?? lineEnd) <= i; nextBreak++) {
      const b = breaks[nextBreak] ?? lineEnd;
      if (b > segStart && b >= resumeAt) {
        emit(text, segStart, b, out);
        segStart = b;
      }
    }
    if (k === last) break;
    if (i < resumeAt) continue;
    const c = text.charCodeAt(i);
    const f = bits[i - base] ?? 0;
    const cls = cc[c] ?? 0;
    if (cls & C_BULLET && i > lineStart && i > segStart && (cc[text.charCodeAt(i - 1)] ?? 0) & C_SPACE) {
      emit(text, segStart, i, out);
      segStart = i;
    }
    if (f & OPEN) depth++;
    if (f & CLOSE) depth = Math.max(0, depth - 1);
    if (!(cls & C_TERMINATOR) || f & MARKER) continue;

    if (c === DOT && i + 1 < lineEnd) {
      // A period inside a word or number ("U.S", "2.5", "e.g"): the full analysis would end a statement
      // here only before a capital and a lower-case letter ("world.Today"), so anything else goes on.
      const n = text.charCodeAt(i + 1);
      if (isLetterOrDigit(n) && !(i + 2 < lineEnd && isUpper(n) && isLower(text.charCodeAt(i + 2))) && !(isDigit(n) && footnoteRunEnd(text, i, i + 1, lineEnd) >= 0)) {
        resumeAt = i + 1;
        continue;
      }
    }
    if (c === DOT && depth === 0 && text.charCodeAt(i + 1) === 32 && i + 2 < lineEnd) {
      const verdict = plainPeriod(text, i, lineStart, rules.maxLength);
      if (verdict !== UNSURE) {
        if (verdict === ENDS) {
          emit(text, segStart, i + 1, out);
          segStart = i + 1;
        }
        resumeAt = i + 1;
        continue;
      }
    }
    readCluster(text, i, lineStart, lineEnd, flags, depth, cl);
    const boundary = cl.depth === 0 && cl.end < lineEnd ? boundaryAfter(text, i, cl, lineStart, lineEnd, segStart, rules, next) : -1;
    if (boundary >= 0) {
      // "Безумно красиво! 😍😍 Зато…", "I love her. :) I have…": a smiley after the full stop closes the
      // sentence it reacts to.
      const end = boundary === cl.end ? trailingSmileys(text, boundary, lineEnd) : boundary;
      emit(text, segStart, end, out);
      segStart = end;
      if (end > cl.end) cl.end = end;
    }
    // After "compounds." the ellipsis is scanned again as the start of the next statement.
    if (boundary === i + 1 && cl.attached) {
      resumeAt = i + 1;
    } else {
      depth = cl.depth;
      resumeAt = cl.end;
    }
  }
  emit(text, segStart, lineEnd, out);
}
