// Nothing lost, ever: backups made on demand and on quit, a wiped profile noticed at start, and the
// newest good backup restored so every tag and note is back.
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

async function backupNames(libraryDir: string): Promise<string[]> {
  return (await fs.readdir(join(libraryDir, '.dossier', 'backups')).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
}

describe('backups', () => {
  it('backs up on demand and on quit, notices a wiped profile and restores every note', async () => {
    app = await launchApp();
    const { page, libraryDir } = app;
    await openArticle(page, GRAIN);
    const statements = page.locator('[data-statement]');
    for (let i = 0; i < 5; i++) {
      await statements.nth(i).click();
      await page.keyboard.press(String((i % 5) + 1));
    }
    await statements.nth(2).click();
    await page.getByRole('textbox', { name: 'Note' }).fill('Inspection regime is the crux.');
    await page.getByRole('textbox', { name: 'Article memo' }).fill('Cautiously positive.');
    await expect(page.getByRole('status')).toHaveText('Saved');
    const tagsBefore = await statements.evaluateAll((els) => els.map((e) => e.getAttribute('data-tags')));

    await page.getByRole('button', { name: 'Backups' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    const before = (await backupNames(libraryDir)).length;
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect(dialog.getByText(/^Backed up to dossier-/)).toBeVisible();
    await expect.poll(async () => (await backupNames(libraryDir)).length).toBeGreaterThan(before);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The app asks for a backup when it quits; the renderer answers with one.
    const waiting = app.waitForBackup(20_000);
    const count = (await backupNames(libraryDir)).length;
    await app.emitEvent({ kind: 'backup-request', reason: 'quit' });
    await waiting;
    await expect.poll(async () => (await backupNames(libraryDir)).length).toBeGreaterThanOrEqual(count);
    await app.close();

    // A new, empty profile (as after an origin change): the drop is noticed and the backup offered.
    app = await launchApp({ libraryDir, profileDir: await fs.mkdtemp(join(tmpdir(), 'dossier-wiped-')) });
    const alarm = app.page.getByRole('alert').filter({ hasText: 'fewer than' });
    await expect(alarm).toBeVisible();
    await alarm.getByRole('button', { name: 'Review that backup' }).click();
    const restoreDialog = app.page.getByRole('dialog', { name: 'Backups' });
    const contents = restoreDialog.getByRole('region', { name: 'Backup contents' });
    // In words: when, what it holds, and what each way of restoring would change; no table names.
    await expect(contents.getByRole('heading')).toHaveText(/^The backup of Today at \d/);
    await expect(contents).toContainText('1 article with notes: 5 annotations');
    await expect(contents).toContainText('1 article memo');
    await expect(contents).not.toContainText('articleMeta');
    await expect(restoreDialog.getByRole('button', { name: 'Restore: merge' })).toHaveAccessibleDescription(/^Adds 5 annotations.*Nothing is removed\.$/);
    await expect(restoreDialog.getByRole('button', { name: 'Restore: replace' })).toHaveAccessibleDescription(/^Leaves exactly what the backup holds: 5 annotations/);
    await expect(restoreDialog.getByRole('list', { name: 'Backups' }).getByRole('button').first()).toHaveText(/^Today at \d/);
    await restoreDialog.getByRole('button', { name: 'Restore: merge' }).click();
    await expect(restoreDialog.getByText(/^Restored the backup of Today at .+ \(merged\)\.$/)).toBeVisible();
    await expect(restoreDialog.getByRole('button', { name: 'Restore: merge' })).toHaveAccessibleDescription(/^Changes nothing/);
    // The progress bar shown while rows are written is gone once the restore is done.
    await expect(restoreDialog.getByRole('progressbar', { name: 'Restore progress' })).toHaveCount(0);
    await restoreDialog.getByRole('button', { name: 'Close' }).click();

    await openArticle(app.page, GRAIN);
    const restored = app.page.locator('[data-statement]');
    expect(await restored.evaluateAll((els) => els.map((e) => e.getAttribute('data-tags')))).toEqual(tagsBefore);
    await restored.nth(2).click();
    await expect(app.page.getByRole('textbox', { name: 'Note' })).toHaveValue('Inspection regime is the crux.');
    await expect(app.page.getByRole('textbox', { name: 'Article memo' })).toHaveValue('Cautiously positive.');
    expect(app.pageErrors).toEqual([]);
  });
});
