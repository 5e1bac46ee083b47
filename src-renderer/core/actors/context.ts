// What every step of the analysis reads: the text's tokens, each tagged with its statement, the
// statements and blocks, which words the text also writes in lower case, and the language per statement.
import type { Block } from '../article';
import { isEnCue } from './cues';
import { tokenize, type Token } from './tokens';

export interface Statement {
  start: number;
  end: number;
  /** Token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  block: number;
  ru: boolean;
  /** In a title or heading (capitalised words there are weaker evidence) or a figure. */
  heading: boolean;
  /** Written mostly in capitals ("SOCCER - JAPAN GET LUCKY WIN"): capitals say nothing there. */
  shouting: boolean;
  figure: boolean;
}

export interface Context {
  text: string;
  tokens: Token[];
  statements: Statement[];
  blocks: readonly Block[];
  /** Lower-case words the text writes in lower case somewhere (so a capitalised one may be a sentence start). */
  lowerSeen: Set<string>;
}

/** The language is Russian for this range: by the tag when given, else by the script of its letters. */
function isRussian(text: string, start: number, end: number, lang: string | undefined): boolean {
  if (lang) {
    const l = lang.toLowerCase();
    if (l.startsWith('ru') || l.startsWith('uk') || l.startsWith('be')) return true;
    if (l.startsWith('en')) return false;
  }
  let cyr = 0;
  let lat = 0;
  const to = Math.min(end, start + 400);
  for (let i = start; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
  }
  return cyr > lat;
}

function isShouting(tokens: readonly Token[], from: number, to: number): boolean {
  let upper = 0;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 2) continue;
    words++;
    if (t.acronym || (t.cap && t.text === t.text.toUpperCase())) upper++;
  }
  return words >= 3 && upper * 2 > words;
}

/**
 * "Trump Says Tariffs Will Stay": in a title-case headline a capitalised verb of saying is the verb, not a
 * name's word, so it is read as written in lower case (it ends the name before it and is a cue).
 */
function lowerTitleCaseCues(tokens: Token[], from: number, to: number): void {
  let words = 0;
  let caps = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  if (words < 3 || caps * 10 < words * 7) return;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.cap && !t.cyr && !t.acronym && isEnCue(t.lower)) tokens[k] = { ...t, cap: false };
  }
}

export function buildContext(text: string, blocks: readonly Block[], spans: readonly number[], lang: string | undefined): Context {
  const tokens = tokenize(text);
  const statements: Statement[] = [];
  let t = 0;
  let b = 0;
  for (let i = 0; i + 1 < spans.length; i += 2) {
    const start = Math.max(0, Math.min(text.length, spans[i]!));
    const end = Math.max(start, Math.min(text.length, spans[i + 1]!));
    while (t < tokens.length && tokens[t]!.start < start) t++;
    const tokStart = t;
    while (t < tokens.length && tokens[t]!.end <= end) {
      tokens[t]!.statement = statements.length;
      t++;
    }
    while (b < blocks.length && blocks[b]!.end <= start) b++;
    const block = blocks[b];
    const inBlock = block !== undefined && block.start <= start;
    const kind = inBlock ? block.kind : 'paragraph';
    statements.push({
      start,
      end,
      tokStart,
      tokEnd: t,
      block: inBlock ? b : -1,
      ru: isRussian(text, start, end, (inBlock ? block.lang : undefined) ?? lang),
      heading: kind === 'title' || kind === 'heading',
      shouting: isShouting(tokens, tokStart, t),
      figure: kind === 'figure',
    });
  }
  for (const st of statements) if (st.heading && !st.shouting && !st.ru) lowerTitleCaseCues(tokens, st.tokStart, st.tokEnd);
  const lowerSeen = new Set<string>();
  for (const tok of tokens) if (tok.kind === 'word' && !tok.cap) lowerSeen.add(tok.lower);
  return { text, tokens, statements, blocks, lowerSeen };
}
