// Builds DOCX (docx package), EPUB (hand-built zip with fflate) and zip-bomb fixtures in memory.
// Also used by scripts/make-fixtures.ts and the formats benchmark.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../../src-main/import/formats/zip-safety';

/** A Word document with a title property, headings, a bulleted list and bold text. */
export async function makeDocx(options: { title?: string; creator?: string; paragraphs?: number } = {}): Promise<Uint8Array> {
  const extra = Array.from(
    { length: options.paragraphs ?? 0 },
    (_, i) => new Paragraph({ children: [new TextRun(`Filler paragraph ${i + 1} repeats the ministry's statement about grain exports and prices.`)] }),
  );
  const doc = new Document({
    ...(options.title !== undefined ? { title: options.title } : {}),
    creator: options.creator ?? 'Anna Analyst',
    numbering: {
      config: [{ reference: 'bullets', levels: [{ level: 0, format: 'bullet', text: '•', alignment: 'left' }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Grain Corridor Briefing', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun('The minister said exports were '), new TextRun({ text: 'up by a third', bold: true }), new TextRun(' this year.')],
          }),
          new Paragraph({ text: 'Key claims', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Ships left three ports.', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'Insurance costs fell.', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'Analysts remain cautious about the figures.' }),
          ...extra,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`;

function chapter(title: string, heading: string | null, paragraphs: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en">
<head><title>${title}</title></head>
<body><section>
${heading ? `<h1>${heading}</h1>` : ''}
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</section></body></html>`;
}

export interface EpubOptions {
  chapters?: number;
  paragraphsPerChapter?: number;
  /** EPUB 3 nav document (default) or EPUB 2 NCX. */
  toc?: 'nav' | 'ncx';
  /** List the spine in reverse file order. */
  reverseSpine?: boolean;
  /** Leave out META-INF/container.xml. */
  noContainer?: boolean;
}

/** A two-chapter EPUB 3 (nav document, OPF metadata); chapter 2 has no heading of its own. */
export function makeEpub(options: EpubOptions = {}): Uint8Array {
  const count = options.chapters ?? 2;
  const per = options.paragraphsPerChapter ?? 0;
  const files: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] };
  if (!options.noContainer) files['META-INF/container.xml'] = strToU8(CONTAINER);
  const ncx = options.toc === 'ncx';
  const manifest: string[] = [
    ncx
      ? '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
      : '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
  ];
  const navPoints: string[] = [];
  const spine: string[] = [];
  const navLinks: string[] = [];
  for (let i = 1; i <= count; i++) {
    const filler = Array.from({ length: per }, (_, k) => `Filler sentence ${k + 1} of chapter ${i} describes the convoy and its cargo in some detail.`);
    const body =
      i === 1
        ? chapter('Chapter One', 'The Harbour', ['The <em>first</em> chapter opens at the harbour at dawn.', 'Cranes were idle for <strong>three</strong> days.', ...filler])
        : chapter(`Chapter ${i}`, null, [`Chapter ${i} has no heading inside its file.`, 'It ends with a short note.', ...filler]);
    files[`OEBPS/text/ch${i}.xhtml`] = strToU8(body);
    manifest.push(`<item id="ch${i}" href="text/ch${i}.xhtml" media-type="application/xhtml+xml"/>`);
    spine.push(`<itemref idref="ch${i}"/>`);
    const label = i === 1 ? 'The Harbour' : `Part ${i}: The Convoy`;
    navLinks.push(`<li><a href="text/ch${i}.xhtml">${label}</a></li>`);
    navPoints.push(`<navPoint id="np${i}" playOrder="${i}"><navLabel><text>${label}</text></navLabel><content src="text/ch${i}.xhtml#start"/></navPoint>`);
  }
  if (options.reverseSpine) spine.reverse();
  if (ncx) {
    files['OEBPS/toc.ncx'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head/><docTitle><text>The Black Sea Convoys</text></docTitle>
<navMap>${navPoints.join('\n')}</navMap></ncx>`);
  } else files['OEBPS/nav.xhtml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head>
<body><nav epub:type="toc"><ol>${navLinks.join('')}</ol></nav></body></html>`);
  files['OEBPS/content.opf'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:0b7c6e0e-0000-4000-8000-000000000001</dc:identifier>
    <dc:title>The Black Sea Convoys</dc:title>
    <dc:creator>Olena Kovalenko</dc:creator>
    <dc:date>2023-11-02</dc:date>
    <dc:language>uk</dc:language>
  </metadata>
  <manifest>${manifest.join('\n    ')}</manifest>
  <spine${ncx ? ' toc="ncx"' : ''}>${spine.join('')}</spine>
</package>`);
  return zipSync(files, { level: 6 });
}

/** A one-entry zip whose data is deflated by node:zlib (fast for large inputs), assembled by hand. */
export function zipOneDeflated(name: string, data: Uint8Array): Uint8Array {
  const nameBytes = strToU8(name);
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, packed.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, packed.length, true);
  cv.setUint32(24, data.length, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, 0, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + packed.length, true);
  const out = new Uint8Array(local.length + packed.length + central.length + end.length);
  out.set(local, 0);
  out.set(packed, local.length);
  out.set(central, local.length + packed.length);
  out.set(end, local.length + packed.length + central.length);
  return out;
}

/** A real ~1000:1 archive: one entry of `megabytes` MB of zeros, deflated. */
export function makeCompressedBomb(megabytes = 50): Uint8Array {
  return zipOneDeflated('word/document.xml', new Uint8Array(megabytes * 1024 * 1024));
}

/**
 * A tiny archive whose central directory *declares* a huge uncompressed size for an entry (the data is
 * small): it must be refused from the directory alone, before any inflating.
 */
export function makeLyingBomb(declaredBytes = 4_000_000_000): Uint8Array {
  const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>'), '[Content_Types].xml': strToU8('<Types/>') });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = zip.byteLength - 46; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, declaredBytes, true);
  }
  return zip;
}

/** An archive whose entry says it is small but really inflates to `megabytes` MB (a lying header). */
export function makeUnderstatedEntry(megabytes = 5): Uint8Array {
  const zip = zipOneDeflated('word/document.xml', new Uint8Array(megabytes * 1024 * 1024));
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = zip.byteLength - 46; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1000, true);
    if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 1000, true);
  }
  return zip;
}
