// Tags and passages as the analyst sees them (issue 16): chips name a tag with its parent, every tag of a
// statement shows its colour, the current-statement panel lists and removes every tag, mouse selections
// snap to whole words (Alt keeps them exact), and notes are shown as rendered Markdown.
import { expect, type Page } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';
import { selectInStatement } from './selection';

const PORT = 'Port authority approves record budget as container traffic recovers';
const AALTO = /^Dr\. Henrik Aalto/;
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

async function current(page: Page, text: RegExp) {
  const statement = page.locator('[data-statement]').filter({ hasText: text });
  await statement.click();
  await expect(statement).toHaveAttribute('aria-current', 'true');
  return statement;
}

/** Applies (or creates) a tag by its path through the palette, on the current statement. */
async function tagByPath(page: Page, path: string): Promise<void> {
  await page.keyboard.press('t');
  const palette = page.getByRole('dialog', { name: 'Tag palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type(path);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Saved');
}

/** The share of a screenshot's pixels near each of `colors` (CSS hex) mixed at `percent` over `over`. */
async function colourShares(page: Page, png: Buffer, colors: string[], percent: number, over: string): Promise<number[]> {
  return page.evaluate(
    async ({ base64, colors, percent, over }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const base = rgb(over);
      const tints = colors.map((c) => rgb(c).map((v, i) => (v * percent) / 100 + (base[i]! * (100 - percent)) / 100));
      const counts = colors.map(() => 0);
      for (let p = 0; p < data.length; p += 4) {
        tints.forEach((t, k) => {
          if (Math.hypot(data[p]! - t[0]!, data[p + 1]! - t[1]!, data[p + 2]! - t[2]!) < 14) counts[k]!++;
        });
      }
      return counts.map((c) => c / (data.length / 4));
    },
    { base64: png.toString('base64'), colors, percent, over },
  );
}

describe('tags and passages', () => {
  it('names a hierarchical tag with its parent, dimmed, in the list, the panel, the Tags view and the picker', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, PORT);
    await current(page, AALTO);
    await tagByPath(page, 'Actor/Vladimir Putin');

    const listChip = page.getByRole('region', { name: 'Tagged statements' }).locator('.chip');
    await expect(listChip).toHaveText('Actor/Vladimir Putin');
    // The parent is there but quieter than the name.
    const parent = listChip.locator('.chip-parent');
    const name = listChip.locator('.chip-name');
    await expect(parent).toHaveText('Actor/');
    await expect(name).toHaveText('Vladimir Putin');
    const look = (l: typeof parent) => l.evaluate((e) => ({ opacity: Number(getComputedStyle(e).opacity), weight: Number(getComputedStyle(e).fontWeight) }));
    const [p, n] = [await look(parent), await look(name)];
    expect(p.opacity).toBeLessThan(n.opacity);
    expect(n.weight).toBeGreaterThan(p.weight);

    await expect(page.getByRole('region', { name: 'Current statement' }).locator('.chip')).toHaveText(['Actor/Vladimir Putin']);

    await page.getByRole('tab', { name: 'Tags' }).click();
    await page.getByRole('list', { name: 'Tags' }).getByRole('button', { name: /^Actor\/Vladimir Putin, 1 passages/ }).click();
    await expect(page.getByRole('main').getByRole('region', { name: 'Passages' }).locator('.chip')).toHaveText(['Actor/Vladimir Putin']);

    await page.getByRole('tab', { name: 'Briefings' }).click();
    await page.getByRole('button', { name: 'New briefing' }).click();
    const picker = page.getByRole('list', { name: 'Passages to insert' });
    await expect(picker.locator('.chip')).toHaveText(['Actor/Vladimir Putin']);
    await expect(picker.locator('.chip .chip-parent')).toHaveText(['Actor/']);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the colour of every tag on a statement, each as a band as wide as the statement', async () => {
    app = await launchApp({ viewport: { width: 1400, height: 900 } });
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'light' });
    await openArticle(page, PORT);
    const statement = await current(page, AALTO);
    await page.keyboard.press('1');
    await page.keyboard.press('3');
    await expect(statement).toHaveAttribute('data-tags', 'Claim Figure');
    await expect(page.getByRole('status')).toHaveText('Saved');
    // Away from the statement, so neither the focus ring nor the hover tint covers its colours.
    await page.locator('[data-statement]').first().click();
    await page.mouse.move(0, 0);
    const shot = await statement.screenshot();
    const [claim, figure] = await colourShares(page, shot, ['#2563eb', '#d97706'], 30, '#ffffff');
    // Each colour covers a good part of the statement (text and line gaps take the rest).
    expect(claim).toBeGreaterThan(0.15);
    expect(figure).toBeGreaterThan(0.15);
    // Set through the CSSOM, which the strict CSP allows: nothing was blocked.
    expect(app.pageErrors).toEqual([]);
  });

  it('lists every tag of the current statement in its panel, each removable', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, PORT);
    const statement = await current(page, AALTO);
    await page.keyboard.press('1');
    await page.keyboard.press('5');
    await tagByPath(page, 'Actor/Henrik Aalto');
    await expect(statement).toHaveAttribute('data-tags', 'Claim Assessment Henrik Aalto');

    const panel = page.getByRole('region', { name: 'Current statement' });
    await expect(panel.locator('.chip')).toHaveText(['Type/Claim', 'Type/Assessment', 'Actor/Henrik Aalto']);
    await panel.getByRole('button', { name: 'Remove tag Actor/Henrik Aalto' }).click();
    await expect(statement).toHaveAttribute('data-tags', 'Claim Assessment');
    await expect(panel.locator('.chip')).toHaveText(['Type/Claim', 'Type/Assessment']);
    await panel.getByRole('button', { name: 'Remove tag Type/Claim' }).click();
    await expect(statement).toHaveAttribute('data-tags', 'Assessment');
    await expect(page.getByRole('status')).toHaveText('Saved');
    // Undo brings a removed tag back, as for a key press.
    await page.keyboard.press('Control+z');
    await expect(statement).toHaveAttribute('data-tags', 'Assessment Claim');
  });

  it('snaps a mouse selection to whole words, and keeps it exact with Alt held', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, PORT);
    const statements = page.locator('[data-statement]');
    const index = (await statements.allTextContents()).findIndex((t) => AALTO.test(t));
    const text = (await statements.nth(index).textContent())!;
    // From inside "economist" to inside "chamber".
    const from = text.indexOf('conomist');
    const to = text.indexOf('chamber') + 4;
    await selectInStatement(page, index, from, to);
    await page.keyboard.press('1');
    const list = page.getByRole('region', { name: 'Tagged statements' });
    await expect(list.locator('.jump')).toHaveText(['economist at the regional chamber']);

    await selectInStatement(page, index, text.indexOf('mbitious'), text.indexOf('realistic') + 3, true);
    await page.keyboard.press('2');
    await expect(list.locator('.jump')).toHaveText(['economist at the regional chamber', 'mbitious but rea']);
    await expect(page.getByRole('status')).toHaveText('Saved');
  });

  it('shows notes as Markdown in the list, the Tags view and the passage picker', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, PORT);
    await current(page, AALTO);
    await page.keyboard.press('5');
    await page.getByRole('textbox', { name: 'Note' }).fill('Said on **22 February 2022**, see _the minutes_.');
    await expect(page.getByRole('status')).toHaveText('Saved');

    const expectRendered = async (scope: ReturnType<Page['locator']>) => {
      const note = scope.locator('.note-text');
      await expect(note).toHaveText('Said on 22 February 2022, see the minutes.');
      await expect(note.locator('strong')).toHaveText('22 February 2022');
      await expect(note.locator('em')).toHaveText('the minutes');
    };
    await expectRendered(page.getByRole('region', { name: 'Tagged statements' }));

    await page.getByRole('tab', { name: 'Tags' }).click();
    await page.getByRole('list', { name: 'Tags' }).getByRole('button', { name: /^Type\/Assessment, 1 passages/ }).click();
    await expectRendered(page.getByRole('main').getByRole('region', { name: 'Passages' }));

    await page.getByRole('tab', { name: 'Briefings' }).click();
    await page.getByRole('button', { name: 'New briefing' }).click();
    await expectRendered(page.getByRole('list', { name: 'Passages to insert' }));
    expect(app.pageErrors).toEqual([]);
  });
});
