// Turns a file's bytes into a string: BOM, then <meta charset> (HTML), then strict UTF-8, then detection
// (jschardet + iconv-lite), then windows-1252. Binary content is refused as NOT_TEXT.
import iconv from 'iconv-lite';
import { detect } from 'jschardet';
import { err, ok, type Result } from '../../src-renderer/core/result';

export interface Decoded {
  text: string;
  /** WHATWG-style lower-case label of the encoding used, e.g. 'utf-8', 'windows-1251'. */
  encoding: string;
}

export interface DecodeOptions {
  /** A user-chosen encoding: overrides everything but is checked for existence. */
  encoding?: string;
  /** Look for <meta charset> / http-equiv Content-Type in the first bytes. */
  html?: boolean;
}

/** The encoding used when nothing else decides. */
export const FALLBACK_ENCODING = 'windows-1252';

/** Lower-cased labels (ours, WHATWG's, chardet's) mapped to the WHATWG name we report. */
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-8-sig': 'utf-8',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  iso88591: 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  l1: 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  cp1251: 'windows-1251',
  'x-cp1251': 'windows-1251',
  cp1250: 'windows-1250',
  cp1253: 'windows-1253',
  cp1254: 'windows-1254',
  'iso-8859-9': 'windows-1254',
  'iso8859-9': 'windows-1254',
  cp1255: 'windows-1255',
  cp1256: 'windows-1256',
  cp1257: 'windows-1257',
  cp1258: 'windows-1258',
  cp874: 'windows-874',
  'tis-620': 'windows-874',
  cp866: 'ibm866',
  '866': 'ibm866',
  'csibm866': 'ibm866',
  koi8r: 'koi8-r',
  koi8: 'koi8-r',
  'koi8-ru': 'koi8-u',
  'mac-cyrillic': 'x-mac-cyrillic',
  maccyrillic: 'x-mac-cyrillic',
  'mac-roman': 'macintosh',
  macroman: 'macintosh',
  'utf-16': 'utf-16le',
  'utf-16-le': 'utf-16le',
  'utf-16-be': 'utf-16be',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  'utf-32-le': 'utf-32le',
  'utf-32-be': 'utf-32be',
  cp932: 'shift_jis',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  cp949: 'euc-kr',
  'euc_kr': 'euc-kr',
  gb2312: 'gbk',
  big5hkscs: 'big5',
};

/** The WHATWG-style name for a label, or null when iconv-lite cannot decode it. */
export function canonicalEncoding(label: string): string | null {
  const raw = label.trim().toLowerCase().replace(/_(?=\d)/g, '-');
  let name = ALIASES[raw] ?? raw;
  const iso = /^iso-?8859-?(\d+)$/.exec(name);
  if (iso) name = iso[1] === '1' ? 'windows-1252' : iso[1] === '9' ? 'windows-1254' : `iso-8859-${iso[1]}`;
  if (name === 'utf-8' || name === 'utf-16le' || name === 'utf-16be') return name;
  return iconv.encodingExists(name) ? name : null;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  }
  return iconv.decode(bytes, encoding, { stripBOM: true });
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset declared by a <meta> in the first 4 KB, per the HTML prescan (simplified). */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  const metaRe = /<meta\b[^>]*>/gi;
  for (let m = metaRe.exec(head); m; m = metaRe.exec(head)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  // XML declaration (XHTML saved pages).
  const xml = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml?.[1] ?? null;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** Counts NUL bytes and other C0 controls (except tab, LF, VT, FF, CR, ESC, SUB) in a sample. */
function controlStats(bytes: Uint8Array): { nul: number; control: number; sampled: number } {
  const n = Math.min(bytes.length, 65536);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b && b !== 0x1a) || b === 0x7f) control++;
  }
  return { nul, control, sampled: n };
}

/** True when decoded text is mostly control characters or replacement characters (a wrong guess). */
function looksGarbled(text: string): boolean {
  const n = Math.min(text.length, 65536);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / n > 0.02;
}

const NOT_TEXT_MESSAGE = 'This file looks like binary data, not text.';

