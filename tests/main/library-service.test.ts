import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_DIR, articleIdFor, LibraryService, sha256Hex } from '../../src-main/library/library-service';

const SAMPLES = resolve(__dirname, '../../resources/samples');

async function freshRoot() {
  return join(await fs.mkdtemp(join(tmpdir(), 'dossier-lib-test-')), 'Library');
}

describe('LibraryService', () => {
  it('creates the library on first run, seeded with the samples, with its own .dossier folder', async () => {
    const library = new LibraryService(await freshRoot());
    await library.ensure(SAMPLES);
    const samples = await fs.readdir(SAMPLES);
    const result = await library.list();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((e) => e.path).sort()).toEqual(samples.sort());
    expect(result.value.every((e) => !e.problem && e.title.length > 0)).toBe(true);
    expect((await fs.stat(join(library.root, APP_DIR))).isDirectory()).toBe(true);
  });

  it('does not seed a library folder that already exists', async () => {
    const root = await freshRoot();
    await fs.mkdir(root, { recursive: true });
    const library = new LibraryService(root);
    await library.ensure(SAMPLES);
    const result = await library.list();
    expect(result).toEqual({ ok: true, value: [] });
  });

  it('never lists the .dossier folder, hidden files or symlinks', async () => {
    const root = await freshRoot();
    await fs.mkdir(join(root, APP_DIR, 'backups'), { recursive: true });
    await fs.writeFile(join(root, APP_DIR, 'backups', 'b.txt'), 'Backup\n\nNot an article.');
    await fs.writeFile(join(root, '.hidden.txt'), 'Hidden\n\nNo.');
    await fs.writeFile(join(root, 'real.txt'), 'Real title\n\nA real paragraph.');
    await fs.symlink('/etc/hostname', join(root, 'link.txt'));
    const result = await new LibraryService(root).list();
    expect(result.ok && result.value.map((e) => e.path)).toEqual(['real.txt']);
  });

  it('lists nested folders with library-relative paths and stable ids', async () => {
    const root = await freshRoot();
    await fs.mkdir(join(root, 'Region', 'East'), { recursive: true });
    await fs.writeFile(join(root, 'Region', 'East', 'a.txt'), 'Eastern news\n\nSomething happened.');
    const result = await new LibraryService(root).list();
    expect(result.ok && result.value[0]).toMatchObject({ path: 'Region/East/a.txt', id: articleIdFor('Region/East/a.txt') });
  });

  it('shows a clear problem for empty, binary and unsupported files and still lists the rest', async () => {
    const root = await freshRoot();
    await fs.mkdir(root, { recursive: true });
    await fs.writeFile(join(root, 'empty.txt'), '');
    await fs.writeFile(join(root, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 0, 1, 2, 3, 0, 255, 0]));
    await fs.writeFile(join(root, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    await fs.writeFile(join(root, 'good.txt'), 'Good article\n\nIt reads fine.');
    const result = await new LibraryService(root).list();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byPath = new Map(result.value.map((e) => [e.path, e]));
    expect(byPath.get('good.txt')?.problem).toBeUndefined();
    for (const bad of ['empty.txt', 'binary.txt', 'photo.jpg']) {
      const problem = byPath.get(bad)?.problem;
      expect(problem, bad).toBeDefined();
      expect(problem!.message.length, bad).toBeGreaterThan(5);
    }
  });

  it('reads an article into the model with its content hash', async () => {
    const root = await freshRoot();
    await fs.mkdir(root, { recursive: true });
    await fs.writeFile(join(root, 'a.txt'), 'Title line\n\nFirst paragraph.\n\nSecond paragraph.\n\nSource: Test wire');
    const library = new LibraryService(root);
    const read = await library.read(articleIdFor('a.txt'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toMatchObject({ title: 'Title line', path: 'a.txt', format: 'txt' });
    expect(read.value.contentHash).toBe(sha256Hex(read.value.text));
    expect(read.value.text).toContain('First paragraph.');
    expect(read.value.text).not.toContain('Source:');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const root = await freshRoot();
    await fs.mkdir(root, { recursive: true });
    expect(await new LibraryService(root).read('nope')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
