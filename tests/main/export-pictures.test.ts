// A briefing with pictures (its pattern views) is one export: `name.md` and `name-files/<picture>`, the
// Markdown's view links pointed at the folder written, a clash moving both to the next free name; pictures
// are embedded in the PDF page; payloads with pictures are validated.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { briefingHtml } from '../../src-main/export/briefing-html';
import { ExportService, folderTarget, type ExportTarget } from '../../src-main/export/export-service';
import { TEMP_SUFFIX } from '../../src-main/files/atomic-write';
import { requestSchemas } from '../../src-main/ipc/schemas';

const MARKDOWN = '# Weekly\n\n![Tag matrix](dossier-view:tag-matrix-1.svg)\n\n*Tag matrix.*\n\n![Timeline](dossier-view:timeline-1.svg "over March")\n';
const PICTURES = [
  { name: 'tag-matrix-1.svg', content: '<svg xmlns="http://www.w3.org/2000/svg"><title>Tag matrix</title></svg>' },
  { name: 'timeline-1.svg', content: '<svg xmlns="http://www.w3.org/2000/svg"><title>Timeline</title></svg>' },
];

async function tempDir() {
  return fs.mkdtemp(join(tmpdir(), 'dossier-export-pictures-'));
}

async function tree(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) for (const inner of await tree(join(dir, entry.name))) out.push(`${entry.name}/${inner}`);
    else out.push(entry.name);
  }
  return out.sort();
}

describe('a briefing with pictures', () => {
  it('writes the .md and its pictures in a folder beside it, the links pointing at them', async () => {
    const dir = await tempDir();
    const result = await new ExportService(folderTarget(dir)).write({ fileName: 'weekly.md', content: MARKDOWN, attachments: PICTURES });
    expect(result).toEqual({ ok: true, value: { fileName: 'weekly.md', path: join(dir, 'weekly.md') } });
    expect(await tree(dir)).toEqual(['weekly-files/tag-matrix-1.svg', 'weekly-files/timeline-1.svg', 'weekly.md']);
    const md = await fs.readFile(join(dir, 'weekly.md'), 'utf8');
    expect(md).toBe('# Weekly\n\n![Tag matrix](weekly-files/tag-matrix-1.svg)\n\n*Tag matrix.*\n\n![Timeline](weekly-files/timeline-1.svg "over March")\n');
    expect(await fs.readFile(join(dir, 'weekly-files/tag-matrix-1.svg'), 'utf8')).toBe(PICTURES[0]!.content);
  });

  it('moves the .md and its folder together to the next free name on a clash, and links to the folder written', async () => {
    const dir = await tempDir();
    await fs.writeFile(join(dir, 'weekly.md'), 'the user wrote this');
    // A folder of the next name is taken too (no .md beside it): that name is skipped as well.
    await fs.mkdir(join(dir, 'weekly-2-files'));
    await fs.writeFile(join(dir, 'weekly-2-files', 'tag-matrix-1.svg'), 'not ours');
    const service = new ExportService(folderTarget(dir));
    const result = await service.write({ fileName: 'weekly.md', content: MARKDOWN, attachments: PICTURES });
    expect(result).toMatchObject({ ok: true, value: { fileName: 'weekly-3.md' } });
    expect(await fs.readFile(join(dir, 'weekly.md'), 'utf8')).toBe('the user wrote this');
    expect(await fs.readFile(join(dir, 'weekly-2-files', 'tag-matrix-1.svg'), 'utf8')).toBe('not ours');
    const md = await fs.readFile(join(dir, 'weekly-3.md'), 'utf8');
    expect(md).toContain('![Tag matrix](weekly-3-files/tag-matrix-1.svg)');
    expect(await tree(dir)).toEqual([
      'weekly-2-files/tag-matrix-1.svg',
      'weekly-3-files/tag-matrix-1.svg',
      'weekly-3-files/timeline-1.svg',
      'weekly-3.md',
      'weekly.md',
    ]);
    expect((await tree(dir)).some((n) => n.endsWith(TEMP_SUFFIX))).toBe(false);
  });

  it('escapes a folder name with spaces and brackets in the links, so Markdown readers follow them', async () => {
    const dir = await tempDir();
    await new ExportService(folderTarget(dir)).write({ fileName: 'Week 12 (draft).md', content: MARKDOWN, attachments: PICTURES });
    const md = await fs.readFile(join(dir, 'Week 12 (draft).md'), 'utf8');
    expect(md).toContain('![Tag matrix](Week%2012%20%28draft%29-files/tag-matrix-1.svg)');
    expect(await tree(dir)).toContain('Week 12 (draft)-files/tag-matrix-1.svg');
  });

  it('leaves a link to a picture it was not given as it is, and writes no folder for a briefing without pictures', async () => {
    const dir = await tempDir();
    await new ExportService(folderTarget(dir)).write({ fileName: 'plain.md', content: MARKDOWN });
    expect(await tree(dir)).toEqual(['plain.md']);
    await new ExportService(folderTarget(dir)).write({ fileName: 'one.md', content: MARKDOWN, attachments: [PICTURES[0]!] });
    const md = await fs.readFile(join(dir, 'one.md'), 'utf8');
    expect(md).toContain('(one-files/tag-matrix-1.svg)');
    expect(md).toContain('(dossier-view:timeline-1.svg "over March")');
  });

  it('replaces the .md and its pictures when the user confirmed overwriting in the save dialog', async () => {
    const dir = await tempDir();
    const confirmed = async (): Promise<ExportTarget> => ({ path: join(dir, 'weekly.md'), confirmedOverwrite: true });
    const service = new ExportService(confirmed);
    await service.write({ fileName: 'weekly.md', content: 'old', attachments: [{ name: 'tag-matrix-1.svg', content: 'old' }] });
    await service.write({ fileName: 'weekly.md', content: MARKDOWN, attachments: PICTURES });
    expect(await tree(dir)).toEqual(['weekly-files/tag-matrix-1.svg', 'weekly-files/timeline-1.svg', 'weekly.md']);
    expect(await fs.readFile(join(dir, 'weekly-files/tag-matrix-1.svg'), 'utf8')).toBe(PICTURES[0]!.content);
  });
});

