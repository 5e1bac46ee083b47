// Free passages and extended ranges: part of a sentence selected with the mouse, several statements
// with Shift+j, each tagged, listed with its exact text, highlighted, kept across a relaunch and exported.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';
import { selectInStatement } from './selection';

const TITLE = 'Port authority approves record budget as container traffic recovers';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** The buttons in the list of tagged statements that jump to a passage (not those that edit its note). */
function jumps(list: Locator): Locator {
  return list.getByRole('button').filter({ hasNotText: /^(Add|Edit) note$/ });
}

describe('passages', () => {
  it('tags part of a sentence selected with the mouse and keeps its exact text', async () => {
    app = await launchApp();
    const { page, libraryDir, profileDir } = app;
    await openArticle(page, TITLE);
    const selected = await selectInStatement(page, 2, 4, 40);
    expect(selected.length).toBe(36);
    await page.keyboard.press('1');
    const list = page.getByRole('region', { name: 'Tagged statements' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(jumps(list)).toHaveText(selected.trim());
    // Drawn as a highlight in the Claim colour, without changing any statement's text.
    await expect
      .poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('passage-1')?.size ?? 0))
      .toBe(1);
    await expect(page.locator('[data-statement]').nth(2)).toHaveAttribute('data-tags', '');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await app.close();

    app = await launchApp({ libraryDir, profileDir });
    await openArticle(app.page, TITLE);
    const again = app.page.getByRole('region', { name: 'Tagged statements' });
    await expect(jumps(again)).toHaveText(selected.trim());
    await app.page.getByRole('button', { name: 'Export briefing' }).click();
    await expect(app.page.getByRole('status')).toContainText('.md');
    const [file] = await fs.readdir(app.exportDir);
    const markdown = await fs.readFile(join(app.exportDir, file!), 'utf8');
    expect(markdown).toContain(`> ${selected.trim()}`);
    expect(markdown).toContain('#type/claim');
  });

  it('extends the current statement over the next ones with Shift+j and tags the whole range', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, TITLE);
    const statements = page.locator('[data-statement]');
    const texts = await statements.allTextContents();
    await statements.nth(3).click();
    await page.keyboard.press('Shift+j');
    await page.keyboard.press('Shift+j');
    await expect(statements.nth(5)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.statement.in-range')).toHaveCount(3);
    await page.keyboard.press('4');
    const item = jumps(page.getByRole('region', { name: 'Tagged statements' }));
    await expect(item).toHaveCount(1);
    const shown = ((await item.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(shown.startsWith(texts[3]!)).toBe(true);
    expect(shown.endsWith(texts[5]!)).toBe(true);
    // Moving without Shift leaves the range; Ctrl+Z removes the tag from the range again.
    await page.keyboard.press('Control+z');
    await expect(item).toHaveCount(0);
  });
});
