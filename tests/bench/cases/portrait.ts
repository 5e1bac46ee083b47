// The article portrait of a 1 MB article carrying 1,000 tagged statements: the marks worked out from the
// reading model's offsets and the tagged ranges (core/patterns/portrait.ts, bundled as the app runs it), and
// in real Chromium through the harness the whole task that draws them beside the opened article (marks
// worked out, the strip's elements made), as the component measures it ('dossier:portrait').
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArticleFile } from '../../../src-main/import';
import { segment } from '../../../src-renderer/core/segment';
import type * as Portrait from '../../../src-renderer/core/patterns/portrait';
import { APP_URL, launchApp } from '../../e2e/harness';
import { bundled } from '../bundled';
import { medianMs, type BenchRow } from '../types';
import { annotationsFor, generateArticle, SENTENCES, storeAnnotations } from './reader';

const BIG = 'Generated benchmark article about trade and energy';
const SHORT = 'A short note to switch to between openings';
const OPENINGS = 7;

async function computed(raw: string): Promise<BenchRow[]> {
  const { portraitMarks } = bundled<typeof Portrait>('src-renderer/core/patterns/portrait.ts');
  const parsed = await parseArticleFile('big.txt', new TextEncoder().encode(raw));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { text, blocks } = parsed.value;
  const statements = segment(text, blocks, 'en');
  const step = Math.floor(statements.length / 1000);
  const tagIds = ['claim', 'figure', 'quote'];
  const ranges = Array.from({ length: 1000 }, (_, i) => ({ start: statements[i * step]!.start, end: statements[i * step]!.end, tagIds: [tagIds[i % 3]!] }));
  const tags = new Map(tagIds.map((id, i) => [id, { path: `Type/${id}`, color: ['#dc2626', '#2563eb', '#059669'][i]! }]));
  const marks = portraitMarks(text.length, statements, ranges, tags);
  const ms = await medianMs(() => portraitMarks(text.length, statements, ranges, tags), 21, 5);
  return [
    { case: `portrait of a 1 MB article (${statements.length} statements), 1,000 tagged: marks worked out (Node, bundled)`, value: ms, unit: 'ms' },
    { case: 'portrait of that article: marks drawn (one per row of the strip at most)', value: marks.length, unit: 'elements' },
  ];
}

async function drawn(raw: string): Promise<BenchRow[]> {
  const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-bench-portrait-'));
  await fs.writeFile(join(libraryDir, 'big.txt'), raw);
  await fs.writeFile(join(libraryDir, 'short.txt'), `${SHORT}\n\n${SENTENCES.join(' ')}\n`);
  const records = await annotationsFor(raw, 1000);
  const app = await launchApp({ libraryDir, watch: false });
  const { page } = app;
  try {
    await storeAnnotations(app, records);
    const times: number[] = [];
    let marks = 0;
    for (let n = 0; n < OPENINGS; n++) {
      await page.getByRole('button', { name: SHORT }).click();
      await page.locator('#article-title', { hasText: SHORT }).waitFor({ timeout: 60_000 });
      await page.evaluate(() => performance.clearMeasures('dossier:portrait'));
      await page.getByRole('button', { name: BIG }).click();
      await page.waitForFunction(() => performance.getEntriesByName('dossier:portrait').length > 0, undefined, { timeout: 120_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('dossier:portrait')[0]!.duration));
      marks = await page.locator('.portrait-mark').count();
    }
    times.sort((a, b) => a - b);
    return [
      { case: `portrait drawn beside the opened 1 MB article with 1,000 annotations (Chromium, one task, median of ${OPENINGS}; range ${times[0]!.toFixed(1)}-${times.at(-1)!.toFixed(1)} ms; ${marks} marks)`, value: times[times.length >> 1]!, unit: 'ms', target: '≤ 16 ms' },
    ];
  } finally {
    await app.close();
  }
}

export default async function portraitBench(): Promise<BenchRow[]> {
  const raw = generateArticle(1_000_000);
  return [...(await computed(raw)), ...(await drawn(raw))];
}