describe('pictures in the PDF page', () => {
  it('embeds each view as a data: image, and allows images from data: only', () => {
    const html = briefingHtml(MARKDOWN, 'Weekly', PICTURES);
    const svg = Buffer.from(PICTURES[0]!.content).toString('base64');
    expect(html).toContain(`<img src="data:image/svg+xml;base64,${svg}" alt="Tag matrix" />`);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toContain('dossier-view:tag-matrix-1.svg');
  });

  it('never turns the briefing own data: links into SVG, nor shows a picture it was not given', () => {
    const html = briefingHtml('[x](data:image/svg+xml;base64,PHN2Zy8+)\n\n![Nope](dossier-view:other-1.svg)\n', 'T', PICTURES);
    expect(html).not.toContain('href="data:');
    expect(html).toContain('<img src="dossier-view:other-1.svg" alt="Nope" />');
  });
});

describe('the export payload with pictures', () => {
  const valid = (payload: unknown) => v.safeParse(requestSchemas.writeExport, payload).success;

  it('accepts pictures for a Markdown briefing only', () => {
    expect(valid({ fileName: 'b.md', content: MARKDOWN, attachments: PICTURES })).toBe(true);
    expect(valid({ fileName: 'b.csv', content: 'a', attachments: PICTURES })).toBe(false);
    expect(valid({ fileName: 'b.md', content: new Uint8Array(1), attachments: PICTURES })).toBe(false);
  });

  it('refuses picture names that are paths, hidden, of other types, or twice the same', () => {
    for (const name of ['../x.svg', 'a/b.svg', '.svg', 'x.SVG', 'x.html', 'x.svg.exe', 'X.svg', '', 'a b.svg']) {
      expect(valid({ fileName: 'b.md', content: '', attachments: [{ name, content: '' }] }), name).toBe(false);
    }
    expect(valid({ fileName: 'b.md', content: '', attachments: [PICTURES[0], PICTURES[0]] })).toBe(false);
    expect(v.safeParse(requestSchemas.writePdf, { fileName: 'b.pdf', markdown: '', title: '', images: [{ name: '../x.svg', content: '' }] }).success).toBe(false);
    expect(v.safeParse(requestSchemas.writePdf, { fileName: 'b.pdf', markdown: '', title: '', images: PICTURES }).success).toBe(true);
  });
});
