// Benchmark of the pattern views at the scale of the issue: 100,000 tagged annotations over 2,000 articles
// and a codebook of 48 tags (8 parents of 5). First the numbers alone (core/patterns bundled, as the worker
// runs them), then the app in Chromium: the Matrix button to the table drawn, a filter and a regrouping
// applied, with the longest task the page saw meanwhile (the numbers are computed in a Web Worker).
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_URL, launchApp } from '../../e2e/harness';
import { bundled } from '../bundled';
import type { BenchRow } from '../types';
import { medianMs } from '../types';

const ARTICLES = 2000;
const ANNOTATIONS = 100_000;
type Patterns = typeof import('../../../src-renderer/core/patterns');

const TAGS = Array.from({ length: 48 }, (_, i) =>
  i < 8
    ? { id: `p${i}`, name: `Group ${i}`, parentId: null, color: '#0072b2', key: null, order: i }
    : { id: `t${i}`, name: `Tag ${i}`, parentId: `p${i % 8}`, color: '#e69f00', key: null, order: i },
);

/** Annotation n: on article n % 2,000, one of the 40 leaf tags (every fifth: two), at its own statement. */
function tagsOf(n: number): string[] {
  const a = 't' + (8 + ((n + Math.floor(n / 2000) * 7) % 40));
  return n % 5 === 0 ? [a, 't' + (8 + ((n * 7 + Math.floor(n / 2000)) % 40))] : [a];
}

async function numbers(): Promise<BenchRow[]> {
  const p = bundled<Patterns>('src-renderer/core/patterns/index.ts');
  const articles = Array.from({ length: ARTICLES }, (_, i) => ({
    id: `a${i}`,
    title: `Article ${i}`,
    source: `Agency ${i % 23}`,
    published: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    collections: i % 3 ? [`Collection ${i % 7}`] : [],
  }));
  const facts = Array.from({ length: ANNOTATIONS }, (_, n) => ({ id: `ann-${n}`, articleId: `a${n % ARTICLES}`, tagIds: tagsOf(n), start: Math.floor(n / ARTICLES) * 120, end: Math.floor(n / ARTICLES) * 120 + 100 }));
  const input = { facts, articles, tags: TAGS };
  const row = (name: string, fn: () => unknown, target?: string): Promise<BenchRow> =>
    medianMs(fn).then((value) => ({ case: `patterns (${ANNOTATIONS.toLocaleString('en')} passages, ${ARTICLES.toLocaleString('en')} articles): ${name}`, value, unit: 'ms', ...(target ? { target } : {}) }));
  return [
    await row('matrix by article', () => p.computeMatrix(input), '≤ 200 ms'),
    await row('matrix by month', () => p.computeMatrix(input, 'month'), '≤ 200 ms'),
    await row('matrix, a collection and a tag filtered', () => p.computeMatrix({ ...input, filters: { collections: ['Collection 1'], tagIds: ['p1'] } }), '≤ 100 ms'),
    await row('co-occurrence of places', () => p.computeCooccurrence(input), '≤ 200 ms'),
    await row('co-occurrence of articles', () => p.computeCooccurrence(input, 'articles'), '≤ 200 ms'),
    await row('timeline by day', () => p.computeTimeline(input, 'day'), '≤ 200 ms'),
  ];
}

