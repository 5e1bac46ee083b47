// Code-unit helpers that keep ranges from splitting a UTF-16 surrogate pair, and clamp untrusted offsets.

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1));
}

/** Moves `offset` back to the start of the pair it splits, if any. */
export function snapBackward(text: string, offset: number): number {
  return splitsPair(text, offset) ? offset - 1 : offset;
}

/** Moves `offset` forward past the pair it splits, if any. */
export function snapForward(text: string, offset: number): number {
  return splitsPair(text, offset) ? offset + 1 : offset;
}

/** Clamps a possibly bogus number (NaN, fractional, out of range) to an integer in [0, max]. */
export function clampOffset(value: number, max: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(max, Math.max(0, Math.round(value)));
}

/** Widens `[start, end)` so that neither end splits a surrogate pair. */
export function snapRange(text: string, start: number, end: number): { start: number; end: number } {
  return { start: snapBackward(text, start), end: snapForward(text, end) };
}
