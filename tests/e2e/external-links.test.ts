// A saved page's web address opens in the system browser only after the user confirms, and only if it is
// http or https.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';

let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

const page = (href: string) =>
  `<html><head><title>Port report</title><link rel="canonical" href="${href}"></head><body><article><h1>Port report</h1><p>The port handled more containers this year than in any year before, officials said on Monday.</p><p>Analysts expect the growth to continue as two new berths open next spring.</p></article></body></html>`;

describe('external links', () => {
  it('opens the original page in the browser, and never a non-web address', async () => {
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-links-'));
    await fs.writeFile(join(libraryDir, 'port.html'), page('https://news.example/port-report'));
    app = await launchApp({ libraryDir, watch: false });
    await openArticle(app.page, 'Port report');
    await app.page.getByRole('button', { name: 'Open original page' }).click();
    await expect.poll(() => app!.openedUrls).toEqual(['https://news.example/port-report']);
    const refused = await app.page.evaluate(() => window.api.openExternal({ url: 'file:///etc/passwd' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(app.openedUrls).toHaveLength(1);
    expect(app.foreignRequests).toEqual([]);
  });
});
