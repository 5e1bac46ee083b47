// A dossier:// link from an exported briefing opens the article at its passage.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

const PORT = 'Port authority approves record budget as container traffic recovers';
const GRAIN = 'Ministers agree to resume grain corridor talks in Geneva next month';
let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('dossier:// links', () => {
  it('opens the passage a briefing links to', async () => {
    app = await launchApp();
    const { page, exportDir } = app;
    await openArticle(page, PORT);
    const target = page.locator('[data-statement]').filter({ hasText: /^Not everyone was convinced/ });
    await target.click();
    await page.keyboard.press('4');
    await page.getByRole('button', { name: 'Export briefing' }).click();
    await expect(page.getByRole('status')).toContainText('.md');
    const [file] = await fs.readdir(exportDir);
    const link = /\[Open in Dossier\]\((dossier:\/\/[^)]+)\)/.exec(await fs.readFile(join(exportDir, file!), 'utf8'))?.[1];
    expect(link).toBeDefined();

    await openArticle(page, GRAIN);
    await app.emitEvent({ kind: 'open-link', url: link! });
    await expect(page.locator('article h1')).toHaveText(PORT);
    await expect(page.locator('[data-statement]').filter({ hasText: /^Not everyone was convinced/ })).toHaveAttribute('aria-current', 'true');

    await app.emitEvent({ kind: 'open-link', url: 'https://example.com/not-ours' });
    await expect(page.getByRole('status')).toHaveText('That link is not a Dossier link.');
  });
});
