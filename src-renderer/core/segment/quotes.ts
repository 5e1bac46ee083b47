// Pairs quotation marks and brackets on one line (one pass over them with a small stack) so that sentence
// punctuation inside a quotation or parenthesis does not split the statement around it.
import * as chars from './chars';
import * as flagBits from './flags';
import type { Flags } from './flags';

// Bound once: some loaders (tsx, vite-node) compile module bindings to getters, a call per use in hot loops.
const { CHAR_CLASS, C_QUOTE, closerFor, isCloseOnly, isDigit, isLetterOrDigit, isOpenOnly, isSpace } = chars;
const { CLOSE, OPEN, setFlag } = flagBits;

const MAX_DEPTH = 32;
/** How far down the stack a closer looks for its opener (unclosed openers above it are dropped). */
const MAX_REACH = 8;

const STRAIGHT_DOUBLE = 0x22;
const STRAIGHT_SINGLE = 0x27;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const LEFT_DOUBLE = 0x201c;
const INVERTED_QUESTION = 0xbf;
const INVERTED_EXCLAMATION = 0xa1;

function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2f;
}

/**
 * The open quotes and brackets of the line being paired: their offsets and the closer each expects. Kept
 * between calls (emptied at the start of each) rather than made per line, since pairing runs on every line
 * of an article; `pairQuotes` never calls itself, so one stack is enough.
 */
const openAt: number[] = [];
const expects: number[] = [];

/** Closes the nearest opener in reach that expects `closer`, flagging both ends; false when none does. */
function tryClose(flags: Flags, closer: number, pos: number): boolean {
  const lowest = Math.max(0, expects.length - MAX_REACH);
  for (let s = expects.length - 1; s >= lowest; s--) {
    if (expects[s] === closer) {
      setFlag(flags, openAt[s] ?? pos, OPEN);
      setFlag(flags, pos, CLOSE);
      openAt.length = s;
      expects.length = s;
      return true;
    }
  }
  return false;
}

function push(closer: number, pos: number): void {
  if (expects.length >= MAX_DEPTH) return;
  openAt.push(pos);
  expects.push(closer);
}

/**
 * Marks matched pairs on the line `[start, end)` (its notable characters are `events[first..last)`) with
 * OPEN/CLOSE flags. Apostrophes (letters on both sides) and elisions before digits ('90s) are not quotes;
 * a closer with no opener in reach is ignored, and openers never closed on the line stay unflagged, so an
 * unbalanced quote protects nothing.
 */
export function pairQuotes(
  text: string, start: number, end: number, events: Int32Array, first: number, last: number, flags: Flags,
): void {
  openAt.length = 0;
  expects.length = 0;
  const cc = CHAR_CLASS;
  for (let k = first; k < last; k++) {
    const p = events[k] ?? start;
    const c = text.charCodeAt(p);
    if (!((cc[c] ?? 0) & C_QUOTE)) continue;
    const prev = p > start ? text.charCodeAt(p - 1) : 32;
    const next = p + 1 < end ? text.charCodeAt(p + 1) : 32;

    if (c === STRAIGHT_DOUBLE) {
      if (!tryClose(flags, STRAIGHT_DOUBLE, p) && !isSpace(next)) push(STRAIGHT_DOUBLE, p);
      continue;
    }
    if (c === STRAIGHT_SINGLE || c === LEFT_SINGLE || c === RIGHT_SINGLE) {
      if (isLetterOrDigit(prev) && isLetterOrDigit(next)) continue; // apostrophe: don't, one’s
      const opening =
        c !== RIGHT_SINGLE &&
        (p === start || isSpace(prev) || isOpenOnly(prev) || isDash(prev) || prev === STRAIGHT_DOUBLE || prev === LEFT_DOUBLE) &&
        !isSpace(next) &&
        !isDigit(next);
      if (opening) {
        push(c === LEFT_SINGLE ? RIGHT_SINGLE : STRAIGHT_SINGLE, p);
        continue;
      }
      if (c !== LEFT_SINGLE && !isSpace(prev) && !isLetterOrDigit(next)) {
        const other = c === STRAIGHT_SINGLE ? RIGHT_SINGLE : STRAIGHT_SINGLE;
        if (!tryClose(flags, c, p)) tryClose(flags, other, p);
      }
      continue;
    }
    if (c === LEFT_DOUBLE) {
      // Closes a German „…“ pair, otherwise opens an English “…” one.
      if (!tryClose(flags, LEFT_DOUBLE, p)) push(closerFor(c), p);
      continue;
    }
    if (c === INVERTED_QUESTION || c === INVERTED_EXCLAMATION) continue;
    if (isOpenOnly(c)) {
      push(closerFor(c), p);
      continue;
    }
    // A typographic closer also ends a straight-quoted run: "Declaration…”.
    if (isCloseOnly(c) && !tryClose(flags, c, p) && c === 0x201d) tryClose(flags, STRAIGHT_DOUBLE, p);
  }
}
