// Public API of the rule-based sentence segmenter: an article's blocks, or one run of text, as statement
// spans (UTF-16 offsets into the text). Pure and linear-time; no Intl.Segmenter.
import type { Block } from '../article';
import { rulesFor } from './abbreviations';
import { newWorkspace, segmentRange, type Span } from './scan';

export type { Span } from './scan';

/** What the segmenter reads of a block: its range, its kind, and its own language if it has one. */
export type SegmentBlock = Pick<Block, 'start' | 'end' | 'kind'> & Partial<Pick<Block, 'lang'>>;

/**
 * Statements as offsets into text, flat: `[start0, end0, start1, end1, ...]`. Never crossing a block
 * boundary; leading/trailing whitespace trimmed; headings and list items are one statement each unless
 * they contain several sentences. lang is a BCP 47 tag (default 'en'); a block with a `lang` of its own is
 * segmented with that language's rules. The parse worker sends this array
 * as it is; `segment` gives the same spans as objects.
 */
export function segmentFlat(text: string, blocks: readonly SegmentBlock[], lang = 'en'): number[] {
  const rules = rulesFor(lang);
  const out: number[] = [];
  const ordered = blocks.every((b, i) => i === 0 || (blocks[i - 1]?.start ?? 0) <= b.start)
    ? blocks
    : [...blocks].sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const b of ordered) longest = Math.max(longest, b.end - b.start);
  const ws = newWorkspace(Math.min(text.length, longest));
  let floor = 0;
  for (const block of ordered) {
    const start = Math.max(floor, Math.min(text.length, Math.max(0, block.start)));
    const end = Math.min(text.length, Math.max(start, block.end));
    if (end > start) segmentRange(text, start, end, block.lang ? rulesFor(block.lang) : rules, out, ws);
    floor = Math.max(floor, end);
  }
  return out;
}

/** `segmentFlat` as span objects. */
export function segment(text: string, blocks: readonly SegmentBlock[], lang = 'en'): Span[] {
  return spansOf(segmentFlat(text, blocks, lang));
}

/** Convenience for one run of text (no blocks): the sentence spans. */
export function segmentText(text: string, lang = 'en'): Span[] {
  const out: number[] = [];
  segmentRange(text, 0, text.length, rulesFor(lang), out, newWorkspace(text.length));
  return spansOf(out);
}

function spansOf(flat: readonly number[]): Span[] {
  const spans = new Array<Span>(flat.length >> 1);
  for (let i = 0; i < spans.length; i++) spans[i] = { start: flat[2 * i]!, end: flat[2 * i + 1]! };
  return spans;
}
