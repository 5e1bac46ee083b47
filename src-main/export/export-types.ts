// The export types main writes, one entry per extension of the contract's EXPORT_EXTENSIONS: how the save
// dialog names each one. Keyed by that list, so a new export type cannot ship without its filter (the
// record below stops compiling, and tests/main/export-types.test.ts walks every extension).
import { EXPORT_EXTENSIONS } from '../../src-renderer/core/contract';

export type ExportExtension = (typeof EXPORT_EXTENSIONS)[number];

/** A save dialog filter, in Electron's shape (`extensions` without the dot). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

const FILTER_NAMES: Record<ExportExtension, string> = {
  '.md': 'Markdown',
  '.csv': 'CSV (comma-separated values)',
  '.json': 'JSON',
  '.qdpx': 'REFI-QDA project',
  '.qdc': 'REFI-QDA codebook',
  '.pdf': 'PDF document',
  '.svg': 'SVG picture',
  '.png': 'PNG picture',
};

/** The export type a file name ends with (case-insensitive), or null when it is none of them. */
export function exportExtensionOf(fileName: string): ExportExtension | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  const extension = fileName.slice(dot).toLowerCase();
  return EXPORT_EXTENSIONS.find((known) => known === extension) ?? null;
}

/** The save dialog's one filter for a file of this export type. */
export function saveFilter(extension: ExportExtension): FileFilter {
  return { name: FILTER_NAMES[extension], extensions: [extension.slice(1)] };
}

/**
 * The path to write when the user chose `chosen` for an export of type `extension`: the extension is added
 * when the name typed lacks it (Linux's save dialog does not add it from the filter, as Windows' does), so
 * a CSV is never saved as "notes" or "notes.md".
 */
export function withExportExtension(chosen: string, extension: ExportExtension): string {
  return chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
}
