// Where reading resumes: a never-opened article opens at its top (not at the last article's scroll), a
// reopened one where it was left, also after a restart; and Esc in the notes pane gives the keys back.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, it } from 'vitest';
import { parseArticleFile } from '../../src-main/import';
import { generateArticle } from '../bench/cases/reader';
import { launchApp, openArticle, type LaunchedApp } from './harness';

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

interface Doc {
  file: string;
  size: number;
  title?: string;
}
// One drawn whole, one long enough to be virtualised (over 200,000 characters).
const docs: Doc[] = [
  { file: 'short.txt', size: 60_000 },
  { file: 'long.txt', size: 260_000 },
];
let libraryDir = '';

beforeAll(async () => {
  libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-place-'));
  for (const [i, doc] of docs.entries()) {
    // Distinct first lines, so the two titles differ.
    const raw = `Dispatch ${i + 1}: ${generateArticle(doc.size)}`;
    const parsed = await parseArticleFile(doc.file, new TextEncoder().encode(raw));
    if (!parsed.ok) throw new Error(parsed.error.message);
    doc.title = parsed.value.title;
    await fs.writeFile(join(libraryDir, doc.file), raw);
  }
});

/** The id (its offsets) of the first statement whose line shows below the reader's sticky toolbar. */
function statementAtTop(page: Page): Promise<string> {
  return page.evaluate(() => {
    const chrome = document.querySelector('.reader-chrome')!.getBoundingClientRect().bottom;
    for (const el of document.querySelectorAll('[data-statement]')) if (el.getBoundingClientRect().bottom > chrome + 4) return el.getAttribute('data-statement') ?? '';
    return '';
  });
}

/** The statement `id` shows in the first lines under the toolbar (statements share lines, so it may begin above). */
async function expectNearTop(page: Page, id: string) {
  const statement = page.locator(`[data-statement="${id}"]`);
  await expect(statement).toBeInViewport();
  const band = () =>
    statement.evaluate((el) => {
      const chrome = document.querySelector('.reader-chrome')!.getBoundingClientRect().bottom;
      const box = el.getBoundingClientRect();
      return box.bottom > chrome && box.top < chrome + 120;
    });
  await expect.poll(band).toBe(true);
}

const pane = (page: Page) => page.locator('main.pane');

describe('reading place', () => {
  for (const [i, doc] of docs.entries()) {
    it(`${doc.file}: a new article opens at its top, a reopened one where it was left, also after a restart`, async () => {
      const other = docs[1 - i]!;
      const profileDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-place-profile-'));
      app = await launchApp({ libraryDir, profileDir, watch: false });
      let { page } = app;

      await openArticle(page, doc.title!);
      await pane(page).evaluate((el) => el.scrollBy(0, 9000));
      await page.mouse.wheel(0, 400);
      await expect.poll(() => pane(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(5000);
      const left = await statementAtTop(page);
      expect(left).toMatch(/^s\d+-\d+$/);
      // The place is kept once scrolling has paused (0.4 s).
      await page.waitForTimeout(900);

      await openArticle(page, other.title!);
      await expect(page.getByRole('heading', { level: 1, name: other.title })).toBeInViewport();
      await expect.poll(() => pane(page).evaluate((el) => el.scrollTop)).toBeLessThan(30);

      await openArticle(page, doc.title!);
      await expectNearTop(page, left);

      await app.close();
      app = await launchApp({ libraryDir, profileDir, watch: false });
      page = app.page;
      await openArticle(page, doc.title!);
      await expectNearTop(page, left);
      expect(app.pageErrors).toEqual([]);
    });
  }

  it('Esc leaves the note field: the next k moves, and the note keeps only what was typed', async () => {
    app = await launchApp({ libraryDir, watch: false });
    const { page } = app;
    await openArticle(page, docs[0]!.title!);
    const statements = page.locator('[data-statement]');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(statements.nth(1)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('n');
    const note = page.getByRole('textbox', { name: 'Note' });
    await expect(note).toBeFocused();
    await page.keyboard.type('Check this figure');
    await page.keyboard.press('Escape');
    await expect(note).not.toBeFocused();
    await page.keyboard.press('k');
    await expect(statements.nth(0)).toHaveAttribute('aria-current', 'true');
    await expect(statements.nth(0)).toBeFocused();
    await page.keyboard.press('j');
    await expect(statements.nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(note).toHaveValue('Check this figure');
    await page.keyboard.press('1');
    await expect(statements.nth(1)).toHaveAttribute('data-tags', 'Claim');
    expect(app.pageErrors).toEqual([]);
  });
});
