// Builds the stored target (quote + position selectors + content hash) for a range of an article's text.
import { CONTEXT_LENGTH, type AnnotationTarget } from './types';
import { clampOffset, snapBackward, snapForward } from './unicode';

/**
 * Builds the target for text.slice(start,end), with ~32 chars of prefix and suffix.
 * Offsets are clamped to the text (and swapped if reversed); a range end that splits a surrogate
 * pair is widened to the whole character, and the context never starts or ends inside a pair
 * (so it may be one code unit shorter than 32).
 */
export function describeRange(text: string, start: number, end: number, contentHash: string): AnnotationTarget {
  let s = clampOffset(start, text.length);
  let e = clampOffset(end, text.length);
  if (s > e) [s, e] = [e, s];
  s = snapBackward(text, s);
  e = snapForward(text, e);
  const prefixStart = snapForward(text, Math.max(0, s - CONTEXT_LENGTH));
  const suffixEnd = snapBackward(text, Math.min(text.length, e + CONTEXT_LENGTH));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(prefixStart, s),
      suffix: text.slice(e, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
    contentHash,
  };
}
