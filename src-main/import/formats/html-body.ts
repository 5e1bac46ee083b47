// Converts a document's whole HTML body (mammoth's DOCX output, an EPUB chapter) with the shared allowlist
// walk (html-walk.ts), without Readability: these documents have no boilerplate for it to remove, and it
// would demote headings or drop short sections.
import { DOMParser } from 'linkedom';
import { err, ok, type Result } from '../../../src-renderer/core/result';
import { normaliseText } from '../../../src-renderer/core/article';
import { ArticleBuilder } from '../model';
import { walkDom, type DomElement } from '../html-walk';
import { clean, cleanLang } from '../shared';
import type { ParsedBody } from './append-parsed';

export interface HtmlBody extends ParsedBody {
  /** The document's <title>, when it has one. */
  title?: string;
  lang?: string;
}

interface BodyDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
}

/** Walks the full body of `html` into blocks and marks. EMPTY when nothing readable remains. Never throws. */
export function htmlBody(html: string): Result<HtmlBody> {
  try {
    const source = /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
    const doc = new DOMParser().parseFromString(normaliseText(source), 'text/html') as unknown as BodyDocument;
    const builder = new ArticleBuilder();
    const root = doc.body ?? doc.documentElement;
    if (root) walkDom(root, builder);
    const built = builder.build();
    if (built.blocks.length === 0) return err('EMPTY', 'This document has no readable text.');
    const out: HtmlBody = { ...built };
    const title = clean(doc.querySelector('title')?.textContent);
    if (title) out.title = title;
    const html0 = doc.documentElement;
    const lang = cleanLang(html0?.getAttribute('lang') ?? html0?.getAttribute('xml:lang'));
    if (lang) out.lang = lang;
    return ok(out);
  } catch (e) {
    if (e instanceof RangeError) return err('DAMAGED', 'This document is nested too deeply to import.');
    return err('DAMAGED', 'This document could not be read; it may be damaged.');
  }
}
