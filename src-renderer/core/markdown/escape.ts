// Exact, minimal escaping of plain text as the content of one Markdown paragraph (CommonMark, plus the
// GFM, Obsidian and Pandoc syntax a briefing meets). Each rule below names the syntax it defuses.

/*
 * Contract of `escapeParagraph(s)` (s has LF line endings):
 * - every LF becomes a backslash hard break (`\` + LF), except a final LF, which cannot end a
 *   paragraph as a break and is written as the character reference `&#10;`;
 * - whitespace a parser strips (space/tab at the start of a line, any whitespace at the start or end
 *   of the paragraph) is written as a numeric character reference (`&#32;`, `&#9;`, ...);
 * - an ASCII punctuation character gets a backslash only where it could be read as syntax.
 * The output contains no blank line, so it is always a single paragraph wherever it is placed
 * (paragraph, block quote line, list item, heading when it has no LF).
 */

import { BACKSLASH, ENTITY, isSpaceOrTab, markLineStart, markRun } from './escape-line-start';

const LF = 10;

const ALNUM = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/;
/** A character reference CommonMark could decode, checked from just after the `&`. */
const ENTITY_REF = /(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;
/** Whatever `<` opens: raw HTML, autolinks, comments, declarations, processing instructions. */
/** What may follow `<` to start raw HTML (no closing `>` needed for HTML blocks) or a URI autolink. */
const HTML_START = /[A-Za-z/!?]/;
/** What else may start an e-mail autolink (`<3@1986>` is a mailto link); those always need their `>`. */
const EMAIL_START = /[0-9.#$%&'*+=^_`{|}~-]/;
/** Obsidian block id at the end of a line: `^abc-1`. */
const BLOCK_ID = /[A-Za-z0-9-]+[ \t]*(?:\n|$)/y;
/** Fast path: without these characters nothing inside a line can be syntax... */
const MAYBE_SYNTAX = /[\\`*_~$=%^[<&#\n]/;
/** ...and without these at the start, nothing at the start of the (single) line can be either. */
const RISKY_START = /^(?:[-+*_=|:~>#(@`\s\d]|[A-Za-z]+[.)])/;

/**
 * Whitespace some parser trims from a paragraph's ends (JavaScript `trim` does all Unicode spaces).
 * U+000B is left as it is: no parser here trims it, and `&#11;` is not a valid reference.
 */
function trimmable(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c !== LF && c !== 0x0b && WHITESPACE.test(s.charAt(i));
}

/**
 * One flag per character, reused between calls: allocating a typed array per paragraph (an
 * off-heap buffer once it passes 64 bytes) cost more than the whole escape of a short quote.
 * escapeParagraphInto never re-enters itself, so one buffer is enough; it is cleared before use.
 */
let scratch = new Uint8Array(1024);

function flagsFor(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  else scratch.fill(0, 0, n);
  return scratch;
}

/** An LF, written as a hard break (or `&#10;` at the end). No other rule flags an LF. */
const LINE_BREAK = 3;

/**
 * Escapes LF-normalised text as one paragraph's inline content. `hardBreak` is what a line break
 * (other than a final one) becomes: `\` + LF, followed by whatever continues the container's lines
 * (`blockquote` passes `'\\\n> '`, so its quote needs no second pass over the text).
 */
export function escapeParagraph(s: string, hardBreak = '\\\n'): string {
  if (isPlainProse(s)) return s;
  const parts: string[] = [];
  escapeParagraphInto(parts, s, hardBreak);
  return parts.join('');
}

function isPlainProse(s: string): boolean {
  return !MAYBE_SYNTAX.test(s) && !RISKY_START.test(s) && !WHITESPACE.test(s.charAt(s.length - 1));
}

/** `\` + c for the ASCII characters, made once. */
const BACKSLASHED = Array.from({ length: 128 }, (_, c) => '\\' + String.fromCharCode(c));

/**
 * escapeParagraph, appending the result's pieces to `parts` instead of building a string: a caller
 * assembling a larger text joins once, without an intermediate string per paragraph.
 */
export function escapeParagraphInto(parts: string[], s: string, hardBreak = '\\\n'): void {
  const n = s.length;
  if (n === 0) return;
  if (isPlainProse(s)) {
    parts.push(s);
    return;
  }
  const flag = flagsFor(n);

  // 1. Whitespace that would be stripped, and block syntax at the start of every line.
  let p = 0;
  while (p <= n) {
    let q = s.indexOf('\n', p);
    if (q < 0) q = n;
    else flag[q] = LINE_BREAK;
    if (q > p) markLineStart(s, p, q, flag);
    p = q + 1;
  }
  if (trimmable(s, 0)) flag[0] = ENTITY;
  if (trimmable(s, n - 1)) flag[n - 1] = ENTITY;

  // 2. Inline syntax.
  markInline(s, flag);

  // 3. Emit.
  let from = 0;
  for (let i = 0; i < n; i++) {
    const f = flag[i]!;
    if (f === 0) continue;
    if (i > from) parts.push(s.slice(from, i));
    const c = s.charCodeAt(i);
    if (f === LINE_BREAK) parts.push(i === n - 1 ? '&#10;' : hardBreak);
    else if (f === BACKSLASH) parts.push(c < 128 ? BACKSLASHED[c]! : '\\' + s.charAt(i));
    else parts.push('&#' + c + ';');
    from = i + 1;
  }
  if (from < n) parts.push(from === 0 ? s : s.slice(from));
}

