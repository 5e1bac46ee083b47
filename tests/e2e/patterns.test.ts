// The pattern views as the analyst uses them (issue 14): tag a few statements in three articles, open the
// matrix, the co-occurrence and the timeline by their buttons, click cells and marks and reach the same
// passages, each opening its article; and the matrix run through with the keyboard alone.
import { expect, type Page } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

const GRAIN = 'Ministers agree to resume grain corridor talks in Geneva next month';
const PORT = 'Port authority approves record budget as container traffic recovers';
const DROUGHT = 'Drought pushes three provinces to ration water';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** Tags the nth statement of the open article with the tag keys pressed (1 Claim, 3 Figure); returns its text. */
async function tag(page: Page, n: number, keys: string[]): Promise<string> {
  const statement = page.locator('[data-statement]').nth(n);
  await statement.click();
  await expect(statement).toHaveAttribute('aria-current', 'true');
  for (const key of keys) await page.keyboard.press(key);
  await expect(page.getByRole('status')).toHaveText('Saved');
  return (await statement.textContent()) ?? '';
}

/** Grain: two Claims, one of them also a Figure; Drought (dated 2026-06-03): a Claim; Port: a Figure. */
async function tagCorpus(page: Page): Promise<{ grain1: string; grain2: string; drought: string }> {
  await openArticle(page, GRAIN);
  const grain1 = await tag(page, 1, ['1']);
  const grain2 = await tag(page, 2, ['1', '3']);
  await openArticle(page, DROUGHT);
  const drought = await tag(page, 1, ['1']);
  await openArticle(page, PORT);
  await tag(page, 1, ['3']);
  return { grain1, grain2, drought };
}

function matrix(page: Page) {
  return page.getByRole('main').getByRole('table', { name: 'Tag matrix' });
}

/** The matrix cell of a row (tag path) and a column (article title). */
async function cell(page: Page, row: string, column: string) {
  const table = matrix(page);
  const headers = await table.getByRole('columnheader').allTextContents();
  const at = headers.findIndex((h) => h.trim() === column);
  expect(at).toBeGreaterThan(0);
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row, exact: true }) }).getByRole('cell').nth(at - 1);
}

