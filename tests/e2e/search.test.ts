// Search across the library in the real app: the field at the top (/ or Ctrl+Shift+F), results as typed in
// the centre pane, a result opened at its hits with the find bar stepping through them, a hit in a note
// opening that annotation, and the way back.
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

const PORT = 'Port authority approves record budget as container traffic recovers';
const GRAIN = 'Ministers agree to resume grain corridor talks in Geneva next month';
let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('search', () => {
  it('finds words across the library as typed, opens a result at its hits, and goes back', async () => {
    app = await launchApp();
    const { page } = app;
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search library' });
    await expect(box).toBeFocused();
    await box.pressSequentially('dredging channel');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results).toHaveAttribute('aria-busy', 'false');
    await expect(results).toContainText('1 article matches');
    const items = results.getByRole('listitem');
    await expect(items).toHaveCount(1);
    await expect(items.first().getByRole('button').first()).toHaveAccessibleName(PORT);
    await expect(items.first().locator('mark').first()).toHaveText(/dredging/i);

    // Stemmed: another form of the word finds the same article.
    await box.fill('');
    await box.pressSequentially('electrified berths');
    await expect(results).toHaveAttribute('aria-busy', 'false');
    await expect(items.first().getByRole('button').first()).toHaveAccessibleName(PORT);

    // ↓ into the results, Enter opens the article at its first hit with the hits to step through.
    await box.press('ArrowDown');
    await expect(items.first().getByRole('button').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article')).toContainText(PORT);
    const find = page.getByRole('search');
    await expect(find.getByRole('searchbox', { name: 'Find in article' })).toHaveValue('electrified berths');
    await expect(find).toContainText(/^.*1 of [2-9]/);
    await page.getByRole('searchbox', { name: 'Find in article' }).press('Enter');
    await expect(find).toContainText(/2 of [2-9]/);

    // Back to the results, and Esc in them back to the article.
    await page.getByRole('article').click();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(results).toBeVisible();
    await items.first().getByRole('button').first().focus();
    await page.keyboard.press('Escape');
    await expect(results).toHaveCount(0);
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('finds a word in a note and opens that annotation as the current one; Ctrl+Shift+F focuses the field', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, GRAIN);
    const statement = page.locator('[data-statement]').filter({ hasText: /^Shipping analysts estimate/ });
    await statement.click();
    await page.keyboard.press('3');
    await page.keyboard.press('n');
    await page.keyboard.type('Compare with the Baltic freight index');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await page.locator('[data-statement]').first().click();

    await page.keyboard.press('Control+Shift+F');
    const box = page.getByRole('searchbox', { name: 'Search library' });
    await expect(box).toBeFocused();
    await box.pressSequentially('Baltic');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results).toHaveAttribute('aria-busy', 'false', { timeout: 10_000 });
    await expect(results).toContainText('1 article matches');
    const note = results.getByRole('button', { name: /Compare with the Baltic freight index/ });
    await expect(results.getByText('your note')).toBeVisible();
    await note.click();
    await expect(statement).toHaveAttribute('aria-current', 'true');
    expect(app.pageErrors).toEqual([]);
  });

  it('saves a search as a smart collection in the library list', async () => {
    app = await launchApp();
    const { page } = app;
    const box = page.getByRole('searchbox', { name: 'Search library' });
    await box.click();
    await box.pressSequentially('harbour OR grain');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results).toHaveAttribute('aria-busy', 'false');
    await expect(results).toContainText('2 articles match');
    await results.getByRole('button', { name: 'Save this search…' }).click();
    await results.getByRole('textbox', { name: 'Name' }).fill('Shipping');
    await results.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(results).toContainText('Saved as “Shipping”');
    await page.getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'Shipping' });
    const list = page.getByRole('list', { name: 'Articles' });
    await expect(list.getByRole('button')).toHaveCount(2);
    await expect(list).not.toContainText('water');
    expect(app.pageErrors).toEqual([]);
  });
});
