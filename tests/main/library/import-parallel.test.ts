// Importing with a parser that runs several files at once (the app's worker pool): every worker is kept
// busy, memory stays bounded, progress only goes up, and cancelling leaves only whole articles behind.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ok, type Result } from '../../../src-renderer/core/result';
import type { ParsedArticle } from '../../../src-main/import/model';
import { ImportService, importConcurrency } from '../../../src-main/library/import-service';
import { LibraryService } from '../../../src-main/library/library-service';
import { createParser, type ArticleParser } from '../../../src-main/library/parse-pool';
import { libraryAndSources, namesIn, write } from './helpers';

/** A parser that takes `ms` per file and records how many parses were in flight at once. */
class SlowParser implements ArticleParser {
  inFlight = 0;
  maxInFlight = 0;
  constructor(readonly capacity: number, readonly ms: number) {}
  async parse(fileName: string): Promise<Result<ParsedArticle>> {
    this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
    await new Promise((r) => setTimeout(r, this.ms));
    this.inFlight--;
    const text = `Text of ${fileName}.`;
    return ok({ format: 'txt', encoding: 'utf-8', title: fileName, text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }], marks: [] });
  }
  async close(): Promise<void> {}
}

const closers: ArticleParser[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((p) => p.close()));
});

function page(i: number): string {
  const para = `Report ${i}: the delegations met again and agreed to continue the talks on trade and transport. `.repeat(8);
  return `<!DOCTYPE html><html><head><title>Report ${i}</title></head><body><article><h1>Report ${i}</h1><p>${para}</p><p>${para}</p></article></body></html>`;
}

describe('ImportService with a parallel parser', () => {
  it('keeps as many files in the parser as it has workers, and never more than the bound', async () => {
    const { root, sources } = await libraryAndSources();
    for (let i = 0; i < 24; i++) await write(join(sources, `n${String(i).padStart(2, '0')}.txt`), `Note ${i}\n\nBody.\n`);
    const parser = new SlowParser(5, 30);
    const progress: number[] = [];
    const result = await new ImportService(new LibraryService(root), { parser }).importPaths([sources], { onProgress: (done) => progress.push(done) });
    expect(result.ok && result.value.imported).toHaveLength(24);
    expect(parser.maxInFlight).toBeGreaterThanOrEqual(parser.capacity);
    expect(parser.maxInFlight).toBeLessThanOrEqual(importConcurrency(parser.capacity));
    expect(progress).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('imports saved pages through the worker pool with every page whole and recorded', async () => {
    const { root, sources } = await libraryAndSources();
    for (let i = 0; i < 12; i++) await write(join(sources, `page-${i}.html`), page(i));
    const { parser, mode } = createParser({ timeoutMs: 60_000 });
    closers.push(parser);
    expect(mode).toBe('worker');
    const library = new LibraryService(root, { parser });
    const result = await new ImportService(library, { parser }).importPaths([sources]);
    expect(result.ok && result.value.imported.map((f) => f.title).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `Report ${i}`).sort());
    const listed = await library.list();
    expect(listed.ok && listed.value).toHaveLength(12);
  }, 90_000);

  it('cancelling a parallel import leaves only whole, recorded articles and no temp files', async () => {
    const { root, sources } = await libraryAndSources();
    for (let i = 0; i < 30; i++) await write(join(sources, `page-${String(i).padStart(2, '0')}.html`), page(i));
    const { parser } = createParser({ timeoutMs: 60_000 });
    closers.push(parser);
    const controller = new AbortController();
    const library = new LibraryService(root, { parser });
    const result = await new ImportService(library, { parser }).importPaths([sources], {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 5) controller.abort();
      },
    });
    expect(result.ok && result.value.cancelled).toBe(true);
    if (!result.ok) return;
    const imported = result.value.imported.map((f) => f.path).sort();
    expect(imported.length).toBeGreaterThanOrEqual(5);
    expect(imported.length).toBeLessThan(30);
    expect((await namesIn(root)).filter((n) => n !== '.dossier')).toEqual(imported);
    for (const name of imported) expect(await fs.readFile(join(root, name), 'utf8')).toBe(await fs.readFile(join(sources, name), 'utf8'));
    const record = JSON.parse(await fs.readFile(join(root, '.dossier', 'library.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(record.files).sort()).toEqual(imported);
  }, 90_000);
});
