// Benchmark of the text importers: 2,000 generated plain-text articles (~5 MB) and a 1 MB page parsed on
// this thread, and 1,000 saved web pages (the readability corpus pages, cycled, when ../shared/corpora is
// present; else generated) imported the way the app imports them: ImportService over the worker ParsePool
// (the bundled worker the app runs, see app-parser.ts), files read from a folder and copied into a library
// folder.
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchRow } from '../types';
import { parseArticleFile } from '../../../src-main/import/index';
import { ImportService } from '../../../src-main/library/import-service';
import { LibraryService } from '../../../src-main/library/library-service';
import { appParser } from '../app-parser';
import { makeRandom, paragraph, sentence } from '../generate';

const PAGES = path.resolve(__dirname, '../../../../shared/corpora/readability-pages');

const enc = new TextEncoder();

/** ~2.5 KB plain-text articles in the seed's shape, every third one hard-wrapped at 72 columns. */
function plainTextArticles(count: number): Uint8Array[] {
  const rand = makeRandom(42);
  return Array.from({ length: count }, (_, i) => {
    const paras = Array.from({ length: 6 + Math.floor(rand() * 4) }, () => paragraph(rand));
    const body = i % 3 === 0 ? paras.map((p) => p.replace(/(.{1,72})(?: |$)/g, '$1\n').trimEnd()).join('\n\n') : paras.join('\n\n');
    return enc.encode(`Article ${i}: ${sentence(rand)}\n\nMOSCOW, Feb 22 (Reuters) - ${body}\n\nSource: Agency ${i}\nPhoto: Someone\n`);
  });
}

function generatedPage(rand: () => number, paragraphs: number): string {
  const paras = Array.from({ length: paragraphs }, () => `<p>${paragraph(rand).replace(/ (trade|security) /g, ' <a href="https://example.org/$1">$1</a> ')}</p>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${sentence(rand)} - Example News</title>
<link rel="canonical" href="https://example.org/story"><script>var tracking = 1;</script><style>p{}</style></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><article><h1>${sentence(rand)}</h1><p class="byline">By Jane Doe</p>${paras.join('\n')}</article></main>
<aside><h2>Related</h2><ul><li><a href="/a">${sentence(rand)}</a></li></ul></aside><footer>© Example</footer></body></html>`;
}

/** The distinct pages to cycle through: the corpus pages when present, else generated ones. */
function distinctPages(): { pages: Uint8Array[]; corpus: boolean } {
  const names = fs.existsSync(PAGES) ? fs.readdirSync(PAGES).filter((n) => fs.existsSync(path.join(PAGES, n, 'source.html'))) : [];
  if (names.length > 0) return { pages: names.sort().map((n) => new Uint8Array(fs.readFileSync(path.join(PAGES, n, 'source.html')))), corpus: true };
  const rand = makeRandom(7);
  return { pages: Array.from({ length: 40 }, () => enc.encode(generatedPage(rand, 12))), corpus: false };
}

/**
 * `count` saved pages cycled from `distinct`. The import de-duplicates by SHA-256, so each copy gets a
 * comment after `</html>` naming its copy number: every file is then new to the library and is parsed,
 * as 1,000 different saved pages would be, while the page itself (and its parsing work) is unchanged.
 */
function savedPages(distinct: Uint8Array[], count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => {
    const page = distinct[i % distinct.length]!;
    const tag = enc.encode(`\n<!-- bench copy ${i} -->\n`);
    const out = new Uint8Array(page.byteLength + tag.byteLength);
    out.set(page);
    out.set(tag, page.byteLength);
    return out;
  });
}

/** Imports `pages` as .html files through ImportService and the worker pool; the time covers the import call. */
async function importThroughLibrary(pages: Uint8Array[]): Promise<{ ms: number; mode: string; workers: number }> {
  const base = await fs.promises.mkdtemp(path.join(tmpdir(), 'dossier-bench-pages-'));
  const sources = path.join(base, 'Incoming');
  const root = path.join(base, 'Library');
  await fs.promises.mkdir(sources, { recursive: true });
  await Promise.all(pages.map((bytes, i) => fs.promises.writeFile(path.join(sources, `page-${String(i).padStart(4, '0')}.html`), bytes)));
  const { parser, mode } = appParser();
  try {
    const library = new LibraryService(root, { parser });
    await library.ensure();
    const importer = new ImportService(library, { parser });
    let done = 0;
    const t0 = performance.now();
    const result = await importer.importPaths([sources], { onProgress: (d) => (done = d) });
    const ms = performance.now() - t0;
    if (!result.ok) throw new Error(`bench import failed: ${result.error.code} ${result.error.message}`);
    const { imported, duplicates, failed } = result.value;
    if (imported.length !== pages.length || done !== pages.length) {
      throw new Error(`bench import: ${imported.length} imported, ${duplicates.length} duplicates, ${failed.length} failed (${failed[0]?.message ?? ''})`);
    }
    return { ms, mode, workers: parser.capacity };
  } finally {
    await parser.close();
    await fs.promises.rm(base, { recursive: true, force: true });
  }
}

async function timeAll(name: string, files: Uint8Array[]): Promise<number> {
  const t0 = performance.now();
  for (const bytes of files) {
    const r = await parseArticleFile(name, bytes);
    if (!r.ok) throw new Error(`bench fixture failed: ${r.error.code} ${r.error.message}`);
  }
  return performance.now() - t0;
}

const mb = (files: Uint8Array[]) => (files.reduce((n, f) => n + f.byteLength, 0) / 1024 / 1024).toFixed(1);

export default async function importBench(): Promise<BenchRow[]> {
  const texts = plainTextArticles(2000);
  const distinct = distinctPages();
  const pages = savedPages(distinct.pages, 1000);
  const label = distinct.corpus ? `corpus pages x${Math.ceil(pages.length / distinct.pages.length)}` : 'generated';
  const rand = makeRandom(99);
  let big = generatedPage(rand, 10);
  const chunk = Array.from({ length: 50 }, () => `<p>${paragraph(rand)} <em>${sentence(rand)}</em></p>`).join('\n');
  while (big.length < 1024 * 1024) big = big.replace('</article>', `${chunk}\n</article>`);
  const bigPage = enc.encode(big);

  // Warm up the detectors and the DOM parser once, outside the timings.
  await timeAll('warm.txt', texts.slice(0, 20));
  await timeAll('warm.html', distinct.pages);

  const txtMs = await timeAll('bench.txt', texts);
  const pageMs = await timeAll('bench.html', distinct.pages);
  const library = await importThroughLibrary(pages);
  const bigRuns: number[] = [];
  for (let i = 0; i < 3; i++) bigRuns.push(await timeAll('big.html', [bigPage]));
  bigRuns.sort((a, b) => a - b);

  return [
    { case: `import 2,000 plain-text articles (${mb(texts)} MB)`, value: Math.round(txtMs) / 1000, unit: 's', target: '< 10 s' },
    { case: `import 1,000 saved web pages (${label}, ${mb(pages)} MB; ImportService, ${library.mode} x${library.workers})`, value: Math.round(library.ms) / 1000, unit: 's', target: '< 10 s' },
    { case: `parse one saved page on this thread (mean of ${distinct.pages.length} distinct)`, value: pageMs / distinct.pages.length, unit: 'ms' },
    { case: `import a generated ${mb([bigPage])} MB HTML page`, value: Math.round(bigRuns[1]!), unit: 'ms', target: '< 1000 ms' },
  ];
}
