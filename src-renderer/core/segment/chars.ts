// Character classes the segmenter needs (whitespace, terminators, quotes, brackets, bullets, letter case)
// as table lookups: one table built from short lists, one letter-case table filled lazily from \p{…}.

export const C_SPACE = 1;
export const C_LINE_BREAK = 2;
export const C_HSPACE = 4;
export const C_TERMINATOR = 8;
export const C_BULLET = 16;
/** Any quotation mark or bracket: opening, closing or ambiguous (straight quotes, “ ‘). */
export const C_QUOTE = 32;
export const C_CJK_TERMINATOR = 64;
export const C_EXCLAIM = 128;
export const C_OPEN_ONLY = 256;
export const C_CLOSE_ONLY = 512;

export const DOT = 0x2e;
export const ELLIPSIS = 0x2026;

function codes(chars: string): number[] {
  return Array.from(chars, (ch) => ch.charCodeAt(0));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// Exactly JavaScript's `\s` (what String.prototype.trim removes).
const SPACES = [...range(9, 13), 32, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const LINE_BREAKS = [...range(10, 13), 0x85, 0x2028, 0x2029];
const HSPACES = [9, 32, 0xa0, 0x202f, 0x3000, ...range(0x2000, 0x200a)];
// Full stops of scripts written without spaces: always a boundary.
const CJK_TERMINATORS = codes('。！？｡．');
const EXCLAIMS = codes('!?‼⁇⁈⁉؟！？');
// . ! ? … and the terminators of Arabic, Urdu, Devanagari, Ethiopic and Armenian.
const TERMINATORS = [...codes('.!?…‼⁇⁈⁉؟۔।॥።։'), ...CJK_TERMINATORS];
const BULLETS = codes('•◦▪▫‣⁃●○■□►▶➢∙');
/** Characters that only ever open a quotation or bracket (¿ ¡ open a Spanish sentence). */
const OPEN_ONLY = codes('([{«„‚‹「『（【《〈¿¡');
/** Characters that only ever close one (’ is also an apostrophe: callers decide). */
const CLOSE_ONLY = codes(')]}»”’›」』）】》〉');
const AMBIGUOUS_QUOTES = codes('"\'“‘');

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  const add = (list: number[], bit: number): void => {
    for (const c of list) table[c] = (table[c] ?? 0) | bit;
  };
  add(SPACES, C_SPACE);
  add(LINE_BREAKS, C_LINE_BREAK);
  add(HSPACES, C_HSPACE);
  add(TERMINATORS, C_TERMINATOR);
  add(CJK_TERMINATORS, C_CJK_TERMINATOR);
  add(EXCLAIMS, C_EXCLAIM);
  add(BULLETS, C_BULLET);
  add(OPEN_ONLY, C_OPEN_ONLY | C_QUOTE);
  add(CLOSE_ONLY, C_CLOSE_ONLY | C_QUOTE);
  add(AMBIGUOUS_QUOTES, C_QUOTE);
  return table;
}

/**
 * Class bits per UTF-16 code unit. Hot loops copy this reference into a local first: module bindings may
 * be getters under some loaders, which would cost a call per character.
 */
export const CHAR_CLASS: Uint16Array = buildTable();

const has = (c: number, bit: number): boolean => ((CHAR_CLASS[c] ?? 0) & bit) !== 0;

export const isSpace = (c: number): boolean => has(c, C_SPACE);
export const isCjkTerminator = (c: number): boolean => has(c, C_CJK_TERMINATOR);
export const isExclaimOrQuestion = (c: number): boolean => has(c, C_EXCLAIM);
export const isBullet = (c: number): boolean => has(c, C_BULLET);
export const isOpenOnly = (c: number): boolean => has(c, C_OPEN_ONLY);
export const isCloseOnly = (c: number): boolean => has(c, C_CLOSE_ONLY);

/** The character that closes the opener `c`, or -1. “ closes „ (German) as well as opening on its own. */
export function closerFor(c: number): number {
  const at = PAIRS_OPEN.indexOf(String.fromCharCode(c));
  return at < 0 ? -1 : PAIRS_CLOSE.charCodeAt(at);
}
const PAIRS_OPEN = '([{«“‘„‚‹「『（【《〈"\'';
const PAIRS_CLOSE = ')]}»”’“‘›」』）】》〉"\'';

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Letter case, memoised per code unit: 0 = not yet known, else 1 | LETTER | UPPER | LOWER.
const K_KNOWN = 1;
const K_LETTER = 2;
const K_UPPER = 4;
const K_LOWER = 8;
const CASE = new Uint8Array(0x10000);
const P_LETTER = /[\p{L}\p{M}]/u;
const P_UPPER = /[\p{Lu}\p{Lt}]/u;
const P_LOWER = /\p{Ll}/u;

function caseOf(c: number): number {
  let k = CASE[c] ?? 0;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = K_KNOWN;
    if (c >= 0xd800 && c <= 0xdfff) k |= K_LETTER; // astral letters are rare in prose: count them as letters
    else if (P_LETTER.test(ch)) k |= K_LETTER | (P_UPPER.test(ch) ? K_UPPER : 0) | (P_LOWER.test(ch) ? K_LOWER : 0);
    CASE[c] = k;
  }
  return k;
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (caseOf(c) & K_UPPER) !== 0;
}

export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return (caseOf(c) & K_LOWER) !== 0;
}

/** Letters of any script, including combining marks. */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (caseOf(c) & K_LETTER) !== 0;
}

export function isLetterOrDigit(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** Characters that may form an abbreviation or number before a period: letters, digits, . , ° º № */
export function isWordChar(c: number): boolean {
  return isLetterOrDigit(c) || c === DOT || c === 0xb0 || c === 0xba || c === 0x2116 || c === 0x2c;
}
