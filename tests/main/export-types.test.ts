import { describe, expect, it } from 'vitest';
import { EXPORT_EXTENSIONS } from '../../src-renderer/core/contract';
import { exportExtensionOf, saveFilter, withExportExtension } from '../../src-main/export/export-types';

describe('export types', () => {
  it('gives every export type of the contract its own save filter, named and with its one extension', () => {
    const filters = EXPORT_EXTENSIONS.map((extension) => saveFilter(extension));
    expect(filters).toEqual([
      { name: 'Markdown', extensions: ['md'] },
      { name: 'CSV (comma-separated values)', extensions: ['csv'] },
      { name: 'JSON', extensions: ['json'] },
      { name: 'REFI-QDA project', extensions: ['qdpx'] },
      { name: 'REFI-QDA codebook', extensions: ['qdc'] },
      { name: 'PDF document', extensions: ['pdf'] },
      { name: 'SVG picture', extensions: ['svg'] },
      { name: 'PNG picture', extensions: ['png'] },
    ]);
    expect(new Set(filters.map((f) => f.name)).size).toBe(EXPORT_EXTENSIONS.length);
  });

  it('reads the export type from a file name, whatever its case, and nothing else', () => {
    for (const extension of EXPORT_EXTENSIONS) {
      expect(exportExtensionOf(`Briefing 2026-12-06${extension}`)).toBe(extension);
      expect(exportExtensionOf(`BRIEFING${extension.toUpperCase()}`)).toBe(extension);
    }
    expect(exportExtensionOf('notes.txt')).toBeNull();
    expect(exportExtensionOf('notes')).toBeNull();
    expect(exportExtensionOf('md')).toBeNull();
    expect(exportExtensionOf('archive.pdf.zip')).toBeNull();
  });

  it('adds the export extension to a name typed without it, and keeps one that has it', () => {
    expect(withExportExtension('/home/a/notes', '.csv')).toBe('/home/a/notes.csv');
    expect(withExportExtension('/home/a/notes.md', '.csv')).toBe('/home/a/notes.md.csv');
    expect(withExportExtension('/home/a/notes.csv', '.csv')).toBe('/home/a/notes.csv');
    expect(withExportExtension('/home/a/NOTES.QDPX', '.qdpx')).toBe('/home/a/NOTES.QDPX');
  });
});
