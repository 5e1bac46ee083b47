// Benchmark of the text importers: 2,000 generated plain-text articles (~5 MB), 1,000 saved web pages
// (the readability corpus pages, cycled, when ../shared/corpora is present; else generated) and a 1 MB page.
import fs from 'node:fs';
import path from 'node:path';
import type { BenchRow } from '../types';
import { parseArticleFile } from '../../../src-main/import/index';
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

function savedPages(count: number): { pages: Uint8Array[]; label: string } {
  const names = fs.existsSync(PAGES) ? fs.readdirSync(PAGES).filter((n) => fs.existsSync(path.join(PAGES, n, 'source.html'))) : [];
  if (names.length > 0) {
    const sources = names.sort().map((n) => new Uint8Array(fs.readFileSync(path.join(PAGES, n, 'source.html'))));
    return { pages: Array.from({ length: count }, (_, i) => sources[i % sources.length]!), label: `corpus pages x${Math.ceil(count / sources.length)}` };
  }
  const rand = makeRandom(7);
  return { pages: Array.from({ length: count }, () => enc.encode(generatedPage(rand, 12))), label: 'generated' };
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
  const { pages, label } = savedPages(1000);
  const rand = makeRandom(99);
  let big = generatedPage(rand, 10);
  const chunk = Array.from({ length: 50 }, () => `<p>${paragraph(rand)} <em>${sentence(rand)}</em></p>`).join('\n');
  while (big.length < 1024 * 1024) big = big.replace('</article>', `${chunk}\n</article>`);
  const bigPage = enc.encode(big);

  // Warm up the detectors and the DOM parser once, outside the timings.
  await timeAll('warm.txt', texts.slice(0, 20));
  await timeAll('warm.html', pages.slice(0, 3));

  const txtMs = await timeAll('bench.txt', texts);
  const htmlMs = await timeAll('bench.html', pages);
  const bigRuns: number[] = [];
  for (let i = 0; i < 3; i++) bigRuns.push(await timeAll('big.html', [bigPage]));
  bigRuns.sort((a, b) => a - b);

  return [
    { case: `import 2,000 plain-text articles (${mb(texts)} MB)`, value: Math.round(txtMs) / 1000, unit: 's', target: '< 10 s' },
    { case: `import 1,000 saved web pages (${label}, ${mb(pages)} MB)`, value: Math.round(htmlMs) / 1000, unit: 's', target: '< 10 s' },
    { case: `import a generated ${mb([bigPage])} MB HTML page`, value: Math.round(bigRuns[1]!), unit: 'ms', target: '< 1000 ms' },
  ];
}
