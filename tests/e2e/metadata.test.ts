// An article's metadata as a reader sees it: dates in the user's language (never raw timestamps), a site
// named once when it is both the byline and the source.
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

const page = (title: string, published: string) => `<html><head><title>${title}</title>
<meta property="og:site_name" content="Harbour News"><meta name="author" content="Harbour News">
<meta property="article:published_time" content="${published}"></head>
<body><article><h1>${title}</h1><p>The port handled more containers this year than in any year before, officials said on Monday.</p>
<p>Analysts expect the growth to continue as two new berths open next spring, the authority said.</p></article></body></html>`;

describe('article metadata', () => {
  it('shows dates in words, with the time only where the source gives one, and a site named once', async () => {
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-meta-'));
    await fs.writeFile(join(libraryDir, 'timed.html'), page('Port traffic at a record', '2019-01-03T07:00:02.000Z'));
    await fs.writeFile(join(libraryDir, 'day.html'), page('New berths next spring', '2017-01-13T00:00:04-05:00'));
    app = await launchApp({ libraryDir, watch: false });
    const { page: p } = app;
    const list = p.getByRole('list', { name: 'Articles' });
    await expect(list).toContainText('Jan 3, 2019');
    await expect(list).toContainText('Jan 13, 2017');
    await expect(list).not.toContainText('2019-01-03T');
    await expect(list).not.toContainText('T00:00:04');

    await openArticle(p, 'Port traffic at a record');
    const meta = p.locator('.article-meta');
    await expect(meta).toHaveText(/^Harbour News · Jan 3, 2019, \d{1,2}:00\s?[AP]M$/);
    await openArticle(p, 'New berths next spring');
    await expect(meta).toHaveText('Harbour News · Jan 13, 2017');
    expect(app.pageErrors).toEqual([]);
  });
});

describe('article language', () => {
  it('shows the detected language in Article details, and a chosen one re-segments at once and is remembered', async () => {
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-lang-'));
    const text = 'Доклад в Москве\n\nДоклад прочитал проф. Иванов из Москвы. Встреча прошла на ул. Тверской, сообщил зам. министра. Позднее участники обсудили торговлю и транспортные коридоры региона.\n';
    await fs.writeFile(join(libraryDir, 'doklad.txt'), text);
    app = await launchApp({ libraryDir, watch: false });
    const { page: p } = app;
    await openArticle(p, 'Доклад в Москве');
    const body = p.locator('.article-body [data-statement]');
    await expect(body.filter({ hasText: /^Доклад прочитал проф\. Иванов из Москвы\.$/ })).toHaveCount(1);
    const bodyCount = await body.count();

    await p.getByRole('button', { name: 'More actions' }).click();
    await p.getByRole('button', { name: 'Edit details' }).click();
    const language = p.getByRole('dialog', { name: 'Article details' }).getByRole('combobox', { name: 'Language' });
    await expect(language.locator('option:checked')).toHaveText(/^(Russian|русский) \(detected\)$/);
    await language.selectOption('en');
    // English rules end a statement at "проф." and "ул.": more statements, at once.
    await expect.poll(() => body.count()).toBeGreaterThan(bodyCount);
    await expect(body.filter({ hasText: /^Доклад прочитал проф\.$/ })).toHaveCount(1);
    await p.keyboard.press('Escape');

    await app.close();
    app = await launchApp({ libraryDir, profileDir: app.profileDir, watch: false });
    await openArticle(app.page, 'Доклад в Москве');
    await expect(app.page.locator('.article-body [data-statement]').filter({ hasText: /^Доклад прочитал проф\.$/ })).toHaveCount(1);
    expect(app.pageErrors).toEqual([]);
  });
});
