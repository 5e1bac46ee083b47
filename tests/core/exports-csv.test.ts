// CSV export: read back with an RFC 4180 parser written here, Cyrillic, quotes, newlines, commas, the
// BOM and CRLF rows, and formula injection defused with a leading apostrophe.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Article } from '../../src-renderer/core/article';
import { DEFAULT_CODEBOOK } from '../../src-renderer/core/codebook';
import { CSV_COLUMNS, csvField, defuseFormula, renderCsv, toCsvRows, type CsvAnnotation } from '../../src-renderer/core/exports/csv';

/** A strict RFC 4180 reader: fields, quoted fields with "" for a quote, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unclosed quote');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /[,\r\n"]|$/.exec(text.slice(i))!;
      if (m[0] === '"') throw new Error('quote inside an unquoted field');
      if (m[0] === '\n') throw new Error('bare LF');
      field = text.slice(i, i + m.index);
      i += m.index;
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
      if (i === text.length) return records;
      continue;
    }
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
}

const BASE: CsvAnnotation = {
  articleTitle: 'Путин: «Встреча», итог',
  articlePath: 'ria/путин.html',
  quote: 'Он сказал: "да",\nи ушёл.\r\nКонец',
  tags: ['Type/Claim', 'Actor/Владимир Путин'],
  note: '=HYPERLINK("http://evil")',
  paragraph: 3,
  page: 2,
  createdAt: Date.UTC(2024, 1, 22, 10, 0, 0),
  updatedAt: Date.UTC(2024, 1, 23, 11, 30, 0),
  state: 'anchored',
};

describe('renderCsv', () => {
  it('starts with a BOM and a header, ends every row with CRLF and reads back field by field', () => {
    const csv = renderCsv([BASE, { ...BASE, quote: 'plain', tags: [], note: '', paragraph: undefined, page: undefined, state: 'orphan' }]);
    expect(csv.startsWith('\uFEFFarticle,path,quote,tags,note,paragraph,page,created,updated,state\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]).toEqual([
      'Путин: «Встреча», итог',
      'ria/путин.html',
      'Он сказал: "да",\nи ушёл.\r\nКонец',
      'Type/Claim; Actor/Владимир Путин',
      `'=HYPERLINK("http://evil")`,
      '3',
      '2',
      '2024-02-22T10:00:00.000Z',
      '2024-02-23T11:30:00.000Z',
      'anchored',
    ]);
    expect(rows[2]).toEqual(['Путин: «Встреча», итог', 'ria/путин.html', 'plain', '', '', '', '', '2024-02-22T10:00:00.000Z', '2024-02-23T11:30:00.000Z', 'orphan']);
    // UTF-8 with BOM once encoded: EF BB BF first.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('defuses = + - @ tab and CR at the start of a text cell, and nothing else', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(defuseFormula(`${lead}1+1`)).toBe(`'${lead}1+1`);
    for (const safe of ['1+1', ' =1', "'=x", 'Путин', '']) expect(defuseFormula(safe)).toBe(safe);
    const [, row] = parseCsv(renderCsv([{ ...BASE, articleTitle: '@SUM(A1)', articlePath: '+x', quote: '-5%', note: 'ok', tags: ['=Type'] }]).slice(1));
    expect(row!.slice(0, 5)).toEqual(["'@SUM(A1)", "'+x", "'-5%", "'=Type", 'ok']);
  });

  it('round-trips any text (after the documented apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 5, maxLength: 5 }), ([title, path, quote, note, tag]) => {
        const rows = parseCsv(renderCsv([{ ...BASE, articleTitle: title!, articlePath: path!, quote: quote!, note: note!, tags: [tag!] }]).slice(1));
        expect(rows).toHaveLength(2);
        expect(rows[1]!.slice(0, 5)).toEqual([title, path, quote, tag, note].map((s) => defuseFormula(s!)));
      }),
      { numRuns: 500 },
    );
    expect(csvField('a"b')).toBe('"a""b"');
  });

  it('builds rows from an article in document order with paragraph, page and tag paths', () => {
    const text = 'First one. Second one.';
    const article: Article = {
      id: 'a', path: 'x/a.pdf', title: 'A', format: 'pdf', encoding: 'utf-8', contentHash: 'h', text, marks: [],
      blocks: [{ kind: 'paragraph', start: 0, end: 10, page: 1 }, { kind: 'paragraph', start: 11, end: 22, page: 2 }],
    };
    const rows = toCsvRows(article, [
      { id: '2', tagIds: ['type-claim'], note: 'n', quote: '', range: { start: 11, end: 22 }, createdAt: 2, updatedAt: 3, state: 'anchored' },
      { id: '1', tagIds: [], note: '', quote: 'gone', range: null, createdAt: 0, updatedAt: 1, state: 'orphan' },
      { id: '0', tagIds: ['type-figure', 'actor'], note: '', quote: '', range: { start: 0, end: 10 }, createdAt: 0, updatedAt: 1, state: 'anchored' },
    ], [...DEFAULT_CODEBOOK]);
    expect(rows.map((r) => [r.quote, r.tags.join('; '), r.paragraph, r.page, r.state])).toEqual([
      ['First one.', 'Type/Figure; Actor', 1, 1, 'anchored'],
      ['Second one.', 'Type/Claim', 2, 2, 'anchored'],
      ['gone', '', undefined, undefined, 'orphan'],
    ]);
  });
});
