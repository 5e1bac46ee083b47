// The normalised article model shared by every zone. Pure types and tiny helpers: no I/O.
// Every offset in the system counts UTF-16 code units in `Article.text` (NFC, LF line endings, no BOM).
import type { PackedAnalysis } from './actors/packed';

export type ArticleFormat = 'txt' | 'md' | 'html' | 'mhtml' | 'pdf' | 'docx' | 'epub' | 'eml';

/**
 * 'title': the article's title as the first block of its text (so it is a statement like any other, taggable
 * and exported); 'figure': a picture's placeholder (its caption, else its alt text), shown but never a
 * statement.
 */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item' | 'quote' | 'table-cell' | 'caption' | 'figure';

/** A range of `text` with a structural role. Blocks are in order and never overlap. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level (1-6) or list nesting depth (1-based). */
  level?: number;
  /** 1-based page number, for paginated sources (PDF). */
  page?: number;
  /** For ordered list items: the item's number. */
  ordinal?: number;
  /** The block's language when it differs from the article's (a paragraph quoted in another language). */
  lang?: string;
}

export type MarkKind = 'em' | 'strong' | 'link' | 'code';

/** Inline styling as ranges of `text`: never HTML. `href` is inert data, shown, never loaded. */
export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  href?: string;
}

export interface ArticleMeta {
  title: string;
  source?: string;
  byline?: string;
  /** ISO 8601 date or date-time as found in the source. */
  published?: string;
  url?: string;
  /** When a saved web page was saved (ISO 8601), for citations. */
  savedAt?: string;
  /** The caption of the article's picture (a plain-text article's trailing "Photo: …" line), shown in its details. */
  caption?: string;
  /** BCP 47 language tag, e.g. 'en', 'ru': as the file declares it, or detected from the text. */
  lang?: string;
  /** `lang` was detected from the text (the file declared none), so it may be wrong: a user may correct it. */
  langDetected?: boolean;
  dir?: 'ltr' | 'rtl';
}

export interface Article extends ArticleMeta {
  /** Stable id derived from the library-relative path at first import. */
  id: string;
  /** Library-relative path with '/' separators. */
  path: string;
  format: ArticleFormat;
  /** The encoding the file was decoded with (WHATWG label, e.g. 'utf-8', 'windows-1251'). */
  encoding: string;
  /** SHA-256 (hex) of `text`. */
  contentHash: string;
  text: string;
  blocks: Block[];
  marks: Mark[];
  /**
   * The statements, as flat [start, end, start, end, …] offsets, segmented by the parser off the UI
   * thread (see core/segment); absent when the reader should segment the text itself.
   */
  spans?: number[];
  /**
   * Who said what: the named entities and the speaker suggested for each statement, found by the parser off
   * the UI thread (core/actors) on these `spans`, the mentions packed into numbers (core/actors/packed.ts);
   * absent when the article was not analysed.
   */
  analysis?: PackedAnalysis;
}

/** Normalise text the one way every importer must: no BOM, LF line endings, NFC. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** The text of one block. */
export function blockText(article: Pick<Article, 'text'>, block: Pick<Block, 'start' | 'end'>): string {
  return article.text.slice(block.start, block.end);
}
