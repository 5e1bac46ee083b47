// Metadata that looked raw: a plain-text title's HTML character references decoded, and its trailing
// "Photo: …" line kept as the article's caption, shown in Article details.
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

describe('plain-text metadata', () => {
  it('decodes the title and shows the trailing photo line as the caption in Article details', async () => {
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-caption-'));
    await fs.writeFile(
      join(libraryDir, 'club.txt'),
      'Club fined &#163;1.8m over &quot;risqu&#233;&quot; advert\n\nThe league fined the club on Monday over an advert it called risqué, officials said.\n\nPhoto: Fans outside the stadium (Reuters)\n',
    );
    app = await launchApp({ libraryDir, watch: false });
    const { page } = app;
    await expect(page.getByRole('list', { name: 'Articles' })).toContainText('Club fined £1.8m over "risqué" advert');
    await openArticle(page, 'Club fined £1.8m over "risqué" advert');
    await expect(page.locator('#article-title')).toHaveText('Club fined £1.8m over "risqué" advert');
    await expect(page.locator('article')).not.toContainText('Photo:');
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('button', { name: 'Edit details' }).click();
    const details = page.getByRole('dialog', { name: 'Article details' });
    await expect(details.locator('.details-caption')).toHaveText('Caption Fans outside the stadium (Reuters)');
    expect(app.pageErrors).toEqual([]);
  });
});
