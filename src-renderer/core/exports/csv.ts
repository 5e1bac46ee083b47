// Annotations as CSV for spreadsheets: one row per annotation, RFC 4180 quoting, CRLF rows, a UTF-8 BOM
// (so Excel reads Cyrillic), and text cells that a spreadsheet would run as a formula defused.
import type { Article } from '../article';
import { toBriefingInput, type PlacedAnnotation } from '../briefing';
import type { TagDef } from '../codebook';

export interface CsvAnnotation {
  articleTitle: string;
  articlePath: string;
  quote: string;
  /** Full tag paths ('Type/Claim'). */
  tags: readonly string[];
  note: string;
  paragraph?: number;
  page?: number;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  state: 'anchored' | 'orphan';
}

export const CSV_COLUMNS = ['article', 'path', 'quote', 'tags', 'note', 'paragraph', 'page', 'created', 'updated', 'state'] as const;

/** What a spreadsheet treats as the start of a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet will not evaluate: a value starting with `=`, `+`, `-`, `@`, tab or CR gets
 * a leading `'` (the OWASP advice; Excel and LibreOffice show the text, the apostrophe stays visible in
 * other readers). Numbers and dates are written by us and never prefixed.
 */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? "'" + text : text;
}

/** One RFC 4180 field: quoted when it holds a quote, comma, CR or LF (quotes doubled), else as is. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}

function iso(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}

function cells(a: CsvAnnotation): string[] {
  const text = (s: string): string => csvField(defuseFormula(s));
  return [
    text(a.articleTitle),
    text(a.articlePath),
    text(a.quote),
    text(a.tags.join('; ')),
    text(a.note),
    a.paragraph === undefined ? '' : String(a.paragraph),
    a.page === undefined ? '' : String(a.page),
    iso(a.createdAt),
    iso(a.updatedAt),
    a.state,
  ];
}

/** The CSV text: BOM, a header row, one row per annotation, every row ended by CRLF. */
export function renderCsv(rows: readonly CsvAnnotation[]): string {
  let out = '\uFEFF' + CSV_COLUMNS.join(',') + '\r\n';
  for (const row of rows) out += cells(row).join(',') + '\r\n';
  return out;
}

export type CsvSourceAnnotation = PlacedAnnotation & Pick<CsvAnnotation, 'createdAt' | 'updatedAt' | 'state'>;

/** One article's annotations as CSV rows in document order, with paragraph and page as in briefings. */
export function toCsvRows(article: Article, annotations: readonly CsvSourceAnnotation[], tags: readonly TagDef[]): CsvAnnotation[] {
  const briefing = toBriefingInput(article, annotations, tags, '', new Date(0));
  const byId = new Map(annotations.map((a) => [a.id, a]));
  return briefing.annotations.map((b) => {
    const source = byId.get(b.id)!;
    return {
      articleTitle: article.title,
      articlePath: article.path,
      quote: b.quote,
      tags: b.tags,
      note: b.note,
      ...(b.paragraph !== undefined ? { paragraph: b.paragraph } : {}),
      ...(b.page !== undefined ? { page: b.page } : {}),
      createdAt: source.createdAt,
      updatedAt: source.updatedAt,
      state: source.state,
    };
  });
}
