// Tokens for the actors analysis: words (letters with inner hyphens and apostrophes), numbers (with
// thousands separators and a decimal part) and single punctuation characters, with their offsets. One
// linear regex pass; no token is longer than its run of letters or digits.

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, ё folded to е. */
  lower: string;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (an acronym), possibly with a short lower-case case ending ("МИДа"). */
  acronym: boolean;
  cyr: boolean;
  /** The index of the statement the token is in, or -1 (between statements, or in a figure). */
  statement: number;
}

// Groups: 1 a word, 2 a number; anything else is one punctuation character.
const TOKEN = /([\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*(?:\.(?:ru|Ru|RU|ру|рф|com|Com|org|net|ua|eu|info|io)(?![\p{L}\p{M}]))?)|(\d+(?:[,.\u00a0\u202f]\d{3})*(?:[.,]\d+)?)|\S/gu;
const ACRONYM = /^\p{Lu}{2,}(?:\p{Ll}{1,2})?$/u;
const ALL_UPPER = /^[\p{Lu}\d-]+$/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const t = m[0];
    const kind: TokenKind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'num' : 'punct';
    let lower = t;
    let cap = false;
    let cyr = false;
    if (kind === 'word') {
      lower = t.toLowerCase();
      const first = t.charAt(0);
      cap = first !== lower.charAt(0);
      const c = t.charCodeAt(0);
      cyr = c >= 0x400 && c <= 0x4ff;
      if (!cyr && c > 0x7f) for (let k = 1; k < t.length && !cyr; k++) cyr = t.charCodeAt(k) >= 0x400 && t.charCodeAt(k) <= 0x4ff;
      if (cyr && lower.includes('ё')) lower = lower.replace(/ё/g, 'е');
    }
    out.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      lower,
      kind,
      cap,
      acronym: cap && t.length >= 2 && (ALL_UPPER.test(t) || ACRONYM.test(t)),
      cyr,
      statement: -1,
    });
  }
  return out;
}

/** Opening and closing quotation marks. The straight quote is both; its side is read from its neighbours. */
export const OPEN_QUOTES = new Set(['“', '«', '„', '"']);
export const CLOSE_QUOTES = new Set(['”', '»', '“', '"']);
export const DASHES = new Set(['—', '–', '-', '―']);
