// Per-character flags the passes over one block share: quotation/bracket pairs and list-marker characters
// whose periods are not sentence ends. Indexed by offset - `base`.

/** An opening quotation mark or bracket that has a matching closer on the same line. */
export const OPEN = 1;
/** The closer of such a pair. */
export const CLOSE = 2;
/** Part of a list marker ("1.", "a)", "(iv)"): a period here ends no sentence. */
export const MARKER = 4;

export interface Flags {
  bits: Uint8Array;
  /** Offset of bits[0] in the text. */
  base: number;
}

/** Flags for `[start, end)`, reusing `scratch` (cleared) when it is large enough. */
export function newFlags(start: number, end: number, scratch?: Uint8Array): Flags {
  const length = Math.max(0, end - start);
  if (scratch && scratch.length >= length) {
    scratch.fill(0, 0, length);
    return { bits: scratch, base: start };
  }
  return { bits: new Uint8Array(length), base: start };
}

export function setFlag(f: Flags, pos: number, bit: number): void {
  const i = pos - f.base;
  if (i >= 0 && i < f.bits.length) f.bits[i] = (f.bits[i] ?? 0) | bit;
}
