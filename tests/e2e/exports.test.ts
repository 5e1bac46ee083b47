// The Export dialog: a briefing over several articles grouped by tag, CSV for Excel, the JSON of
// everything, a REFI-QDA project and codebook; and the codebook brought back in.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { unzipSync } from 'fflate';
import { afterEach, describe, it } from 'vitest';
import { parsePdf } from '../../src-main/import/formats/pdf';
import { launchApp, openArticle, type LaunchedApp } from './harness';

const PORT = 'Port authority approves record budget as container traffic recovers';
const GRAIN = 'Ministers agree to resume grain corridor talks in Geneva next month';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

async function tag(page: LaunchedApp['page'], text: RegExp, key: string) {
  await page.locator('[data-statement]').filter({ hasText: text }).click();
  await page.keyboard.press(key);
  await expect(page.getByRole('status')).toHaveText('Saved');
}

async function exportAs(page: LaunchedApp['page'], exportDir: string, choose: () => Promise<void>): Promise<string> {
  const before = new Set(await fs.readdir(exportDir));
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await choose();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByText(/^Exported /)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  const added = (await fs.readdir(exportDir)).filter((n) => !before.has(n));
  expect(added).toHaveLength(1);
  return join(exportDir, added[0]!);
}

describe('exports', () => {
  it('writes briefings by tag, CSV, JSON, a REFI-QDA project and codebook, and imports the codebook', async () => {
    app = await launchApp();
    const { page, exportDir } = app;
    await openArticle(page, PORT);
    await tag(page, /^Dr\. Henrik Aalto/, '5');
    await tag(page, /^The board of the Northern Harbour Authority/, '3');
    await openArticle(page, GRAIN);
    await tag(page, /^Shipping analysts estimate/, '3');
    await tag(page, /^"We are not there yet/, '4');
    const dialog = page.getByRole('dialog', { name: 'Export' });

    const md = await exportAs(page, exportDir, async () => {
      await dialog.getByRole('radio', { name: 'Every annotated article' }).check();
      await dialog.getByRole('combobox', { name: 'Layout' }).selectOption('tag');
      await dialog.getByRole('textbox', { name: 'Title' }).fill('Weekly figures');
    });
    const briefing = await fs.readFile(md, 'utf8');
    expect(briefing).toMatch(/^---\n/);
    expect(briefing).toContain('## Type');
    expect(briefing).toContain('### Figure');
    expect(briefing).toContain('> Shipping analysts estimate');
    expect(briefing).toContain('> The board of the Northern Harbour Authority');
    expect(briefing.indexOf('### Figure')).toBeLessThan(briefing.indexOf('> Shipping analysts estimate'));

    // The same briefing printed to PDF, read back by Dossier's own PDF importer.
    const pdfPath = await exportAs(page, exportDir, async () => {
      await dialog.getByRole('combobox', { name: 'Format' }).selectOption('pdf');
      await dialog.getByRole('radio', { name: 'Every annotated article' }).check();
      await dialog.getByRole('textbox', { name: 'Title' }).fill('Weekly figures');
    });
    expect(pdfPath.endsWith('.pdf')).toBe(true);
    const pdf = await parsePdf('weekly.pdf', new Uint8Array(await fs.readFile(pdfPath)));
    expect(pdf.ok && pdf.value.text).toContain('Shipping analysts estimate');

    const csv = await fs.readFile(
      await exportAs(page, exportDir, async () => {
        await dialog.getByRole('combobox', { name: 'Format' }).selectOption('csv');
        await dialog.getByRole('radio', { name: 'Every annotated article' }).check();
      }),
      'utf8',
    );
    expect(csv.startsWith('\uFEFFarticle,path,quote,tags,note')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);

    const json = JSON.parse(
      await fs.readFile(
        await exportAs(page, exportDir, async () => {
          await dialog.getByRole('combobox', { name: 'Format' }).selectOption('json');
        }),
        'utf8',
      ),
    );
    expect(json.format).toBe('dossier-export');
    expect(json.annotations).toHaveLength(4);
    expect(json.articles.map((a: { title: string }) => a.title)).toContain(PORT);

    const qdpxPath = await exportAs(page, exportDir, async () => {
      await dialog.getByRole('combobox', { name: 'Format' }).selectOption('qdpx');
      await dialog.getByRole('radio', { name: 'Every annotated article' }).check();
    });
    const qdpx = unzipSync(new Uint8Array(await fs.readFile(qdpxPath)));
    const qde = new TextDecoder().decode(qdpx['project.qde']);
    expect(qde).toContain('urn:QDA-XML:project:1.0');
    expect((qde.match(/<PlainTextSelection /g) ?? []).length).toBe(4);
    expect(Object.keys(qdpx).filter((n) => n.startsWith('sources/'))).toHaveLength(2);

    const qdc = await exportAs(page, exportDir, async () => {
      await dialog.getByRole('combobox', { name: 'Format' }).selectOption('qdc');
    });
    expect(await fs.readFile(qdc, 'utf8')).toContain('urn:QDA-XML:codebook:1.0');
    await page.getByRole('tab', { name: 'Tags' }).click();
    app.answerFileDialog(qdc);
    await page.getByRole('button', { name: 'Import codebook…' }).click();
    await expect(page.getByText(/^Imported \d+ tags from /)).toBeVisible();
    // Importing our own codebook updates the same tags: no duplicates appear.
    await expect(page.getByRole('list', { name: 'Tags' }).getByRole('button', { name: /^Type\/Figure,/ })).toHaveCount(1);

    // The project comes back in: its sources as articles, its codings as tagged passages.
    await page.getByRole('tab', { name: 'Library' }).click();
    app.answerFileDialog(qdpxPath);
    await page.getByRole('button', { name: 'Import REFI-QDA project…' }).click();
    await expect(page.getByText(/^Imported 2 sources with 4 codings/)).toBeVisible();
    const copies = page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: GRAIN });
    await expect(copies).toHaveCount(2);
    // Every coding is a passage again: the counts double (the originals are still there).
    await page.getByRole('tab', { name: 'Tags' }).click();
    await expect(page.getByRole('list', { name: 'Tags' }).getByRole('button', { name: /^Type\/Figure, 4 passages/ })).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Tags' }).getByRole('button', { name: /^Type\/Quote, 2 passages/ })).toHaveCount(1);
    await page.getByRole('tab', { name: 'Library' }).click();
    for (const i of [0, 1]) {
      await copies.nth(i).click();
      await page.locator('article[aria-busy="false"] [data-statement]').first().waitFor();
      await expect(page.locator('[data-statement]').filter({ hasText: /^Shipping analysts estimate/ })).toHaveAttribute('data-tags', 'Figure');
    }
    expect(app.pageErrors).toEqual([]);
  });
});

