// Settings: another library folder (notes stay, and come back with their articles), the export file-name
// pattern, and the number of backups kept.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

const GRAIN = 'Ministers agree to resume grain corridor talks in Geneva next month';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('settings', () => {
  it('moves to another library folder and back without losing notes, and names exports by the pattern', async () => {
    app = await launchApp();
    const { page, libraryDir, exportDir } = app;
    await openArticle(page, GRAIN);
    await page.locator('[data-statement]').first().click();
    await page.keyboard.press('2');
    await expect(page.getByRole('status')).toHaveText('Saved');

    const other = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-other-'));
    await fs.writeFile(join(other, 'memo.txt'), 'A different library\n\nOnly this article lives here.');
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    app.answerFolderDialog(other);
    await dialog.getByRole('button', { name: 'Change library folder…' }).click();
    await expect(dialog.getByRole('region', { name: 'Library folder' })).toContainText(other);
    await dialog.getByRole('textbox', { name: 'File name pattern' }).fill('{today} {title}');
    await dialog.getByRole('textbox', { name: 'File name pattern' }).press('Tab');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const list = page.getByRole('list', { name: 'Articles' });
    await expect(list.getByRole('button')).toHaveText(['A different library']);

    await openArticle(page, 'A different library');
    await page.getByRole('button', { name: 'Export briefing' }).click();
    await expect(page.getByRole('status')).toContainText('.md');
    const today = new Date().toISOString().slice(0, 10);
    expect(await fs.readdir(exportDir)).toEqual([`${today}-a-different-library.md`]);

    // Back to the first library: its article still carries its tag.
    await page.getByRole('button', { name: 'Settings' }).click();
    app.answerFolderDialog(libraryDir);
    await dialog.getByRole('button', { name: 'Change library folder…' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await openArticle(page, GRAIN);
    await expect(page.locator('[data-statement]').first()).toHaveAttribute('data-tags', 'Commitment');
    expect(app.pageErrors).toEqual([]);
  });
});
