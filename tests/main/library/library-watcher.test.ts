import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryWatcher, type LibraryChanges } from '../../../src-main/library/library-watcher';
import { LibraryService } from '../../../src-main/library/library-service';
import { article, tempDir, write } from './helpers';

const watchers: LibraryWatcher[] = [];
afterEach(async () => {
  await Promise.all(watchers.splice(0).map((w) => w.close()));
});

async function watched(root: string, library?: LibraryService) {
  const batches: LibraryChanges[] = [];
  const started = await LibraryWatcher.start(root, {
    onChanges: (c) => batches.push(c),
    debounceMs: 300,
    ...(library ? { fingerprintOf: (p: string) => library.fingerprint(p) } : {}),
  });
  if (!started.ok) throw new Error(started.error.message);
  watchers.push(started.value);
  const all = () => ({
    added: batches.flatMap((b) => b.added).sort(),
    changed: batches.flatMap((b) => b.changed).sort(),
    removed: batches.flatMap((b) => b.removed).sort(),
  });
  return { watcher: started.value, batches, all };
}

describe('LibraryWatcher', () => {
  it('reports added, changed and removed articles within about two seconds, as library-relative paths', async () => {
    const root = await tempDir();
    await write(join(root, 'kept.txt'), article('Kept'));
    await write(join(root, 'edited.txt'), article('Before'));
    await write(join(root, 'gone.txt'), article('Gone'));
    const { all } = await watched(root);
    const t0 = Date.now();
    await write(join(root, 'Region', 'new.txt'), article('New'));
    await fs.writeFile(join(root, 'edited.txt'), article('After, longer than before'));
    await fs.rm(join(root, 'gone.txt'));
    await vi.waitFor(() => expect(all()).toEqual({ added: ['Region/new.txt'], changed: ['edited.txt'], removed: ['gone.txt'] }), {
      timeout: 8000,
      interval: 50,
    });
    expect(Date.now() - t0).toBeLessThan(5000); // ~1-2 s normally (debounce 300 ms, max wait 1.5 s); slack for a loaded machine
  });

  it('does not report a touched file whose bytes did not change (size, mtime, then hash checked)', async () => {
    const root = await tempDir();
    await write(join(root, 'same.txt'), article('Same'));
    await write(join(root, 'marker.txt'), article('Marker'));
    const { watcher, all } = await watched(root);
    const readsBefore = watcher.stats.reads;
    const later = new Date(Date.now() + 5000);
    await fs.utimes(join(root, 'same.txt'), later, later); // touch
    await fs.writeFile(join(root, 'same.txt'), article('Same')); // rewrite with identical bytes
    await fs.appendFile(join(root, 'marker.txt'), 'More.\n'); // a real change, as a marker that events flowed
    await vi.waitFor(() => expect(all().changed).toEqual(['marker.txt']), { timeout: 8000, interval: 50 });
    await new Promise((r) => setTimeout(r, 700)); // one more debounce window: nothing late for same.txt
    expect(all()).toEqual({ added: [], changed: ['marker.txt'], removed: [] });
    // same.txt is hashed (its mtime changed) but not reported; marker.txt is hashed and reported.
    expect(watcher.stats.reads - readsBefore).toBeGreaterThanOrEqual(2);
    expect(watcher.stats.reads - readsBefore).toBeLessThanOrEqual(3);
  });

  it('ignores the .dossier folder, hidden files, atomic-write temp files and symlinks', async () => {
    const root = await tempDir();
    await fs.mkdir(join(root, '.dossier'), { recursive: true });
    const { all } = await watched(root);
    await write(join(root, '.dossier', 'library.json'), '{}');
    await write(join(root, '.dossier', 'trash', 'old.txt'), article('Trashed'));
    await write(join(root, '.hidden.txt'), article('Hidden'));
    await write(join(root, '.report.txt.a1b2c3.dossier-tmp'), article('Temp'));
    await fs.symlink('/etc/hostname', join(root, 'link.txt'));
    await write(join(root, 'visible.txt'), article('Visible'));
    await vi.waitFor(() => expect(all().added).toEqual(['visible.txt']), { timeout: 8000, interval: 50 });
    await new Promise((r) => setTimeout(r, 700));
    expect(all()).toEqual({ added: ['visible.txt'], changed: [], removed: [] });
  });

  it('starts from the library\'s fingerprints without reading files, and stays silent while nothing changes', async () => {
    const root = await tempDir();
    for (let i = 0; i < 200; i++) await write(join(root, `a${i}.txt`), article(`Article ${i}`));
    const library = new LibraryService(root);
    await library.list();
    const { watcher, batches } = await watched(root, library);
    expect(watcher.stats.reads).toBe(0);
    const raw = watcher.stats.rawEvents;
    await new Promise((r) => setTimeout(r, 1500));
    expect(batches).toEqual([]);
    expect(watcher.stats.reads).toBe(0);
    expect(watcher.stats.rawEvents).toBe(raw);
  });
});
