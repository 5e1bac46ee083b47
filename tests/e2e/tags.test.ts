// The codebook across the library: passages with a tag in every article, and the tag manager's edits
// (rename, merge, delete) that never lose a note.
import { resolve } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { articleIdFor } from '../../src-main/library/library-service';
import { APP_URL, launchApp, openArticle, type LaunchedApp } from './harness';

const PORT = 'Port authority approves record budget as container traffic recovers';
const GRAIN = 'Ministers agree to resume grain corridor talks in Geneva next month';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

async function tagStatement(page: LaunchedApp['page'], text: RegExp, key: string): Promise<void> {
  const statement = page.locator('[data-statement]').filter({ hasText: text });
  await statement.click();
  await page.keyboard.press(key);
  await expect(page.getByRole('status')).toHaveText('Saved');
}

describe('tags across the library', () => {
  it('lists every passage with a tag across articles and opens each at its place', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, PORT);
    await tagStatement(page, /^Dr\. Henrik Aalto/, '5');
    await openArticle(page, GRAIN);
    await tagStatement(page, /^Shipping analysts estimate/, '5');
    await tagStatement(page, /^Freight rates/, '3');

    await page.getByRole('tab', { name: 'Tags' }).click();
    await page.getByRole('list', { name: 'Tags' }).getByRole('button', { name: /^Type\/Assessment, 2 passages/ }).click();
    // The tag's passages across the library fill the centre pane, by article.
    const passages = page.getByRole('main').getByRole('region', { name: 'Passages' });
    await expect(passages.getByRole('heading', { level: 2 })).toHaveText('Passages tagged Type/Assessment 2');
    await expect(passages.getByRole('heading', { level: 3 })).toHaveText([GRAIN, PORT]);
    await passages.getByRole('button', { name: /^Dr\. Henrik Aalto/ }).click();
    await expect(page.getByRole('article')).toContainText(PORT);
    const target = page.locator('[data-statement]').filter({ hasText: /^Dr\. Henrik Aalto/ });
    await expect(target).toHaveAttribute('aria-current', 'true');

    // Back to the passages (Alt+Left), forward to the article (Alt+Right), back with the mouse's back
    // button, and Esc in the passages goes back to the article before them; the window never navigates.
    const url = page.url();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(passages).toBeVisible();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(target).toBeVisible();
    await page.evaluate(() => {
      window.dispatchEvent(new MouseEvent('mousedown', { button: 3, bubbles: true }));
      window.dispatchEvent(new MouseEvent('mouseup', { button: 3, bubbles: true }));
    });
    await expect(passages).toBeVisible();
    await passages.getByRole('button', { name: /^Shipping analysts estimate/ }).focus();
    await page.keyboard.press('Escape');
    await expect(passages).toHaveCount(0);
    await expect(page.getByRole('article')).toContainText(GRAIN);
    expect(page.url()).toBe(url);

    // The parent shows everything below it.
    await page.getByRole('list', { name: 'Tags' }).getByRole('button', { name: /^Type, 0 passages/ }).click();
    await expect(passages.getByRole('listitem')).toHaveCount(3);
  });

  it('draws a tag on hundreds of passages a page at a time, with the whole count', async () => {
    app = await launchApp();
    const { page } = app;
    // 450 passages tagged Type/Claim in one article, written as the tagging code writes them.
    await app.context.route(`${APP_URL}/__test/dexie.js`, (route) =>
      route.fulfill({ path: resolve(__dirname, '../../node_modules/dexie/dist/dexie.min.js'), contentType: 'text/javascript' }),
    );
    await page.addScriptTag({ url: `${APP_URL}/__test/dexie.js` });
    await page.evaluate(
      async ({ articleId, count }) => {
        const Dexie = (window as unknown as { Dexie: new (name: string) => { open(): Promise<unknown>; table(n: string): { bulkPut(rows: unknown[]): Promise<unknown> }; close(): void } }).Dexie;
        const db = new Dexie('dossier');
        await db.open();
        const rows = Array.from({ length: count }, (_, i) => ({
          id: `bulk-${i}`, articleId, createdAt: i, updatedAt: i, tagIds: ['type-claim'], note: '', state: 'anchored',
          target: { quote: { type: 'TextQuoteSelector', exact: `Passage number ${i + 1}`, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: i * 40, end: i * 40 + 20 } },
        }));
        await db.table('annotations').bulkPut(rows);
        db.close();
      },
      { articleId: articleIdFor('grain-corridor-talks.txt'), count: 450 },
    );
    await page.getByRole('tab', { name: 'Tags' }).click();
    await page.getByRole('list', { name: 'Tags' }).getByRole('button', { name: /^Type\/Claim, 450 passages/ }).click();
    const details = page.getByRole('region', { name: 'Passages' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText('Passages tagged Type/Claim 450');
    const items = details.getByRole('listitem');
    await expect(items).toHaveCount(200);
    // Each passage shows its quote, then its tags' chips.
    await expect(items.first().locator('.jump')).toHaveText('Passage number 1');
    await expect(items.first().locator('.chip')).toHaveText('Type/Claim');
    await details.getByRole('button', { name: 'Show 200 more passages (250 not shown)' }).click();
    await expect(items).toHaveCount(400);
    await details.getByRole('button', { name: 'Show 50 more passages (50 not shown)' }).click();
    await expect(items).toHaveCount(450);
    await expect(items.last().locator('.jump')).toHaveText('Passage number 450');
    await expect(details.getByRole('button', { name: /^Show \d+ more passages/ })).toHaveCount(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('renames, merges and deletes tags without losing notes', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, GRAIN);
    await tagStatement(page, /^Shipping analysts estimate/, '3');
    await page.getByRole('textbox', { name: 'Note' }).fill('Check the tonnage.');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await tagStatement(page, /^Freight rates/, '1');

    await page.getByRole('tab', { name: 'Tags' }).click();
    const tree = page.getByRole('list', { name: 'Tags' });
    await tree.getByRole('button', { name: /^Type\/Figure, 1 passages/ }).click();
    await page.getByRole('textbox', { name: 'Tag name' }).fill('Number');
    await page.getByRole('button', { name: 'Rename' }).click();
    // Choosing the tag showed its passages in the centre pane; back to the article.
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText('Passages tagged Type/Number 1');
    await page.getByRole('main').getByRole('heading', { level: 2 }).click();
    await page.keyboard.press('Alt+ArrowLeft');
    const shipping = page.locator('[data-statement]').filter({ hasText: /^Shipping analysts estimate/ });
    await expect(shipping).toHaveAttribute('data-tags', 'Number');

    await page.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Type/Claim' });
    await page.getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('1 of them have notes; the notes are kept');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(shipping).toHaveAttribute('data-tags', 'Claim');

    await page.getByRole('button', { name: 'Delete tag' }).click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(shipping).toHaveAttribute('data-tags', '');
    // The untagged statement with a note is still there, note and all; the bare one is gone.
    const items = page.getByRole('region', { name: 'Tagged statements' }).getByRole('listitem');
    await expect(items).toHaveCount(1);
    await expect(items).toContainText('Check the tonnage.');
    await expect(tree.getByRole('button', { name: /^Type\/Claim/ })).toHaveCount(0);
  });
});
