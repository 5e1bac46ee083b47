// The library list as an analyst uses it: filter as you type, sort, read state, annotation counts, edited
// metadata and collections, all without touching the files.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
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
    await page.getByRole('button', { name: 'More actions' }).click();
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

  it('keeps a library of hundreds of articles to a window of rows that follows scrolling, filtering and sorting', async () => {
    const COUNT = 600;
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-large-library-'));
    for (let i = 1; i <= COUNT; i++) {
      const text = `Field report ${i}: harbour traffic\n\nInspectors counted ${i} vessels waiting outside the port on Monday.\n\nSource: Desk ${i % 7}\n`;
      await fs.writeFile(join(libraryDir, `report-${i}.txt`), text);
    }
    app = await launchApp({ libraryDir, watch: false });
    const { page } = app;
    const list = page.getByRole('list', { name: 'Articles' });
    const items = list.getByRole('listitem');
    await expect(page.locator('nav .pane-title .count')).toHaveText(String(COUNT), { timeout: 30_000 });
    // Only the rows near the view are in the page; each says where it stands in the whole list.
    await expect(items.first()).toHaveAttribute('aria-setsize', String(COUNT));
    const drawn = await items.count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(120);
    // Titles sort with numbers by value: report 2 comes before report 10.
    await expect(items.first()).toContainText('Field report 1: harbour traffic');
    await expect(items.nth(1)).toContainText('Field report 2: harbour traffic');
    // Scrolled to the end, the last rows are drawn and the first ones are gone.
    await page.locator('nav.pane').evaluate((pane) => (pane.scrollTop = pane.scrollHeight));
    await expect(list.getByRole('button', { name: 'Field report 600: harbour traffic' })).toBeVisible();
    await expect(list.getByRole('button', { name: 'Field report 1: harbour traffic' })).toHaveCount(0);
    expect(await items.last().getAttribute('aria-posinset')).toBe(String(COUNT));
    // Filtering finds a row that was not drawn, and it opens.
    await page.locator('nav.pane').evaluate((pane) => (pane.scrollTop = 0));
    await page.getByRole('searchbox', { name: 'Filter articles' }).fill('report 457:');
    await expect(list.getByRole('button')).toHaveText(['Field report 457: harbour traffic']);
    await openArticle(page, 'Field report 457: harbour traffic');
    await expect(page.locator('article h1')).toHaveText('Field report 457: harbour traffic');
    // Sorted by source, a desk's reports come together, still windowed.
    await page.getByRole('searchbox', { name: 'Filter articles' }).fill('');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('source');
    await expect(items.first()).toContainText('Desk 0');
    expect(await items.count()).toBeLessThan(120);
    expect(app.pageErrors).toEqual([]);
  });
});
