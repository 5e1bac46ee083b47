// Backup and restore of a 100,000-annotation database in Chromium's own IndexedDB (the fake-indexeddb
// figures in backup.ts are an upper bound): the app's backup module, bundled as the app bundles it, run in
// a page with strict durability, as in the app.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/harness';
import type { BenchRow } from '../types';

const ORIGIN = 'http://bench.localhost';
const root = resolve(__dirname, '../../..');

/** The page's script: the app's schema and backup code and the test generator, as one browser bundle. */
async function bundle(dir: string): Promise<string> {
  const entry = join(dir, 'entry.ts');
  await fs.writeFile(
    entry,
    `import { createDb } from ${JSON.stringify(join(root, 'src-renderer/db/schema'))};
import { backupDatabase, restoreDatabase } from ${JSON.stringify(join(root, 'src-renderer/db/backup'))};
import { generateRows } from ${JSON.stringify(join(root, 'tests/core/backup-fixtures'))};
(window as any).__bench = { createDb, backupDatabase, restoreDatabase, generateRows };`,
  );
  const outfile = join(dir, 'bench.js');
  await build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', outfile, logLevel: 'warning' });
  return outfile;
}

export default async function backupChromiumBench(): Promise<BenchRow[]> {
  const dir = await fs.mkdtemp(join(tmpdir(), 'dossier-bench-backup-'));
  const script = await bundle(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith('/bench.js')
        ? route.fulfill({ path: script, contentType: 'text/javascript' })
        : route.fulfill({ body: '<!doctype html><meta charset="utf-8"><title>bench</title>', contentType: 'text/html' }),
    );
    await page.goto(`${ORIGIN}/`);
    await page.addScriptTag({ url: `${ORIGIN}/bench.js` });
    const result = (await page.evaluate(`(async () => {
      const { createDb, backupDatabase, restoreDatabase, generateRows } = window.__bench;
      const rows = generateRows(100000, 500);
      const db = createDb('bench-a');
      await db.open();
      await db.tags.bulkPut(rows.tags);
      let f = performance.now();
      for (let i = 0; i < rows.annotations.length; i += 1000) await db.annotations.bulkPut(rows.annotations.slice(i, i + 1000));
      const fill = performance.now() - f;
      await db.memos.bulkPut(rows.memos);
      await db.briefings.bulkPut(rows.briefings);
      await db.settings.bulkPut(rows.settings);
      let t = performance.now();
      const json = await backupDatabase(db);
      const backup = performance.now() - t;
      for (const table of db.tables) await table.clear();
      t = performance.now();
      const replaced = await restoreDatabase(db, json, 'replace');
      const replace = performance.now() - t;
      const count = await db.annotations.count();
      t = performance.now();
      const merged = await restoreDatabase(db, json, 'merge');
      const merge = performance.now() - t;
      const other = createDb('bench-b');
      t = performance.now();
      await restoreDatabase(other, json, 'replace');
      const fresh = performance.now() - t;
      const same = JSON.stringify(await other.annotations.toArray()) === JSON.stringify(await db.annotations.toArray());
      // The floor under any restore: the same rows put with plain IndexedDB calls in one transaction, into
      // a store with the schema's annotation indexes, and into one with none.
      const indexes = db.annotations.schema.indexes.map((ix) => ({ name: ix.name, keyPath: ix.keyPath, multiEntry: !!ix.multi }));
      db.close(); other.close();
      const rawPut = async (name, withIndexes) => {
        const raw = await new Promise((resolve, reject) => {
          const open = indexedDB.open(name, 1);
          open.onupgradeneeded = () => {
            const store = open.result.createObjectStore('annotations', { keyPath: 'id' });
            if (withIndexes) for (const ix of indexes) store.createIndex(ix.name, ix.keyPath, { multiEntry: ix.multiEntry });
          };
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const start = performance.now();
        await new Promise((resolve, reject) => {
          const tx = raw.transaction('annotations', 'readwrite', { durability: 'strict' });
          const store = tx.objectStore('annotations');
          for (const row of rows.annotations) store.put(row);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        const ms = performance.now() - start;
        raw.close();
        return ms;
      };
      const rawIndexed = await rawPut('bench-raw-indexed', true);
      const rawBare = await rawPut('bench-raw-bare', false);
      return { fill, backup, replace, merge, fresh, count, same, ok: replaced.ok && merged.ok, chars: json.length, rawIndexed, rawBare, indexes: indexes.map((ix) => ix.name).join(', ') };
    })()`)) as { fill: number; backup: number; replace: number; merge: number; fresh: number; count: number; same: boolean; ok: boolean; chars: number; rawIndexed: number; rawBare: number; indexes: string };
    if (!result.ok || result.count !== 100_000 || !result.same) throw new Error(`backup round trip in Chromium failed: ${JSON.stringify(result)}`);
    return [
      { case: 'reference: write 100,000 annotations, 1,000 per transaction (Chromium, strict)', value: Math.round(result.fill), unit: 'ms' },
      { case: 'backup: 100,000 annotations (Chromium IndexedDB)', value: Math.round(result.backup), unit: 'ms', target: '< 10 s' },
      { case: 'restore replace: 100,000 annotations into a wiped db (Chromium)', value: Math.round(result.replace), unit: 'ms', target: '< 10 s' },
      { case: 'restore replace: 100,000 annotations into a new db (Chromium)', value: Math.round(result.fresh), unit: 'ms', target: '< 10 s' },
      { case: 'restore merge: 100,000 annotations, all already present (Chromium)', value: Math.round(result.merge), unit: 'ms' },
      { case: `floor: the same rows, plain IndexedDB puts in one transaction, indexes ${result.indexes}`, value: Math.round(result.rawIndexed), unit: 'ms' },
      { case: 'floor: the same rows, plain IndexedDB puts in one transaction, no index', value: Math.round(result.rawBare), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
