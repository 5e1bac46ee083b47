// Reader and database figures in real Chromium through the harness: opening a generated 1 MB article,
// tagging by keystroke, and batches of Dexie writes with strict durability.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_URL, launchApp } from '../../e2e/harness';
import type { BenchRow } from '../types';

const SENTENCES = [
  'The ministry said on Tuesday that exports rose by 4.2% in the third quarter.',
  'Officials in Brussels declined to comment on the report.',
  '"We will not accept any deal that weakens our position," the minister told reporters.',
  'Analysts at the central bank expect growth to slow to 1.1% next year.',
  'Dr. Maria Keller, an economist at the institute, called the figures "encouraging but fragile".',
  'The agreement covers trade, energy and transport links between the two countries.',
];

/** About `bytes` of article text: a title line, then paragraphs of four to seven sentences. */
export function generateArticle(bytes: number): string {
  const parts = ['Generated benchmark article about trade and energy', ''];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const count = 4 + (i % 4);
    const paragraph = Array.from({ length: count }, (_, j) => SENTENCES[(i + j) % SENTENCES.length]).join(' ');
    parts.push(paragraph, '');
    size += paragraph.length + 2;
    i++;
  }
  parts.push('Source: Dossier benchmark generator');
  return parts.join('\n');
}

export default async function readerBench(): Promise<BenchRow[]> {
  const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-bench-lib-'));
  await fs.writeFile(join(libraryDir, 'big.txt'), generateArticle(1_000_000));
  const app = await launchApp({ libraryDir });
  const { page } = app;
  const rows: BenchRow[] = [];
  try {
    const button = page.getByRole('button', { name: 'Generated benchmark article about trade and energy' });
    const t0 = Date.now();
    await button.click();
    await page.locator('article[aria-busy="false"] [data-statement]').first().waitFor({ timeout: 120_000 });
    const firstPaint = Date.now() - t0;
    const count = await page.locator('[data-statement]').count();
    rows.push({ case: `open 1 MB article: statements shown (${count} statements)`, value: firstPaint, unit: 'ms' });

    // Tagging latency: key press to highlight in the DOM, measured inside the page.
    const latencies: number[] = [];
    for (let n = 0; n < 20; n++) {
      const statement = page.locator('[data-statement]').nth(n * 3);
      await statement.click();
      const ms = await page.evaluate(async (index) => {
        const el = document.querySelectorAll('[data-statement]')[index] as HTMLElement;
        const before = el.getAttribute('data-tags');
        const start = performance.now();
        el.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
        while (el.getAttribute('data-tags') === before) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - start;
      }, n * 3);
      latencies.push(ms);
    }
    latencies.sort((a, b) => a - b);
    rows.push({ case: 'tag a statement: key to highlight (median of 20, 1 MB article)', value: latencies[10]!, unit: 'ms', target: '< 16 ms' });

    // Raw Dexie batches in the same browser, strict durability, in a separate database.
    await app.context.route(`${APP_URL}/__bench/dexie.js`, (route) =>
      route.fulfill({ path: resolve(__dirname, '../../../node_modules/dexie/dist/dexie.min.js'), contentType: 'text/javascript' }),
    );
    await page.addScriptTag({ url: `${APP_URL}/__bench/dexie.js` });
    // A string, not a function: tsx's helper names would not exist in the page.
    const dexie = (await page.evaluate(`(async () => {
      const db = new window.Dexie('bench-writes', { chromeTransactionDurability: 'strict' });
      db.version(1).stores({ annotations: 'id, articleId, *tagIds' });
      const row = (i) => ({ id: 'a' + i, articleId: 'art' + (i % 50), tagIds: ['type-claim'], note: 'x'.repeat(80) });
      let t = performance.now();
      await db.transaction('rw', db.annotations, () => db.annotations.bulkAdd(Array.from({ length: 1000 }, (_, i) => row(i))));
      const bulk = performance.now() - t;
      t = performance.now();
      for (let i = 1000; i < 1100; i++) await db.annotations.put(row(i));
      const single = (performance.now() - t) / 100;
      db.close();
      return { bulk, single };
    })()`)) as { bulk: number; single: number };
    rows.push({ case: 'Dexie: 1,000 annotations in one transaction (Chromium, strict)', value: dexie.bulk, unit: 'ms' });
    rows.push({ case: 'Dexie: one annotation per transaction (Chromium, strict, mean)', value: dexie.single, unit: 'ms' });
  } finally {
    await app.close();
  }
  return rows;
}
