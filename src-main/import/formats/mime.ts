// MIME plumbing for the e-mail importer: header unfolding, RFC 2047 encoded-words, RFC 2231 parameters,
// quoted-printable and base64 transfer decoding, charset decoding, and a bounded multipart tree walk.
import iconv from 'iconv-lite';
import { canonicalEncoding, decodeBytes } from '../decode';
import { LIMITS } from './limits';

export interface MimePart {
  headers: Map<string, string[]>;
  /** Lower-cased media type, e.g. "text/plain"; "text/plain" when absent. */
  type: string;
  params: Record<string, string>;
  /** Raw body bytes (still transfer-encoded). */
  body: Uint8Array;
  children: MimePart[];
}

/** Bytes as a byte-preserving string (each byte one char 0-255). */
export function binaryString(bytes: Uint8Array): string {
  // Not TextDecoder('latin1'): that label means windows-1252, which maps 0x80-0x9f elsewhere. Chunks keep
  // fromCharCode's argument list well under the engine's limit.
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x2000) out += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return out;
}

function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** Decodes bytes in a declared charset; falls back to detection when unknown or absent. */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): { text: string; encoding: string } {
  const name = charset ? canonicalEncoding(charset) : null;
  const decoded = decodeBytes(bytes, name ? { encoding: name } : {});
  if (decoded.ok) return decoded.value;
  return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

/** Quoted-printable to bytes (soft line breaks removed). `header` also maps "_" to space (RFC 2047 Q). */
export function decodeQuotedPrintable(input: string, header = false): Uint8Array {
  const s = header ? input.replace(/_/g, ' ') : unfoldQuotedPrintable(input);
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out[n++] = parseInt(s.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

/** Drops trailing blanks of each line (transport padding) and joins soft line breaks ("=" at line end). */
function unfoldQuotedPrintable(input: string): string {
  const lines = input.split(/\r?\n/);
  let out = '';
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    const soft = end > 0 && line[end - 1] === '=';
    out += soft ? line.slice(0, end - 1) : line.slice(0, end);
    if (!soft && k < lines.length - 1) out += '\r\n';
  }
  return out;
}

const BASE64_VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) values[alphabet.charCodeAt(i)] = i;
  // The URL-safe alphabet too: mailers in the wild use it.
  values[0x2d] = 62;
  values[0x5f] = 63;
  return values;
})();

/**
 * Base64 (standard or URL-safe) to bytes, leniently, as mail needs: other characters (line breaks,
 * spaces) are skipped, decoding stops at the first "=", and a final lone character is dropped.
 */
export function decodeBase64(input: string): Uint8Array {
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let n = 0;
  let bits = 0;
  let count = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x3d) break;
    const value = c < 128 ? BASE64_VALUES[c]! : -1;
    if (value < 0) continue;
    bits = (bits << 6) | value;
    count++;
    if (count === 4) {
      out[n++] = (bits >> 16) & 0xff;
      out[n++] = (bits >> 8) & 0xff;
      out[n++] = bits & 0xff;
      bits = 0;
      count = 0;
    }
  }
  if (count === 2) out[n++] = (bits >> 4) & 0xff;
  else if (count === 3) {
    out[n++] = (bits >> 10) & 0xff;
    out[n++] = (bits >> 2) & 0xff;
  }
  return out.slice(0, n);
}

/** Decodes RFC 2047 encoded-words; whitespace between adjacent encoded-words is dropped. */
export function decodeEncodedWords(value: string): string {
  const re = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;
  let out = '';
  let last = 0;
  let prevWasWord = false;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const between = value.slice(last, m.index);
    if (!(prevWasWord && /^\s*$/.test(between))) out += between;
    const charset = m[1]!.split('*')[0]!; // RFC 2231 language suffix: "utf-8*en".
    const raw = m[2]!.toUpperCase() === 'B' ? decodeBase64(m[3]!) : decodeQuotedPrintable(m[3]!, true);
    out += decodeCharset(raw, charset).text;
    last = m.index + m[0].length;
    prevWasWord = true;
  }
  out += value.slice(last);
  return out;
}

/** Splits a header block (binary string) into unfolded headers, keyed by lower-case name. */
export function parseHeaders(block: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  const unfolded = block.replace(/\r?\n(?=[ \t])/g, '');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const list = headers.get(name);
    if (list) list.push(value);
    else headers.set(name, [value]);
  }
  return headers;
}

