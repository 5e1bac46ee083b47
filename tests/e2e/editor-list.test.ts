// The editor's list of tagged statements: a statement with several tags shows every tag's colour, and a
// note is written in place in the list, saved as typed, and kept after a relaunch.
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { TAG_COLORS } from '../../src-renderer/core/codebook';
import { launchApp, openArticle, type LaunchedApp } from './harness';

const TITLE = 'Port authority approves record budget as container traffic recovers';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** The colours a CSS gradient names, as the browser reports them (rgb()). */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('the list of tagged statements', () => {
  it('shows each tag of a statement as a colour of its own', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, TITLE);
    const statement = page.locator('[data-statement]').filter({ hasText: /^Dr\. Henrik Aalto/ });
    await statement.click();
    await page.keyboard.press('1');
    await expect(statement).toHaveAttribute('data-tags', 'Claim');
    const single = await statement.evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(single).toBe('none');
    await page.keyboard.press('5');
    await expect(statement).toHaveAttribute('data-tags', 'Claim Assessment');
    const colors = (await page.evaluate(`(async () => {
      const db = await new Promise((resolve, reject) => { const r = indexedDB.open('dossier'); r.onsuccess = () => resolve(r.result); r.onerror = reject; });
      const all = await new Promise((resolve) => { const r = db.transaction('tags').objectStore('tags').getAll(); r.onsuccess = () => resolve(r.result); });
      db.close();
      return ['Claim', 'Assessment'].map((name) => all.find((t) => t.name === name && t.parentId)?.color ?? all.find((t) => t.name === name)?.color);
    })()`)) as string[];
    expect(colors.every((c) => TAG_COLORS.includes(c))).toBe(true);
    const band = await statement.evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(band).toContain('linear-gradient');
    for (const color of colors) expect(band).toContain(rgb(color));
  });

  it('writes a note in place in the list, saved as typed and there after a relaunch', async () => {
    app = await launchApp();
    const { page, libraryDir, profileDir } = app;
    await openArticle(page, TITLE);
    const statement = page.locator('[data-statement]').filter({ hasText: /^Dr\. Henrik Aalto/ });
    await statement.click();
    await page.keyboard.press('5');
    const list = page.getByRole('region', { name: 'Tagged statements' });
    await list.getByRole('button', { name: /^Add note on “Dr\. Henrik Aalto/ }).click();
    const field = list.getByRole('textbox', { name: /^Note on “Dr\. Henrik Aalto/ });
    await expect(field).toBeFocused();
    // Digits typed into the note are text, not tag keys; Escape closes the field and keeps the text.
    await page.keyboard.type('Check the 2019 figure against the chamber report.');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await page.keyboard.press('Escape');
    await expect(field).toHaveCount(0);
    await expect(list.getByText('Check the 2019 figure against the chamber report.')).toBeVisible();
    await expect(statement).toHaveAttribute('data-tags', 'Assessment');
    expect(app.pageErrors).toEqual([]);
    await app.close();

    app = await launchApp({ libraryDir, profileDir });
    await openArticle(app.page, TITLE);
    const again = app.page.getByRole('region', { name: 'Tagged statements' });
    await expect(again.getByText('Check the 2019 figure against the chamber report.')).toBeVisible();
    await again.getByRole('button', { name: /^Edit note on “Dr\. Henrik Aalto/ }).click();
    await expect(again.getByRole('textbox', { name: /^Note on/ })).toHaveValue('Check the 2019 figure against the chamber report.');
  });
});
