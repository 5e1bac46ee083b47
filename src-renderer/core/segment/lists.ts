// List markers: a line that starts with "1.", "2)", "a.", "(iv)" etc. is a list item, and later markers on
// the same line continuing the sequence (2., 3. or b., c.) start new items. Marker periods end no sentence.
import * as chars from './chars';
import * as flagBits from './flags';
import type { Flags } from './flags';

// Bound once: some loaders (tsx, vite-node) compile module bindings to getters, a call per use in hot loops.
const { isBullet, isDigit, isSpace } = chars;
const { MARKER, setFlag } = flagBits;

type LabelKind = 'num' | 'lower' | 'upper' | 'roman' | 'ROMAN' | 'cyrillic';

interface Reading {
  kind: LabelKind;
  value: number;
  style: string;
}

interface Marker {
  /** Offset just after the marker. */
  end: number;
  readings: Reading[];
}

const ROMAN: Record<string, number> = {
  i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12,
  I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12,
};

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Russian list letters in order (ё, й, ъ, ы, ь are skipped in lettered lists). */
const CYRILLIC_LABELS = 'абвгдежзиклмнопрстуфхцчшщэюя';

/** 1-based position in CYRILLIC_LABELS by code - 0x430, 0 for letters not used as labels. */
const CYRILLIC_VALUE = Uint8Array.from({ length: 32 }, (_, i) => CYRILLIC_LABELS.indexOf(String.fromCharCode(0x430 + i)) + 1);

