// Public API of the anchoring module: describe a range as W3C selectors, and re-anchor them in edited text.
export type { AnnotationTarget, Anchored, Match, QuoteContext, TextPositionSelector, TextQuoteSelector } from './types';
export { CONTEXT_LENGTH } from './types';
export { describeRange } from './describe-range';
export { matchQuote } from './match-quote';
export { anchor, anchorAll } from './anchor';
