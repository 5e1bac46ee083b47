// Importer fuzzing: damaged, hostile and random files through parseArticleFile (the importers' one entry).
// Each must return (never throw) a clear Result: an article, or an error with a code and a human message.
// The per-file time limit belongs to the worker pool (tested at the end with a parser that hangs); here
// every import only has to return, and the slowest are printed. Memory growth (RSS) is printed and bounded.
// TORTURE_TRIALS=n multiplies the random runs (default 1: the file runs in about a minute on 2 cores).
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, parseArticleFile } from '../../src-main/import';
import { ParsePool } from '../../src-main/library/parse-pool';
import type { Result } from '../../src-renderer/core/result';
import { alternativeEml } from './formats/fixtures-eml';
import { makeReportPdf } from './formats/fixtures-pdf';
import { makeCompressedBomb, makeDocx, makeEpub } from './formats/fixtures-zip';

const TRIALS = Math.max(1, Number(process.env['TORTURE_TRIALS'] ?? 1) || 1);
const MB = 1024 * 1024;

const timings: { name: string; ms: number; code: string }[] = [];
const rssStart = process.memoryUsage().rss;
let rssPeak = rssStart;
const fixtures: Record<string, Uint8Array> = {};

beforeAll(async () => {
  fixtures['.pdf'] = await makeReportPdf();
  fixtures['.docx'] = await makeDocx({ paragraphs: 5 });
  fixtures['.epub'] = makeEpub({ chapters: 2, paragraphsPerChapter: 3 });
  fixtures['.eml'] = alternativeEml();
}, 60_000);

afterAll(() => {
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
  const codes = new Map<string, number>();
  for (const t of timings) codes.set(t.code, (codes.get(t.code) ?? 0) + 1);
  console.log(
    `import fuzz: ${timings.length} files; results ${JSON.stringify(Object.fromEntries(codes))}; slowest: ` +
      slowest.map((t) => `${t.name} ${t.ms.toFixed(0)} ms (${t.code})`).join(', ') +
      `; RSS ${(rssStart / MB).toFixed(0)} MB at start, peak ${(rssPeak / MB).toFixed(0)} MB (+${((rssPeak - rssStart) / MB).toFixed(0)} MB)`,
  );
});

