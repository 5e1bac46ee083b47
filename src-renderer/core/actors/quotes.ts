// Quotations as token ranges: which tokens are inside quotation marks, and which quotation. A quotation
// may run over several statements, and over paragraphs when the next one opens with a quotation mark
// (news style: an unclosed quote at a paragraph's end continues in the next).
import type { Context } from './context';
import { isRuCue } from './cues';

export interface Quotation {
  id: number;
  /** Token indices of the opening and closing marks (close = -1 when never closed). */
  open: number;
  close: number;
  /** Statements the quotation covers, first and last. */
  firstStatement: number;
  lastStatement: number;
  words: number;
}

export interface QuoteMap {
  /** Per token: the quotation it is inside (marks included), or -1. */
  quoteOf: Int32Array;
  quotations: Quotation[];
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

export function findQuotations(ctx: Context): QuoteMap {
  const { tokens, text, statements } = ctx;
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  const quotations: Quotation[] = [];
  let current: Quotation | null = null;
  let currentBlock = -2;
  let depth = 0;
  const blockOf = (k: number): number => {
    const st = tokens[k]!.statement;
    return st >= 0 ? statements[st]!.block : -1;
  };
  /** Whether the paragraph from token i has a closing mark before any opening one. */
  const closesFirst = (i: number, block: number): boolean => {
    for (let k = i; k < tokens.length && blockOf(k) === block; k++) {
      const c = tokens[k]!.text;
      if (tokens[k]!.kind !== 'punct') continue;
      if (OPENERS.has(c) || c === '"') return false;
      if (CLOSERS.has(c)) return true;
    }
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const st = t.statement >= 0 ? statements[t.statement] : undefined;
    const block = st ? st.block : -1;
    if (block !== currentBlock) {
      // A new paragraph: an open quotation goes on only if the paragraph opens with a quotation mark.
      const opensWithQuote = t.kind === 'punct' && (OPENERS.has(t.text) || t.text === '"');
      if (current && !opensWithQuote && closesFirst(i, block)) {
        // The paragraph closes the open quotation before opening another: it goes on here.
        currentBlock = block;
        quoteOf[i] = current.id;
        if (t.kind === 'word') current.words++;
        current.lastStatement = Math.max(current.lastStatement, t.statement);
        continue;
      }
      if (current && !(opensWithQuote && current.close === -1)) current = null;
      else if (current && opensWithQuote) {
        quoteOf[i] = current.id;
        currentBlock = block;
        continue;
      }
      depth = 0;
      currentBlock = block;
    }
    if (t.kind === 'punct') {
      const c = t.text;
      const straight = c === '"';
      const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 32;
      const after = t.end < text.length ? text.charCodeAt(t.end) : 32;
      const spaceBefore = before === 32 || before === 10 || before === 9 || before === 160 || before === 40 || before === 91 || t.start === (st?.start ?? -1);
      const spaceAfter = after === 32 || after === 10 || after === 9 || after === 160 || after === 44 || after === 46 || after === 58 || after === 59 || t.end >= (st?.end ?? 0);
      const opens = OPENERS.has(c) || (c === '“' && !current) || (straight && !current && (spaceBefore || !spaceAfter));
      const closes = CLOSERS.has(c) || (c === '“' && current !== null) || (straight && current !== null);
      if (current && OPENERS.has(c) && c !== '“') {
        depth++; // a quotation inside a quotation: „…“ or «…» in «…»
        quoteOf[i] = current.id;
        continue;
      }
      if (current && closes) {
        quoteOf[i] = current.id;
        if (depth > 0 && c !== '”' && c !== '"') {
          depth--;
          continue;
        }
        current.close = i;
        current.lastStatement = Math.max(current.lastStatement, t.statement);
        current = null;
        depth = 0;
        continue;
      }
      if (!current && opens) {
        current = { id: quotations.length, open: i, close: -1, firstStatement: t.statement, lastStatement: t.statement, words: 0 };
        quotations.push(current);
        quoteOf[i] = current.id;
        continue;
      }
    }
    // «…, — сказал Эрдоган. — …»: the author's words between dashes inside a quotation are not quoted.
    if (current && t.kind === 'punct' && (t.text === '—' || t.text === '–') && /^[,.!?…]$/.test(tokens[i - 1]?.text ?? '') && tokens[i + 1] && isRuCue(tokens[i + 1]!.lower)) {
      let k = i + 1;
      while (k < tokens.length && tokens[k]!.statement === t.statement && tokens[k]!.text !== '—' && tokens[k]!.text !== '–' && !CLOSERS.has(tokens[k]!.text)) k++;
      // Up to the next dash (the quotation goes on after it) or the statement's end.
      i = tokens[k]?.text === '—' || tokens[k]?.text === '–' ? k : k - 1;
      if (tokens[k] && CLOSERS.has(tokens[k]!.text)) i = k - 1;
      continue;
    }
    if (current) {
      quoteOf[i] = current.id;
      if (t.kind === 'word') current.words++;
      if (t.statement > current.lastStatement) current.lastStatement = t.statement;
    }
  }
  return { quoteOf, quotations };
}