/** A space or tab that is emitted as itself (not as a character reference). */
function rawBlank(s: string, k: number, flag: Uint8Array): boolean {
  return k >= 0 && k < s.length && isSpaceOrTab(s.charCodeAt(k)) && flag[k] !== ENTITY;
}

/** Whitespace emitted as itself; a line end counts as not blank (it is written `\` + LF). */
function rawWhitespace(s: string, k: number, flag: Uint8Array): boolean {
  if (k < 0 || k >= s.length) return false;
  const c = s.charCodeAt(k);
  return c !== LF && flag[k] !== ENTITY && WHITESPACE.test(s.charAt(k));
}

function alnumAt(s: string, k: number): boolean {
  return k >= 0 && k < s.length && ALNUM.test(s.charAt(k));
}

interface ParagraphFacts {
  /**
   * Code spans: a run of n backticks opens one if a later run of exactly n follows, and a
   * backslash-escaped backtick still counts in that later run (escapes do not work inside code).
   * So either every backtick stays raw (all run lengths distinct, no fence at a line start) or
   * every backtick is escaped.
   */
  escapeBackticks: boolean;
  /** Runs of two or more `~` (Obsidian/GFM strikethrough pairs them, spaces allowed inside). */
  doubleTildes: number;
  doubleEquals: number;
}

/** Where gatherFacts looks: a global regex's `test` moves `lastIndex` without building a match. */
const RUN_CHARS = /[`=~]/g;

function gatherFacts(s: string): ParagraphFacts {
  const facts: ParagraphFacts = { escapeBackticks: false, doubleTildes: 0, doubleEquals: 0 };
  let backtickRuns: Set<number> | null = null;
  RUN_CHARS.lastIndex = 0;
  while (RUN_CHARS.test(s)) {
    const i = RUN_CHARS.lastIndex - 1;
    const c = s.charCodeAt(i);
    let j = i + 1;
    while (j < s.length && s.charCodeAt(j) === c) j++;
    const len = j - i;
    if (c === 0x60) {
      const fence = len >= 3 && (i === 0 || s.charCodeAt(i - 1) === LF);
      backtickRuns ??= new Set<number>();
      if (fence || backtickRuns.has(len)) facts.escapeBackticks = true;
      backtickRuns.add(len);
    } else if (c === 0x7e) {
      if (len >= 2) facts.doubleTildes++;
    } else if (len >= 2) facts.doubleEquals++;
    RUN_CHARS.lastIndex = j;
  }
  return facts;
}

/** The characters markInline acts on; it jumps from one to the next instead of visiting every character. */
const INLINE_SPECIAL = /[\\`*_~$=%^[<&#]/g;

/** The index of the next character markInline acts on, at or after `from`; -1 when there is none. */
function nextSpecial(s: string, from: number): number {
  INLINE_SPECIAL.lastIndex = from;
  return INLINE_SPECIAL.test(s) ? INLINE_SPECIAL.lastIndex - 1 : -1;
}

function markInline(s: string, flag: Uint8Array): void {
  const first = nextSpecial(s, 0);
  if (first < 0) return;
  const n = s.length;
  // Gathered on first need: most paragraphs have no backtick, `~`, `=` or `[` at all.
  let facts: ParagraphFacts | null = null;
  let lastCloseBracket = -2;
  const dollars: number[] = [];
  // Each case leaves `i` on the last character it consumed; the search resumes after it.
  for (let i = first; i >= 0; i = nextSpecial(s, i + 1)) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x5c: // backslash: escapes punctuation, breaks lines; Pandoc also escapes spaces and symbols
        if (!alnumAt(s, i + 1)) flag[i] = BACKSLASH;
        break;
      case 0x60: // code spans and fenced code (see ParagraphFacts)
        if ((facts ??= gatherFacts(s)).escapeBackticks) flag[i] = BACKSLASH;
        break;
      case 0x2a: {
        // emphasis: a run between two kept blanks is neither left- nor right-flanking
        const j = runEnd(s, i);
        if (!(rawBlank(s, i - 1, flag) && rawBlank(s, j, flag))) markRun(s, i, j, flag);
        i = j - 1;
        break;
      }
      case 0x5f: {
        // emphasis; intraword `_` (letters or digits on both sides) cannot open or close
        const j = runEnd(s, i);
        const inert = (rawBlank(s, i - 1, flag) && rawBlank(s, j, flag)) || (alnumAt(s, i - 1) && alnumAt(s, j));
        if (!inert) markRun(s, i, j, flag);
        i = j - 1;
        break;
      }
      case 0x7e: {
        // `~~x~~` strikethrough (two double runs anywhere), Pandoc `H~2~O` subscript (no space inside)
        const j = runEnd(s, i);
        if ((j - i >= 2 && (facts ??= gatherFacts(s)).doubleTildes >= 2) || partnerInWord(s, i, j, c)) markRun(s, i, j, flag);
        i = j - 1;
        break;
      }
      case 0x5e: // Pandoc `2^10^` superscript (no space inside); Obsidian block id `^id` at a line end
        BLOCK_ID.lastIndex = i + 1;
        if (s.charCodeAt(i - 1) === c || s.charCodeAt(i + 1) === c || partnerInWord(s, i, i + 1, c) || BLOCK_ID.test(s)) flag[i] = BACKSLASH;
        break;
      case 0x24: {
        // Obsidian/Pandoc math: `$$` always; a single `$` only if it can pair (decided below)
        const j = runEnd(s, i);
        if (j - i >= 2) markRun(s, i, j, flag);
        else dollars.push(i);
        i = j - 1;
        break;
      }
      case 0x3d: // Obsidian highlight `==x==`: break every `==` when there are two
      case 0x25: {
        // Obsidian comment `%%`: always break
        const j = runEnd(s, i);
        if (j - i >= 2 && (c === 0x25 || (facts ??= gatherFacts(s)).doubleEquals >= 2)) {
          for (let k = i; k < j; k += 2) flag[k] = BACKSLASH;
        }
        i = j - 1;
        break;
      }
      case 0x5b: // links, images, wiki links, footnotes, tasks: `[` needs a later `]`
        if (lastCloseBracket === -2) lastCloseBracket = s.lastIndexOf(']');
        if (i < lastCloseBracket) flag[i] = BACKSLASH;
        break;
      case 0x3c: // raw HTML and autolinks
        if (i + 1 < n && HTML_START.test(s.charAt(i + 1))) flag[i] = BACKSLASH;
        // An e-mail autolink needs its closing `>`, so "I <3 trade" stays as it is.
        else if (i + 1 < n && EMAIL_START.test(s.charAt(i + 1)) && s.indexOf('>', i + 2) !== -1) flag[i] = BACKSLASH;
        break;
      case 0x26: // entity and numeric character references
        ENTITY_REF.lastIndex = i + 1;
        if (ENTITY_REF.test(s)) flag[i] = BACKSLASH;
        break;
      case 0x23: {
        markHash(s, i, flag);
        const j = runEnd(s, i);
        i = j - 1;
        break;
      }
    }
  }
  if (dollars.length > 0) markDollars(s, dollars, flag);
}

