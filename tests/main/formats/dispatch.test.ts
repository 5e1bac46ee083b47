// The binary formats through parseArticleFile's dispatch table, and fuzzed PDFs that must fail cleanly.
import { describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { parseArticleFile } from '../../../src-main/import/index';
import { parsePdf } from '../../../src-main/import/formats/pdf';
import { makeReportPdf } from './fixtures-pdf';
import { makeDocx, makeEpub } from './fixtures-zip';
import { alternativeEml } from './fixtures-eml';
import { hostileArchive } from './fixtures-mhtml';
import { unwrap } from './invariants';

// pdf.js, mammoth and fixture generation are slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

describe('dispatch by extension', () => {
  test('.pdf, .docx, .epub, .eml, .mhtml and .mht reach their parsers', async () => {
    expect(unwrap(await parseArticleFile('a.pdf', await makeReportPdf())).format).toBe('pdf');
    expect(unwrap(await parseArticleFile('a.docx', await makeDocx({ title: 'T' }))).format).toBe('docx');
    expect(unwrap(await parseArticleFile('a.EPUB', makeEpub())).format).toBe('epub');
    expect(unwrap(await parseArticleFile('a.eml', alternativeEml())).format).toBe('eml');
    expect(unwrap(await parseArticleFile('a.mhtml', hostileArchive())).format).toBe('mhtml');
    expect(unwrap(await parseArticleFile('a.Mht', hostileArchive())).format).toBe('mhtml');
  });
});

describe('fuzzed PDFs', () => {
  test('byte flips in a valid PDF never throw or hang', { timeout: 60_000 }, async () => {
    const good = await makeReportPdf();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const bytes = good.slice();
        for (const [at, x] of flips) bytes[at % bytes.length] = bytes[at % bytes.length]! ^ x;
        const r = await parsePdf('fuzz.pdf', bytes);
        if (!r.ok) expect(['DAMAGED', 'EMPTY', 'UNSUPPORTED']).toContain(r.error.code);
      }),
      { numRuns: 25 },
    );
  });

  test('random bytes behind a PDF header are DAMAGED or EMPTY', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (noise) => {
        const bytes = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...noise]);
        const r = await parsePdf('noise.pdf', bytes);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(['DAMAGED', 'EMPTY']).toContain(r.error.code);
      }),
      { numRuns: 25 },
    );
  });
});
