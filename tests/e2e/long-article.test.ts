// A long article (over 200 KB) is drawn in chunks: the first statements appear at once and, soon after,
// every statement is in the page, exactly as segmented.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { parseArticleFile } from '../../src-main/import';
import { segment } from '../../src-renderer/core/segment';
import { generateArticle } from '../bench/cases/reader';
import { launchApp, openArticle, type LaunchedApp } from './harness';

let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('long articles', () => {
  it('draws every statement of a 400 KB article, in order', async () => {
    const raw = generateArticle(400_000);
    const parsed = await parseArticleFile('long.txt', new TextEncoder().encode(raw));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const spans = segment(parsed.value.text, parsed.value.blocks, 'en');
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-long-'));
    await fs.writeFile(join(libraryDir, 'long.txt'), raw);

    app = await launchApp({ libraryDir, watch: false });
    await openArticle(app.page, parsed.value.title);
    const statements = app.page.locator('[data-statement]');
    await expect(statements).toHaveCount(spans.length, { timeout: 30_000 });
    const last = spans[spans.length - 1]!;
    await expect(statements.last()).toHaveText(parsed.value.text.slice(last.start, last.end));
    expect(app.pageErrors).toEqual([]);
  });
});
