// Plain-text articles: title from the first line, leading/trailing "By/Source/Photo" lines and datelines as
// metadata, and paragraphs from blank-line, one-line-per-paragraph or hard-wrapped layouts.
import { err, ok, type Result } from '../../../src-renderer/core/result';
import { normaliseText } from '../../../src-renderer/core/article';
import { ArticleBuilder, type Dateline, type ParsedArticle } from '../model';
import { isoDate, tidy, titleFromFileName } from '../shared';
import { decodeEntities } from '../entities';
import { takeMetaLine, takeTrailingMeta, type LineMeta } from '../meta-lines';

type Meta = LineMeta;

const LIST_ITEM = /^(\s*)(?:[-*•·‣◦]|(\d{1,3})[.)])\s+(\S.*)$/u;
const SENTENCE_END = /[.!?…:;"”»’')\]]$/u;

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTH}|\\p{Ll}{3,}\\.?)(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})`;
const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}\\p{M}.'’ -]*\\p{Lu}\\.?(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?)` + // place
    `(?:\\s*,\\s*(${DATE}))?` + // date
    `(?:\\s*\\(([^)]{2,40})\\))?` + // agency
    `\\s*[-–—]{1,2}\\s+(?=\\S)`,
  'u',
);

/** Splits "MOSCOW, Feb 22 (Reuters) - Text" into a dateline and the rest; null when there is none. */
export function splitDateline(paragraph: string): { dateline: Dateline; rest: string } | null {
  const m = DATELINE.exec(paragraph);
  if (!m || (!m[2] && !m[3])) return null;
  const place = m[1]!.trim();
  if (place.replace(/[^\p{Lu}]/gu, '').length < 2) return null;
  const dateline: Dateline = { text: m[0].replace(/\s*[-–—]{1,2}\s*$/, '').trim(), place };
  if (m[2]) dateline.date = m[2];
  if (m[3]) dateline.agency = m[3].trim();
  return { dateline, rest: paragraph.slice(m[0].length) };
}

/** The wrap width when most lines are long and end near one width (hard-wrapped text); else null. */
export function hardWrapWidth(lines: readonly string[]): number | null {
  const lens = lines.map((l) => l.trim().length).filter((n) => n > 0);
  if (lens.length < 4) return null;
  const sorted = [...lens].sort((a, b) => a - b);
  const width = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]!;
  if (width < 30 || width > 110) return null;
  const near = lens.filter((n) => n >= width * 0.7 && n <= width + 3).length;
  const over = lens.filter((n) => n > width * 1.2).length;
  return near / lens.length >= 0.5 && over / lens.length <= 0.05 ? width : null;
}

interface Para {
  kind: 'paragraph' | 'list-item';
  text: string;
  level?: number;
  ordinal?: number;
  /** A list item's indent (columns before its marker). */
  indent?: number;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
}

/** Groups body lines into paragraphs and list items according to the detected layout. */
export function paragraphsOf(lines: readonly string[]): Para[] {
  const width = hardWrapWidth(lines);
  const hasBlank = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1);
  const out: Para[] = [];
  let current: Para | null = null;
  let prev = '';
  const flush = () => {
    if (current && current.text.trim()) out.push(current);
    current = null;
  };
  for (const line of lines) {
    const s = line.trim();
    if (s === '') {
      flush();
      prev = '';
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      // A number is part of what the item says ("3. Cut spending" is cited as such), so it stays in the
      // text; a bullet is only drawn.
      const text = item[2] ? s : item[3]!;
      current = { kind: 'list-item', text, level: Math.min(6, Math.floor(indentOf(line) / 2) + 1), indent: indentOf(line) };
      if (item[2]) current.ordinal = Number(item[2]);
      prev = line;
      continue;
    }
    let continues = false;
    if (current && prev) {
      const before = prev.trim();
      // A sentence-final line that had room for the next word was ended on purpose.
      const nextWord = s.split(/\s/, 1)[0]!.length;
      const roomLeft = width !== null && before.length + 1 + nextWord <= width;
      const shortEnd = roomLeft && SENTENCE_END.test(before);
      const indented = indentOf(line) > indentOf(prev) + 1 && indentOf(line) <= 8;
      // An item goes on in a line indented past its marker (a hanging indent) or, in wrapped text, in a line
      // its previous line had no room for; a line back at the margin after a short one follows the list.
      if (current.kind === 'list-item') continues = indentOf(line) > (current.indent ?? 0) || (width !== null && !roomLeft);
      else if (width !== null) continues = hasBlank || !(shortEnd || indented);
      // One line per paragraph, except an obvious mid-sentence break (next line starts in lower case).
      else continues = !SENTENCE_END.test(before) && /^\p{Ll}/u.test(s);
    }
    if (continues && current) current.text += ' ' + s;
    else {
      flush();
      current = { kind: 'paragraph', text: s };
    }
    prev = line;
  }
  flush();
  return out;
}

