// A pattern view's numbers as CSV, for a spreadsheet: the header row names the rows' axis and each column,
// then one row per table row (its label, then its counts). The same writer rules as the annotations' CSV
// (core/exports/csv.ts): RFC 4180 quoting, CRLF rows, a UTF-8 BOM, labels that would run as a formula defused.
import { csvField, defuseFormula } from '../exports/csv';
import type { PatternTable } from './table';

const text = (s: string): string => csvField(defuseFormula(s));

/** The CSV text of a table: BOM, header (rowsLabel, column labels), one record per row, each ended by CRLF. */
export function patternCsv(table: PatternTable): string {
  let out = '\uFEFF' + [table.rowsLabel, ...table.columns.map((c) => c.label)].map(text).join(',') + '\r\n';
  table.rows.forEach((row, r) => {
    const counts = table.columns.map((_, c) => String(table.counts[r]?.[c] ?? 0));
    out += [text(row.label), ...counts].join(',') + '\r\n';
  });
  return out;
}
