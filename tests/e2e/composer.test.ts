// The briefing composer: write Markdown, insert a tagged passage from another article as a cited quote,
// see the preview, keep it across a relaunch, export it with its sources.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

const PORT = 'Port authority approves record budget as container traffic recovers';
const AALTO = 'Dr. Henrik Aalto, an economist at the regional chamber of commerce, called the plan ambitious but realistic.';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('briefing composer', () => {
  it('inserts a cited passage, saves as typed, and exports with a Sources list', async () => {
    app = await launchApp();
    const { page, libraryDir, profileDir } = app;
    await openArticle(page, PORT);
    await page.locator('[data-statement]').filter({ hasText: /^Dr\. Henrik Aalto/ }).click();
    await page.keyboard.press('5');
    await page.keyboard.press('n');
    await page.keyboard.type('Chamber view, not the board.');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('status')).toHaveText('Saved');

    await page.getByRole('tab', { name: 'Briefings' }).click();
    await page.getByRole('button', { name: 'New briefing' }).click();
    await page.getByRole('textbox', { name: 'Briefing title' }).fill('Harbour week: what changed');
    const editor = page.getByRole('textbox', { name: 'Briefing text' });
    await editor.click();
    await page.keyboard.type('## Summary\n\nThe budget passed; the union objects.\n\n');
    await page.getByRole('searchbox', { name: 'Find passages' }).fill('aalto');
    await page.getByRole('list', { name: 'Passages to insert' }).getByRole('button', { name: /^Dr\. Henrik Aalto/ }).click();
    await expect(editor).toContainText(AALTO);
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.locator('blockquote')).toHaveText(AALTO);
    await expect(preview.locator('h2')).toHaveText('Summary');
    await expect(page.getByRole('status')).toHaveText('Saved');
    expect(app.pageErrors).toEqual([]);
    await app.close();

    app = await launchApp({ libraryDir, profileDir });
    await app.page.getByRole('tab', { name: 'Briefings' }).click();
    await app.page.getByRole('list', { name: 'Briefings' }).getByRole('button', { name: 'Harbour week: what changed' }).click();
    await expect(app.page.getByRole('textbox', { name: 'Briefing text' })).toContainText('The budget passed; the union objects.');
    await app.page.getByRole('button', { name: 'Export this briefing' }).click();
    await expect(app.page.getByRole('status')).toContainText('.md');
    const [file] = await fs.readdir(app.exportDir);
    const markdown = await fs.readFile(join(app.exportDir, file!), 'utf8');
    expect(markdown).toMatch(/^---\ntitle: /);
    expect(markdown).toContain('\n\n# Harbour week: what changed\n\n## Summary\n\nThe budget passed; the union objects.');
    expect(markdown).toContain(`> ${AALTO}`);
    // The quote names its speaker first (who said what), then the article.
    expect(markdown).toMatch(/— Henrik Aalto · \[Port authority approves record budget as container traffic recovers\]\(dossier:\/\/article\/[^)]+\) · Dossier sample article, written for the Dossier team · ¶ 3 · #type\/assessment\n\n\+ Chamber view, not the board\.\n/);
    expect(markdown).toMatch(/## Sources\n\n- Port authority approves record budget as container traffic recovers · Dossier sample article/);
  });
});
