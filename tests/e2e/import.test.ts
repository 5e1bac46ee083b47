// Getting articles in: the import dialog (with per-file messages and duplicates), paste, drop, a chosen
// text encoding, changes made outside the app picked up live, and deletion that keeps notes.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import iconv from 'iconv-lite';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, SAMPLES_DIR, type LaunchedApp } from './harness';

let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

const RUSSIAN = [
  'Встреча в Москве',
  '',
  'Президенты обсудили торговлю и транспортные коридоры. Стороны подписали декларацию о союзническом взаимодействии.',
  '',
  'Товарооборот между странами вырос на шестнадцать процентов за прошлый год.',
].join('\n');

describe('import', () => {
  it('imports chosen files with a message for each problem, recognises duplicates, and keeps the originals', async () => {
    const outside = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-outside-'));
    const cp1251 = join(outside, 'moscow.txt');
    await fs.writeFile(cp1251, iconv.encode(RUSSIAN, 'windows-1251'));
    const page1 = join(outside, 'page.html');
    await fs.writeFile(page1, '<html><head><title>Saved page title</title></head><body><article><h1>Saved page title</h1><p>First paragraph of the saved page, long enough to count as the article body for the extractor.</p><p>Second paragraph with more words about ports, grain and trade routes across the sea.</p></article><script>alert(1)</script></body></html>');
    const empty = join(outside, 'empty.txt');
    await fs.writeFile(empty, '');
    const duplicate = join(outside, 'copy-of-sample.txt');
    await fs.copyFile(join(SAMPLES_DIR, 'grain-corridor-talks.txt'), duplicate);

    app = await launchApp();
    const { page, libraryDir } = app;
    app.answerImportDialog([cp1251, page1, empty, duplicate]);
    await page.getByRole('button', { name: 'Import files…' }).click();
    await expect(page.getByText('2 imported, 1 already in the library, 1 could not be imported.')).toBeVisible();
    await expect(page.getByText(/^empty\.txt: /)).toBeVisible();
    await expect(page.getByText(/^Already in the library: Ministers agree/)).toBeVisible();

    const list = page.getByRole('list', { name: 'Articles' });
    await expect(list.getByRole('button', { name: 'Встреча в Москве' })).toBeVisible();
    await expect(list.getByRole('button', { name: 'Saved page title' })).toBeVisible();
    expect((await fs.readdir(libraryDir)).filter((n) => !n.startsWith('.')).sort()).toEqual(
      ['grain-corridor-talks.txt', 'harbour-authority-budget.txt', 'moscow.txt', 'page.html', 'water-security-brief.md'].sort(),
    );
    expect(await fs.readFile(cp1251)).toEqual(iconv.encode(RUSSIAN, 'windows-1251'));

    await openArticle(page, 'Встреча в Москве');
    // (The title is a statement too, in the heading; the body's statements follow it.)
    await expect(page.locator('.article-body [data-statement]').first()).toHaveText('Президенты обсудили торговлю и транспортные коридоры.');
    // The encoding is among the reader's rarer actions.
    await page.getByRole('button', { name: 'More actions' }).click();
    await expect(page.getByRole('combobox', { name: 'Encoding' })).toHaveValue('windows-1251');
    // A wrong choice shows wrong text; the right one brings it back, and the choice is remembered.
    await page.getByRole('combobox', { name: 'Encoding' }).selectOption('koi8-r');
    await expect(page.locator('.article-body [data-statement]').first()).not.toHaveText('Президенты обсудили торговлю и транспортные коридоры.');
    await page.getByRole('combobox', { name: 'Encoding' }).selectOption('windows-1251');
    await expect(page.locator('.article-body [data-statement]').first()).toHaveText('Президенты обсудили торговлю и транспортные коридоры.');
    expect(app.foreignRequests).toEqual([]);
  });

  it('makes an article of pasted text and of dropped files', async () => {
    app = await launchApp();
    const { page } = app;
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Pasted wire copy\n\nOfficials confirmed the talks. A second round is planned.');
      window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await expect(page.locator('article h1')).toHaveText('Pasted wire copy');
    await expect(page.locator('.article-body [data-statement]')).toHaveText(['Officials confirmed the talks.', 'A second round is planned.']);

    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Dropped dispatch\n\nThe ministry issued a statement on Friday.'], 'dropped.txt', { type: 'text/plain' }));
      data.items.add(new File([new Uint8Array([0, 1, 2, 0, 255])], 'blob.txt'));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect(page.getByText('1 imported, 1 could not be imported.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: 'Dropped dispatch' })).toBeVisible();
  });

  it('picks up files added, changed and removed outside the app, keeping notes of removed ones', async () => {
    app = await launchApp();
    const { page, libraryDir } = app;
    const list = page.getByRole('list', { name: 'Articles' });
    await fs.writeFile(join(libraryDir, 'late.txt'), 'Late arrival\n\nA file saved into the folder by another program.');
    await expect(list.getByRole('button', { name: 'Late arrival' })).toBeVisible({ timeout: 15_000 });

    await openArticle(page, 'Late arrival');
    await page.locator('.article-body [data-statement]').first().click();
    await page.keyboard.press('1');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await fs.writeFile(join(libraryDir, 'late.txt'), 'Late arrival\n\nEdited outside. A file saved into the folder by another program.');
    await expect(page.locator('.article-body [data-statement]').first()).toHaveText('Edited outside.', { timeout: 15_000 });
    await expect(page.locator('.article-body [data-statement]').nth(1)).toHaveAttribute('data-tags', 'Claim');

    await fs.rm(join(libraryDir, 'late.txt'));
    const missing = list.getByRole('listitem').filter({ hasText: 'The file was removed from the library folder.' });
    await expect(missing).toContainText('Late arrival', { timeout: 15_000 });
    await expect(missing).toContainText('1 annotations kept');
    await missing.getByRole('button', { name: 'Forget this missing file' }).click();
    await expect(missing).toHaveCount(0);
  });

  it('follows a file renamed outside the app: listed once, with its tags, never as removed', async () => {
    app = await launchApp();
    const { page, libraryDir } = app;
    const list = page.getByRole('list', { name: 'Articles' });
    await fs.writeFile(join(libraryDir, 'draft-note.txt'), 'Renamed later\n\nThis file gets a better name. Its tags must follow it.');
    await expect(list.getByRole('button', { name: 'Renamed later' })).toBeVisible({ timeout: 15_000 });
    await openArticle(page, 'Renamed later');
    await page.locator('[data-statement]').first().click();
    await page.keyboard.press('1');
    await expect(page.getByRole('status')).toHaveText('Saved');

    await fs.mkdir(join(libraryDir, 'archive'));
    await fs.rename(join(libraryDir, 'draft-note.txt'), join(libraryDir, 'archive', 'renamed-note.txt'));
    await expect(list.getByRole('listitem').filter({ hasText: 'Renamed later' })).toHaveCount(1, { timeout: 15_000 });
    await expect(list.getByText('The file was removed from the library folder.')).toHaveCount(0);
    await page.reload();
    await openArticle(page, 'Renamed later');
    await expect(page.locator('[data-statement]').first()).toHaveAttribute('data-tags', 'Claim');
    expect(app.pageErrors).toEqual([]);
  });

  it('moves a deleted article to the trash and keeps its notes', async () => {
    app = await launchApp();
    const { page, libraryDir } = app;
    await openArticle(page, 'Ministers agree to resume grain corridor talks in Geneva next month');
    await page.locator('[data-statement]').first().click();
    await page.getByRole('textbox', { name: 'Note' }).fill('Keep this thought.');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('button', { name: 'Delete article…' }).click();
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button')).toHaveCount(2);
    await expect(page.locator('article')).toHaveCount(0);
    expect(await fs.readdir(join(libraryDir, '.dossier', 'trash'))).toContain('grain-corridor-talks.txt');
    // The note is still in the database: the composer's passage list finds it.
    await page.getByRole('tab', { name: 'Briefings' }).click();
    await page.getByRole('button', { name: 'New briefing' }).click();
    await page.getByRole('searchbox', { name: 'Find passages' }).fill('keep this thought');
    await expect(page.getByRole('list', { name: 'Passages to insert' }).getByRole('listitem')).toHaveCount(1);

    // They stay in Dossier's own trash until it is emptied, on purpose.
    await page.getByRole('tab', { name: 'Library' }).click();
    const trash = page.getByRole('region', { name: "Dossier's trash" });
    await expect(trash).toContainText('1 article is no longer in the library');
    await trash.getByRole('button', { name: "Empty Dossier's trash…" }).click();
    await trash.getByRole('button', { name: 'Delete them' }).click();
    await expect(trash).toHaveCount(0);
    await page.getByRole('tab', { name: 'Briefings' }).click();
    await page.getByRole('button', { name: 'New briefing' }).click();
    await page.getByRole('searchbox', { name: 'Find passages' }).fill('keep this thought');
    await expect(page.getByRole('list', { name: 'Passages to insert' }).getByRole('listitem')).toHaveCount(0);
  });
});
