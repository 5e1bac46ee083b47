import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportService, folderTarget, safeFileName } from '../../src-main/export/export-service';
import { TEMP_SUFFIX } from '../../src-main/files/atomic-write';

async function tempDir() {
  return fs.mkdtemp(join(tmpdir(), 'dossier-export-test-'));
}

describe('safeFileName', () => {
  it('keeps readable names and adds the extension once', () => {
    expect(safeFileName('putin-and-aliyev-meet.md')).toBe('putin-and-aliyev-meet.md');
    expect(safeFileName('briefing')).toBe('briefing.md');
    expect(safeFileName('встреча-в-москве.md')).toBe('встреча-в-москве.md');
  });

  it('removes path separators, control characters and reserved names', () => {
    expect(safeFileName('a/b\\c.md')).toBe('a-b-c.md');
    expect(safeFileName('x\u0001y.md')).toBe('x-y.md');
    expect(safeFileName('CON.md')).toBe('briefing-CON.md');
    expect(safeFileName('...')).toBe('briefing.md');
    expect(safeFileName('nul')).toBe('briefing-nul.md');
  });
});

describe('ExportService with a folder target', () => {
  it('writes UTF-8 with LF line endings', async () => {
    const dir = await tempDir();
    const result = await new ExportService(folderTarget(dir)).write({ fileName: 'b.md', content: 'a\r\nб\rc\n' });
    expect(result).toMatchObject({ ok: true, value: { fileName: 'b.md' } });
    expect(await fs.readFile(join(dir, 'b.md'), 'utf8')).toBe('a\nб\nc\n');
  });

  it('never overwrites: a second export gets a new name', async () => {
    const dir = await tempDir();
    const service = new ExportService(folderTarget(dir));
    await fs.writeFile(join(dir, 'note.md'), 'the user wrote this');
    const first = await service.write({ fileName: 'note.md', content: 'one' });
    const second = await service.write({ fileName: 'note.md', content: 'two' });
    expect(first).toMatchObject({ ok: true, value: { fileName: 'note-2.md' } });
    expect(second).toMatchObject({ ok: true, value: { fileName: 'note-3.md' } });
    expect(await fs.readFile(join(dir, 'note.md'), 'utf8')).toBe('the user wrote this');
    expect(await fs.readFile(join(dir, 'note-3.md'), 'utf8')).toBe('two');
  });

  it('leaves no temp files behind', async () => {
    const dir = await tempDir();
    const service = new ExportService(folderTarget(dir));
    await Promise.all(Array.from({ length: 10 }, (_, i) => service.write({ fileName: 'same.md', content: String(i) })));
    const names = await fs.readdir(dir);
    expect(names.filter((n) => n.endsWith(TEMP_SUFFIX))).toEqual([]);
    expect(names).toHaveLength(10);
  });

  it('says the folder cannot be made when a file stands where it should be, after one try', async () => {
    const dir = await tempDir();
    const folder = join(dir, 'exports');
    await fs.writeFile(folder, 'a file, not a folder');
    const result = await new ExportService(folderTarget(folder)).write({ fileName: 'x.md', content: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(!result.ok && result.error.message).toMatch(/^Could not write the export: the folder .*exports cannot be made \((EEXIST|ENOTDIR)\)\.$/);
  });

  it('reports a cancelled dialog as null', async () => {
    const result = await new ExportService(async () => null).write({ fileName: 'x.md', content: 'x' });
    expect(result).toEqual({ ok: true, value: null });
  });

  it('replaces a file only when the user confirmed it', async () => {
    const dir = await tempDir();
    const path = join(dir, 'chosen.md');
    await fs.writeFile(path, 'old');
    const result = await new ExportService(async () => ({ path, confirmedOverwrite: true })).write({
      fileName: 'ignored.md',
      content: 'new',
    });
    expect(result).toMatchObject({ ok: true, value: { fileName: 'chosen.md' } });
    expect(await fs.readFile(path, 'utf8')).toBe('new');
  });
});