/** Another character c outside [start, end) in the same stretch of non-whitespace characters. */
function partnerInWord(s: string, start: number, end: number, c: number): boolean {
  for (let k = start - 1; k >= 0 && !WHITESPACE.test(s.charAt(k)); k--) if (s.charCodeAt(k) === c) return true;
  for (let k = end; k < s.length && !WHITESPACE.test(s.charAt(k)); k++) if (s.charCodeAt(k) === c) return true;
  return false;
}

function runEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  let j = i + 1;
  while (j < s.length && s.charCodeAt(j) === c) j++;
  return j;
}

/** `#` runs: Obsidian tags (`#word`, not all digits) and an ATX heading's closing sequence. */
function markHash(s: string, i: number, flag: Uint8Array): void {
  const j = runEnd(s, i);
  // Only the last `#` of a run touches a following tag.
  let k = j;
  let nonDigit = false;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    const tagChar = c >= 0x80 ? !WHITESPACE.test(s.charAt(k)) : (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d || c === 0x2f;
    if (!tagChar) break;
    if (c < 0x30 || c > 0x39) nonDigit = true;
    k++;
  }
  if (nonDigit) flag[j - 1] = BACKSLASH;
  const atLineEnd = j === s.length || s.charCodeAt(j) === LF;
  const lineStartOrBlank = i === 0 || s.charCodeAt(i - 1) === LF || isSpaceOrTab(s.charCodeAt(i - 1));
  if (atLineEnd && lineStartOrBlank) flag[i] = BACKSLASH;
}

/** A lone `$` opens math before a non-blank and closes after one; escape every `$` that has a partner. */
function markDollars(s: string, at: number[], flag: Uint8Array): void {
  const opener = at.map((i) => i + 1 < s.length && !rawWhitespace(s, i + 1, flag));
  const closer = at.map((i) => i > 0 && !rawWhitespace(s, i - 1, flag));
  let openerSeen = false;
  for (let k = 0; k < at.length; k++) {
    if (closer[k] && openerSeen) flag[at[k]!] = BACKSLASH;
    if (opener[k]) openerSeen = true;
  }
  let closerAhead = false;
  for (let k = at.length - 1; k >= 0; k--) {
    if (opener[k] && closerAhead) flag[at[k]!] = BACKSLASH;
    if (closer[k]) closerAhead = true;
  }
}
