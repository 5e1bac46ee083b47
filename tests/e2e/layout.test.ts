// The panes in the real app: the library and notes panes resize by dragging their edge (or with the arrow
// keys on it), fold away with Ctrl+\, and come back as they were left after a restart.
import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { afterEach, describe, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

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
