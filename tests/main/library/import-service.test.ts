import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportService, type ImportServiceOptions } from '../../../src-main/library/import-service';
import { LibraryService } from '../../../src-main/library/library-service';
import { InProcessParser } from '../../../src-main/library/parse-pool';
import { makeEncryptedPdf } from '../formats/fixtures-pdf';
import { hostileArchive, RU_TITLE } from '../formats/fixtures-mhtml';
import { article, libraryAndSources, namesIn, write } from './helpers';

async function setup(options: Partial<ImportServiceOptions> = {}) {
  const { root, sources } = await libraryAndSources();
  const library = new LibraryService(root);
  const importer = new ImportService(library, { parser: new InProcessParser(), ...options });
  return { root, sources, library, importer };
}

async function libraryJson(root: string) {
  return JSON.parse(await fs.readFile(join(root, '.dossier', 'library.json'), 'utf8')) as {
    files: Record<string, { originalPath?: string; sha256: string; title?: string }>;
  };
}

describe('ImportService', () => {
  it('imports a batch of good and bad files: the good ones are copied, each bad one gets its own message', async () => {
    const { root, sources, importer } = await setup();
    await write(join(sources, 'good.txt'), article('Good news'));
    await write(join(sources, 'notes.md'), '# Markdown title\n\nSome *notes*.\n');
    await write(join(sources, 'page.html'), '<html><head><title>Web page</title></head><body><p>Paragraph one of the page.</p></body></html>');
    await write(join(sources, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    await write(join(sources, 'empty.txt'), '');
    await write(join(sources, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 0, 1, 2, 3, 0, 255, 0]));
    await write(join(sources, 'locked.pdf'), await makeEncryptedPdf());
    await write(join(sources, 'broken.pdf'), '%PDF-1.7\nthis is not really a pdf\n');
    await fs.writeFile(join(sources, 'huge.txt'), '');
    await fs.truncate(join(sources, 'huge.txt'), 60 * 1024 * 1024); // sparse: refused by size before reading
    const progress: [number, number, string][] = [];
    const result = await importer.importPaths([sources], { onProgress: (d, t, c) => progress.push([d, t, c]) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const summary = result.value;
    expect(summary.imported.map((f) => f.title).sort()).toEqual(['Good news', 'Markdown title', 'Web page']);
    expect(summary.duplicates).toEqual([]);
    expect(summary.cancelled).toBe(false);
    const failed = Object.fromEntries(summary.failed.map((f) => [f.name, `${f.code}: ${f.message}`]));
    expect(failed).toEqual({
      'photo.jpg': 'UNSUPPORTED: Files of type ".jpg" cannot be imported.',
      'empty.txt': 'EMPTY: The file is empty.',
      'binary.txt': 'NOT_TEXT: This file looks like binary data, not text.',
      'locked.pdf': 'UNSUPPORTED: This PDF is password-protected.',
      'broken.pdf': expect.stringMatching(/^DAMAGED: .*damaged/),
      'huge.txt': 'TOO_LARGE: The file is 60.0 MB; the limit is 50 MB.',
    });
    expect((await namesIn(root)).filter((n) => !n.startsWith('.'))).toEqual(['good.txt', 'notes.md', 'page.html']);
    expect(progress[0]).toEqual([0, 9, '']);
    expect(progress.at(-1)?.slice(0, 2)).toEqual([9, 9]);
    expect(progress.map((p) => p[0])).toEqual([...progress.map((p) => p[0])].sort((a, b) => a - b));
    const meta = await libraryJson(root);
    expect(meta.files['good.txt']?.originalPath).toBe(join(sources, 'good.txt'));
  });

  it('imports a saved web archive (.mhtml) and lists it with its title and format', async () => {
    const { root, sources, importer, library } = await setup();
    await write(join(sources, 'talks.mhtml'), hostileArchive());
    const result = await importer.importPaths([sources]);
    expect(result.ok && result.value.imported.map((f) => [f.path, f.title])).toEqual([['talks.mhtml', RU_TITLE]]);
    const listed = await library.list();
    expect(listed.ok && listed.value.map((e) => [e.title, e.format])).toEqual([[RU_TITLE, 'mhtml']]);
    expect(await namesIn(root)).toContain('talks.mhtml');
  });

  it('recognises a second import of the same content by its hash and does not duplicate it', async () => {
    const { root, sources, importer } = await setup();
    await write(join(sources, 'first.txt'), article('Same story'));
    await write(join(sources, 'copy', 'renamed.txt'), article('Same story'));
    const first = await importer.importPaths([join(sources, 'first.txt')]);
    expect(first.ok && first.value.imported.length).toBe(1);
    const again = await importer.importPaths([join(sources, 'first.txt'), join(sources, 'copy', 'renamed.txt')]);
    expect(again.ok && again.value.imported).toEqual([]);
    expect(again.ok && again.value.duplicates.map((d) => [d.path, d.message])).toEqual([
      ['first.txt', 'Already in the library: Same story'],
      ['first.txt', 'Already in the library: Same story'],
    ]);
    expect((await namesIn(root)).filter((n) => !n.startsWith('.'))).toEqual(['first.txt']);
  });

  it('treats two identical files in one batch, and a file already put in the folder by hand, as duplicates', async () => {
    const { root, sources, importer } = await setup();
    await write(join(root, 'by-hand.txt'), article('Hand placed'));
    await write(join(sources, 'a.txt'), article('Twin'));
    await write(join(sources, 'b.txt'), article('Twin'));
    await write(join(sources, 'c.txt'), article('Hand placed'));
    const result = await importer.importPaths([join(sources, 'a.txt'), join(sources, 'b.txt'), join(sources, 'c.txt')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // a.txt and b.txt are read in parallel: whichever is hashed first is imported, the other is its duplicate.
    expect(result.value.imported).toHaveLength(1);
    const twin = result.value.imported[0]!.path;
    const other = twin === 'a.txt' ? 'b.txt' : 'a.txt';
    const dupes = Object.fromEntries(result.value.duplicates.map((d) => [d.source?.split('/').pop(), [d.path, d.message]]));
    expect(dupes).toEqual({
      [other]: [twin, 'Already in the library: Twin'],
      'c.txt': ['by-hand.txt', 'Already in the library: Hand placed'],
    });
    expect((await namesIn(root)).filter((n) => !n.startsWith('.'))).toEqual(['by-hand.txt', twin].sort());
  });

  it('adds " (2)" on a name clash with different content and never overwrites the existing file', async () => {
    const { root, sources, importer } = await setup();
    await write(join(root, 'report.txt'), article('Old report'));
    await write(join(sources, 'report.txt'), article('New report'));
    await write(join(sources, 'other', 'report.txt'), article('Third report'));
    const result = await importer.importPaths([join(sources, 'report.txt'), join(sources, 'other', 'report.txt')]);
    expect(result.ok && result.value.imported.map((f) => f.path).sort()).toEqual(['report (2).txt', 'report (3).txt']);
    expect(await fs.readFile(join(root, 'report.txt'), 'utf8')).toBe(article('Old report'));
    const texts = await Promise.all(['report (2).txt', 'report (3).txt'].map((n) => fs.readFile(join(root, n), 'utf8')));
    expect(texts.sort()).toEqual([article('New report'), article('Third report')].sort());
  });

  it('imports a folder recursively, skipping hidden files and folders', async () => {
    const { root, sources, importer } = await setup();
    await write(join(sources, 'a', 'b', 'deep.txt'), article('Deep one'));
    await write(join(sources, '.git', 'config.txt'), article('Hidden folder'));
    await write(join(sources, '.secret.txt'), article('Hidden file'));
    const result = await importer.importPaths([sources]);
    expect(result.ok && result.value.imported.map((f) => f.path)).toEqual(['deep.txt']);
    expect((await namesIn(root)).filter((n) => !n.startsWith('.'))).toEqual(['deep.txt']);
  });

  it('cancelling mid-copy leaves no half-imported article and no temp file; finished files stay whole', async () => {
    const controller = new AbortController();
    const tempFiles: string[] = [];
    const { root, sources, importer, library } = await setup({
      concurrency: 1,
      chunkBytes: 64 * 1024,
      onTempWrite: (temp, written) => {
        if (!temp.includes('big.txt')) return;
        tempFiles.push(temp);
        if (written >= 128 * 1024) controller.abort(); // the temp file exists and is partly written
      },
    });
    await write(join(sources, '1-small.txt'), article('Small first'));
    await write(join(sources, 'big.txt'), article('Big one', 'Long paragraph text. '.repeat(60_000)));
    await write(join(sources, 'z-after.txt'), article('Never reached'));
    const result = await importer.importPaths([sources], { signal: controller.signal });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.cancelled).toBe(true);
    expect(result.value.imported.map((f) => f.path)).toEqual(['1-small.txt']);
    expect(tempFiles.length).toBeGreaterThan(0);
    expect(await namesIn(root)).toEqual(['.dossier', '1-small.txt']);
    expect(await fs.readFile(join(root, '1-small.txt'), 'utf8')).toBe(article('Small first'));
    const listed = await library.list();
    expect(listed.ok && listed.value.map((e) => e.title)).toEqual(['Small first']);
    expect(Object.keys((await libraryJson(root)).files)).toEqual(['1-small.txt']);
  });

  it('cancelling from the progress callback stops the batch before the next file', async () => {
    const controller = new AbortController();
    const { root, sources, importer } = await setup({ concurrency: 1 });
    for (let i = 0; i < 6; i++) await write(join(sources, `f${i}.txt`), article(`Article ${i}`));
    const result = await importer.importPaths([sources], {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    expect(result.ok && result.value.cancelled).toBe(true);
    expect(result.ok && result.value.imported.length).toBe(2);
    expect((await namesIn(root)).filter((n) => !n.startsWith('.'))).toEqual(['f0.txt', 'f1.txt']);
  });

  it('saves pasted text as a .txt and pasted HTML as an .html article; a second identical paste is a duplicate', async () => {
    const { root, importer, library } = await setup({ now: () => new Date(2024, 4, 6, 9, 7) });
    const text = await importer.importText('First pasted paragraph.\n\nSecond one.', { title: 'Briefing: Day 1' });
    expect(text).toMatchObject({ ok: true, value: { kind: 'imported', path: 'Briefing Day 1.txt', title: 'Briefing: Day 1' } });
    const html = await importer.importText('<p>Pasted <b>rich</b> text.</p><p>Another paragraph.</p>', { html: true, title: 'Clip' });
    expect(html).toMatchObject({ ok: true, value: { kind: 'imported', path: 'Clip.html', title: 'Clip' } });
    const untitled = await importer.importText('Just some words without a title line.');
    expect(untitled.ok && untitled.value.path).toBe('Pasted text 2024-05-06 09.07.txt');
    const again = await importer.importText('First pasted paragraph.\n\nSecond one.', { title: 'Briefing: Day 1' });
    expect(again).toMatchObject({ ok: true, value: { kind: 'duplicate', path: 'Briefing Day 1.txt', message: 'Already in the library: Briefing: Day 1' } });
    expect(await importer.importText('   \n')).toEqual({ ok: false, error: { code: 'EMPTY', message: 'There is nothing to paste.' } });
    const read = await library.read((html.ok && html.value.id) || '');
    expect(read.ok && read.value.text).toContain('Pasted rich text.');
    expect((await namesIn(root)).filter((n) => !n.startsWith('.'))).toHaveLength(3);
  });

  it('remembers imports across restarts: a new LibraryService lists them without reading or parsing', async () => {
    const { root, sources, importer } = await setup();
    for (let i = 0; i < 5; i++) await write(join(sources, `n${i}.txt`), article(`Note ${i}`));
    await importer.importPaths([sources]);
    const restarted = new LibraryService(root);
    const listed = await restarted.list();
    expect(listed.ok && listed.value.map((e) => e.title)).toEqual(['Note 0', 'Note 1', 'Note 2', 'Note 3', 'Note 4']);
    expect(restarted.stats).toEqual({ reads: 0, parses: 0 });
  });
});

describe('portable file names', () => {
  it('gives Windows device names and trailing dots a name every OS can hold', async () => {
    const { portableName } = await import('../../../src-main/library/library-files');
    expect(portableName('CON.txt')).toBe('_CON.txt');
    expect(portableName('aux.md.html')).toBe('_aux.md.html');
    expect(portableName('lpt1')).toBe('_lpt1');
    expect(portableName('report.')).toBe('report');
    expect(portableName('console.txt')).toBe('console.txt');
    expect(portableName('Встреча.txt')).toBe('Встреча.txt');
  });
});
