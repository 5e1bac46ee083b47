// Keyboard-first tagging in the real app: move, tag, undo and redo, delete, the palette, find.
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

const TITLE = 'Ministers agree to resume grain corridor talks in Geneva next month';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('keyboard-first tagging', () => {
  it('moves with j/k, tags, undoes, redoes, deletes and restores without the mouse', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, TITLE);
    const statements = page.locator('[data-statement]');

    await page.keyboard.press('j');
    await expect(statements.nth(0)).toHaveAttribute('aria-current', 'true');
    await expect(statements.nth(0)).toBeFocused();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const second = statements.nth(1);
    await expect(second).toHaveAttribute('aria-current', 'true');

    await page.keyboard.press('3');
    await expect(second).toHaveAttribute('data-tags', 'Figure');
    await page.keyboard.press('2');
    await expect(second).toHaveAttribute('data-tags', 'Figure Commitment');
    await page.keyboard.press('Control+z');
    await expect(second).toHaveAttribute('data-tags', 'Figure');
    await page.keyboard.press('Control+Shift+z');
    await expect(second).toHaveAttribute('data-tags', 'Figure Commitment');

    await page.keyboard.press('n');
    await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
    await page.keyboard.type('Dates matter here.');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await second.focus();
    await page.keyboard.press('Delete');
    await expect(second).toHaveAttribute('data-tags', '');
    await expect(page.getByRole('region', { name: 'Tagged statements' }).getByRole('listitem')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(second).toHaveAttribute('data-tags', 'Figure Commitment');
    await second.click();
    await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('Dates matter here.');
    expect(app.pageErrors).toEqual([]);
  });

  it('creates and applies a hierarchical tag from the palette', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, TITLE);
    const target = page.locator('[data-statement]').filter({ hasText: /^The U\.N\. coordinator/ });
    await target.click();
    await page.keyboard.press('t');
    const palette = page.getByRole('dialog', { name: 'Tag palette' });
    await expect(palette).toBeVisible();
    await page.keyboard.type('Actor/Amina Okafor');
    await expect(palette.getByRole('option', { name: /Create tag/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(target).toHaveAttribute('data-tags', 'Amina Okafor');
    await expect(target).toBeFocused();

    // The new tag is found again by a fuzzy query, without creating a second one.
    await page.keyboard.press('t');
    await page.keyboard.type('okaf');
    await expect(palette.getByRole('option')).toHaveText([/Actor\/Amina Okafor/, /Create tag/]);
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();
  });

  it('finds text in the article with Ctrl+F and counts the matches', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, TITLE);
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Find in article' });
    await expect(find).toBeFocused();
    await find.fill('grain');
    const expected = await page.locator('article').evaluate((el) => {
      // The title is a statement in the heading (counted once); a heading that holds none is counted as it is.
      const text = [...el.querySelectorAll('[data-statement], h1:not(:has([data-statement]))')].map((n) => n.textContent).join(' ');
      return (text.match(/grain/gi) ?? []).length;
    });
    expect(expected).toBeGreaterThan(1);
    await expect(page.getByText(`1 of ${expected}`)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`2 of ${expected}`)).toBeVisible();
    const highlighted = await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('find-match')?.size);
    expect(highlighted).toBe(expected);
  });

  it('shows every shortcut on ?', async () => {
    app = await launchApp();
    const { page } = app;
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('row')).toHaveCount(17);
    await expect(sheet.getByRole('row', { name: /Accept the suggested speaker/ })).toBeVisible();
    await expect(sheet.getByRole('row', { name: /Search the library: words/ })).toBeVisible();
    await expect(sheet.getByRole('row', { name: /Fold the library and notes panes/ })).toBeVisible();
    await expect(sheet.getByRole('row', { name: /In a note or memo: back to the current statement/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });
});
