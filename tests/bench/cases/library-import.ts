// Benchmark of the library's import and watcher: 2,000 generated plain-text articles (~5 MB) imported through
// the worker parse pool with progress, the peak RSS while importing, and the watcher idle over 10 s of quiet.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from '../types';
import { ImportService } from '../../../src-main/library/import-service';
import { LibraryService } from '../../../src-main/library/library-service';
import { LibraryWatcher } from '../../../src-main/library/library-watcher';
import { appParser } from '../app-parser';
import { makeRandom, paragraph, sentence } from '../generate';

/** ~2.5 KB articles, each with a unique title line so no two are duplicates. */
function articleText(i: number, rand: () => number): string {
  const paras = Array.from({ length: 6 + Math.floor(rand() * 4) }, () => paragraph(rand));
  return `Article ${i}: ${sentence(rand)}\n\n${paras.join('\n\n')}\n\nSource: Agency ${i}\n`;
}

export default async function libraryImport(): Promise<BenchRow[]> {
  const base = await fs.mkdtemp(join(tmpdir(), 'dossier-bench-library-'));
  const sources = join(base, 'Incoming');
  const root = join(base, 'Library');
  await fs.mkdir(sources, { recursive: true });
  const rand = makeRandom(7);
  let bytes = 0;
  for (let i = 0; i < 2000; i++) {
    const text = articleText(i, rand);
    bytes += Buffer.byteLength(text);
    await fs.writeFile(join(sources, `article-${String(i).padStart(4, '0')}.txt`), text);
  }

  const { parser, mode } = appParser({ timeoutMs: 30_000 });
  const library = new LibraryService(root, { parser });
  await library.ensure();
  const importer = new ImportService(library, { parser });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  let progressCalls = 0;
  const t0 = performance.now();
  const result = await importer.importPaths([sources], { onProgress: () => progressCalls++ });
  const importMs = performance.now() - t0;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (!result.ok || result.value.imported.length !== 2000) {
    throw new Error(`import failed: ${JSON.stringify(result.ok ? { ...result.value, imported: result.value.imported.length } : result.error)}`);
  }

  const t1 = performance.now();
  const listed = await library.list();
  const listMs = performance.now() - t1;
  if (!listed.ok || listed.value.length !== 2000) throw new Error('list failed');

  let events = 0;
  const t2 = performance.now();
  const started = await LibraryWatcher.start(root, {
    onChanges: (c) => (events += c.added.length + c.changed.length + c.removed.length),
    fingerprintOf: (p) => library.fingerprint(p),
  });
  const watchStartMs = performance.now() - t2;
  if (!started.ok) throw new Error(started.error.message);
  const watcher = started.value;
  const readsBefore = watcher.stats.reads + library.stats.reads;
  const rawBefore = watcher.stats.rawEvents;
  const cpu0 = process.cpuUsage();
  await new Promise((r) => setTimeout(r, 10_000));
  const cpu = process.cpuUsage(cpu0);
  const idleReads = watcher.stats.reads + library.stats.reads - readsBefore;
  const idleRaw = watcher.stats.rawEvents - rawBefore;
  await watcher.close();
  await parser.close();
  await fs.rm(base, { recursive: true, force: true });

  return [
    { case: `library import 2,000 txt (${(bytes / 1024 / 1024).toFixed(1)} MB, parse: ${mode})`, value: importMs, unit: 'ms', target: '< 10 s' },
    { case: 'library import files/s', value: 2000 / (importMs / 1000), unit: 'files/s' },
    { case: 'library import progress callbacks', value: progressCalls, unit: 'calls' },
    { case: 'library import peak RSS', value: peakRss / 1024 / 1024, unit: 'MB' },
    { case: 'library list 2,000 after import (from record)', value: listMs, unit: 'ms' },
    { case: 'watcher start, 2,000 files (fingerprints seeded)', value: watchStartMs, unit: 'ms' },
    { case: 'watcher idle 10 s: events', value: events + idleRaw, unit: 'events', target: '0' },
    { case: 'watcher idle 10 s: file reads', value: idleReads, unit: 'reads', target: '0' },
    { case: 'watcher idle 10 s: main-thread CPU', value: (cpu.user + cpu.system) / 1000, unit: 'ms' },
  ];
}
