// Annotations survive edits of the article file: moved text is re-found, deleted text becomes Unplaced
// (kept with its tags and note) and can be attached to new text.
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

const ORIGINAL = [
  'Council debates the harbour plan',
  '',
  'The council met on Monday. The mayor said the plan would cost 40 million euros.',
  '',
  'Critics said the figure was too low. The vote is expected in May.',
  '',
  'Source: Dossier test desk',
].join('\n');

describe('anchors that survive edits', () => {
  it('re-finds moved passages and keeps deleted ones as Unplaced with their notes', async () => {
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-anchors-'));
    const file = join(libraryDir, 'council.txt');
    await fs.writeFile(file, ORIGINAL);
    app = await launchApp({ libraryDir });
    let { page } = app;
    await openArticle(page, 'Council debates the harbour plan');
    await page.locator('[data-statement]').filter({ hasText: /^The mayor said/ }).click();
    await page.keyboard.press('3');
    await page.locator('[data-statement]').filter({ hasText: /^Critics said/ }).click();
    await page.keyboard.press('5');
    await page.getByRole('textbox', { name: 'Note' }).fill('Who are the critics?');
    await expect(page.getByRole('status')).toHaveText('Saved');
    const profileDir = app.profileDir;
    await app.close();

    // The file changes outside the app: a paragraph is inserted before, the critics' sentence is cut.
    await fs.writeFile(
      file,
      ORIGINAL.replace('The council met on Monday.', 'A new opening paragraph was added.\n\nThe council met on Monday.').replace(
        'Critics said the figure was too low. ',
        '',
      ),
    );
    app = await launchApp({ libraryDir, profileDir });
    page = app.page;
    await openArticle(page, 'Council debates the harbour plan');
    await expect(page.locator('[data-statement]').filter({ hasText: /^The mayor said/ })).toHaveAttribute('data-tags', 'Figure');
    const region = page.getByRole('region', { name: 'Tagged statements' });
    await expect(region.getByRole('heading', { name: /Unplaced/ })).toBeVisible();
    const orphan = region.locator('.unplaced li');
    await expect(orphan).toContainText('Critics said the figure was too low.');
    await expect(orphan).toContainText('Who are the critics?');
    await expect(orphan).toContainText('Assessment');

    // Attach it to new text: it is placed again, tags and note intact.
    await page.locator('[data-statement]').filter({ hasText: /^The vote is expected/ }).click();
    await orphan.getByRole('button', { name: 'Attach to the current selection' }).click();
    const vote = page.locator('[data-statement]').filter({ hasText: /^The vote is expected/ });
    await expect(vote).toHaveAttribute('data-tags', 'Assessment');
    await expect(region.locator('.unplaced li')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('Who are the critics?');
  });
});
