// Benchmark of the binary-format importers on generated files: a 20-page PDF, a DOCX and an EPUB.
import type { BenchRow } from '../types';
import { medianMs } from '../types';
import { parsePdf } from '../../../src-main/import/formats/pdf';
import { parseDocx } from '../../../src-main/import/formats/docx';
import { parseEpub } from '../../../src-main/import/formats/epub';
import { parseEml } from '../../../src-main/import/formats/eml';
import { makeLongPdf } from '../../main/formats/fixtures-pdf';
import { makeDocx, makeEpub } from '../../main/formats/fixtures-zip';
import { alternativeEml } from '../../main/formats/fixtures-eml';

async function must(p: Promise<{ ok: boolean }>): Promise<void> {
  const r = await p;
  if (!r.ok) throw new Error('bench fixture failed to parse');
}

export default async function formats(): Promise<BenchRow[]> {
  const pdf = await makeLongPdf(20);
  const docx = await makeDocx({ title: 'Bench', paragraphs: 300 });
  const epub = makeEpub({ chapters: 20, paragraphsPerChapter: 30 });
  const eml = alternativeEml();
  const kb = (b: Uint8Array): string => `${Math.round(b.byteLength / 1024)} KB`;
  return [
    { case: `parse 20-page PDF (${kb(pdf)})`, value: await medianMs(() => must(parsePdf('bench.pdf', pdf)), 5, 1), unit: 'ms' },
    { case: `parse DOCX, 300 paragraphs (${kb(docx)})`, value: await medianMs(() => must(parseDocx('bench.docx', docx)), 5, 1), unit: 'ms' },
    { case: `parse EPUB, 20 chapters (${kb(epub)})`, value: await medianMs(() => must(parseEpub('bench.epub', epub)), 5, 1), unit: 'ms' },
    { case: 'parse multipart e-mail', value: await medianMs(() => must(parseEml('bench.eml', eml))), unit: 'ms' },
  ];
}
