// Web archives (.mhtml/.mht, e.g. Chrome's "Save as single file"): a MIME multipart/related message whose
// root part is the page's HTML. The root goes through the same HTML pipeline as a saved .html page; the
// archive's Snapshot-Content-Location and Date headers give the page's URL and saved date when the page
// names none. Its images are shown as every saved page's are, as figure placeholders: nothing is loaded.
import { err, ok, type Result } from '../../../src-renderer/core/result';
import { canonicalEncoding } from '../decode';
import { htmlToArticle } from '../html';
import type { ParsedArticle } from '../model';
import type { SavedFrom } from '../page-meta';
import { safeHref, tidy } from '../shared';
import { rfc822Date } from './eml';
import { LIMITS, checkFileSize } from './limits';
import { binaryString, headerText, htmlPartText, parseMime, type MimePart } from './mime';

export interface MhtmlOptions {
  /** A user-chosen encoding for the page (WHATWG label); overrides the part's charset and detection. */
  encoding?: string;
}

/** Every part below `root` (itself included), depth first; the MIME parser already bounds count and depth. */
function allParts(root: MimePart): MimePart[] {
  const out: MimePart[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const part = stack.pop()!;
    out.push(part);
    for (let i = part.children.length - 1; i >= 0; i--) stack.push(part.children[i]!);
  }
  return out;
}

/** A Content-ID without its angle brackets, or undefined. */
function contentId(part: MimePart): string | undefined {
  const raw = part.headers.get('content-id')?.[0]?.trim();
  return raw ? raw.replace(/^<|>$/g, '') : undefined;
}

/**
 * The archive's page: the part named by the root's `start` parameter when it is HTML, else the first
 * text/html part in order (a single-part archive is its own page). Null when there is no HTML part.
 */
export function rootHtmlPart(root: MimePart): MimePart | null {
  const parts = allParts(root);
  const start = root.params['start']?.trim().replace(/^<|>$/g, '');
  const named = start ? parts.find((p) => p.type === 'text/html' && contentId(p) === start) : undefined;
  return named ?? parts.find((p) => p.type === 'text/html') ?? null;
}

/** Parses a .mhtml/.mht web archive. Never throws. */
export async function parseMhtml(fileName: string, bytes: Uint8Array, options: MhtmlOptions = {}): Promise<Result<ParsedArticle>> {
  const tooBig = checkFileSize<ParsedArticle>(bytes, 'web archive');
  if (tooBig) return tooBig;
  if (options.encoding && !canonicalEncoding(options.encoding)) return err('UNSUPPORTED', `The encoding "${options.encoding}" is not supported.`);
  try {
    const root = parseMime(binaryString(bytes));
    const archive = root.type === 'multipart/related' || root.type === 'text/html' || root.headers.has('snapshot-content-location');
    if (!archive) return err('DAMAGED', 'This file does not look like a saved web page archive.');
    const page = rootHtmlPart(root);
    if (!page) return err('EMPTY', 'This web archive holds no web page.');

    const location = headerText(root.headers, 'snapshot-content-location') ?? headerText(page.headers, 'content-location');
    const savedFrom: SavedFrom = {};
    const url = safeHref(location);
    if (url) savedFrom.url = url;
    const savedAt = rfc822Date(headerText(root.headers, 'date'));
    if (savedAt) savedFrom.savedAt = savedAt;

    const { text, encoding } = htmlPartText(page, options.encoding);
    const body = htmlToArticle(text, { fileName, encoding, savedFrom });
    if (!body.ok) return body;
    if (body.value.text.length > LIMITS.maxTextChars) return err('TOO_LARGE', 'This web archive holds more text than can be imported.');
    return ok(tidy({ ...body.value, format: 'mhtml' }));
  } catch {
    return err('DAMAGED', 'This web archive could not be read; it may be damaged.');
  }
}
