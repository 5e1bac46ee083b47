import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_POOL_SIZE, ParsePool, createParser, defaultPoolSize, type ArticleParser } from '../../../src-main/library/parse-pool';
import { makeEncryptedPdf, makeReportPdf } from '../formats/fixtures-pdf';

const EVIL = join(__dirname, 'fixtures', 'evil-parser.ts');
const bytes = (text: string) => new TextEncoder().encode(text);
const pools: ArticleParser[] = [];

function evilPool(timeoutMs = 1500, size: number | 'default' = 1): ParsePool {
  const entry = ParsePool.locateEntry({ parserModule: EVIL }, join(__dirname, '../../../src-main/library'));
  if (!entry) throw new Error('worker entry not found');
  const pool = new ParsePool(entry, { timeoutMs, ...(size === 'default' ? {} : { size }), maxOldGenerationSizeMb: 64 });
  pools.push(pool);
  return pool;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('parse pool (worker threads)', () => {
  it('parses real articles in a worker: text and PDF, with the real parsers', async () => {
    const { parser, mode } = createParser({ timeoutMs: 30_000 });
    pools.push(parser);
    expect(mode).toBe('worker');
    const text = await parser.parse('a.txt', bytes('Worker title\n\nA paragraph parsed off the main thread.'));
    expect(text.ok && text.value.title).toBe('Worker title');
    const pdf = await parser.parse('report.pdf', await makeReportPdf());
    expect(pdf.ok).toBe(true);
    const locked = await parser.parse('locked.pdf', await makeEncryptedPdf());
    expect(locked.ok).toBe(false);
  }, 60_000);

  it('stops a parser that never answers, reports it as too slow, and keeps working', async () => {
    const pool = evilPool(1500);
    const hung = await pool.parse('hang.txt', bytes('x'));
    expect(hung).toEqual({ ok: false, error: { code: 'DAMAGED', message: expect.stringContaining('took too long') } });
    const next = await pool.parse('fine.txt', bytes('hello'));
    expect(next.ok && next.value.title).toBe('fine.txt');
    expect(pool.stats.timedOut).toBe(1);
    expect(pool.stats.started).toBe(2);
  }, 30_000);

  it('stops a parser stuck in a busy loop (the worker is terminated, not waited for)', async () => {
    const pool = evilPool(1500);
    const t0 = Date.now();
    const spun = await pool.parse('spin.txt', bytes('x'));
    expect(spun.ok).toBe(false);
    expect(!spun.ok && spun.error.message).toMatch(/took too long/);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect((await pool.parse('after.txt', bytes('y'))).ok).toBe(true);
  }, 30_000);

  it('survives a crashing worker and an uncaught exception: the file is DAMAGED, the next one parses', async () => {
    const pool = evilPool(10_000);
    const crashed = await pool.parse('crash.txt', bytes('x'));
    expect(crashed.ok).toBe(false);
    expect(!crashed.ok && crashed.error.code).toBe('DAMAGED');
    const thrown = await pool.parse('throw.txt', bytes('x'));
    expect(!thrown.ok && thrown.error.code).toBe('DAMAGED');
    expect((await pool.parse('good.txt', bytes('z'))).ok).toBe(true);
    expect(pool.stats.crashed).toBe(2);
  }, 30_000);

  it('limits a worker\'s memory: a parser that eats the heap ends as TOO_LARGE, not an app crash', async () => {
    const pool = evilPool(20_000);
    const hog = await pool.parse('oom.txt', bytes('x'));
    expect(!hog.ok && hog.error.code).toBe('TOO_LARGE');
    expect((await pool.parse('good.txt', bytes('z'))).ok).toBe(true);
  }, 40_000);

  it('cancels queued and running parses through the AbortSignal', async () => {
    const pool = evilPool(20_000);
    const controller = new AbortController();
    const running = pool.parse('hang.txt', bytes('x'), {}, controller.signal);
    const queued = pool.parse('fine.txt', bytes('x'), {}, controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect(await running).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'Cancelled.' } });
    expect(!((await queued).ok) && (await queued)).toMatchObject({ error: { code: 'CANCELLED' } });
    expect((await pool.parse('later.txt', bytes('x'))).ok).toBe(true);
  }, 30_000);

  it('runs several files on two workers and keeps answers matched to their files', async () => {
    const pool = evilPool(20_000, 2);
    const names = Array.from({ length: 12 }, (_, i) => `file-${i}.txt`);
    const results = await Promise.all(names.map((n) => pool.parse(n, bytes(n))));
    expect(results.map((r) => r.ok && r.value.title)).toEqual(names);
    expect(pool.stats.started).toBe(2);
  }, 30_000);

  it('runs one worker per core by default, at least two and at most the cap', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => defaultPoolSize(cores))).toEqual([2, 2, 3, 4, MAX_POOL_SIZE, MAX_POOL_SIZE]);
  });

  it('parses files side by side on its default workers', async () => {
    const pool = evilPool(20_000, 'default');
    expect(pool.capacity).toBe(defaultPoolSize());
    const results = await Promise.all(Array.from({ length: pool.capacity * 2 }, (_, i) => pool.parse(`busy.${i}.txt`, bytes('x'))));
    const threads = new Set(results.map((r) => r.ok && r.value.title));
    expect(threads.size).toBe(pool.capacity);
    expect(pool.stats.started).toBe(pool.capacity);
  }, 60_000);
});