/** Decodes bytes to a string (BOM stripped, line endings untouched). Never throws. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Result<Decoded> {
  try {
    return decodeInner(bytes, options);
  } catch {
    return err('DAMAGED', 'The file could not be decoded as text.');
  }
}

function decodeInner(bytes: Uint8Array, options: DecodeOptions): Result<Decoded> {
  if (options.encoding) {
    const chosen = canonicalEncoding(options.encoding);
    if (!chosen) return err('UNSUPPORTED', `The encoding "${options.encoding}" is not supported.`);
    const bom = bomEncoding(bytes);
    const body = bom && bom === chosen ? bytes.subarray(bom === 'utf-8' ? 3 : 2) : bytes;
    return ok({ text: stripBom(decodeWith(body, chosen)), encoding: chosen });
  }

  const bom = bomEncoding(bytes);
  if (bom) return ok({ text: stripBom(decodeWith(bytes.subarray(bom === 'utf-8' ? 3 : 2), bom)), encoding: bom });

  const stats = controlStats(bytes);
  const suspicious = stats.nul > 0 || stats.control / Math.max(1, stats.sampled) > 0.01;
  if (suspicious) {
    // UTF-16/32 without a BOM has NULs or low control bytes in every other position: let the detector judge.
    const guess = detect(bytes.subarray(0, 65536));
    const name = guess.encoding ? canonicalEncoding(guess.encoding) : null;
    if (name && /^utf-(16|32)/.test(name) && guess.confidence >= 0.5) {
      const text = stripBom(decodeWith(bytes, name));
      if (!looksGarbled(text)) return ok({ text, encoding: name });
    }
    if (stats.nul > 0 || stats.control / Math.max(1, stats.sampled) > 0.05) return err('NOT_TEXT', NOT_TEXT_MESSAGE);
  }

  if (options.html) {
    const declared = sniffMetaCharset(bytes);
    let name = declared ? canonicalEncoding(declared) : null;
    // WHATWG: a UTF-16 declaration in an ASCII-compatible byte stream means UTF-8.
    if (name && /^utf-(16|32)/.test(name)) name = 'utf-8';
    // A declared legacy charset loses to bytes that are valid UTF-8 with multi-byte sequences: save tools
    // often re-encode pages to UTF-8 without updating the <meta>, and legacy text is almost never valid UTF-8.
    if (name && name !== 'utf-8') {
      const utf8 = hasNonAscii(bytes) ? strictUtf8(bytes) : null;
      return utf8 === null ? ok({ text: decodeWith(bytes, name), encoding: name }) : ok({ text: utf8, encoding: 'utf-8' });
    }
    // A declared UTF-8 that does not validate falls through to detection.
  }

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return ok({ text: utf8, encoding: 'utf-8' });

  // Only here (no BOM, no usable declaration, not UTF-8) does the slow detector run, on a bounded sample.
  const guess = detect(detectionSample(bytes));
  const detected = guess.encoding ? canonicalEncoding(guess.encoding) : null;
  const encoding = detected && detected !== 'utf-8' && guess.confidence >= 0.1 ? detected : FALLBACK_ENCODING;
  const text = decodeWith(bytes, encoding);
  if (looksGarbled(text)) return err('NOT_TEXT', NOT_TEXT_MESSAGE);
  return ok({ text, encoding });
}

/** Bytes the encoding detector reads: it costs about 0.2 ms per KB, so it never sees the whole file. */
export const DETECTION_SAMPLE_BYTES = 65_536;

/**
 * The part of `bytes` worth showing the detector: at most DETECTION_SAMPLE_BYTES from a little before the
 * first non-ASCII byte. Only non-ASCII bytes tell encodings apart, ASCII around them lowers the detector's
 * confidence, and a saved page often opens with tens of KB of ASCII markup before its first letter of text.
 */
export function detectionSample(bytes: Uint8Array, size = DETECTION_SAMPLE_BYTES): Uint8Array {
  let first = 0;
  while (first < bytes.length && bytes[first]! < 0x80) first++;
  const start = first >= bytes.length ? 0 : Math.max(0, first - 256);
  return bytes.subarray(start, start + size);
}

/** The bytes as UTF-8, or null when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
