// DOCX importer: a generated document (docx package) through mammoth and the allowlist walk; damaged
// files and zip bombs give clean errors.
import { describe, expect, test, vi } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { parseDocx, readCoreProperties } from '../../../src-main/import/formats/docx';
import { makeCompressedBomb, makeDocx, makeEpub, makeLyingBomb, makeUnderstatedEntry } from './fixtures-zip';
import { blockTexts, errorCode, unwrap } from './invariants';

// pdf.js, mammoth and fixture generation are slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

describe('parseDocx', async () => {
  const withTitle = await makeDocx({ title: 'Grain Report Q3', creator: 'Anna Analyst' });

  test('headings, list items and paragraphs become blocks; bold becomes a strong mark', async () => {
    const a = unwrap(await parseDocx('grain.docx', withTitle));
    expect(a.format).toBe('docx');
    expect(blockTexts(a)).toEqual([
      'Grain Corridor Briefing',
      'The minister said exports were up by a third this year.',
      'Key claims',
      'Ships left three ports.',
      'Insurance costs fell.',
      'Analysts remain cautious about the figures.',
    ]);
    expect(a.blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['paragraph', undefined],
      ['heading', 2],
      ['list-item', 1],
      ['list-item', 1],
      ['paragraph', undefined],
    ]);
    const strong = a.marks.filter((m) => m.kind === 'strong');
    expect(strong.map((m) => a.text.slice(m.start, m.end))).toEqual(['up by a third']);
  });

  test('title, byline and date come from docProps/core.xml', async () => {
    const a = unwrap(await parseDocx('grain.docx', withTitle));
    expect(a.title).toBe('Grain Report Q3');
    expect(a.byline).toBe('Anna Analyst');
    expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(a.encoding).toBe('utf-8');
  });

  test('without a title property the first heading is the title', async () => {
    const a = unwrap(await parseDocx('grain.docx', await makeDocx()));
    expect(a.title).toBe('Grain Corridor Briefing');
  });

  test('readCoreProperties reads prefixed Dublin Core with entities', () => {
    const xml = `<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
      <dc:title>Q&amp;A &#8212; notes</dc:title><dc:creator>O'Brien</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2023-05-01T08:00:00Z</dcterms:created>
      <dc:language>en-GB</dc:language></cp:coreProperties>`;
    expect(readCoreProperties(xml)).toEqual({ title: 'Q&A — notes', creator: "O'Brien", created: '2023-05-01T08:00:00Z', language: 'en-GB' });
  });
});

describe('parseDocx: damaged and hostile files', async () => {
  const good = await makeDocx({ title: 'T' });

  test('a truncated file is DAMAGED', async () => {
    expect(errorCode(await parseDocx('cut.docx', good.slice(0, Math.floor(good.length / 2))))).toBe('DAMAGED');
  });

  test('a bit flipped inside the compressed document body is DAMAGED (CRC/inflate check)', async () => {
    const name = new TextEncoder().encode('word/document.xml');
    // Find the local header of word/document.xml and flip a bit in the middle of its data.
    let at = -1;
    for (let i = 0; i < good.length - 30; i++) {
      if (good[i] === 0x50 && good[i + 1] === 0x4b && good[i + 2] === 3 && good[i + 3] === 4) {
        const n = good[i + 26]! | (good[i + 27]! << 8);
        if (n === name.length && name.every((c, k) => good[i + 30 + k] === c)) at = i;
      }
    }
    expect(at).toBeGreaterThanOrEqual(0);
    const size = good[at + 18]! | (good[at + 19]! << 8) | (good[at + 20]! << 16);
    const flipped = good.slice();
    const target = at + 30 + name.length + (good[at + 28]! | (good[at + 29]! << 8)) + Math.floor(size / 2);
    flipped[target] = flipped[target]! ^ 0x10;
    expect(errorCode(await parseDocx('flip.docx', flipped))).toBe('DAMAGED');
  });

  test('random bit flips anywhere never throw', async () => {
    for (let k = 0; k < 25; k++) {
      const copy = good.slice();
      const i = (k * 7919) % copy.length;
      copy[i] = copy[i]! ^ (1 << k % 8);
      const r = await parseDocx('flip.docx', copy);
      if (!r.ok) expect(['DAMAGED', 'UNSUPPORTED', 'TOO_LARGE', 'EMPTY']).toContain(r.error.code);
    }
  });

  test('not a zip at all is DAMAGED; a zip that is not a Word file is refused', async () => {
    expect(errorCode(await parseDocx('x.docx', strToU8('plain text pretending')))).toBe('DAMAGED');
    expect(['DAMAGED', 'UNSUPPORTED']).toContain(errorCode(await parseDocx('book.docx', makeEpub())));
    expect(errorCode(await parseDocx('x.docx', zipSync({ '[Content_Types].xml': strToU8('<Types/>') })))).toBe('UNSUPPORTED');
  });

  test('an entry declaring a huge uncompressed size is refused from the central directory', async () => {
    const t0 = performance.now();
    const r = await parseDocx('bomb.docx', makeLyingBomb());
    expect(errorCode(r)).toBe('TOO_LARGE');
    expect(!r.ok && r.error.message).toMatch(/expand to .* over the 200 MB limit/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  test('a real 1000:1 compressed entry is refused before inflating', async () => {
    const bomb = makeCompressedBomb(20);
    expect(bomb.length).toBeLessThan(40_000);
    const r = await parseDocx('bomb.docx', bomb);
    expect(errorCode(r)).toBe('TOO_LARGE');
    expect(!r.ok && r.error.message).toMatch(/zip bomb/);
  });

  test('an entry that lies about being small is stopped while inflating', async () => {
    const r = await parseDocx('liar.docx', makeUnderstatedEntry(5));
    expect(errorCode(r)).toBe('TOO_LARGE');
    expect(!r.ok && r.error.message).toMatch(/beyond its declared size/);
  });
});
