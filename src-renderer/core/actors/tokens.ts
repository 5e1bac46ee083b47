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

const TOKEN = /[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*(?:\.(?:ru|com|org|net|ua|eu|info|io)(?![\p{L}\p{M}]))?|\d+(?:[,.\u00a0\u202f]\d{3})*(?:[.,]\d+)?|\S/gu;
const UPPER = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}(?:\p{Ll}{1,2})?$/u;
const ALL_UPPER = /^[\p{Lu}\d-]+$/u;
const CYRILLIC = /[\u0400-\u04ff]/;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  const slice = end === text.length ? text : text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const isDigit = c >= 48 && c <= 57;
    const isWord = !isDigit && t.length > 0 && /^[\p{L}\p{M}]/u.test(t);
    const kind: TokenKind = isDigit ? 'num' : isWord ? 'word' : 'punct';
    const cap = isWord && UPPER.test(t);
    out.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      lower: t.toLowerCase().replace(/ё/g, 'е'),
      kind,
      cap,
      acronym: cap && t.length >= 2 && (ALL_UPPER.test(t) ? t.length >= 2 : ACRONYM.test(t)),
      cyr: isWord && CYRILLIC.test(t),
      statement: -1,
    });
  }
  return out;
}

/** Opening and closing quotation marks. The straight quote is both; its side is read from its neighbours. */
export const OPEN_QUOTES = new Set(['“', '«', '„', '"']);
export const CLOSE_QUOTES = new Set(['”', '»', '“', '"']);
export const DASHES = new Set(['—', '–', '-', '―']);