describe('pattern views', () => {
  it('opens the matrix from its button: tag paths by article titles, a parent counting its children, a cell opening its passages', async () => {
    app = await launchApp();
    const { page } = app;
    const { grain1, grain2 } = await tagCorpus(page);

    await page.getByRole('button', { name: 'Matrix', exact: true }).click();
    const table = matrix(page);
    await expect(table.getByRole('rowheader')).toHaveText(['▾Type', 'Type/Claim', 'Type/Figure']);
    await expect(table.getByRole('rowheader', { name: 'Type/Claim', exact: true })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: GRAIN })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: PORT })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: DROUGHT })).toBeVisible();
    await expect((await cell(page, 'Type/Claim', GRAIN)).getByRole('button')).toHaveAccessibleName('2 passages');
    await expect((await cell(page, 'Type/Figure', GRAIN)).getByRole('button')).toHaveAccessibleName('1 passage');
    // The statement tagged Claim and Figure counts once in Type.
    await expect((await cell(page, 'Type', GRAIN)).getByRole('button')).toHaveAccessibleName('2 passages');
    await expect((await cell(page, 'Type/Claim', PORT)).getByRole('button')).toHaveCount(0);

    await (await cell(page, 'Type/Claim', GRAIN)).getByRole('button').click();
    const passages = page.getByRole('main').getByRole('region', { name: 'Passages' });
    await expect(passages.getByRole('listitem')).toHaveCount(2);
    await expect(passages.getByRole('listitem').nth(0)).toContainText(grain1.trim());
    await expect(passages.getByRole('listitem').nth(1)).toContainText(grain2.trim());
    await passages.getByRole('button', { name: grain2.trim() }).click();
    await expect(page.locator('[data-statement][aria-current="true"]')).toHaveText(grain2);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(passages.getByRole('listitem')).toHaveCount(2);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(matrix(page)).toBeVisible();

    // Folding Type hides its sub-tags; its own row still counts them.
    await matrix(page).getByRole('button', { name: 'Type', exact: true }).click();
    await expect(matrix(page).getByRole('rowheader')).toHaveText(['▸Type']);
    await expect((await cell(page, 'Type', GRAIN)).getByRole('button')).toHaveAccessibleName('2 passages');
    expect(app.pageErrors).toEqual([]);
  });

  it('filters the view by a tag (rows, columns and the caption follow), groups the columns by month, and limits it to a search\'s results', async () => {
    app = await launchApp();
    const { page } = app;
    await tagCorpus(page);
    await page.getByRole('button', { name: 'Matrix', exact: true }).click();
    await expect(matrix(page).getByRole('columnheader')).toHaveCount(4);
    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.getByText('Tags', { exact: true }).click();
    await filters.getByRole('checkbox', { name: 'Type/Figure' }).check();
    await expect(matrix(page).getByRole('rowheader')).toHaveText(['Type/Figure']);
    await expect(matrix(page).getByRole('columnheader', { name: DROUGHT })).toHaveCount(0);
    await expect(page.getByText('Filtered: Tag: Type/Figure.')).toBeVisible();
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('combobox', { name: 'Columns' }).selectOption('month');
    await expect(matrix(page).getByRole('columnheader')).toHaveText(['Tags \\ Months', '2026-06', 'Undated']);
    await page.getByRole('combobox', { name: 'Columns' }).selectOption('article');

    // Opened on a search's results: only the articles it finds.
    await page.getByRole('searchbox', { name: 'Search library' }).fill('rationing');
    await expect(page.getByRole('main').getByRole('region', { name: 'Search results' })).toContainText(DROUGHT);
    await page.getByRole('button', { name: 'Matrix', exact: true }).click();
    await filters.getByRole('checkbox', { name: 'Only articles found by “rationing”' }).check();
    await expect(matrix(page).getByRole('columnheader')).toHaveText(['Tags \\ Articles', DROUGHT]);
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(matrix(page).getByRole('columnheader')).toHaveCount(4);
    expect(app.pageErrors).toEqual([]);
  });

  it('opens the co-occurrence and the timeline from their buttons; a cell and a mark reach the same passages', async () => {
    app = await launchApp();
    const { page } = app;
    const { grain1, grain2, drought } = await tagCorpus(page);

    await page.getByRole('button', { name: 'Co-occurrence', exact: true }).click();
    const co = page.getByRole('main').getByRole('table', { name: 'Tag co-occurrence' });
    const claimRow = co.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Type/Claim', exact: true }) });
    // Columns: Type, Type/Claim, Type/Figure. Claim with Figure: the one statement carrying both.
    await expect(claimRow.getByRole('cell').nth(1).getByRole('button')).toHaveAccessibleName('3 places');
    await expect(claimRow.getByRole('cell').nth(2).getByRole('button')).toHaveAccessibleName('1 place');
    await claimRow.getByRole('cell').nth(2).getByRole('button').click();
    const passages = page.getByRole('main').getByRole('region', { name: 'Passages' });
    await expect(passages.getByRole('listitem')).toHaveCount(1);
    await expect(passages.getByRole('listitem')).toContainText(grain2.trim());

    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    const chart = page.getByRole('main').getByRole('group', { name: /^Timeline chart/ });
    await expect(chart.getByRole('button', { name: 'Type/Claim, 2026-06: 1 passage' })).toBeVisible();
    await chart.getByRole('button', { name: 'Type/Claim, Undated: 2 passages' }).click();
    await expect(passages.getByRole('listitem')).toHaveCount(2);
    await expect(passages.getByRole('listitem').nth(0)).toContainText(grain1.trim());
    await page.keyboard.press('Alt+ArrowLeft');
    // By keyboard: from the June mark along the lane to the undated one, Enter opens it.
    await chart.getByRole('button', { name: 'Type/Claim, 2026-06: 1 passage' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(chart.locator('.mark:focus')).toHaveAccessibleName('Type/Claim, Undated: 2 passages');
    await expect(page.getByText('Type/Claim, Undated: 2 passages', { exact: true })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(passages.getByRole('listitem')).toHaveCount(2);
    await page.keyboard.press('Alt+ArrowLeft');
    // Zoomed to days; the table below the chart opens the same passages.
    await page.getByRole('radio', { name: 'Days' }).check();
    await expect(chart.getByRole('button', { name: 'Type/Claim, 2026-06-03: 1 passage' })).toBeVisible();
    await page.getByText('The timeline as a table').click();
    const alt = page.getByRole('table', { name: 'Timeline table' });
    await alt.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Type/Claim', exact: true }) }).getByRole('button', { name: '1 passage' }).click();
    await expect(passages.getByRole('listitem')).toHaveCount(1);
    await expect(passages.getByRole('listitem')).toContainText(drought.trim());
    await passages.getByRole('button', { name: drought.trim() }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(DROUGHT);
    expect(app.pageErrors).toEqual([]);
  });

  it('runs through the matrix with the keyboard alone: Tab to a cell, arrows to move, Enter to open', async () => {
    app = await launchApp();
    const { page } = app;
    await tagCorpus(page);
    await page.getByRole('button', { name: 'Matrix', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(matrix(page)).toBeVisible();
    await expect(matrix(page).getByRole('button', { name: /passages?$/ }).first()).toBeVisible();
    // Tab until a cell has the focus (the view's controls come first); one cell only is in the Tab order.
    const focusedCell = () => page.evaluate(() => document.activeElement?.classList.contains('heat') ?? false);
    for (let i = 0; i < 60 && !(await focusedCell()); i++) await page.keyboard.press('Tab');
    const focused = page.locator('.heat:focus');
    // The first cell: Type in the first column (articles by title: Drought, Ministers, Port).
    await expect(focused).toHaveAccessibleName('1 passage');
    await expect(focused).toHaveAttribute('data-cell', '0:0');
    await page.keyboard.press('ArrowRight');
    await expect(focused).toHaveAttribute('data-cell', '0:1');
    await expect(focused).toHaveAccessibleName('2 passages');
    await page.keyboard.press('ArrowDown');
    await expect(focused).toHaveAttribute('data-cell', '1:1');
    await page.keyboard.press('ArrowDown');
    await expect(focused).toHaveAttribute('data-cell', '2:1');
    await expect(focused).toHaveAccessibleName('1 passage');
    await page.keyboard.press('ArrowUp');
    await expect(focused).toHaveAccessibleName('2 passages');
    await page.keyboard.press('Enter');
    const passages = page.getByRole('main').getByRole('region', { name: 'Passages' });
    await expect(passages.getByRole('listitem')).toHaveCount(2);
    await expect(passages.getByRole('heading')).toContainText(`Type/Claim in ${GRAIN}`);
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(matrix(page)).toBeVisible();
  });
});
