// Benchmark: full-text search (src-renderer/core/search) over a generated library of 10,000 English and
// Russian articles (~25 MB of text) with 100,000 annotations: build from scratch, serialised size, load,
// query times over a mix of query kinds, update delays and memory; then MiniSearch and FlexSearch set up
// as plainly as their READMEs show, on the same texts, with the ratios. Ours is timed as a bundle.
import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type * as Engine from '../../../src-renderer/core/search/engine';
import type { SearchOptions } from '../../../src-renderer/core/search/types';
import { bundled } from '../bundled';
import { generateLibrary, queryMix } from '../search-corpus';
import type { BenchRow } from '../types';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** Progress on stderr: the case runs for minutes. */
function step(what: string): void {
  process.stderr.write(`search: ${what}…\n`);
}

function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The query's words without the query language, for libraries that have none. */
function plain(query: string): string {
  return query
    .replace(/-?\b[a-z]+:("[^"]*"|\S+)/g, ' ')
    .replace(/["*]|\bOR\b|(^|\s)-/g, ' ')
    .trim();
}

function timeQueries(queries: string[], run: (q: string) => unknown, rounds = 3): number[] {
  for (const q of queries) run(q); // warm-up: first-use decoding, JIT
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      run(q);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

export default async function searchBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const { SearchIndex } = bundled<typeof Engine>('src-renderer/core/search/engine.ts');
  step('generating the library');
  const library = generateLibrary();
  const mix = queryMix(library);
  const harshMix = queryMix(library, 300, 98, false);
  const options: SearchOptions = { facts: (id) => library.facts.get(id), limit: 20 };
  rows.push({ case: 'search: library text (10,000 articles, 100,000 annotations)', value: library.bytes / 2 ** 20, unit: 'MB' });

  step('building ours');
  const before = heapMB();
  let t0 = performance.now();
  const index = new SearchIndex();
  for (const a of library.articles) index.putArticle(a);
  for (const n of library.annotations) index.putAnnotation(n);
  const buildMs = performance.now() - t0;
  const oursHeap = heapMB() - before;
  rows.push({ case: 'search: ours, index built from scratch', value: buildMs / 1000, unit: 's', target: '≤ 20 s' });
  rows.push({ case: 'search: ours, heap held by the index (texts included)', value: oursHeap, unit: 'MB' });
  rows.push({ case: 'search: peak RSS after building ours (library included)', value: process.resourceUsage().maxRSS / 1024, unit: 'MB' });

  step('saving and loading ours');
  t0 = performance.now();
  const saved = JSON.stringify(index.toJSON());
  rows.push({ case: 'search: ours, serialise (toJSON + stringify)', value: performance.now() - t0, unit: 'ms' });
  const textMB = library.annotations.reduce((s, n) => s + (n.quote?.length ?? 0) + (n.note?.length ?? 0), 0) / 2 ** 20;
  rows.push({ case: 'search: ours, serialised size (UTF-8, texts included)', value: new TextEncoder().encode(saved).length / 2 ** 20, unit: 'MB' });
  rows.push({ case: 'search: (of which annotation texts, in characters)', value: textMB, unit: 'M chars' });

  const loads: number[] = [];
  const parses: number[] = [];
  const beforeLoad = heapMB();
  let loaded: Engine.SearchIndex | null = null;
  for (let i = 0; i < 5; i++) {
    loaded = null;
    gc();
    const t1 = performance.now();
    const data: unknown = JSON.parse(saved);
    const t2 = performance.now();
    const r = SearchIndex.fromJSON(data);
    const t3 = performance.now();
    if (!r.ok) throw new Error(r.error.message);
    loaded = r.value;
    parses.push(t2 - t1);
    loads.push(t3 - t2);
  }
  rows.push({ case: 'search: ours, heap held by a loaded index (before queries decode postings)', value: heapMB() - beforeLoad, unit: 'MB' });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  rows.push({ case: 'search: ours, load: fromJSON of the parsed data', value: median(loads), unit: 'ms', target: '≤ 300 ms' });
  rows.push({ case: 'search: ours, load: JSON.parse + fromJSON', value: median(loads) + median(parses), unit: 'ms', target: '≤ 300 ms' });

  step('querying ours');
  // Queries on the loaded index: the first query of each word decodes its postings, as after a restart.
  const first: number[] = [];
  for (const { query } of mix.slice(0, 50)) {
    const t1 = performance.now();
    loaded!.search(query, options);
    first.push(performance.now() - t1);
  }
  rows.push({ case: 'search: ours, first queries after load (decoding), p95', value: percentile(first, 95), unit: 'ms' });
  const oursTimes = timeQueries(
    mix.map((m) => m.query),
    (q) => loaded!.search(q, options),
  );
  rows.push({ case: `search: ours, query p95 (${mix.length} queries of ${new Set(mix.map((m) => m.kind)).size} kinds)`, value: percentile(oursTimes, 95), unit: 'ms', target: '≤ 16 ms' });
  rows.push({ case: 'search: ours, query median', value: percentile(oursTimes, 50), unit: 'ms' });
  const harshTimes = timeQueries(
    harshMix.map((m) => m.query),
    (q) => loaded!.search(q, options),
  );
  rows.push({ case: 'search: ours, query p95, words drawn as they occur (function words, top stems)', value: percentile(harshTimes, 95), unit: 'ms' });
  for (const kind of new Set(mix.map((m) => m.kind))) {
    const qs = mix.filter((m) => m.kind === kind).map((m) => m.query);
    const times = timeQueries(qs, (q) => loaded!.search(q, options), 2);
    const total = qs.reduce((s, q) => s + (loaded!.search(q, options).ok ? 1 : 0), 0);
    rows.push({ case: `search: ours, p95 for ${kind} (${total} queries)`, value: percentile(times, 95), unit: 'ms' });
  }

  // Update delays: a note saved, an article changed.
  const note = library.annotations[0]!;
  const noteTimes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t1 = performance.now();
    loaded!.putAnnotation({ ...note, note: `edited note number ${i}` });
    noteTimes.push(performance.now() - t1);
  }
  rows.push({ case: 'search: ours, a note saved: index updated, p95', value: percentile(noteTimes, 95), unit: 'ms' });
  const articleTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const a = library.articles[i]!;
    const t1 = performance.now();
    loaded!.putArticle({ ...a, text: `${a.text} revised` });
    articleTimes.push(performance.now() - t1);
  }
  rows.push({ case: 'search: ours, an article changed: index updated, median', value: median(articleTimes), unit: 'ms' });
  loaded = null;

  const queries = mix.map((m) => plain(m.query)).filter((q) => q !== '');

  step('MiniSearch');
  // MiniSearch as its README shows: fields to index, fields to store, addAll, search(text).
  const docs = [
    ...library.articles.map((a) => ({ id: `a:${a.id}`, title: a.title, text: a.text })),
    ...library.annotations.map((n) => ({ id: `n:${n.id}`, title: (n.tags ?? []).join(' '), text: `${n.quote ?? ''} ${n.note ?? ''}` })),
  ];
  {
    const b = heapMB();
    const t1 = performance.now();
    const mini = new MiniSearch({ fields: ['title', 'text'], storeFields: ['title'] });
    mini.addAll(docs);
    const ms = performance.now() - t1;
    const heap = heapMB() - b;
    const json = JSON.stringify(mini);
    const t2 = performance.now();
    MiniSearch.loadJSON(json, { fields: ['title', 'text'], storeFields: ['title'] });
    const loadMs = performance.now() - t2;
    const times = timeQueries(queries, (q) => mini.search(q));
    rows.push({ case: 'search: MiniSearch, index built', value: ms / 1000, unit: 's' });
    rows.push({ case: 'search: MiniSearch, heap held (no texts, no positions)', value: heap, unit: 'MB' });
    rows.push({ case: 'search: MiniSearch, serialised size (no texts)', value: new TextEncoder().encode(json).length / 2 ** 20, unit: 'MB' });
    rows.push({ case: 'search: MiniSearch, loadJSON', value: loadMs, unit: 'ms' });
    rows.push({ case: 'search: MiniSearch, query p95 (plain words of the same mix)', value: percentile(times, 95), unit: 'ms' });
    rows.push({ case: 'search: ratio MiniSearch / ours, build time', value: ms / buildMs, unit: 'x' });
    rows.push({ case: 'search: ratio MiniSearch / ours, load (JSON.parse included both sides)', value: loadMs / (median(loads) + median(parses)), unit: 'x' });
    rows.push({ case: 'search: ratio MiniSearch / ours, query p95', value: percentile(times, 95) / percentile(oursTimes, 95), unit: 'x' });
  }

  step('FlexSearch');
  // FlexSearch as its README shows: a Document over the same fields, add, search, export/import.
  {
    const b = heapMB();
    const t1 = performance.now();
    const flex = new Document({ document: { id: 'id', index: ['title', 'text'] } });
    for (const d of docs) flex.add(d);
    const ms = performance.now() - t1;
    const heap = heapMB() - b;
    const exported: Record<string, string> = {};
    await flex.export((key: string, data: string) => {
      exported[key] = data;
    });
    const json = JSON.stringify(exported);
    const t2 = performance.now();
    const back = new Document({ document: { id: 'id', index: ['title', 'text'] } });
    const parsed = JSON.parse(json) as Record<string, string>;
    for (const [key, data] of Object.entries(parsed)) await back.import(key, data);
    const loadMs = performance.now() - t2;
    const times = timeQueries(queries, (q) => flex.search(q));
    rows.push({ case: 'search: FlexSearch, index built', value: ms / 1000, unit: 's' });
    rows.push({ case: 'search: FlexSearch, heap held (no texts, no positions)', value: heap, unit: 'MB' });
    rows.push({ case: 'search: FlexSearch, serialised size (no texts)', value: new TextEncoder().encode(json).length / 2 ** 20, unit: 'MB' });
    rows.push({ case: 'search: FlexSearch, import', value: loadMs, unit: 'ms' });
    rows.push({ case: 'search: FlexSearch, query p95 (plain words of the same mix)', value: percentile(times, 95), unit: 'ms' });
    rows.push({ case: 'search: ratio FlexSearch / ours, build time', value: ms / buildMs, unit: 'x' });
    rows.push({ case: 'search: ratio FlexSearch / ours, load (JSON.parse included both sides)', value: loadMs / (median(loads) + median(parses)), unit: 'x' });
    rows.push({ case: 'search: ratio FlexSearch / ours, query p95', value: percentile(times, 95) / percentile(oursTimes, 95), unit: 'x' });
  }
  return rows;
}