/** Imports one file and checks the Result is clear; returns it. */
async function importOnce(name: string, bytes: Uint8Array, label = name): Promise<Result<unknown>> {
  const t0 = performance.now();
  let result: Result<unknown>;
  try {
    result = await parseArticleFile(name, bytes);
  } catch (error) {
    throw new Error(`${label} threw: ${String(error)}`);
  }
  const ms = performance.now() - t0;
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  timings.push({ name: label, ms, code: result.ok ? 'ok' : result.error.code });
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    const article = result.value as { text: string; title: string };
    expect(typeof article.text).toBe('string');
    expect(typeof article.title).toBe('string');
  } else {
    expect(result.error.code).toMatch(/^[A-Z_]+$/);
    // A human message: a sentence, not a stack trace or an exception name.
    expect(result.error.message).toMatch(/^[A-Z"].{8,}[.)]$/s);
    expect(result.error.message).not.toMatch(/\n\s+at |Error:|undefined|\[object/);
  }
  expect(process.memoryUsage().rss - rssStart).toBeLessThan(1.5 * 1024 * MB);
  return result;
}

/** `<tag>` nested `depth` deep around one word, closed properly. */
function deepHtml(tag: string, depth: number): Uint8Array {
  const close = tag.split('><').reverse().map((t) => `</${t}>`).join('');
  return new TextEncoder().encode(`<!doctype html><html><head><title>Deep</title></head><body>${`<${tag}>`.repeat(depth)}deep text${close.repeat(depth)}</body></html>`);
}

const mutation = (size: number) =>
  fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fc.integer({ min: 0, max: size - 1 }) }),
    fc.record({ kind: fc.constant('flip' as const), flips: fc.array(fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 24 }) }),
    fc.record({ kind: fc.constant('splice' as const), at: fc.integer({ min: 0, max: size - 1 }), junk: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  );

function mutate(bytes: Uint8Array, m: { kind: 'truncate'; at: number } | { kind: 'flip'; flips: [number, number][] } | { kind: 'splice'; at: number; junk: Uint8Array }): Uint8Array {
  if (m.kind === 'truncate') return bytes.slice(0, m.at);
  const out = bytes.slice();
  if (m.kind === 'flip') {
    for (const [i, bit] of m.flips) out[i]! ^= 1 << bit;
    return out;
  }
  out.set(m.junk.subarray(0, out.length - m.at), m.at);
  return out;
}

describe('importer fuzzing through parseArticleFile', () => {
  it('reads the unmutated fixtures (the fuzzing starts from working files)', async () => {
    for (const ext of ['.pdf', '.docx', '.epub', '.eml']) {
      const r = await importOnce(`clean${ext}`, fixtures[ext]!);
      expect(r.ok, ext).toBe(true);
    }
  });

  for (const ext of ['.pdf', '.docx', '.epub', '.eml']) {
    it(`${ext}: truncated, bit-flipped and overwritten files end with a clear Result`, async () => {
      const source = fixtures[ext]!;
      await fc.assert(
        fc.asyncProperty(mutation(source.length), async (m) => {
          await importOnce(`mutated${ext}`, mutate(source, m), `${m.kind}${ext}`);
        }),
        { numRuns: 40 * TRIALS },
      );
    }, 120_000 * TRIALS);
  }

  it('random bytes with every supported extension end with a clear Result', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SUPPORTED_EXTENSIONS), fc.uint8Array({ minLength: 1, maxLength: 4096 }), async (ext, bytes) => {
        await importOnce(`random${ext}`, bytes, `random${ext}`);
      }),
      { numRuns: 25 * SUPPORTED_EXTENSIONS.length * TRIALS },
    );
  }, 120_000 * TRIALS);

  it('zip signatures with random bodies (docx, epub) end with a clear Result', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('.docx', '.epub'), fc.uint8Array({ minLength: 1, maxLength: 2048 }), async (ext, body) => {
        const bytes = new Uint8Array(body.length + 4);
        bytes.set([0x50, 0x4b, 0x03, 0x04]);
        bytes.set(body, 4);
        await importOnce(`pk${ext}`, bytes, `pk-random${ext}`);
      }),
      { numRuns: 60 * TRIALS },
    );
  }, 120_000 * TRIALS);

  it('invalid UTF-8 in the text formats is decoded or refused, never thrown', async () => {
    const invalid = [
      new Uint8Array([0xc3, 0x28, 0x20, 0x41]),
      new Uint8Array([0xe2, 0x82, 0x20, 0xf0, 0x28, 0x8c, 0xbc]),
      new Uint8Array([0xff, 0xfe, 0xfd, 0x80, 0x81]),
      new Uint8Array([0xed, 0xa0, 0x80, 0x41, 0x42]), // an encoded lone surrogate
      new Uint8Array([0xef, 0xbb, 0xbf, 0xc0, 0xaf, 0x0a, 0x41]), // BOM then an overlong '/'
      new Uint8Array([0x00, 0x00, 0x00, 0x41, 0x00]),
    ];
    for (const ext of ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.eml']) {
      for (const [i, bytes] of invalid.entries()) await importOnce(`bad${ext}`, bytes, `invalid-utf8-${i}${ext}`);
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('.txt', '.md', '.html', '.eml'), fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 500 }), async (ext, high) => {
        await importOnce(`high${ext}`, Uint8Array.from(high), `high-bytes${ext}`);
      }),
      { numRuns: 40 * TRIALS },
    );
  }, 60_000);

  it('deeply nested HTML returns (in process: 2,000 deep; 100,000 deep goes through the worker pool below)', async () => {
    for (const tag of ['div', 'b', 'ul><li']) {
      await importOnce('deep.html', deepHtml(tag, 2000), `nested-2000-${tag.replace('><', '-')}.html`);
    }
    await importOnce('open.html', new TextEncoder().encode(`<p>${'<span>'.repeat(2000)}x`), 'unclosed-2000.html');
  }, 60_000);

  it('a 1000:1 zip bomb is refused or read within limits, as docx and as epub', async () => {
    const bomb = makeCompressedBomb(50);
    expect(50 * MB / bomb.length).toBeGreaterThan(900);
    for (const ext of ['.docx', '.epub']) {
      const r = await importOnce(`bomb${ext}`, bomb, `zip-bomb-1000to1${ext}`);
      expect(r.ok).toBe(false);
    }
  }, 60_000);

  it('a 50 MB single line of text returns; one byte more is TOO_LARGE', async () => {
    const line = new Uint8Array(MAX_FILE_BYTES).fill(0x61);
    line.fill(0x20, 0, 1); // not all one character: a leading space
    const r = await importOnce('line.txt', line, 'single-line-50MB.txt');
    if (r.ok) expect((r.value as { text: string }).text.length).toBeGreaterThan(MAX_FILE_BYTES - 2);
    const over = await importOnce('over.txt', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), 'single-line-50MB+1.txt');
    expect(!over.ok && over.error.code).toBe('TOO_LARGE');
    // The same line as Markdown and HTML (no structure to find, one huge paragraph).
    await importOnce('line.md', line, 'single-line-50MB.md');
  }, 120_000);
});

