// EPUB importer: hand-built books (fflate) with a nav document or an NCX; spine order, chapter headings,
// metadata; damaged and oversized archives.
import { describe, expect, test } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { parseEpub } from '../../../src-main/import/formats/epub';
import { makeEpub, makeLyingBomb } from './fixtures-zip';
import { blockTexts, errorCode, unwrap } from './invariants';

const EXPECTED = [
  'The Harbour',
  'The first chapter opens at the harbour at dawn.',
  'Cranes were idle for three days.',
  'Part 2: The Convoy',
  'Chapter 2 has no heading inside its file.',
  'It ends with a short note.',
];

describe('parseEpub', () => {
  test('chapters in spine order, each opening with one heading (its TOC label)', async () => {
    const a = unwrap(await parseEpub('convoys.epub', makeEpub()));
    expect(a.format).toBe('epub');
    expect(blockTexts(a)).toEqual(EXPECTED);
    // Chapter 1's own <h1> equals its TOC label: it is not duplicated. Chapter 2 gets a heading block.
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.level)).toEqual([1, 1]);
  });

  test('metadata from the OPF: dc:title, dc:creator, dc:date, dc:language', async () => {
    const a = unwrap(await parseEpub('convoys.epub', makeEpub()));
    expect(a).toMatchObject({ title: 'The Black Sea Convoys', byline: 'Olena Kovalenko', published: '2023-11-02', lang: 'uk' });
  });

  test('inline marks survive with re-based offsets', async () => {
    const a = unwrap(await parseEpub('convoys.epub', makeEpub()));
    expect(a.marks.map((m) => [m.kind, a.text.slice(m.start, m.end)])).toEqual([
      ['em', 'first'],
      ['strong', 'three'],
    ]);
  });

  test('an EPUB 2 NCX gives the same chapter labels', async () => {
    const a = unwrap(await parseEpub('convoys.epub', makeEpub({ toc: 'ncx' })));
    expect(blockTexts(a)).toEqual(EXPECTED);
  });

  test('the spine, not the file order, decides the reading order', async () => {
    const a = unwrap(await parseEpub('convoys.epub', makeEpub({ chapters: 3, reverseSpine: true })));
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end));
    expect(headings).toEqual(['Part 3: The Convoy', 'Part 2: The Convoy', 'The Harbour']);
  });

  test('without META-INF/container.xml the package document is still found', async () => {
    const a = unwrap(await parseEpub('convoys.epub', makeEpub({ noContainer: true })));
    expect(a.title).toBe('The Black Sea Convoys');
  });

  test('a chapter missing from the archive is skipped; a book with no readable chapter is EMPTY', async () => {
    const files = unzipSync(makeEpub());
    delete files['OEBPS/text/ch2.xhtml'];
    const a = unwrap(await parseEpub('convoys.epub', zipSync(files)));
    expect(blockTexts(a)).toEqual(EXPECTED.slice(0, 3));
    delete files['OEBPS/text/ch1.xhtml'];
    expect(errorCode(await parseEpub('convoys.epub', zipSync(files)))).toBe('EMPTY');
  });
});

describe('parseEpub: damaged and hostile files', () => {
  test('no package document is DAMAGED', async () => {
    expect(errorCode(await parseEpub('x.epub', zipSync({ mimetype: strToU8('application/epub+zip') })))).toBe('DAMAGED');
  });

  test('a truncated book is DAMAGED', async () => {
    const good = makeEpub();
    expect(errorCode(await parseEpub('cut.epub', good.slice(0, good.length - 40)))).toBe('DAMAGED');
    expect(errorCode(await parseEpub('cut.epub', good.slice(0, 100)))).toBe('DAMAGED');
  });

  test('random bit flips never throw', async () => {
    const good = makeEpub();
    for (let k = 0; k < 40; k++) {
      const copy = good.slice();
      const i = (k * 104729) % copy.length;
      copy[i] = copy[i]! ^ (1 << k % 8);
      const r = await parseEpub('flip.epub', copy);
      if (!r.ok) expect(['DAMAGED', 'UNSUPPORTED', 'TOO_LARGE', 'EMPTY']).toContain(r.error.code);
    }
  });

  test('an archive declaring a huge entry is TOO_LARGE', async () => {
    expect(errorCode(await parseEpub('bomb.epub', makeLyingBomb()))).toBe('TOO_LARGE');
  });
});