async function inChromium(): Promise<BenchRow[]> {
  const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-bench-patterns-'));
  for (let i = 0; i < ARTICLES; i++) {
    const date = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    await fs.writeFile(join(libraryDir, `article-${i}.md`), `---\ntitle: Article ${i} on trade\ndate: ${date}\nsource: Agency ${i % 23}\n---\n\nTalks on trade continued. Officials noted an increase.\n`);
  }
  const app = await launchApp({ libraryDir, watch: false, viewport: { width: 1600, height: 1000 } });
  const { page } = app;
  try {
    await page.waitForFunction((n) => document.querySelector('ul[aria-label="Articles"] li')?.getAttribute('aria-setsize') === String(n), ARTICLES, { timeout: 600_000 });
    await app.context.route(`${APP_URL}/__bench/dexie.js`, (route) =>
      route.fulfill({ path: resolve(__dirname, '../../../node_modules/dexie/dist/dexie.min.js'), contentType: 'text/javascript' }),
    );
    await page.addScriptTag({ url: `${APP_URL}/__bench/dexie.js` });
    await page.evaluate(`(async () => {
      const listed = await window.api.listLibrary();
      const ids = listed.value.map((e) => e.id);
      const db = new window.Dexie('dossier');
      await db.open();
      await db.table('tags').bulkPut(${JSON.stringify(TAGS)});
      const table = db.table('annotations');
      const tagsOf = ${tagsOf.toString()};
      for (let i = 0; i < ${ANNOTATIONS}; i += 1000) {
        await table.bulkPut(Array.from({ length: 1000 }, (_, k) => {
          const n = i + k;
          const start = Math.floor(n / ids.length) * 120;
          return {
            id: 'bench-' + String(n).padStart(6, '0'), articleId: ids[n % ids.length], createdAt: n, updatedAt: n, state: 'anchored',
            target: { quote: { type: 'TextQuoteSelector', exact: 'Passage ' + n, prefix: '', suffix: '' },
              position: { type: 'TextPositionSelector', start, end: start + 100 }, contentHash: 'bench' },
            tagIds: tagsOf(n), note: '',
          };
        }));
      }
      db.close();
    })()`);
    await page.reload();
    await page.locator('ul[aria-label="Articles"][aria-busy="false"]').waitFor();
    // The facts are read in the background at start; the view says so while it is reading.
    await page.evaluate(`(() => { window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask' }); })()`);
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Matrix', exact: true }).click();
    await page.locator('section[aria-label="Matrix"][aria-busy="false"] table').waitFor({ timeout: 600_000 });
    const firstOpen = Date.now() - t0;
    const loadTasks = (await page.evaluate('window.__longTasks')) as number[];
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await page.locator('section[aria-label="Timeline"][aria-busy="false"] svg').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    const steps = (await page.evaluate(`(async () => {
      window.__longTasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask' });
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const until = async (ok) => { for (let f = 0; f < 5000 && !ok(); f++) await frame(); };
      // Settled: numbers computed and every row drawn (tables and the chart draw a few hundred cells a frame).
      const settled = (label) => () => { const s = document.querySelector('section[aria-label="' + label + '"]'); return s && s.getAttribute('aria-busy') === 'false' && s.querySelector('table, svg') && !s.querySelector('table[aria-busy="true"]'); };
      const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
      const out = {};
      let t = performance.now();
      button('Matrix').click();
      await until(() => settled('Matrix')() && document.querySelector('table[aria-label="Tag matrix"] .heat'));
      out.open = performance.now() - t;
      out.cells = document.querySelectorAll('table[aria-label="Tag matrix"] .heat').length;
      out.openTasks = Math.max(0, ...window.__longTasks);
      window.__longTasks = [];
      const select = document.querySelector('section[aria-label="Matrix"] select');
      const regroup = async (value) => {
        const before = document.querySelector('table[aria-label="Tag matrix"] thead').textContent;
        const t = performance.now();
        select.value = value; select.dispatchEvent(new Event('change', { bubbles: true }));
        await until(() => document.querySelector('table[aria-label="Tag matrix"] thead')?.textContent !== before && settled('Matrix')());
        return performance.now() - t;
      };
      out.bySource = await regroup('source');
      out.byArticle = await regroup('article');
      // A tag filter: the first parent's box in the Tags list.
      document.querySelector('.pattern-filters details summary').click();
      await frame();
      const rowsBefore = document.querySelectorAll('table[aria-label="Tag matrix"] tbody tr').length;
      t = performance.now();
      document.querySelector('.pattern-filters .filter-list input[type=checkbox]').click();
      await until(() => document.querySelectorAll('table[aria-label="Tag matrix"] tbody tr').length !== rowsBefore && settled('Matrix')());
      out.filter = performance.now() - t;
      out.filterTasks = Math.max(0, ...window.__longTasks);
      window.__longTasks = [];
      t = performance.now();
      button('Co-occurrence').click();
      await until(() => settled('Co-occurrence')() && document.querySelector('table[aria-label="Tag co-occurrence"] .heat'));
      out.cooc = performance.now() - t;
      out.coocTasks = Math.max(0, ...window.__longTasks);
      // The timeline, by month then zoomed to days (a mark per lane and day that has passages).
      document.querySelector('.pattern-filters .filter-list input[type=checkbox]:checked')?.click();
      window.__longTasks = [];
      t = performance.now();
      button('Timeline').click();
      await until(() => settled('Timeline')() && document.querySelector('.timeline-chart .mark'));
      out.timeline = performance.now() - t;
      const days = document.querySelector('input[type=radio][value=day]');
      t = performance.now();
      days.click();
      await until(() => settled('Timeline')() && document.querySelector('.timeline-chart .mark[aria-label*="-01-01:"]'));
      out.days = performance.now() - t;
      out.dayMarks = document.querySelectorAll('.timeline-chart .mark').length;
      out.timelineTasks = Math.max(0, ...window.__longTasks);
      return out;
    })()`)) as Record<string, number>;
    const ms = (name: string, value: number, target?: string): BenchRow => ({ case: `patterns in Chromium: ${name}`, value: Math.round(value), unit: 'ms', ...(target ? { target } : {}) });
    return [
      ms(`first Matrix after start (${ANNOTATIONS.toLocaleString('en')} annotations read in the background meanwhile)`, firstOpen),
      ms('longest task while the annotations are read (and the search index built)', Math.max(0, ...loadTasks), '< 50 ms'),
      ms('Matrix button to the table drawn (numbers computed in the worker, then drawn)', steps['open']!, '≤ 200 + 100 ms'),
      { case: 'patterns in Chromium: matrix cells drawn (a page of 25 article columns)', value: steps['cells']!, unit: 'cells' },
      ms('longest task while opening the matrix', steps['openTasks']!, '< 50 ms'),
      ms('matrix regrouped by source, to drawn', steps['bySource']!, '≤ 100 ms'),
      ms('matrix regrouped by article, to drawn', steps['byArticle']!, '≤ 100 ms'),
      ms('a tag filter applied, to drawn', steps['filter']!, '≤ 100 ms'),
      ms('longest task while regrouping and filtering', steps['filterTasks']!, '< 50 ms'),
      ms('Co-occurrence button to the table drawn (filtered to one group)', steps['cooc']!),
      ms('longest task while opening the co-occurrence', steps['coocTasks']!, '< 50 ms'),
      ms('Timeline button to the chart drawn (by month, every tag)', steps['timeline']!),
      ms('timeline zoomed to days, to drawn', steps['days']!),
      { case: 'patterns in Chromium: timeline marks drawn by day', value: steps['dayMarks']!, unit: 'marks' },
      ms('longest task while opening and zooming the timeline', steps['timelineTasks']!, '< 50 ms'),
    ];
  } finally {
    await app.close();
  }
}

export default async function patternsBench(): Promise<BenchRow[]> {
  return [...(await numbers()), ...(await inChromium())];
}
