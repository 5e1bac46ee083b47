// The title is a statement like the others (a headline is often the claim): shown once, as the article's
// heading, taggable with a key, listed under Tagged statements and exported with its tags.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

const PORT = 'Port authority approves record budget as container traffic recovers';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('the title as a statement', () => {
  it('is the heading, shown once, tagged with a key and exported with its tag', async () => {
    app = await launchApp();
    const { page, exportDir } = app;
    await openArticle(page, PORT);
    const article = page.locator('article[aria-busy="false"]');
    await expect(article).toHaveAttribute('aria-labelledby', 'article-title');
    const heading = page.getByRole('heading', { level: 1, name: PORT });
    await expect(heading).toHaveId('article-title');
    const title = heading.locator('[data-statement]');
    await expect(title).toHaveText(PORT);
    await expect(article.getByText(PORT, { exact: true })).toHaveCount(1);

    await title.click();
    await page.keyboard.press('3');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await expect(title).toHaveAttribute('data-tags', 'Figure');
    await expect(page.getByRole('region', { name: 'Tagged statements' })).toContainText(PORT);

    await page.getByRole('button', { name: 'Export briefing' }).click();
    await expect(page.getByRole('status')).toContainText('.md');
    const [file] = await fs.readdir(exportDir);
    const markdown = await fs.readFile(join(exportDir, file!), 'utf8');
    expect(markdown).toContain(`> ${PORT}`);
    expect(markdown).toMatch(/#type\/figure/i);
    expect(app.pageErrors).toEqual([]);
  });
});
