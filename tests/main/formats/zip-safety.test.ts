// The guarded zip reader: central directory parsing, budget checks before inflating, capped inflate, CRC.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import {
  checkZipBudget,
  crc32,
  openZip,
  readCentralDirectory,
  resolveZipPath,
  type ZipEntry,
} from '../../../src-main/import/formats/zip-safety';
import { makeLyingBomb, makeUnderstatedEntry, zipOneDeflated } from './fixtures-zip';

const MB = 1024 * 1024;

function entry(uncompressedSize: number): ZipEntry {
  return { name: 'x', method: 8, flags: 0, crc32: 0, compressedSize: 1, uncompressedSize, localHeaderOffset: 0 };
}

describe('zip-safety', () => {
  test('reads names and sizes from the central directory; entries inflate with CRC checks', () => {
    const zip = zipSync({ 'a.txt': strToU8('hello'), 'dir/b.xml': [strToU8('<b/>'.repeat(100)), { level: 9 }] });
    const listed = readCentralDirectory(zip);
    expect(listed.ok && listed.value.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['a.txt', 5],
      ['dir/b.xml', 400],
    ]);
    const opened = openZip(zip);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.readText('a.txt')).toEqual({ ok: true, value: 'hello' });
    expect(opened.value.readText('dir/b.xml')).toEqual({ ok: true, value: '<b/>'.repeat(100) });
    expect(opened.value.read('missing')).toBeNull();
  });

  test('budget: total cap and ratio rule', () => {
    expect(checkZipBudget([entry(150 * MB), entry(60 * MB)], 100 * MB).ok).toBe(false);
    expect(checkZipBudget([entry(20 * MB)], 100_000).ok).toBe(false);
    expect(checkZipBudget([entry(5 * MB)], 10_000).ok).toBe(true); // small even if very compressible
    expect(checkZipBudget([entry(50 * MB)], 5 * MB).ok).toBe(true);
  });

  test('a lying 4 GB declaration is refused by openZip itself (no inflate happens)', () => {
    const r = openZip(makeLyingBomb());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('TOO_LARGE');
  });

  test('an understated entry is cut off at its declared size', () => {
    const opened = openZip(makeUnderstatedEntry(2));
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.read('word/document.xml')).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });

  test('a corrupted CRC is DAMAGED', () => {
    const zip = zipOneDeflated('a.txt', strToU8('some text to check'));
    const view = new DataView(zip.buffer);
    for (let i = zip.length - 46; i >= 0; i--) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 16, 12345, true);
    const opened = openZip(zip);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.read('a.txt')).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
  });

  test('crc32 matches the standard check value', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });

  test('resolveZipPath', () => {
    expect(resolveZipPath('OEBPS/content.opf', 'text/ch1.xhtml')).toBe('OEBPS/text/ch1.xhtml');
    expect(resolveZipPath('OEBPS/text/nav.xhtml', '../text/ch%201.xhtml#frag')).toBe('OEBPS/text/ch 1.xhtml');
    expect(resolveZipPath('a/b.opf', '../../../../etc/passwd')).toBe('etc/passwd');
  });

  test('arbitrary bytes never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = openZip(bytes);
        if (r.ok) for (const name of r.value.entries.keys()) r.value.read(name);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
