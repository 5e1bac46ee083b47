// What the search index is given and what it answers: the public types of core/search.

/** An article as the index needs it (from the article model). */
export interface ArticleDoc {
  id: string;
  title: string;
  source?: string;
  byline?: string;
  text: string;
  /** The article's language (BCP 47): decides whether stems are used (see analyze.stemsApply). */
  lang?: string;
}

/** An annotation: its quote, the analyst's note and the full paths of its tags ('Actor/Vladimir Putin'). */
export interface AnnotationDoc {
  id: string;
  articleId: string;
  quote?: string;
  note?: string;
  tags?: readonly string[];
}

export interface MemoDoc {
  id: string;
  articleId: string;
  text: string;
}

/** A briefing: with `articleId` it is found through that article; without, it is a result of its own. */
export interface BriefingDoc {
  id: string;
  title?: string;
  text: string;
  articleId?: string;
}

/**
 * What the filters of a query are checked against, per article, provided by the caller at search time
 * (it lives in the database, changes often, and the index need not be rewritten when it does).
 */
export interface ArticleFacts {
  /** Full tag paths used on the article's annotations ('Actor/Vladimir Putin'); tag:Actor matches it. */
  tags?: readonly string[];
  collections?: readonly string[];
  unread?: boolean;
  /** ISO 8601 date (or date-time) of the article, for before:/after:/on:. */
  date?: string;
  /** Overrides the language the article was indexed with (a user may correct a detected one). */
  lang?: string;
  format?: string;
  /** Whether any annotation has a note; when absent the index's own annotations answer. */
  hasNote?: boolean;
}

export interface SearchOptions {
  /** How many results get snippets and are returned (the count of matches is always complete). Default 50. */
  limit?: number;
  facts?: (articleId: string) => ArticleFacts | undefined;
}

/** Where a snippet was found, as the results label it. */
export type SnippetSource = 'text' | 'note' | 'memo' | 'briefing';

export interface Snippet {
  where: SnippetSource;
  /** The field within it: the article's text, an annotation's quote, note or tags, a memo, a briefing. */
  field: 'text' | 'quote' | 'note' | 'tags' | 'memo' | 'briefing';
  /** The annotation, memo or briefing id (the article id for the article's own text). */
  recordId: string;
  /** The excerpt, trimmed to whole words; '…' is for the UI to add where `start`/`end` are inside the field. */
  text: string;
  /** Offsets of the excerpt in the field's text: for the article text, offsets in `Article.text`. */
  start: number;
  end: number;
  /** The matched words, as offsets into `text`. */
  highlights: { start: number; end: number }[];
}

export interface SearchHit {
  kind: 'article' | 'briefing';
  /** The article id, or the briefing id for a briefing of its own. */
  id: string;
  score: number;
  /** Up to 3, best first. */
  snippets: Snippet[];
  /**
   * The folded words that matched in this result (stemmed and forgiven-typo ones included), for
   * `highlightRanges` over the opened article's text.
   */
  terms: string[];
}

export interface SearchResults {
  /** How many articles (and briefings of their own) match. */
  total: number;
  hits: SearchHit[];
}
