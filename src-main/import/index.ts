// Entry point of the importers: picks a parser by file extension, enforces the size limit, and turns every
// failure into a Result with a readable message. Pure Node: never imports electron.
import { err, ok, type Result } from '../../src-renderer/core/result';
import { analyseArticle } from '../../src-renderer/core/actors';
import { packAnalysis } from '../../src-renderer/core/actors/packed';
import { segmentFlat } from '../../src-renderer/core/segment';
import type { ParsedArticle } from './model';
import { decodeBytes } from './decode';
import { detectBlockLanguages, detectLanguage } from './language';
import { extensionOf } from './shared';
import { withTitleBlock } from './title-block';
import { textToArticle } from './formats/txt';
import { markdownToArticle } from './formats/md';
import { htmlToArticle } from './html';

export type { ParsedArticle } from './model';
export { htmlToArticle } from './html';

/** Files larger than this are refused with TOO_LARGE. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ParseOptions {
  /** A user-chosen text encoding (WHATWG label); overrides detection for text formats. */
  encoding?: string;
}

/** One format's parser: gets the file name, its bytes and options; resolves to a Result, never rejects. */
export type FormatParser = (fileName: string, bytes: Uint8Array, options: ParseOptions) => Promise<Result<ParsedArticle>>;

const parseTxt: FormatParser = async (fileName, bytes, options) => {
  const decoded = decodeBytes(bytes, options);
  if (!decoded.ok) return decoded;
  return textToArticle(decoded.value.text, { fileName, encoding: decoded.value.encoding });
};

const parseMd: FormatParser = async (fileName, bytes, options) => {
  const decoded = decodeBytes(bytes, options);
  if (!decoded.ok) return decoded;
  return markdownToArticle(decoded.value.text, { fileName, encoding: decoded.value.encoding });
};

const parseHtml: FormatParser = async (fileName, bytes, options) => {
  const decoded = decodeBytes(bytes, { ...options, html: true });
  if (!decoded.ok) return decoded;
  return htmlToArticle(decoded.value.text, { fileName, encoding: decoded.value.encoding });
};

/**
 * The dispatch table: extension (lower case, with dot) -> parser. Binary formats plug in here, e.g.
 *   '.pdf': (name, bytes) => import('./formats/pdf').then((m) => m.parsePdf(name, bytes)),
 * (a dynamic import keeps heavy libraries out of start-up).
 */
const PARSERS: Record<string, FormatParser> = {
  '.txt': parseTxt,
  '.text': parseTxt,
  '.md': parseMd,
  '.markdown': parseMd,
  '.html': parseHtml,
  '.htm': parseHtml,
  '.xhtml': parseHtml,
  '.pdf': (name, bytes) => import('./formats/pdf').then((m) => m.parsePdf(name, bytes)),
  '.docx': (name, bytes) => import('./formats/docx').then((m) => m.parseDocx(name, bytes)),
  '.epub': (name, bytes) => import('./formats/epub').then((m) => m.parseEpub(name, bytes)),
  '.eml': (name, bytes) => import('./formats/eml').then((m) => m.parseEml(name, bytes)),
  '.mhtml': (name, bytes, options) => import('./formats/mhtml').then((m) => m.parseMhtml(name, bytes, options)),
  '.mht': (name, bytes, options) => import('./formats/mhtml').then((m) => m.parseMhtml(name, bytes, options)),
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(PARSERS));

/** Parses one file's bytes into the article model. Never throws: errors are Result values. */
export async function parseArticleFile(fileName: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<Result<ParsedArticle>> {
  const ext = extensionOf(fileName);
  const parser = PARSERS[ext];
  if (!parser) {
    return err('UNSUPPORTED', ext ? `Files of type "${ext}" cannot be imported.` : 'Files without an extension cannot be imported.');
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return err('TOO_LARGE', `The file is ${mb} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  }
  if (bytes.byteLength === 0) return err('EMPTY', 'The file is empty.');
  try {
    const parsed = await parser(fileName, bytes, options);
    return parsed.ok ? ok(withStatements(withTitleBlock(parsed.value, fileName))) : parsed;
  } catch (e) {
    if (e instanceof RangeError) return err('DAMAGED', 'The file is too deeply nested or too complex to import.');
    return err('DAMAGED', 'The file could not be read; it may be damaged.');
  }
}

/**
 * The article with its language (detected when the file declares none) and its statements segmented here,
 * in the parser's worker thread, so the reader does not spend its own UI thread on a long article (a 1 MB
 * text takes tens of milliseconds). Segmentation uses the language: Russian abbreviations (т.д., им., г.)
 * are read as such only in Russian text.
 */
function withStatements(parsed: ParsedArticle): ParsedArticle {
  const detected = parsed.lang ? undefined : detectLanguage(parsed.text);
  const article = detected ? { ...parsed, lang: detected, langDetected: true } : parsed;
  // A paragraph in another script than the article's (a Russian quotation in an English report) is
  // segmented with its own language's rules.
  const blocks = detectBlockLanguages(article.text, article.blocks, article.lang);
  const spans = segmentFlat(article.text, blocks, article.lang);
  // Who said what (core/actors), here too: never on the UI thread, and cached with the parsed article (by
  // the file's size, time and hash), so it runs again only when the article changes.
  const analysis = analyseArticle({ text: article.text, blocks, spans, ...(article.lang ? { lang: article.lang } : {}) });
  return { ...article, blocks, spans, analysis: packAnalysis(analysis) };
}
