// Annotations made before the title became part of the text (the text then began with the body) are found
// again after it: shown on their statements, none Unplaced. The stored rows are rewritten here as the
// previous version stored them: offsets, context and content hash of the text without its title.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { describeRange } from '../../src-renderer/core/anchoring';
import { parseArticleFile } from '../../src-main/import';
import { launchApp, openArticle, SAMPLES_DIR, type LaunchedApp } from './harness';

const PORT = 'Port authority approves record budget as container traffic recovers';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('annotations made before the title joined the text', () => {
  it('are drawn on their statements again, the first one right after the title included', async () => {
    const parsed = await parseArticleFile('harbour-authority-budget.txt', new Uint8Array(await fs.readFile(join(SAMPLES_DIR, 'harbour-authority-budget.txt'))));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const bodyStart = parsed.value.blocks[1]!.start;
    const oldText = parsed.value.text.slice(bodyStart);
    const spans = parsed.value.spans ?? [];
    const first = parsed.value.text.slice(spans[2]!, spans[3]!); // the body's first statement, after the title's
    expect(first).toMatch(/^The board of the Northern Harbour Authority/);
    const quotes = [first, 'Not everyone was convinced.'];
    const oldTargets = quotes.map((q) => describeRange(oldText, oldText.indexOf(q), oldText.indexOf(q) + q.length, 'hash-before-the-title'));

    app = await launchApp();
    const { page } = app;
    await openArticle(page, PORT);
    for (const q of quotes) {
      await page.locator('.article-body [data-statement]').filter({ hasText: q.split(' ').slice(0, 3).join(' ') }).first().click();
      await page.keyboard.press('1');
      await expect(page.getByRole('status')).toHaveText('Saved');
    }
    // Rewrite both rows as the previous version stored them.
    const rewritten = await page.evaluate(async (targets) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('dossier');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('annotations', 'readwrite');
      const store = tx.objectStore('annotations');
      const rows = await new Promise<{ target: { quote: { exact: string } } }[]>((resolve) => {
        const all = store.getAll();
        all.onsuccess = () => resolve(all.result as never);
      });
      let count = 0;
      for (const row of rows) {
        const old = targets.find((t) => row.target.quote.exact === t.quote.exact);
        if (old) {
          store.put({ ...row, target: old });
          count++;
        }
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      return count;
    }, oldTargets);
    expect(rewritten).toBe(2);
    expect(oldTargets[0]!.quote.prefix).toBe('');

    await page.reload();
    await openArticle(page, PORT);
    const board = page.locator('.article-body [data-statement]').filter({ hasText: /^The board of the Northern Harbour Authority/ });
    await expect(board).toHaveAttribute('data-tags', 'Claim');
    await expect(page.locator('.article-body [data-statement]').filter({ hasText: /^Not everyone was convinced\.$/ })).toHaveAttribute('data-tags', 'Claim');
    await expect(page.getByRole('heading', { name: /^Unplaced/ })).toHaveCount(0);
    expect(app.pageErrors).toEqual([]);
  });
});
