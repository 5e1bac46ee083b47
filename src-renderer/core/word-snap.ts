// Snapping a dragged selection to whole words, as Kindle and Hypothesis do: a passage that starts or ends
// inside a word ("ngoing issues … including tho") is widened to the whole words, so a quote never cites
// half a word. Offsets count UTF-16 code units, like every offset of the article model.

/** Letters, marks and digits of any script: what words are made of. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/**
 * A word: runs of word characters joined by an apostrophe or hyphen ("don't", "l’économie", "well-known"),
 * or by a point or comma between digits ("3.5", "1,000"), with a percent or per-mille sign after a number
 * ("16%"). A joiner at a word's edge ("dockworkers' union") is punctuation, not part of the word.
 */
const WORD = new RegExp(`${WORD_CHAR}+(?:(?:['’ʼ\\-‐‑]|(?<=\\p{N})[.,](?=\\p{N}))${WORD_CHAR}+)*(?:(?<=\\p{N})[%‰])?`, 'gu');
/**
 * What a word's neighbourhood can hold: its characters, its joiners and surrogates (a letter outside the
 * Basic Multilingual Plane is two code units, neither a letter alone). A scan from a point stops at anything
 * else, so only the few characters around the point are read, whatever the length of the article.
 */
const NEAR_WORD = /[\p{L}\p{M}\p{N}'’ʼ\-‐‑.,%‰\uD800-\uDFFF]/u;
const SPACE = /\s/u;

/** The word that `at` falls strictly inside (a word's edge is not inside it), or null. */
export function wordAround(text: string, at: number): { start: number; end: number } | null {
  if (at <= 0 || at >= text.length) return null;
  let from = at;
  while (from > 0 && NEAR_WORD.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && NEAR_WORD.test(text[to]!)) to++;
  if (from === at || to === at) return null;
  // Lookbehinds see only the chunk, so a joiner's context is the chunk's: it holds the whole word anyway.
  for (const match of text.slice(from, to).matchAll(WORD)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (start < at && at < end) return { start, end };
    if (start >= at) break;
  }
  return null;
}

/** `[start, end)` without the white space at either end; null when nothing else is left. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && SPACE.test(text[from]!)) from++;
  while (to > from && SPACE.test(text[to - 1]!)) to--;
  return to > from ? { start: from, end: to } : null;
}

/**
 * The selection `[start, end)` (either order) trimmed of white space and widened to whole words at both
 * ends; null for a selection of white space only. `exact` keeps the dragged ends (only trimmed), for the
 * analyst who holds Alt to quote part of a word on purpose.
 */
export function snapToWords(text: string, start: number, end: number, exact = false): { start: number; end: number } | null {
  const trimmed = trimRange(text, start, end);
  if (!trimmed || exact) return trimmed;
  return {
    start: wordAround(text, trimmed.start)?.start ?? trimmed.start,
    end: wordAround(text, trimmed.end)?.end ?? trimmed.end,
  };
}
