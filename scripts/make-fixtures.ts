// `npx tsx scripts/make-fixtures.ts [dir]`: writes the binary-format test fixtures (normally generated in
// memory by the tests) to tests/fixtures/generated/ so they can be opened in a viewer or imported by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeEncryptedPdf, makeLongPdf, makeReportPdf } from '../tests/main/formats/fixtures-pdf';
import { makeCompressedBomb, makeDocx, makeEpub, makeLyingBomb } from '../tests/main/formats/fixtures-zip';
import { alternativeEml, koi8Eml, mixedEml } from '../tests/main/formats/fixtures-eml';

async function main(): Promise<void> {
  const dir = process.argv[2] ?? join(__dirname, '..', 'tests', 'fixtures', 'generated');
  mkdirSync(dir, { recursive: true });
  const files: Record<string, Uint8Array> = {
    'report-3-pages.pdf': await makeReportPdf(),
    'report-with-metadata.pdf': await makeReportPdf({ title: 'Official Title', author: 'Desk Two' }),
    'long-20-pages.pdf': await makeLongPdf(20),
    'encrypted.pdf': await makeEncryptedPdf(),
    'briefing.docx': await makeDocx({ title: 'Grain Report Q3' }),
    'convoys.epub': makeEpub(),
    'convoys-ncx.epub': makeEpub({ toc: 'ncx' }),
    'talks-alternative.eml': alternativeEml(),
    'grain-koi8r.eml': koi8Eml(),
    'report-mixed.eml': mixedEml(),
    'bomb-declared.docx': makeLyingBomb(),
    'bomb-1000-to-1.docx': makeCompressedBomb(20),
  };
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(dir, name), bytes);
    console.log(`${name.padEnd(28)} ${bytes.byteLength} bytes`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