describe('the export notice', () => {
  it('shows the exported file with Show in folder and Copy path, and says in words why a write failed', async () => {
    app = await launchApp();
    const { page, exportDir } = app;
    await openArticle(page, GRAIN);
    await tag(page, /^Shipping analysts estimate/, '3');
    await page.keyboard.press('Control+e');
    const notice = page.getByRole('region', { name: 'Export finished' });
    await expect(notice).toBeVisible();
    const [written] = await fs.readdir(exportDir);
    await expect(notice).toContainText(`Exported ${written}`);
    await expect(page.getByRole('status')).toHaveText(`Exported ${written}`);
    await notice.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => app!.revealedPaths).toEqual([join(exportDir, written!)]);
    await notice.getByRole('button', { name: 'Copy path' }).click();
    await expect(notice.getByText('Path copied.')).toBeVisible();
    expect(app.copiedTexts).toEqual([join(exportDir, written!)]);
    await notice.getByRole('button', { name: 'Close' }).click();
    await expect(notice).toHaveCount(0);

    // The export folder is gone and a file stands in its place: the write fails, and the notice says why.
    await fs.rm(exportDir, { recursive: true });
    await fs.writeFile(exportDir, 'not a folder');
    await page.keyboard.press('Control+e');
    const failed = page.getByRole('alert').filter({ hasText: 'Export failed' });
    await expect(failed).toContainText(/Export failed: Could not write the export: the folder .+ cannot be made/);
    expect(app.pageErrors).toEqual([]);
  });
});