describe('the worker pool stops a parse that hangs', () => {
  const EVIL = join(__dirname, 'library', 'fixtures', 'evil-parser.ts');
  let pool: ParsePool | null = null;
  afterAll(async () => {
    await pool?.close();
  });

  it('ends a hanging and a spinning parse with a clear error within the time limit, then keeps parsing', async () => {
    const entry = ParsePool.locateEntry({ parserModule: EVIL }, join(__dirname, '../../src-main/library'));
    expect(entry).not.toBeNull();
    pool = new ParsePool(entry!, { timeoutMs: 2000, size: 1, maxOldGenerationSizeMb: 64 });
    const bytes = new TextEncoder().encode('x');
    for (const name of ['hang.pdf', 'spin.docx']) {
      const t0 = performance.now();
      const r = await pool.parse(name, bytes);
      const ms = performance.now() - t0;
      expect(r).toEqual({ ok: false, error: { code: 'DAMAGED', message: expect.stringMatching(/^The file took too long to read \(more than 2 s\); it may be damaged\.$/) } });
      // The limit counts from when the worker is ready (start-up under tsx excluded): generous bound.
      expect(ms).toBeLessThan(30_000);
      timings.push({ name: `worker ${name}`, ms, code: 'DAMAGED (time limit)' });
    }
    expect((await pool.parse('fine.txt', bytes)).ok).toBe(true);
    expect(pool.stats.timedOut).toBe(2);
  }, 90_000);

  it('HTML nested 100,000 deep, with the real parsers in a worker, ends within the time limit with a clear Result', async () => {
    // The importer refuses pages nested deeper than MAX_HTML_NESTING before parsing them (parsing 100,000
    // levels took 40 s to 3.5 min on a 2-core machine); the pool's time limit is the second wall.
    const real = new ParsePool(ParsePool.locateEntry({}, join(__dirname, '../../src-main/library'))!, { timeoutMs: 5000, size: 1 });
    try {
      for (const tag of ['div', 'ul><li']) {
        const name = `nested-100000-${tag.replace('><', '-')}.html`;
        const t0 = performance.now();
        const r = await real.parse('deep.html', deepHtml(tag, 100_000));
        const ms = performance.now() - t0;
        timings.push({ name: `worker ${name}`, ms, code: r.ok ? 'ok' : r.error.code });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.message).toMatch(/levels deep|^The file (took too long to read|needs too much memory)|^The file could not be read/);
      }
    } finally {
      await real.close();
    }
  }, 150_000);
});