/** A header's first value with encoded-words decoded (raw 8-bit values read as UTF-8), or undefined. */
export function headerText(headers: Map<string, string[]>, name: string): string | undefined {
  const raw = headers.get(name)?.[0];
  if (raw === undefined) return undefined;
  const eightBit = /[\x80-\xff]/.test(raw) ? decodeCharset(bytesOf(raw), undefined).text : raw;
  return decodeEncodedWords(eightBit).replace(/\s+/g, ' ').trim();
}

/** "text/html; charset=\"koi8-r\"" -> { type, params } with RFC 2231 continuations and charsets applied. */
export function parseContentType(value: string | undefined): { type: string; params: Record<string, string> } {
  if (!value) return { type: 'text/plain', params: {} };
  const [typePart = '', ...rest] = splitParams(value);
  const params: Record<string, string> = {};
  const extended: Record<string, string[]> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq <= 0) continue;
    const key = p.slice(0, eq).trim().toLowerCase();
    let val = p.slice(eq + 1).trim();
    if (val.startsWith('"') && val.endsWith('"') && val.length >= 2) val = val.slice(1, -1).replace(/\\(.)/g, '$1');
    const m = /^([^*]+)\*(\d+)?(\*)?$/.exec(key);
    if (m) (extended[m[1]!] ??= [])[Number(m[2] ?? 0)] = val;
    else params[key] = val;
  }
  for (const [key, pieces] of Object.entries(extended)) {
    const joined = pieces.join('');
    const ext = /^([^']*)'[^']*'(.*)$/.exec(joined);
    params[key] = ext ? decodeCharset(bytesOf(unescape(ext[2]!)), ext[1] || undefined).text : joined;
  }
  return { type: typePart.trim().toLowerCase() || 'text/plain', params };
}

function unescape(s: string): string {
  return s.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function splitParams(value: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '"' && value[i - 1] !== '\\') quoted = !quoted;
    if (c === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Parses a message (or part) given as a binary string; multipart bodies are split recursively (bounded). */
export function parseMime(raw: string, depth = 0, budget = { parts: 0 }): MimePart {
  budget.parts++;
  const sep = /\r?\n\r?\n/.exec(raw);
  const headerBlock = sep ? raw.slice(0, sep.index) : raw;
  const bodyStr = sep ? raw.slice(sep.index + sep[0].length) : '';
  const headers = parseHeaders(headerBlock);
  const { type, params } = parseContentType(headers.get('content-type')?.[0]);
  const part: MimePart = { headers, type, params, body: bytesOf(bodyStr), children: [] };
  const boundary = params['boundary'];
  if (type.startsWith('multipart/') && boundary && depth < LIMITS.maxMimeDepth) {
    const delimiter = `--${boundary}`;
    const lines = bodyStr.split(/\r?\n/);
    let current: string[] | null = null;
    for (const line of lines) {
      if (line.startsWith(delimiter)) {
        if (current && budget.parts < LIMITS.maxMimeParts) part.children.push(parseMime(current.join('\n'), depth + 1, budget));
        const closing = line.slice(delimiter.length).startsWith('--');
        current = closing ? null : [];
        if (closing) break;
        continue;
      }
      current?.push(line);
    }
    if (current && current.length > 0 && budget.parts < LIMITS.maxMimeParts) part.children.push(parseMime(current.join('\n'), depth + 1, budget));
  }
  return part;
}

/** The part's body with its Content-Transfer-Encoding undone. */
export function decodedBody(part: MimePart): Uint8Array {
  const cte = (part.headers.get('content-transfer-encoding')?.[0] ?? '').trim().toLowerCase();
  if (cte === 'base64') return decodeBase64(binaryString(part.body));
  if (cte === 'quoted-printable') return decodeQuotedPrintable(binaryString(part.body));
  return part.body;
}

/**
 * The text of an HTML part: its declared charset (or `encoding`, a user's choice, which wins), else the
 * page's own <meta charset>, else detection. Shared by the e-mail and web-archive importers.
 */
export function htmlPartText(part: MimePart, encoding?: string): { text: string; encoding: string } {
  const raw = decodedBody(part);
  const charset = encoding ?? part.params['charset'];
  if (charset) return decodeCharset(raw, charset);
  const sniffed = decodeBytes(raw, { html: true });
  return sniffed.ok ? sniffed.value : decodeCharset(raw, undefined);
}
