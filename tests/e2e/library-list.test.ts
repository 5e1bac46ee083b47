// The library list as an analyst uses it: filter as you type, sort, read state, annotation counts, edited
// metadata and collections, all without touching the files.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

const PORT = 'Port authority approves record budget as container traffic recovers';
const GRAIN = 'Ministers agree to resume grain corridor talks in Geneva next month';
const WATER = 'Drought pushes three provinces to ration water';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('library list', () => {
  it('filters, sorts, counts annotations, tracks reading and keeps edited details apart from the file', async () => {
    app = await launchApp();
    const { page, libraryDir } = app;
    const list = page.getByRole('list', { name: 'Articles' });
    const titles = list.getByRole('button');
    await expect(titles).toHaveText([WATER, GRAIN, PORT]);
    await expect(list.getByRole('listitem').filter({ hasText: GRAIN })).toContainText('unread');

    await page.getByRole('searchbox', { name: 'Filter articles' }).fill('geneva');
    await expect(titles).toHaveText([GRAIN]);
    await page.getByRole('searchbox', { name: 'Filter articles' }).fill('');

    await openArticle(page, GRAIN);
    await page.locator('[data-statement]').nth(1).click();
    await page.keyboard.press('1');
    await page.locator('[data-statement]').nth(2).click();
    await page.keyboard.press('2');
    await expect(page.getByRole('status')).toHaveText('Saved');
    const grainItem = list.getByRole('listitem').filter({ hasText: GRAIN });
    await expect(grainItem).toContainText('2 annotations');
    await expect(grainItem).not.toContainText('unread');

    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('annotations');
    await expect(titles.first()).toHaveText(GRAIN);

    const before = await fs.readFile(join(libraryDir, 'grain-corridor-talks.txt'), 'utf8');
    await page.getByRole('button', { name: 'Edit details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Article details' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Grain talks resume (edited)');
    await dialog.getByRole('textbox', { name: 'Collections' }).fill('Black Sea, Food security');
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('article h1')).toHaveText('Grain talks resume (edited)');
    await expect(titles.first()).toHaveText('Grain talks resume (edited)');
    expect(await fs.readFile(join(libraryDir, 'grain-corridor-talks.txt'), 'utf8')).toBe(before);

    await page.getByRole('combobox', { name: 'Collection' }).selectOption('Food security');
    await expect(titles).toHaveText(['Grain talks resume (edited)']);
    expect(app.pageErrors).toEqual([]);
  });
});