/** Parses a decoded plain-text article. */
export function textToArticle(raw: string, options: { fileName: string; encoding: string }): Result<ParsedArticle> {
  const text = normaliseText(raw);
  const lines = text.split('\n').map((l) => l.replace(/[\s\u00A0]+$/u, ''));
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first]!.trim() === '') first++;
  while (last >= first && lines[last]!.trim() === '') last--;
  if (first > last) return err('EMPTY', 'The file is empty or contains only whitespace.');

  const meta: Meta = {};
  // Title: the first line when it is title-sized; otherwise the file name, keeping the line in the body.
  const firstLine = lines[first]!.trim();
  let title = titleFromFileName(options.fileName);
  let bodyStart = first;
  if (firstLine.length <= 200) {
    // Text copied from web pages keeps HTML's character references in titles ("&#163;1.8m", "risqu&#233;").
    title = decodeEntities(firstLine.replace(/^#+\s*/, ''));
    bodyStart = first + 1;
  }

  // Leading metadata right after the title ("By ...", "Published: ...").
  for (let i = bodyStart, taken = 0; i <= last && taken < 4; i++) {
    if (lines[i]!.trim() === '') continue;
    if (!takeMetaLine(lines[i]!, meta)) break;
    taken++;
    bodyStart = i + 1;
  }

  // Trailing metadata: Source / Photo (the article's caption) / By / Reporting-by / URL lines at the end,
  // read by the same rule as a saved page's last paragraphs.
  const trailing: number[] = []; // indexes of the non-blank lines from the end up
  for (let i = last; i >= bodyStart; i--) if (lines[i]!.trim() !== '') trailing.push(i);
  const taken = takeTrailingMeta((k) => (k < trailing.length ? lines[trailing[k]!]! : null), meta);
  const end = taken === 0 ? last : trailing[taken - 1]! - 1;

  const paras = paragraphsOf(lines.slice(bodyStart, end + 1));
  let dateline: Dateline | undefined;
  const firstPara = paras.find((p) => p.kind === 'paragraph');
  if (firstPara && firstPara === paras[0]) {
    const split = splitDateline(firstPara.text);
    if (split) {
      dateline = split.dateline;
      firstPara.text = split.rest;
      if (dateline.agency) meta.source ??= dateline.agency;
      if (dateline.date && /\d{4}/.test(dateline.date)) meta.published ??= isoDate(dateline.date);
    }
  }

  const builder = new ArticleBuilder();
  for (const p of paras) {
    builder.openBlock(p.kind, p.kind === 'list-item' ? { level: p.level, ordinal: p.ordinal } : {});
    builder.append(p.text);
  }
  let built = builder.build();
  if (built.blocks.length === 0) {
    // Only a title line (or only metadata): keep the line itself as the body.
    const fallback = new ArticleBuilder();
    fallback.openBlock('paragraph');
    fallback.append(firstLine);
    built = fallback.build();
  }
  return ok(
    tidy({
      format: 'txt',
      encoding: options.encoding,
      title,
      ...meta,
      ...(dateline ? { dateline } : {}),
      ...built,
    }),
  );
}
