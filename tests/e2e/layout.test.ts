// The panes in the real app: the library and notes panes resize by dragging their edge (or with the arrow
// keys on it), fold away with Ctrl+\, and come back as they were left after a restart.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const widthOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().width));

describe('pane layout', () => {
  it('resizes a pane by its edge and by keys, folds both with Ctrl+\\, and keeps the layout across a restart', async () => {
    app = await launchApp();
    let { page } = app;
    const library = 'nav.pane.library';
    const before = await widthOf(page, library);
    const edge = page.getByRole('separator', { name: 'Library width' });
    const box = (await edge.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 220, { steps: 5 });
    await page.mouse.move(box.x + 200, box.y + 220, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => widthOf(page, library)).toBe(before + 200 - Math.round(box.width / 2));
    const dragged = await widthOf(page, library);

    const notes = page.getByRole('separator', { name: 'Notes width' });
    const notesBefore = await widthOf(page, 'aside.pane.editor');
    await notes.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => widthOf(page, 'aside.pane.editor')).toBe(notesBefore + 16);

    const readerBefore = await widthOf(page, 'main.pane');
    await page.keyboard.press('Control+\\');
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
    await expect(page.getByRole('complementary', { name: 'Notes' })).toBeHidden();
    await expect.poll(() => widthOf(page, 'main.pane')).toBeGreaterThan(readerBefore + dragged);
    await page.keyboard.press('Control+\\');
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();

    const { profileDir, libraryDir } = app;
    await page.waitForTimeout(300);
    await app.close();
    app = await launchApp({ profileDir, libraryDir });
    page = app.page;
    await expect.poll(() => widthOf(page, library)).toBe(dragged);
    await expect.poll(() => widthOf(page, 'aside.pane.editor')).toBe(notesBefore + 16);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('reader toolbar', () => {
  it('stays on one line on a web article, with the rarer actions behind More', async () => {
    // A saved page with its web address and a legacy encoding: every action of the toolbar is there.
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-toolbar-'));
    const html = `<html><head><meta charset="windows-1252"><title>Port report</title><link rel="canonical" href="https://news.example/port-report"></head><body><article><h1>Port report</h1><p>The port handled more containers this year than in any year before, officials said on Monday.</p><p>Analysts expect the growth to continue as two new berths open next spring.</p></article></body></html>`;
    await fs.writeFile(join(libraryDir, 'port.html'), html);
    app = await launchApp({ libraryDir, watch: false, viewport: { width: 1280, height: 800 } });
    const { page } = app;
    await openArticle(page, 'Port report');
    await expect(page.getByRole('button', { name: 'Open original page' })).toBeVisible();
    const toolbar = page.getByRole('toolbar', { name: 'Reading' });
    // Every shown control of the toolbar stands on the same line.
    const spread = await toolbar.evaluate((el) => {
      const shown = [...el.children].filter((c) => (c as HTMLElement).offsetParent !== null);
      const middles = shown.map((c) => {
        const box = c.getBoundingClientRect();
        return box.top + box.height / 2;
      });
      return { count: shown.length, spread: Math.max(...middles) - Math.min(...middles) };
    });
    expect(spread.count).toBeGreaterThanOrEqual(6);
    expect(spread.spread).toBeLessThan(8);
    await page.getByRole('button', { name: 'More actions' }).click();
    const more = page.getByRole('group', { name: 'More actions' });
    await expect(more.getByRole('button', { name: 'Edit details' })).toBeVisible();
    await expect(more.getByRole('button', { name: 'Delete article…' })).toBeVisible();
    await more.getByRole('button', { name: 'Shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expect(more).toBeHidden();
    expect(app.pageErrors).toEqual([]);
  });
});
