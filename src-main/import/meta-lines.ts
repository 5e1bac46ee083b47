// Labelled metadata lines ("Source: …", "Photo: …", "By …", "Published: …") around an article's body, read
// the same way whatever the format: a plain-text file's leading and trailing lines and a saved page's last
// paragraphs go through this one rule, so "Источник: …" at the end is the source in both.
import type { ParsedArticle } from './model';
import { clean, isoDate, safeHref } from './shared';

export type LineMeta = Pick<ParsedArticle, 'source' | 'byline' | 'published' | 'url' | 'caption'>;

const META_LABEL =
  /^(sources?|photos?|photograph(?:s|y)?|images?|pictures?|illustrations?|credits?|photo credits?|image credits?|by|authors?|written by|reporting by|byline|published|posted|date|dated|url|link|original(?:ly published)?(?: at)?|источник|фото|автор|опубликовано|дата)\s*[:：]\s*(.+)$/iu;
const BY_LINE = /^(?:[Bb][Yy]|[Аа]втор)\s+(\p{Lu}[\p{L}.'’-]*(?:(?:\s+|,\s*)(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|la|и))*)$/u;
const REPORTING_LINE = /^\(((?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\s+[^)]+)\)$/i;

/**
 * Applies one labelled or "By ..." line to `meta`; false when the line is not metadata. A picture's line
 * ("Photo: …", "Фото: …") is the article's caption (several are joined with "; ").
 */
export function takeMetaLine(line: string, meta: LineMeta): boolean {
  const s = line.trim();
  if (s.length === 0 || s.length > 240) return false;
  const reporting = REPORTING_LINE.exec(s);
  if (reporting) {
    meta.byline ??= clean(reporting[1]);
    return true;
  }
  const by = BY_LINE.exec(s);
  if (by && s.length <= 80) {
    meta.byline ??= clean(by[1]);
    return true;
  }
  const m = META_LABEL.exec(s);
  if (!m) return false;
  const label = m[1]!.toLowerCase();
  const value = clean(m[2]);
  if (!value) return false;
  if (/^(sources?|источник)$/.test(label)) meta.source ??= value;
  else if (/^(by|authors?|written by|reporting by|byline|автор)$/.test(label)) meta.byline ??= value;
  else if (/^(published|posted|date|dated|опубликовано|дата)$/.test(label)) meta.published ??= isoDate(value);
  else if (/^(url|link|original)/.test(label)) {
    const href = safeHref(value);
    if (!href) return false;
    meta.url ??= href;
  } else meta.caption = meta.caption ? `${meta.caption}; ${value}` : value;
  return true;
}

/**
 * Takes metadata lines from the end of a body: `lineAt(i)` gives the i-th line from the end (null past the
 * start). They are applied in the order of the text (so several captions read as written). Returns how
 * many lines were taken.
 */
export function takeTrailingMeta(lineAt: (fromEnd: number) => string | null, meta: LineMeta, max = Infinity): number {
  const lines: string[] = [];
  for (let line = lineAt(0); line !== null && lines.length < max; line = lineAt(lines.length)) {
    if (!takeMetaLine(line, {})) break;
    lines.push(line);
  }
  for (let i = lines.length - 1; i >= 0; i--) takeMetaLine(lines[i]!, meta);
  return lines.length;
}
