// List markers: a line that starts with "1.", "2)", "a.", "(iv)" etc. is a list item, and later markers on
// the same line continuing the sequence (2., 3. or b., c.) start new items. Marker periods end no sentence.
import * as chars from './chars';
import * as flagBits from './flags';
import type { Flags } from './flags';

// Bound once: some loaders (tsx, vite-node) compile module bindings to getters, a call per use in hot loops.
const { isBullet, isDigit, isSpace } = chars;
const { MARKER, setFlag } = flagBits;

type LabelKind = 'num' | 'lower' | 'upper' | 'roman' | 'ROMAN';

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
    if (!(isDigit(c) || isAsciiLower(c) || isAsciiUpper(c))) break;
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
 */
export function markLists(text: string, start: number, end: number, flags: Flags): readonly number[] {
  let p = start;
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  p = skipBullet(text, p, end);
  const c0 = text.charCodeAt(p);
  if (!(isDigit(c0) || isAsciiLower(c0) || isAsciiUpper(c0) || c0 === 0x28)) return NONE;
  const first = p < end ? readMarker(text, p, end) : null;
  if (!first) return NONE;
  const breaks: number[] = [];
  markMarker(flags, p, first.end);
  let readings = first.readings;

  for (let q = first.end; q < end; q++) {
    const c = text.charCodeAt(q);
    if (isSpace(c) || !(isSpace(text.charCodeAt(q - 1)) || isBullet(text.charCodeAt(q - 1)))) continue;
    const from = isBullet(c) ? skipBullet(text, q, end) : q;
    const c2 = from < end ? text.charCodeAt(from) : -1;
    if (!(isDigit(c2) || isAsciiLower(c2) || isAsciiUpper(c2) || c2 === 0x28)) continue;
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
