// The whole loop a user walks: open a sample, tag a statement with one key, write a note, reload (nothing
// lost), export, and read the exported Markdown from disk.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

const TITLE = 'Port authority approves record budget as container traffic recovers';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('the reading and tagging loop', () => {
  it('tags by keystroke, saves notes as typed, survives a relaunch and exports a briefing', async () => {
    app = await launchApp();
    const { page, profileDir, libraryDir } = app;

    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button')).toHaveCount(3);
    await openArticle(page, TITLE);
    await expect(page.locator('article')).toHaveCount(1);
    await expect(page.locator('article')).toHaveAttribute('aria-busy', 'false');

    const statement = page.locator('[data-statement]').filter({ hasText: /^Dr\. Henrik Aalto/ });
    await expect(statement).toHaveCount(1);
    const statementText = await statement.textContent();
    expect(statementText).toBe(
      'Dr. Henrik Aalto, an economist at the regional chamber of commerce, called the plan ambitious but realistic.',
    );

    await statement.click();
    await expect(statement).toHaveAttribute('aria-current', 'true');
    await expect(statement).toBeFocused();
    await page.keyboard.press('5');
    await expect(statement).toHaveAttribute('data-tags', 'Assessment');
    await expect(statement).toBeFocused();
    await page.keyboard.press('1');
    await expect(statement).toHaveAttribute('data-tags', /Assessment/);
    await expect(statement).toHaveAttribute('data-tags', /Claim/);
    await page.keyboard.press('1');
    await expect(statement).toHaveAttribute('data-tags', 'Assessment');

    const note = page.getByRole('textbox', { name: 'Note' });
    await note.click();
    await page.keyboard.type('Chamber economist backs the plan: check his record claim.');
    // Digits typed into the note are text, not tag shortcuts.
    await page.keyboard.type(' 2030');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await expect(statement).toHaveAttribute('data-tags', 'Assessment');
    expect(app.pageErrors).toEqual([]);
    await app.close();

    app = await launchApp({ libraryDir, profileDir });
    await openArticle(app.page, TITLE);
    const again = app.page.locator('[data-statement]').filter({ hasText: /^Dr\. Henrik Aalto/ });
    await expect(again).toHaveAttribute('data-tags', 'Assessment');
    await again.click();
    await expect(app.page.getByRole('textbox', { name: 'Note' })).toHaveValue(
      'Chamber economist backs the plan: check his record claim. 2030',
    );

    await app.page.getByRole('button', { name: 'Export briefing' }).click();
    await expect(app.page.getByRole('status')).toContainText('.md');
    const files = await fs.readdir(app.exportDir);
    expect(files).toHaveLength(1);
    const fileName = files[0]!;
    await expect(app.page.getByRole('status')).toContainText(fileName);
    const markdown = await fs.readFile(join(app.exportDir, fileName), 'utf8');
    expect(markdown).not.toContain('\r');
    expect(markdown.startsWith('---\n')).toBe(true);
    expect(markdown).toContain(TITLE);
    expect(markdown).toContain('Dossier sample article, written for the Dossier team');
    expect(markdown).toMatch(/^> Dr\. Henrik Aalto, an economist at the regional chamber of commerce/m);
    expect(markdown).toContain('#type/assessment');
    expect(markdown).toContain('Chamber economist backs the plan: check his record claim. 2030');

    // A second export never overwrites the first.
    await app.page.keyboard.press('Control+e');
    await expect.poll(async () => (await fs.readdir(app!.exportDir)).length).toBe(2);
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
