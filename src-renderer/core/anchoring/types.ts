// Selector and result types of the anchoring module (W3C Web Annotation selectors), plus shared constants.
// Offsets are UTF-16 code units into `Article.text`.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** What an annotation stores (W3C Web Annotation selectors) plus the content hash of the text it was made on. */
export interface AnnotationTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  contentHash: string;
}

/** A match of a quote in a text: `[start, end)` and a score in [0, 1] (1 = exact quote and context). */
export interface Match {
  start: number;
  end: number;
  score: number;
}

/** The outcome of re-anchoring one target. `exact` is true when `text.slice(start, end)` equals the quote. */
export type Anchored = { state: 'anchored'; start: number; end: number; exact: boolean } | { state: 'orphan' };

/** Context for `matchQuote`: the expected prefix/suffix and the expected start offset. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  hint?: number;
}

/** How many code units of prefix and suffix `describeRange` stores (Hypothesis uses 32 too). */
export const CONTEXT_LENGTH = 32;
