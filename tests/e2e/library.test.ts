// The library list with bad files among good ones: each bad file gets its own message, the rest open.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('library with bad files', () => {
  it('shows a clear message for empty, binary and unsupported files and still opens the good ones', async () => {
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-bad-'));
    await fs.writeFile(join(libraryDir, 'empty.txt'), '');
    await fs.writeFile(join(libraryDir, 'blank.md'), '   \n\n  \n');
    await fs.writeFile(join(libraryDir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 0, 0, 0xff, 0xfe, 0]));
    await fs.writeFile(join(libraryDir, 'archive.zip'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0]));
    await fs.writeFile(join(libraryDir, 'good.txt'), 'A good article\n\nIt opens. It has two statements.\n');

    app = await launchApp({ libraryDir });
    const list = app.page.getByRole('list', { name: 'Articles' });
    await expect(list.getByRole('listitem')).toHaveCount(5);
    await expect(list.getByRole('button')).toHaveCount(1);
    for (const name of ['empty.txt', 'blank.md', 'binary.txt', 'archive.zip']) {
      const item = list.getByRole('listitem').filter({ hasText: name });
      await expect(item).toHaveCount(1);
      // The item says more than its name: a reason a user can act on.
      expect(((await item.textContent()) ?? '').replace(name, '').trim().length).toBeGreaterThan(10);
    }

    await openArticle(app.page, 'A good article');
    // The title is a statement too (the first one, in the heading).
    await expect(app.page.locator('[data-statement]')).toHaveText(['A good article', 'It opens.', 'It has two statements.']);
    expect(app.pageErrors).toEqual([]);
  });
});
