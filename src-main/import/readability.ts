// Runs @mozilla/readability over a linkedom document and returns the article element (not HTML), or null
// when there is no article or the page is too deep for it. The rest of the importer sees only this module.
import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  title?: string | null;
  /** The article's root element (our serializer hands the node back instead of HTML). */
  content?: unknown;
  textContent?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
}

/** Readability slows down sharply on very deep trees; real articles are far shallower than this. */
export const READABILITY_MAX_DEPTH = 250;

/**
 * Readability over `doc` (which it changes), or null when it finds nothing, throws, or `depth` (the
 * document's element nesting) is over READABILITY_MAX_DEPTH.
 */
export function runReadability(doc: object, depth: number): ReadabilityResult | null {
  if (depth > READABILITY_MAX_DEPTH) return null;
  try {
    const reader = new Readability<unknown>(doc as never, { serializer: (node: unknown) => node });
    return reader.parse() as ReadabilityResult | null;
  } catch {
    return null;
  }
}