function cyrillicLabel(c: number): number {
  return c >= 0x430 && c <= 0x44f ? (CYRILLIC_VALUE[c - 0x430] ?? 0) : 0;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isRomanDigit(c: number): boolean {
  return c === 0x69 || c === 0x76 || c === 0x78 || c === 0x49 || c === 0x56 || c === 0x58; // i v x I V X
}

/** The character at `k`, or -1 at and after `end`. */
function charAt(text: string, k: number, end: number): number {
  return k < end ? text.charCodeAt(k) : -1;
}

/** Reads a marker at `p`: "(label)", "label.)", "label)" or "label.", followed by whitespace or the end. */
function readMarker(text: string, p: number, end: number): Marker | null {
  let q = p;
  const paren = charAt(text, q, end) === 0x28;
  if (paren) q++;
  const labelStart = q;
  let digits = 0;
  let romans = 0;
  while (q - labelStart < 4) {
    const c = charAt(text, q, end);
    if (!(isDigit(c) || isAsciiLower(c) || isAsciiUpper(c) || cyrillicLabel(c) > 0)) break;
    if (isDigit(c)) digits++;
    if (isRomanDigit(c)) romans++;
    q++;
  }
  const length = q - labelStart;
  // A label is a number, a roman numeral or a single letter: "Mr." and "The" start no list.
  if (length === 0 || (length > 1 && digits !== length && romans !== length)) return null;
  const label = text.slice(labelStart, q);
  let style: string;
  if (paren) {
    if (charAt(text, q, end) !== 0x29) return null;
    style = '()';
    q++;
  } else if (charAt(text, q, end) === 0x2e && charAt(text, q + 1, end) === 0x29) {
    style = '.)';
    q += 2;
  } else if (charAt(text, q, end) === 0x29) {
    style = ')';
    q++;
  } else if (charAt(text, q, end) === 0x2e) {
    style = '.';
    q++;
  } else return null;
  if (q < end && !isSpace(charAt(text, q, end))) return null;

  const readings: Reading[] = [];
  if (digits === length && length <= 3) readings.push({ kind: 'num', value: Number(label), style });
  const roman = ROMAN[label];
  if (roman !== undefined) readings.push({ kind: label === label.toLowerCase() ? 'roman' : 'ROMAN', value: roman, style });
  if (label.length === 1) {
    const c = label.charCodeAt(0);
    if (isAsciiLower(c)) readings.push({ kind: 'lower', value: c - 96, style });
    // "A. Smith" is an initial: capital letters (other than roman numerals) count only in bracketed styles.
    else if (isAsciiUpper(c) && style !== '.') readings.push({ kind: 'upper', value: c - 64, style });
    // "а) … б) …": Cyrillic letters only with a parenthesis ("в." is an abbreviation, "с." a page).
    else if (cyrillicLabel(c) > 0 && style !== '.') readings.push({ kind: 'cyrillic', value: cyrillicLabel(c), style });
  }
  return readings.length > 0 ? { end: q, readings } : null;
}

function markMarker(flags: Flags, from: number, to: number): void {
  for (let p = from; p < to; p++) setFlag(flags, p, MARKER);
}

function skipBullet(text: string, p: number, end: number): number {
  if (p < end && isBullet(text.charCodeAt(p))) {
    p++;
    while (p < end && isSpace(text.charCodeAt(p))) p++;
  }
  return p;
}

const NONE: readonly number[] = [];

/**
 * Flags list markers on the line `[start, end)`: the marker at its start (after an optional bullet), and
 * each later marker that continues the sequence. Returns where those later items start (before a bullet).
 * A line that does not start with a marker may still hold a run of items ("Two steps: 1) raise rates
 * 2) cut spending"); see `markInlineList`. `events[first..last)` are the line's notable characters.
 */
export function markLists(
  text: string, start: number, end: number, flags: Flags, events: Int32Array, firstEvent: number, lastEvent: number,
): readonly number[] {
  let p = start;
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  p = skipBullet(text, p, end);
  const c0 = text.charCodeAt(p);
  const first = p < end && (isDigit(c0) || isAsciiLower(c0) || isAsciiUpper(c0) || cyrillicLabel(c0) > 0 || c0 === 0x28) ? readMarker(text, p, end) : null;
  if (!first) return markInlineList(text, start, end, flags, events, firstEvent, lastEvent);
  const breaks: number[] = [];
  markMarker(flags, p, first.end);
  let readings = first.readings;

  for (let q = first.end; q < end; q++) {
    const c = text.charCodeAt(q);
    if (isSpace(c) || !(isSpace(text.charCodeAt(q - 1)) || isBullet(text.charCodeAt(q - 1)))) continue;
    const from = isBullet(c) ? skipBullet(text, q, end) : q;
    const c2 = from < end ? text.charCodeAt(from) : -1;
    if (!(isDigit(c2) || isAsciiLower(c2) || isAsciiUpper(c2) || cyrillicLabel(c2) > 0 || c2 === 0x28)) continue;
    const marker = readMarker(text, from, end);
    if (!marker) continue;
    const next = marker.readings.filter((r) =>
      readings.some((prev) => prev.kind === r.kind && prev.style === r.style && prev.value + 1 === r.value),
    );
    if (next.length === 0) continue;
    const bulletBefore = isBullet(text.charCodeAt(q - 1)) ? q - 1 : q;
    breaks.push(isBullet(c) ? q : bulletBefore);
    markMarker(flags, from, marker.end);
    readings = next;
    q = marker.end - 1;
  }
  return breaks;
}

/** Whether a marker reading starts a sequence: 1, a or i. */
function opensSequence(readings: readonly Reading[]): boolean {
  return readings.some((r) => r.value === 1);
}

/**
 * Whether the first item at `at` follows what introduces a list: a colon, semicolon, dash or sentence end
 * ("Two steps: 1) …", "Do this. a) …"). "See section 1. Then section 2." refers to numbers, not items.
 */
function introducesList(text: string, start: number, at: number): boolean {
  let p = at;
  while (p > start && isSpace(text.charCodeAt(p - 1))) p--;
  if (p === start) return true;
  const c = text.charCodeAt(p - 1);
  return c === 0x3a || c === 0x3b || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2014 || c === 0x2013 || c === 0x2d;
}

interface Inline {
  start: number;
  marker: Marker;
}

/**
 * Items inside a line: "1. … 2. …", "1) … 2) …", "a. … b. …" after whitespace, counting from 1 (a, i) with
 * no gap, in one style, the first after a colon or the like (see introducesList). Found from the line's periods and closing parentheses (its events), so a line with
 * none costs nothing. Parenthesised labels ("(1) cut taxes, (2) raise…") run inside a sentence and are
 * left alone. Each item of a run of two or more starts a statement; their markers end no sentence.
 */
function markInlineList(text: string, start: number, end: number, flags: Flags, events: Int32Array, first: number, last: number): readonly number[] {
  let found: Inline[] | null = null;
  for (let k = first; k < last; k++) {
    const p = events[k] ?? start;
    const c = text.charCodeAt(p);
    if (c !== 0x2e && c !== 0x29) continue;
    // Until a run has opened, only an opener can matter (1, a, i or а after a space): "в." and "3)" are read
    // no further. After that, a label has at most three characters after a space.
    if (found === null) {
      const l = text.charCodeAt(p - 1);
      if (!(l === 0x31 || l === 0x61 || l === 0x69 || l === 0x430) || text.charCodeAt(p - 2) !== 32) continue;
    } else if (!(isSpace(text.charCodeAt(p - 2)) || isSpace(text.charCodeAt(p - 3)) || isSpace(text.charCodeAt(p - 4)))) continue;
    let s = p;
    while (s > start && p - s < 3 && (isDigit(text.charCodeAt(s - 1)) || isAsciiLower(text.charCodeAt(s - 1)) || cyrillicLabel(text.charCodeAt(s - 1)) > 0)) s--;
    if (s === p || s === start || !isSpace(text.charCodeAt(s - 1)) || !isSpace(text.charCodeAt(p + 1))) continue;
    const marker = readMarker(text, s, end);
    if (!marker || marker.end !== p + 1 + (c === 0x2e && text.charCodeAt(p + 1) === 0x29 ? 1 : 0)) continue;
    (found ??= []).push({ start: s, marker });
  }
  if (!found || found.length < 2) return NONE;
  let breaks: number[] | null = null;
  for (let i = 0; i < found.length; i++) {
    const head = found[i]!;
    if (!opensSequence(head.marker.readings) || !introducesList(text, start, head.start)) continue;
    let readings = head.marker.readings.filter((r) => r.value === 1);
    const run: Inline[] = [head];
    for (let j = i + 1; j < found.length; j++) {
      const item = found[j]!;
      const next = item.marker.readings.filter((r) =>
        readings.some((prev) => prev.kind === r.kind && prev.style === r.style && prev.value + 1 === r.value),
      );
      if (next.length === 0) continue;
      run.push(item);
      readings = next;
    }
    if (run.length < 2) continue;
    for (const item of run) {
      markMarker(flags, item.start, item.marker.end);
      (breaks ??= []).push(item.start);
    }
    break;
  }
  return breaks ?? NONE;
}
