// Colours for the pattern views. By default a row has its tag's colour; the colour-blind-safe palette
// (Okabe and Ito's, without its black, which a dark theme would hide) replaces them in row order, for
// readers who cannot tell the codebook's colours apart. Counts never depend on colour alone: size shows them.
import type { PatternTable } from './table';

export const SAFE_PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442'] as const;

/** The table with its tag rows (and tag columns, in a co-occurrence) coloured from SAFE_PALETTE in row order. */
export function withSafeColours(table: PatternTable): PatternTable {
  const colours = new Map(table.rows.map((r, i) => [r.key, SAFE_PALETTE[i % SAFE_PALETTE.length]!]));
  const paint = (item: PatternTable['rows'][number]) => ({ ...item, color: colours.get(item.key) ?? SAFE_PALETTE[0] });
  return { ...table, rows: table.rows.map(paint), columns: table.kind === 'cooccurrence' ? table.columns.map(paint) : table.columns };
}
