// A long article (over 200,000 characters; here about 260,000) is virtualised: only the part around the viewport is in the page, yet
// scrolling reaches every statement exactly as segmented, and finding, moving with j and tagging reach
// statements that were not drawn when the article opened.
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

interface Fixture {
  libraryDir: string;
  title: string;
  text: string;
  spans: { start: number; end: number }[];
}

let fixture: Fixture;

beforeAll(async () => {
  // The generated article with one sentence of our own in its last paragraphs.
  const raw = generateArticle(260_000).replace(/\n\nSource:/, ` ${NEEDLE}\n\nSource:`);
  const parsed = await parseArticleFile('long.txt', new TextEncoder().encode(raw));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-long-'));
  await fs.writeFile(join(libraryDir, 'long.txt'), raw);
  fixture = { libraryDir, title: parsed.value.title, text: parsed.value.text, spans: segment(parsed.value.text, parsed.value.blocks, 'en') };
});

/** Ids of the statements drawn in the page's body, in order (the title's, in the heading, is always drawn). */
function drawnIds(): Promise<string[]> {
  return app!.page.evaluate(`[...document.querySelectorAll('.article-body [data-statement]')].map((el) => el.getAttribute('data-statement'))`) as Promise<string[]>;
}

describe('long articles', () => {
  it('keeps a window of the article in the page, and scrolling reaches every statement in order', async () => {
    app = await launchApp({ libraryDir: fixture.libraryDir, watch: false });
    const { page } = app;
    await openArticle(page, fixture.title);
    const atOpen = await drawnIds();
    expect(atOpen.length).toBeGreaterThan(10);
    expect(atOpen.length).toBeLessThan(fixture.spans.length / 4);

    // Scroll most of a screen at a time to the end, as a reader paging down would, collecting what is drawn
    // at each place once the window has caught up: no spacer is showing where text should be. Waiting for
    // that, rather than for a fixed time, keeps the walk exact on a loaded machine where frames are late.
    const { seen, steps, blank } = (await page.evaluate(`(async () => {
      const pane = document.querySelector('main.pane');
      const seen = new Map();
      const collect = () => { for (const el of document.querySelectorAll('[data-statement]')) seen.set(el.getAttribute('data-statement'), el.textContent); };
      const covered = () => {
        const view = pane.getBoundingClientRect();
        const top = document.querySelector('[data-pad="top"]').getBoundingClientRect();
        const bottom = document.querySelector('[data-pad="bottom"]').getBoundingClientRect();
        return (top.height === 0 || top.bottom <= view.top + 1) && (bottom.height === 0 || bottom.top >= view.bottom - 1);
      };
      const frame = () => Promise.race([new Promise((r) => requestAnimationFrame(r)), new Promise((r) => setTimeout(r, 50))]);
      const step = Math.max(100, Math.floor(pane.clientHeight * 0.8));
      let steps = 0;
      const blank = [];
      collect();
      for (; steps < 3000; steps++) {
        pane.scrollTop = pane.scrollTop + step;
        await frame();
        for (let waited = 0; !covered() && waited < 200; waited++) await frame();
        if (!covered()) blank.push(pane.scrollTop);
        collect();
        if (pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 1) break;
      }
      return { seen: [...seen], steps, blank };
    })()`)) as { seen: [string, string][]; steps: number; blank: number[] };
    expect(blank).toEqual([]);
    expect(steps).toBeLessThan(3000);
    const expected = fixture.spans.map((s) => [`s${s.start}-${s.end}`, fixture.text.slice(s.start, s.end)]);
    const byId = new Map(seen);
    expect(seen.length).toBe(expected.length);
    for (const [id, text] of expected) expect(byId.get(id!)).toBe(text);
    // The page's statements are always consecutive statements of the article.
    const ids = await drawnIds();
    const first = expected.findIndex(([id]) => id === ids[0]);
    expect(ids).toEqual(expected.slice(first, first + ids.length).map(([id]) => id));
    expect(app.pageErrors).toEqual([]);
  }, 180_000);

  it('keeps the text in view still while newly drawn parts are measured, scrolling up from the end', async () => {
    app = await launchApp({ libraryDir: fixture.libraryDir, watch: false });
    const { page } = app;
    await openArticle(page, fixture.title);
    // Units drawn above the view stand at estimated heights until measured after their frame; correcting
    // the spacer above must not move what the reader is looking at.
    const moves = (await page.evaluate(`(async () => {
      const pane = document.querySelector('main.pane');
      const frame = () => Promise.race([new Promise((r) => requestAnimationFrame(r)), new Promise((r) => setTimeout(r, 50))]);
      const settle = async () => { for (let i = 0; i < 8; i++) await frame(); await new Promise((r) => setTimeout(r, 150)); };
      const atTop = () => {
        const view = pane.getBoundingClientRect();
        const x = view.left + view.width / 2;
        for (let y = view.top + 4; y < view.bottom; y += 8) {
          const el = document.elementFromPoint(x, y)?.closest('[data-statement]');
          if (el) return { id: el.getAttribute('data-statement'), offset: el.getBoundingClientRect().top - view.top };
        }
        return null;
      };
      pane.scrollTop = pane.scrollHeight;
      await settle();
      const moves = [];
      for (let step = 0; step < 12; step++) {
        pane.scrollTop -= Math.floor(pane.clientHeight * 1.5);
        await frame();
        const before = atTop();
        await settle();
        const after = atTop();
        if (!before || !after || before.id !== after.id || Math.abs(before.offset - after.offset) > 1) moves.push({ step, before, after });
      }
      return moves;
    })()`)) as unknown[];
    expect(moves).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('finds a sentence far below, draws it, and tags it by key', async () => {
    app = await launchApp({ libraryDir: fixture.libraryDir, watch: false });
    const { page } = app;
    await openArticle(page, fixture.title);
    const target = fixture.spans.find((s) => fixture.text.slice(s.start, s.end) === NEEDLE)!;
    const id = `s${target.start}-${target.end}`;
    await expect(page.locator(`[data-statement="${id}"]`)).toHaveCount(0);

    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find in article' }).fill('Tromsø');
    await expect(page.getByText('1 of 1')).toBeVisible();
    await page.keyboard.press('Enter');
    const statement = page.locator(`[data-statement="${id}"]`);
    await expect(statement).toBeInViewport();
    const highlighted = await page.evaluate(() => {
      const range = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('find-current') ?? [])][0];
      return range?.toString();
    });
    expect(highlighted).toBe('Tromsø');

    await page.keyboard.press('Escape');
    await statement.click();
    await page.keyboard.press('1');
    await expect(statement).toHaveAttribute('data-tags', /Claim/);
    // Scroll away (the statement leaves the page) and back: the tag is still shown.
    await page.evaluate(`document.querySelector('main.pane').scrollTop = 0`);
    await expect(statement).toHaveCount(0);
    await page.getByRole('region', { name: 'Tagged statements' }).getByRole('button', { name: /Tromsø/ }).first().click();
    await expect(statement).toBeInViewport();
    await expect(statement).toHaveAttribute('data-tags', /Claim/);
    expect(app.pageErrors).toEqual([]);
  });

  it('moves through statements with j past the part drawn at open, keeping the current one focused', async () => {
    app = await launchApp({ libraryDir: fixture.libraryDir, watch: false });
    const { page } = app;
    await openArticle(page, fixture.title);
    const atOpen = await drawnIds();
    await page.locator('[data-statement]').first().click();
    const steps = atOpen.length + 40;
    for (let i = 0; i < steps; i++) await page.keyboard.press('j');
    const expected = fixture.spans[steps]!;
    const focused = page.locator(`[data-statement="s${expected.start}-${expected.end}"]`);
    await expect(focused).toBeFocused();
    await expect(focused).toHaveAttribute('aria-current', 'true');
    await expect(focused).toBeInViewport();
    expect(app.pageErrors).toEqual([]);
  });
});
