// Saved web pages as a reader sees them: a picture is one quiet figure placeholder with its caption (not a
// statement, nothing loaded), and lists keep their bullets and numbers, drawn beside the items' text.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

/** Each element's text as the reader shows it, without its margin number. */
function shownTexts(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('.pnum').forEach((n) => n.remove());
      return copy.textContent ?? '';
    }),
  );
}

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const PAGE = `<html><head><title>Winter below the streets</title></head><body><article>
<h1>Winter below the streets</h1>
<p>The city has one of the oldest networks of pipes and cables in the world, officials said on Monday.</p>
<figure><div><span>Image</span><img alt="" src="https://static.example/cables.jpg"></div>
<figcaption><span>A worker repairing cables in Queens.</span><span><span>Credit</span><span>Kirsten Luce</span></span></figcaption></figure>
<p>Three things make winter hard on what lies under the streets, the utility said in its report.</p>
<ol start="2"><li>Rock salt eats the insulation of cables.</li><li>Freeze and thaw cycles crack old pipes.</li></ol>
<ul><li>Water mains break most often in January.</li><li>Gas leaks rise in cold weeks.</li></ul>
<p>Advertisement</p>
<p>Crews are kept on call when the forecast shows a thaw after a freeze, the department said.</p>
</article></body></html>`;

const TEXT = `Budget plan for next year

The council listed its priorities for next year in a short statement on Monday.

1. Cut spending on consultants.
2. Keep the libraries open.
- Repair the bridge first.
The vote is expected next week, a spokeswoman said.
`;

describe('saved pages in the reader', () => {
  it('shows a picture as one figure with its caption, never a statement, and loads nothing', async () => {
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-figures-'));
    await fs.writeFile(join(libraryDir, 'winter.html'), PAGE);
    app = await launchApp({ libraryDir, watch: false });
    const { page } = app;
    await openArticle(page, 'Winter below the streets');
    const figure = page.locator('article figure.block-figure');
    await expect(figure).toHaveCount(1);
    expect(await shownTexts(figure)).toEqual(['A worker repairing cables in Queens. Credit Kirsten Luce']);
    await expect(figure.locator('[data-statement]')).toHaveCount(0);
    // The placeholder says what it is, in generated content (not text of the article).
    expect(await figure.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Figure: "');
    const statements = page.locator('article [data-statement]');
    await expect(statements.filter({ hasText: /image|Kirsten|Advertisement/i })).toHaveCount(0);
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('draws bullets and numbers beside list items, outside their statements', async () => {
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-lists-'));
    await fs.writeFile(join(libraryDir, 'winter.html'), PAGE);
    await fs.writeFile(join(libraryDir, 'budget.txt'), TEXT);
    app = await launchApp({ libraryDir, watch: false });
    const { page } = app;
    await openArticle(page, 'Winter below the streets');
    const items = page.locator('article li.block');
    await expect(items).toHaveCount(4);
    const markers = await items.evaluateAll((els) => els.map((el) => getComputedStyle(el, '::before').content));
    expect(markers).toEqual(['"2."', '"3."', '"•"', '"•"']);
    // The marker is drawn where it can be seen (not clipped away like a native marker outside the box).
    const box = await items.first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { width: r.width, left: r.left };
    });
    expect(box.width).toBeGreaterThan(0);
    await expect(items.first().locator('[data-statement]')).toHaveText('Rock salt eats the insulation of cables.');

    await openArticle(page, 'Budget plan for next year');
    const txtItems = page.locator('article li.block');
    await expect(txtItems).toHaveCount(3);
    expect(await shownTexts(txtItems)).toEqual(['1. Cut spending on consultants.', '2. Keep the libraries open.', 'Repair the bridge first.']);
    const txtMarkers = await txtItems.evaluateAll((els) => els.map((el) => getComputedStyle(el, '::before').content));
    expect(txtMarkers).toEqual(['none', 'none', '"•"']);
    // The line after the list is a paragraph of its own, not the end of the last item.
    await expect(page.locator('article p.block').filter({ hasText: 'The vote is expected next week' })).toHaveCount(1);
    expect(app.pageErrors).toEqual([]);
  });
});
