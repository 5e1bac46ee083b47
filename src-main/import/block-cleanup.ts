// After the allowlist walk of a saved page: lines that are not the article (a news site's "Advertisement",
// "Continue reading the main story", a lone "Image" label or "Credit …" line) are dropped, and a picture
// that a caption repeats is shown once, as one figure holding the caption. The text is rebuilt only when
// something changed, so a page with nothing to clean costs one look at its short blocks.
import type { Block, Mark } from '../../src-renderer/core/article';
import { firstPassing } from '../../src-renderer/core/search-sorted';
import { takeTrailingMeta, type LineMeta } from './meta-lines';

export interface Built {
  text: string;
  blocks: Block[];
  marks: Mark[];
}

/** Longer blocks are never boilerplate nor a repeated caption: their text is not even looked at. */
const SHORT = 600;

/** Whole lines that news sites put between paragraphs and that say nothing of the article. */
const BOILERPLATE = new Set([
  'advertisement', 'advertisements', 'ad', 'sponsored', 'sponsored content', 'supported by', 'skip advertisement',
  'continue reading the main story', 'continue reading', 'continue reading below', 'story continues below',
  'story continues below advertisement', 'article continues below', 'article continues below advertisement',
  'scroll to continue with content', 'image', 'photo', 'photograph', 'picture', 'video', 'graphic', 'credit',
  'credits', 'реклама', 'фото', 'изображение', 'продолжение ниже', 'читайте также',
]);

/**
 * A picture's credit on a line of its own: "Credit Kirsten Luce for The New York Times", "Photo: AP",
 * "Image by Jane Doe". A line of prose starting with such a word ("Credit card debt rose…", "Photos
 * show…") has no name after the label, or ends as a sentence does, and is kept.
 */
const CREDIT_LABEL = /^(?:(?:photo|image|picture|illustration)\s+)?credits?(\s*:)?\s+/i;
const PICTURE_LABEL = /^(?:photo(?:graph)?s?|images?|pictures?|illustrations?|фото|источник фото)\s*(?::|by\s)\s*\S/iu;

function isCreditLine(text: string): boolean {
  const label = CREDIT_LABEL.exec(text);
  // Without a colon the credit must name someone: "Credit Jane Doe", not "Credit card debt".
  if (label) return label[1] !== undefined || /^\p{Lu}/u.test(text.slice(label[0].length));
  return PICTURE_LABEL.test(text);
}

function isBoilerplate(block: Block, text: string): boolean {
  if (block.kind === 'heading' || block.kind === 'list-item' || block.kind === 'table-cell') return false;
  const line = text.trim().replace(/[.:!…\s]+$/u, '').toLowerCase();
  if (BOILERPLATE.has(line)) return true;
  return text.length <= 120 && isCreditLine(text) && !/[.!?…]["”»’)]?$/u.test(text.trim()) && !/[.!?]\s+\p{Lu}/u.test(text);
}

/** Words only, lower case: how two captions are compared ("Leaders meet." and "leaders meet" agree). */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Whether `caption` repeats the picture's `alt` (the same words, or the alt's words opening it). */
function repeats(caption: string, alt: string): boolean {
  if (!alt || !caption) return false;
  return caption === alt || (alt.length >= 12 && caption.startsWith(alt + ' '));
}

/**
 * The blocks of `built` cleaned as the module says; `built` itself when nothing changed. With `meta`, the
 * last paragraphs that are metadata lines ("Source: …", "Photo: …") go into it instead of the body, by the
 * rule a plain-text article's last lines follow (meta-lines.ts).
 */
export function cleanBlocks(built: Built, meta?: LineMeta): Built {
  const { text, blocks } = built;
  const keep = new Uint8Array(blocks.length).fill(1);
  const kinds: (Block['kind'] | undefined)[] = [];
  let changed = false;
  const short = (i: number): string | null => {
    const b = blocks[i];
    return b && b.end - b.start <= SHORT ? text.slice(b.start, b.end) : null;
  };
  let bodyEnd = blocks.length;
  if (meta) {
    // Never the whole body: the first block stays whatever it says.
    const taken = takeTrailingMeta((k) => {
      const i = blocks.length - 1 - k;
      return i > 0 && blocks[i]!.kind === 'paragraph' ? short(i) : null;
    }, meta);
    for (let k = 0; k < taken; k++) keep[blocks.length - 1 - k] = 0;
    bodyEnd -= taken;
    changed = taken > 0;
  }
  let previousKept = -1;
  for (let i = 0; i < bodyEnd; i++) {
    const block = blocks[i]!;
    const own = short(i);
    if (own === null) {
      previousKept = i;
      continue;
    }
    if (isBoilerplate(block, own)) {
      keep[i] = 0;
      changed = true;
      continue;
    }
    const previous = previousKept >= 0 ? blocks[previousKept]! : null;
    const previousText = previous ? short(previousKept) : null;
    if (previous && previousText !== null && (kinds[previousKept] ?? previous.kind) === 'figure') {
      const alt = words(previousText);
      const mine = words(own);
      // A picture whose caption follows with the same words: the caption is the figure, shown once.
      // (Two pictures in a row with the same words are two pictures.)
      if (block.kind !== 'heading' && block.kind !== 'figure' && repeats(mine, alt)) {
        keep[previousKept] = 0;
        kinds[i] = 'figure';
        changed = true;
      }
    }
    previousKept = i;
  }
  if (!changed) return built;
  return rebuild(built, keep, kinds);
}

/**
 * `built` without the pictures near its start whose alt text only repeats the article's title (a lead
 * picture described by the headline): the title opens the text, and a placeholder saying it again is noise.
 */
export function withoutTitleFigures(built: Built, title: string): Built {
  const wanted = words(title);
  if (!wanted) return built;
  const keep = new Uint8Array(built.blocks.length).fill(1);
  let changed = false;
  for (let i = 0; i < Math.min(built.blocks.length, 8); i++) {
    const b = built.blocks[i]!;
    if (b.kind === 'figure' && b.end - b.start <= SHORT && words(built.text.slice(b.start, b.end)) === wanted) {
      keep[i] = 0;
      changed = true;
    }
  }
  return changed && keep.some((k) => k === 1) ? rebuild(built, keep, []) : built;
}

/** The text of the kept blocks (joined by blank lines, as the builder joins them) and their marks, moved. */
function rebuild(built: Built, keep: Uint8Array, kinds: readonly (Block['kind'] | undefined)[]): Built {
  const pieces: string[] = [];
  const blocks: Block[] = [];
  const moves: { from: number; to: number; shift: number }[] = [];
  let length = 0;
  built.blocks.forEach((block, i) => {
    if (!keep[i]) return;
    if (blocks.length > 0) {
      pieces.push('\n\n');
      length += 2;
    }
    const shift = length - block.start;
    pieces.push(built.text.slice(block.start, block.end));
    length += block.end - block.start;
    blocks.push({ ...block, kind: kinds[i] ?? block.kind, start: block.start + shift, end: block.end + shift });
    moves.push({ from: block.start, to: block.end, shift });
  });
  // A mark is cut to each kept block it covers (a link may run over several blocks).
  const marks: Mark[] = [];
  for (const mark of built.marks) {
    for (let m = firstPassing(moves.length, (k) => moves[k]!.to > mark.start); m < moves.length; m++) {
      const move = moves[m]!;
      if (move.from >= mark.end) break;
      const start = Math.max(mark.start, move.from) + move.shift;
      const end = Math.min(mark.end, move.to) + move.shift;
      if (end > start) marks.push({ ...mark, start, end });
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text: pieces.join(''), blocks, marks };
}
