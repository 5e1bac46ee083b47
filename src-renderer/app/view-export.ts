// A pattern view taken away: its picture as SVG or PNG, or its numbers as CSV, written through the one
// export call (the save dialog filters by type). The SVG and CSV are pure core; the PNG is the same SVG
// drawn at twice its size by a rasteriser handed in (the canvas in the app, a stand-in in Node tests).
import { patternCsv } from '../core/patterns/csv';
import { patternSvg } from '../core/patterns/svg';
import type { PatternTable } from '../core/patterns/table';
import { slugify } from '../core/markdown';
import { err } from '../core/result';
import type { AppDeps } from './deps';
import type { ExportResult } from './export-notice.svelte';

export type ViewFormat = 'svg' | 'png' | 'csv';

/** Draws an SVG picture as PNG bytes at `scale` times its size. */
export type Rasterize = (svg: string, scale: number) => Promise<Uint8Array>;

/** The file name a view is exported under: its title and the day, e.g. "tag-matrix-2026-12-07.svg". */
export function viewFileName(table: PatternTable, format: ViewFormat, now: number): string {
  const day = new Date(now).toISOString().slice(0, 10);
  return `${slugify(table.title) || 'view'}-${day}.${format}`;
}

/** Writes the view in `format`; a PNG that cannot be drawn is an error in words, not a blank file. */
export async function exportView({ api, now }: Pick<AppDeps, 'api' | 'now'>, table: PatternTable, format: ViewFormat, rasterize: Rasterize): Promise<ExportResult> {
  const fileName = viewFileName(table, format, now());
  if (format === 'csv') return api.writeExport({ fileName, content: patternCsv(table) });
  const svg = patternSvg(table);
  if (format === 'svg') return api.writeExport({ fileName, content: svg });
  let png: Uint8Array;
  try {
    png = await rasterize(svg, 2);
  } catch (error) {
    return err('INTERNAL', `The picture could not be drawn: ${(error as Error).message}`);
  }
  return api.writeExport({ fileName, content: png });
}
