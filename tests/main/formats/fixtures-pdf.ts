// Builds PDF fixtures in memory with pdf-lib: laid-out lines with running headers, page-number footers,
// a hyphenated line break and a paragraph crossing a page break. Also used by scripts/make-fixtures.ts.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFHexString, StandardFonts, type PDFFont } from 'pdf-lib';

export interface PdfBlock {
  lines: string[];
  size?: number;
  /** Extra indent of the first line, in points. */
  indent?: number;
}

export interface PdfFixtureOptions {
  pages: PdfBlock[][];
  header?: string | ((n: number) => string);
  /** Footer text per page; `n` is the 1-based page number, `total` the page count. */
  footer?: (n: number, total: number) => string;
  title?: string;
  author?: string;
  fontFile?: Uint8Array;
}

const BODY = 11;
const LEADING = 14;
const PARA_GAP = 10;
const MARGIN = 72;

export async function makePdf(options: PdfFixtureOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // Standard fonts only encode WinAnsi: Cyrillic and other scripts need a TrueType font embedded.
  if (options.fontFile) doc.registerFontkit(fontkit);
  const font: PDFFont = await doc.embedFont(options.fontFile ?? StandardFonts.Helvetica, { subset: true });
  const bold: PDFFont = options.fontFile ? font : await doc.embedFont(StandardFonts.HelveticaBold);
  if (options.title) doc.setTitle(options.title);
  if (options.author) doc.setAuthor(options.author);
  doc.setCreationDate(new Date('2024-03-05T10:20:30Z'));
  const total = options.pages.length;
  options.pages.forEach((blocks, i) => {
    const page = doc.addPage([612, 792]);
    const header = typeof options.header === 'function' ? options.header(i + 1) : options.header;
    if (header) page.drawText(header, { x: MARGIN, y: 750, size: 9, font });
    let y = 700;
    for (const block of blocks) {
      const size = block.size ?? BODY;
      const f = size > BODY ? bold : font;
      block.lines.forEach((line, j) => {
        page.drawText(line, { x: MARGIN + (j === 0 ? (block.indent ?? 0) : 0), y, size, font: f });
        y -= size > BODY ? size * 1.3 : LEADING;
      });
      y -= PARA_GAP;
    }
    if (options.footer) page.drawText(options.footer(i + 1, total), { x: 290, y: 40, size: 9, font });
  });
  return doc.save();
}

/** The 3-page report used by the PDF tests. */
export function reportPages(): PdfBlock[][] {
  return [
    [
      { lines: ['Sanctions and Supply Chains'], size: 20 },
      { lines: ['The first paragraph explains how the new interna-', 'tional rules affect shipping companies in the region.'] },
      { lines: ['The second paragraph starts on the first page and', 'keeps going until the bottom of the page where it'] },
    ],
    [
      { lines: ['continues with more words and finally ends here.'] },
      { lines: ['A third paragraph sits on the second page and has', 'two lines of its own.'] },
    ],
    [
      { lines: ['Officials said the measures would be reviewed in', 'the spring.'] },
      { lines: ['The final paragraph closes the report.'] },
    ],
  ];
}

export function makeReportPdf(extra: Partial<PdfFixtureOptions> = {}): Promise<Uint8Array> {
  return makePdf({
    pages: reportPages(),
    header: 'Dossier Quarterly Review',
    footer: (n, total) => `Page ${n} of ${total}`,
    ...extra,
  });
}

/** A long generated PDF (for the benchmark): `pages` pages of four paragraphs each. */
export function makeLongPdf(pages: number): Promise<Uint8Array> {
  const sentence = 'Analysts compared what the ministries said and where figures differed';
  const list: PdfBlock[][] = [];
  for (let p = 0; p < pages; p++) {
    const blocks: PdfBlock[] = [];
    for (let b = 0; b < 4; b++) {
      blocks.push({ lines: Array.from({ length: 8 }, (_, k) => `${sentence} (${p + 1}.${b + 1}.${k + 1})`.slice(0, 90)), indent: 18 });
    }
    list.push(blocks);
  }
  return makePdf({ pages: list, header: (n) => `Long Report, page ${n}`, footer: (n) => `- ${n} -` });
}

/**
 * A PDF whose trailer declares Standard-handler encryption with a user password pdf.js cannot guess.
 * The content is not actually encrypted, but pdf.js refuses before reading it (a real PasswordException).
 */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 300]);
  page.drawText('secret', { x: 50, y: 150, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  const ctx = doc.context;
  const filler = (seed: number): PDFHexString =>
    PDFHexString.of(Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join(''));
  const encrypt = ctx.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: -44 });
  encrypt.set(PDFName.of('O'), filler(11));
  encrypt.set(PDFName.of('U'), filler(97));
  const ref = ctx.register(encrypt);
  ctx.trailerInfo.Encrypt = ref;
  ctx.trailerInfo.ID = ctx.obj([filler(5), filler(5)]);
  return doc.save({ useObjectStreams: false });
}
