// PDF importer: generated fixtures (pdf-lib) through pdf.js end to end.
import { describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { parsePdf, pdfDate, pdfError } from '../../../src-main/import/formats/pdf';
import { makeEncryptedPdf, makeLongPdf, makePdf, makeReportPdf, reportPages } from './fixtures-pdf';
import { blockTexts, errorCode, unwrap } from './invariants';

// pdf.js, mammoth and fixture generation are slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

describe('parsePdf: the 3-page report', async () => {
  const bytes = await makeReportPdf();

  test('rebuilds paragraphs, drops running header and page numbers, joins hyphens and page breaks', async () => {
    const a = unwrap(await parsePdf('reports/sanctions.pdf', bytes));
    expect(a.format).toBe('pdf');
    expect(blockTexts(a)).toEqual([
      'Sanctions and Supply Chains',
      'The first paragraph explains how the new international rules affect shipping companies in the region.',
      'The second paragraph starts on the first page and keeps going until the bottom of the page where it continues with more words and finally ends here.',
      'A third paragraph sits on the second page and has two lines of its own.',
      'Officials said the measures would be reviewed in the spring.',
      'The final paragraph closes the report.',
    ]);
    expect(a.text).not.toContain('Dossier Quarterly Review');
    expect(a.text).not.toMatch(/Page \d of 3/);
  });

  test('blocks cite their 1-based page; a paragraph crossing a break keeps its first page', async () => {
    const a = unwrap(await parsePdf('sanctions.pdf', bytes));
    expect(a.blocks.map((b) => b.page)).toEqual([1, 1, 1, 2, 3, 3]);
    expect(a.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
    expect(a.blocks.slice(1).every((b) => b.kind === 'paragraph')).toBe(true);
  });

  test('title falls back to the largest-font first line; creation date becomes ISO', async () => {
    const a = unwrap(await parsePdf('sanctions.pdf', bytes));
    expect(a.title).toBe('Sanctions and Supply Chains');
    expect(a.published).toBe('2024-03-05T10:20:30Z');
  });

  test('does not detach or modify the caller’s bytes', async () => {
    const copy = bytes.slice();
    await parsePdf('x.pdf', copy);
    expect(copy.byteLength).toBe(bytes.byteLength);
    expect(copy[100]).toBe(bytes[100]);
  });
});

describe('parsePdf: metadata and titles', () => {
  test('the metadata Title and Author win', async () => {
    const a = unwrap(await parsePdf('x.pdf', await makeReportPdf({ title: 'Official Title', author: 'Desk Two' })));
    expect(a.title).toBe('Official Title');
    expect(a.byline).toBe('Desk Two');
  });

  test('without metadata or a larger first line the title comes from the file name', async () => {
    const bytes = await makePdf({ pages: [[{ lines: ['Only body text here.'] }]] });
    const a = unwrap(await parsePdf('notes/2024-01-02_field-notes.pdf', bytes));
    expect(a.title).toBe('2024-01-02 field-notes');
    expect(blockTexts(a)).toEqual(['Only body text here.']);
  });

  test('"- n -" footers and a header carrying the page number are removed on a 20-page file', async () => {
    const a = unwrap(await parsePdf('long.pdf', await makeLongPdf(20)));
    expect(a.text).not.toMatch(/- \d+ -/);
    expect(a.text).not.toContain('Long Report');
    const pages = a.blocks.map((b) => b.page ?? 0);
    expect(pages[0]).toBe(1);
    expect(pages[pages.length - 1]).toBe(20);
    expect([...pages].sort((x, y) => x - y)).toEqual(pages);
    // Four indented paragraphs per page, none merged across pages (each ends with ")", not continuing).
    expect(a.blocks.length).toBe(80);
  });

  test('an uppercase word after a line-end hyphen keeps the hyphen', async () => {
    const bytes = await makePdf({ pages: [[{ lines: ['The Anglo-', 'Saxon chronicle and the well-', 'known interna-', 'tional press.'] }]] });
    expect(blockTexts(unwrap(await parsePdf('h.pdf', bytes)))).toEqual(['The Anglo-Saxon chronicle and the wellknown international press.']);
  });
});

describe('parsePdf: failures are Results, never exceptions', () => {
  test('a password-protected PDF is UNSUPPORTED with a clear message (real pdf.js PasswordException)', async () => {
    const r = await parsePdf('locked.pdf', await makeEncryptedPdf());
    expect(r).toEqual({ ok: false, error: { code: 'UNSUPPORTED', message: 'This PDF is password-protected.' } });
  });

  test('error mapping: PasswordException -> UNSUPPORTED, anything else -> DAMAGED', () => {
    expect(pdfError({ name: 'PasswordException', message: 'No password given', code: 1 })).toMatchObject({ error: { code: 'UNSUPPORTED' } });
    expect(pdfError({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' })).toMatchObject({ error: { code: 'DAMAGED' } });
    expect(pdfError(new TypeError('boom'))).toMatchObject({ error: { code: 'DAMAGED' } });
    expect(pdfError(undefined)).toMatchObject({ error: { code: 'DAMAGED' } });
  });

  test('a truncated PDF gives DAMAGED', async () => {
    const bytes = await makeReportPdf();
    for (const cut of [0.1, 0.5, 0.9]) {
      expect(errorCode(await parsePdf('cut.pdf', bytes.slice(0, Math.floor(bytes.length * cut))))).toBe('DAMAGED');
    }
  });

  test('bytes that are not a PDF give DAMAGED', async () => {
    expect(errorCode(await parsePdf('fake.pdf', new TextEncoder().encode('hello, this is not a pdf at all')))).toBe('DAMAGED');
    expect(errorCode(await parsePdf('empty.pdf', new Uint8Array(0)))).toBe('DAMAGED');
  });

  test('a PDF without any text (a scan) is EMPTY', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([300, 300]);
    expect(errorCode(await parsePdf('scan.pdf', await doc.save()))).toBe('EMPTY');
  });
});

describe('parsePdf: helpers', () => {
  test('pdfDate converts PDF date strings', () => {
    expect(pdfDate("D:20240131120000+01'00'")).toBe('2024-01-31T12:00:00+01:00');
    expect(pdfDate('D:20240131120000Z')).toBe('2024-01-31T12:00:00Z');
    expect(pdfDate('D:2024')).toBe('2024-01-01');
    expect(pdfDate('garbage')).toBeUndefined();
    expect(pdfDate(42)).toBeUndefined();
  });

  test('the report fixture has three pages with two paragraphs on each (sanity of the generator)', () => {
    expect(reportPages()).toHaveLength(3);
  });

  test('Cyrillic text: paragraphs, a hyphenated word joined, running header and page numbers removed', async () => {
    const fontFile = new Uint8Array(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
    const bytes = await makePdf({
      fontFile,
      title: 'Обзор переговоров',
      header: 'Обзор переговоров — аналитическая записка',
      footer: (n, total) => `Страница ${n} из ${total}`,
      pages: [
        [
          { lines: ['Стороны подписали декларацию о союзническом взаимодействии', 'и обсудили транспортные коридоры.'] },
          { lines: ['Товарооборот вырос на шестнадцать процентов, а меж-', 'дународные эксперты назвали итоги встречи важными.'] },
        ],
        [{ lines: ['Следующий раунд переговоров запланирован на весну.'] }],
      ],
    });
    const a = unwrap(await parsePdf('obzor.pdf', bytes));
    expect(a.title).toBe('Обзор переговоров');
    expect(blockTexts(a)).toEqual([
      'Стороны подписали декларацию о союзническом взаимодействии и обсудили транспортные коридоры.',
      'Товарооборот вырос на шестнадцать процентов, а международные эксперты назвали итоги встречи важными.',
      'Следующий раунд переговоров запланирован на весну.',
    ]);
    expect(a.blocks.map((b) => b.page)).toEqual([1, 1, 2]);
  });
});
