// Compact numbers for the serialised search index: unsigned varints in a growable byte buffer, and base64
// so the bytes travel inside JSON. Written here because core may not use Node's Buffer, and btoa/atob work
// on binary strings (a 20 MB string built one character at a time) and are not in core's type library.

export class ByteWriter {
  #bytes = new Uint8Array(1 << 16);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  uint(value: number): void {
    if (this.#length + 10 > this.#bytes.length) {
      const grown = new Uint8Array(this.#bytes.length * 2);
      grown.set(this.#bytes);
      this.#bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.#bytes[this.#length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.#bytes[this.#length++] = v;
  }

  bytes(): Uint8Array {
    return this.#bytes.subarray(0, this.#length);
  }
}

/** Reads unsigned varints from `bytes` starting at `at`. Throws RangeError past the end (a damaged index). */
export class ByteReader {
  at: number;
  constructor(
    readonly bytes: Uint8Array,
    at = 0,
  ) {
    this.at = at;
  }

  uint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.bytes.length) throw new RangeError('varint past the end');
      const b = this.bytes[this.at++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
      if (scale > 2 ** 49) throw new RangeError('varint too long');
    }
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 8192;
  for (let from = 0; from < bytes.length; from += CHUNK) {
    const end = Math.min(bytes.length, from + CHUNK);
    const codes: number[] = [];
    let i = from;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      codes.push(ALPHABET.charCodeAt(n >>> 18), ALPHABET.charCodeAt((n >>> 12) & 63), ALPHABET.charCodeAt((n >>> 6) & 63), ALPHABET.charCodeAt(n & 63));
    }
    if (i < end) {
      const rest = end - i;
      const n = (bytes[i]! << 16) | (rest > 1 ? bytes[i + 1]! << 8 : 0);
      codes.push(ALPHABET.charCodeAt(n >>> 18), ALPHABET.charCodeAt((n >>> 12) & 63), rest > 1 ? ALPHABET.charCodeAt((n >>> 6) & 63) : 61, 61);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** The bytes of a base64 string; throws RangeError on a character outside the alphabet. */
export function fromBase64(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? DECODE[c]! : -1;
    if (v < 0) throw new RangeError('not base64');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/**
 * The bytes [start, end) of the data a base64 string holds, decoding only the characters that carry them:
 * an index keeps its postings as the base64 text it was loaded from and decodes one word's when a query
 * first needs it (decoding all 30 MB at load took longer than the whole load may).
 */
export function bytesFromBase64(text: string, start: number, end: number): Uint8Array {
  const from = Math.floor(start / 3);
  const to = Math.ceil(end / 3);
  const chunk = fromBase64(text.slice(from * 4, to * 4));
  return chunk.subarray(start - from * 3, end - from * 3);
}
