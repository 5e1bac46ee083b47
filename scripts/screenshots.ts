// `npm run screenshots`: the pictures in docs/screenshots/, made from the built app through the test
// harness, in the light and the dark theme: the reader with a saved web page (and its portrait strip), the
// tagged statements, the pattern views (matrix, co-occurrence, timeline), the briefing composer with a view
// inserted and the Backups dialog. The web page is our own, written here.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp, openArticle, SAMPLES_DIR } from '../tests/e2e/harness';

const OUT = resolve(__dirname, '..', 'docs', 'screenshots');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Caspian grain corridor: what the new insurance pool changes | Harbour Dispatch</title>
<meta property="og:title" content="Caspian grain corridor: what the new insurance pool changes">
<meta property="og:site_name" content="Harbour Dispatch"><meta name="author" content="Lena Ortiz">
<meta property="article:published_time" content="2026-11-30T08:15:00Z">
<link rel="canonical" href="https://harbour-dispatch.example/caspian-insurance-pool"></head>
<body><article><h1>Caspian grain corridor: what the new insurance pool changes</h1>
<p>Insurers from four countries agreed on Friday to pool war-risk cover for grain ships crossing the Caspian, cutting premiums by about a third, according to the ministry of transport.</p>
<p>"We will not let insurance costs decide where grain goes," the deputy minister, Aru Seitkali, told reporters in Aktau. She said the pool would cover up to 40 ships a month from January.</p>
<ul><li>Premiums fall from 1.2% to 0.8% of the cargo's value.</li><li>Claims are settled in Aktau within 30 days.</li><li>The pool is reviewed every six months.</li></ul>
<p>Shipping analysts expect volumes to rise by 15% in the first quarter. Dr. Omar Haddad, an analyst at the regional chamber of commerce, called the deal "overdue but welcome".</p>
<p>Critics say the pool shifts risk onto public budgets. The finance ministry has not said how large its guarantee will be.</p>
</article></body></html>`;

async function shoot(page: Page, name: string, target?: Parameters<Page['screenshot']>[0] & { element?: string }): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(150);
    const path = join(OUT, `${name}-${scheme}.png`);
    if (target?.element) await page.locator(target.element).screenshot({ path });
    else await page.screenshot({ path });
    console.log(`wrote ${path}`);
  }
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  const libraryDir = join(await fs.mkdtemp(join(tmpdir(), 'dossier-shots-')), 'Dossier Library');
  await fs.mkdir(libraryDir, { recursive: true });
  for (const name of await fs.readdir(SAMPLES_DIR)) await fs.copyFile(join(SAMPLES_DIR, name), join(libraryDir, name));
  await fs.writeFile(join(libraryDir, 'caspian-insurance-pool.html'), PAGE);
  const app = await launchApp({ libraryDir, watch: false, viewport: { width: 1440, height: 900 } });
  const { page } = app;
  try {
    await openArticle(page, /Caspian grain corridor/);
    const statement = (text: RegExp) => page.locator('[data-statement]').filter({ hasText: text }).first();
    const tag = async (text: RegExp, key: string) => {
      await statement(text).click();
      await page.keyboard.press(key);
      await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    };
    await tag(/^Insurers from four countries/, '1');
    await tag(/^Insurers from four countries/, '3');
    await tag(/^"We will not let insurance costs/, '4');
    await tag(/^She said the pool would cover/, '2');
    await tag(/^Shipping analysts expect/, '5');
    await page.keyboard.press('n');
    await page.keyboard.type('Check against **Q1 port data** before citing.');
    await page.keyboard.press('Escape');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await statement(/^"We will not let insurance costs/).click();
    await shoot(page, 'reader-web-article');
    await shoot(page, 'tagged-statements', { element: 'aside.pane.editor' });

    // Who said what: the current statement's speaker over its paragraph, the Actors panel, and everything one
    // person said across the library.
    await openArticle(page, /Port authority approves/);
    await statement(/^The chair of the board, Marta Lindqvist/).click();
    const actors = page.getByRole('region', { name: 'Actors' });
    await actors.getByRole('button', { name: /^Marta Lindqvist/ }).click();
    await actors.scrollIntoViewIfNeeded();
    await shoot(page, 'who-said-what');
    await page.getByRole('button', { name: 'What did Marta Lindqvist say, across the library' }).click();
    await page.locator('section[aria-label="Statements by Marta Lindqvist"][aria-busy="false"]').waitFor();
    await shoot(page, 'what-did-x-say');

    // A few more tags across the sample articles, so the pattern views have a pattern to show.
    const more: [RegExp, RegExp, string][] = [
      [/Port authority approves/, /^The board of the Northern Harbour Authority/, '3'],
      [/Port authority approves/, /^Dr\. Henrik Aalto/, '5'],
      [/Port authority approves/, /^Not everyone was convinced/, '1'],
      [/Ministers agree to resume/, /^Shipping analysts estimate/, '3'],
      [/Ministers agree to resume/, /^Shipping analysts estimate/, '1'],
      [/Ministers agree to resume/, /^"We are not there yet/, '4'],
      [/Drought pushes three provinces/, /./, '1'],
    ];
    for (const [article, text, key] of more) {
      await openArticle(page, article);
      await tag(text, key);
    }
    // The views follow the notes once they have been quiet a moment: the matrix shows every tagged article then.
    await page.getByRole('button', { name: 'Matrix', exact: true }).click();
    await page.getByRole('columnheader', { name: /Port authority approves/ }).waitFor();
    for (const [button, name] of [['Matrix', 'matrix'], ['Co-occurrence', 'cooccurrence'], ['Timeline', 'timeline']] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.locator(`section.pattern-view[aria-label="${button}"][aria-busy="false"]`).waitFor();
      await page.getByRole('button', { name: 'Export SVG' }).waitFor();
      await shoot(page, `pattern-${name}`);
    }
    await page.getByRole('button', { name: 'Matrix', exact: true }).click();
    await page.locator('section.pattern-view[aria-label="Matrix"][aria-busy="false"]').waitFor();

    await page.getByRole('tab', { name: 'Briefings' }).click();
    await page.getByRole('button', { name: 'New briefing' }).click();
    await page.getByRole('textbox', { name: 'Briefing title' }).fill('Caspian corridor: week 48');
    await page.getByRole('textbox', { name: 'Briefing text' }).click();
    await page.keyboard.type('## Summary\n\nA shared insurance pool cuts premiums by about a third from January.\n\n');
    await page.getByRole('list', { name: 'Passages to insert' }).getByRole('button', { name: /^"We will not let/ }).click();
    await page.keyboard.type('## The pattern\n');
    await page.getByRole('button', { name: 'Insert view' }).click();
    await page.getByRole('region', { name: 'Preview' }).getByRole('img', { name: 'Tag matrix' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await shoot(page, 'composer');

    await page.getByRole('button', { name: 'Backups' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await dialog.getByText(/^Backed up to /).waitFor();
    // The newest backup (the one just made, with the notes) is listed first once the list has it too.
    const backups = dialog.getByRole('list', { name: 'Backups' }).getByRole('button');
    while ((await backups.count()) < 2) await page.waitForTimeout(100);
    await backups.first().click();
    await dialog.getByRole('region', { name: 'Backup contents' }).waitFor();
    await shoot(page, 'backups');
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
