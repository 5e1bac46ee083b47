import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdFor, LibraryService, REMOVED_MESSAGE } from '../../../src-main/library/library-service';
import { ArticleTrash, folderTrash } from '../../../src-main/library/trash';
import { article, namesIn, tempDir, write } from './helpers';

describe('LibraryService: removed files and re-reads', () => {
  it('keeps listing a removed file as NOT_FOUND, across restarts, until it is forgotten', async () => {
    const root = await tempDir();
    await write(join(root, 'stays.txt'), article('Stays'));
    await write(join(root, 'leaves.txt'), article('Leaves'));
    const library = new LibraryService(root);
    await library.list();
    await fs.rm(join(root, 'leaves.txt'));
    const id = articleIdFor('leaves.txt');
    const expected = { id, path: 'leaves.txt', title: 'Leaves', problem: { code: 'NOT_FOUND', message: REMOVED_MESSAGE } };
    const listed = await library.list();
    expect(listed.ok && listed.value.find((e) => e.id === id)).toMatchObject(expected);
    expect(await library.read(id)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: REMOVED_MESSAGE } });

    const restarted = new LibraryService(root);
    const again = await restarted.list();
    expect(again.ok && again.value.find((e) => e.id === id)).toMatchObject(expected);

    expect(await restarted.forget(articleIdFor('stays.txt'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await restarted.forget(id)).toEqual({ ok: true, value: undefined });
    const after = await restarted.list();
    expect(after.ok && after.value.map((e) => e.path)).toEqual(['stays.txt']);
  });

  it('turns a missing entry back into a normal one when the file returns under the same path', async () => {
    const root = await tempDir();
    await write(join(root, 'back.txt'), article('Back again'));
    const library = new LibraryService(root);
    await library.list();
    await fs.rename(join(root, 'back.txt'), join(root, '..', 'back-away.txt'));
    const gone = await library.list();
    expect(gone.ok && gone.value[0]?.problem?.code).toBe('NOT_FOUND');
    expect(await library.forget(articleIdFor('back.txt'))).toMatchObject({ ok: true });
    await library.list();
    await write(join(root, 'back.txt'), article('Back again'));
    const back = await library.list();
    expect(back.ok && back.value).toEqual([expect.objectContaining({ path: 'back.txt', title: 'Back again' })]);
    expect(back.ok && back.value[0]?.problem).toBeUndefined();
  });

  it('follows a file renamed or moved inside the library: same id, not listed as removed, readable', async () => {
    const root = await tempDir();
    await write(join(root, 'draft.txt'), article('Renamed report'));
    await write(join(root, 'other.txt'), article('Other report'));
    const library = new LibraryService(root);
    await library.list();
    const id = articleIdFor('draft.txt');
    await fs.mkdir(join(root, 'archive'));
    await fs.rename(join(root, 'draft.txt'), join(root, 'archive', 'final.txt'));
    const listed = await library.list();
    const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
    expect(listed.ok && listed.value.sort(byPath).map((e) => [e.path, e.id, e.problem?.code ?? null])).toEqual([
      ['archive/final.txt', id, null],
      ['other.txt', articleIdFor('other.txt'), null],
    ]);
    const read = await library.read(id);
    expect(read.ok && [read.value.path, read.value.title]).toEqual(['archive/final.txt', 'Renamed report']);

    // The id survives a restart and a second rename; the file's old path is not reported as removed.
    await fs.rename(join(root, 'archive', 'final.txt'), join(root, 'final-2.txt'));
    const restarted = new LibraryService(root);
    const again = await restarted.list();
    expect(again.ok && again.value.sort(byPath).map((e) => [e.path, e.id])).toEqual([
      ['final-2.txt', id],
      ['other.txt', articleIdFor('other.txt')],
    ]);
    expect(restarted.idOf('final-2.txt')).toBe(id);
  });

  it("does not take a removed file's id for a copy of a file that is still there, or for other bytes", async () => {
    const root = await tempDir();
    await write(join(root, 'kept.txt'), article('Kept'));
    await write(join(root, 'gone.txt'), article('Gone'));
    const library = new LibraryService(root);
    await library.list();
    await fs.copyFile(join(root, 'kept.txt'), join(root, 'kept-copy.txt'));
    await fs.rm(join(root, 'gone.txt'));
    await write(join(root, 'new.txt'), article('Gone, but edited'));
    const listed = await library.list();
    const rows = listed.ok ? listed.value.map((e) => [e.path, e.id, e.problem?.code ?? null]) : [];
    expect(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['gone.txt', articleIdFor('gone.txt'), 'NOT_FOUND'],
      ['kept-copy.txt', articleIdFor('kept-copy.txt'), null],
      ['kept.txt', articleIdFor('kept.txt'), null],
      ['new.txt', articleIdFor('new.txt'), null],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  });

  it('does not parse a touched file again when its bytes are unchanged, but does when they change', async () => {
    const root = await tempDir();
    const file = await write(join(root, 'a.txt'), article('Original'));
    const library = new LibraryService(root);
    await library.list();
    expect(library.stats.parses).toBe(1);
    const later = new Date(Date.now() + 10_000);
    await fs.utimes(file, later, later);
    const touched = await library.list();
    expect(touched.ok && touched.value[0]?.title).toBe('Original');
    expect(library.stats).toEqual({ reads: 2, parses: 1 });
    await fs.writeFile(file, article('Edited'));
    const edited = await library.list();
    expect(edited.ok && edited.value[0]?.title).toBe('Edited');
    expect(library.stats.parses).toBe(2);
  });
});

describe('ArticleTrash', () => {
  it('moves the article file to the trash, keeps everything else, and does not list it as missing', async () => {
    const root = await tempDir();
    await write(join(root, 'doomed.txt'), article('Doomed'));
    await write(join(root, 'kept.txt'), article('Kept'));
    const library = new LibraryService(root);
    await library.list();
    const trash = new ArticleTrash(library, folderTrash(root));
    const id = articleIdFor('doomed.txt');
    expect(await trash.delete(id)).toEqual({ ok: true, value: { id, path: 'doomed.txt' } });
    expect(await namesIn(join(root, '.dossier', 'trash'))).toEqual(['doomed.txt']);
    expect(await fs.readFile(join(root, '.dossier', 'trash', 'doomed.txt'), 'utf8')).toBe(article('Doomed'));
    const listed = await library.list();
    expect(listed.ok && listed.value.map((e) => e.path)).toEqual(['kept.txt']);
    expect(await trash.delete(id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('never replaces an earlier trashed file of the same name, and reports a failing trash as IO', async () => {
    const root = await tempDir();
    const library = new LibraryService(root);
    const trash = new ArticleTrash(library, folderTrash(root));
    for (const body of ['First', 'Second']) {
      await write(join(root, 'same.txt'), article(body));
      await library.list();
      expect((await trash.delete(articleIdFor('same.txt'))).ok).toBe(true);
    }
    expect(await namesIn(join(root, '.dossier', 'trash'))).toEqual(['same (2).txt', 'same.txt']);
    await write(join(root, 'stuck.txt'), article('Stuck'));
    await library.list();
    const failing = new ArticleTrash(library, async () => {
      throw new Error('no trash on this volume');
    });
    const result = await failing.delete(articleIdFor('stuck.txt'));
    expect(result).toEqual({ ok: false, error: { code: 'IO', message: 'The file could not be moved to the trash: no trash on this volume' } });
    expect(await namesIn(root)).toContain('stuck.txt');
  });
});
