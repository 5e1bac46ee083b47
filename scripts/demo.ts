// `npm run demo`: the app in a Chromium window through the test harness, for machines without the
// Electron binary. `npm run demo -- --screenshot file.png` writes a headless screenshot instead.
import { launchApp, openArticle } from '../tests/e2e/harness';

const args = process.argv.slice(2);
const shotIndex = args.indexOf('--screenshot');
const screenshot = shotIndex >= 0 ? args[shotIndex + 1] : undefined;

async function main(): Promise<void> {
  if (shotIndex >= 0 && !screenshot) throw new Error('Usage: npm run demo -- --screenshot file.png');
  const app = await launchApp({ headless: !!screenshot, viewport: { width: 1440, height: 900 } });
  const { page } = app;
  const first = page.getByRole('list', { name: 'Articles' }).getByRole('button').first();
  const title = (await first.textContent())?.trim() ?? '';
  await openArticle(page, title);
  if (!screenshot) {
    console.log(`Dossier is open in Chromium. Library: ${app.libraryDir}\nExports go to: ${app.exportDir}\nClose the window to quit.`);
    await new Promise<void>((resolve) => app.context.on('close', () => resolve()));
    return;
  }
  // Show a tagged statement with a note, as an analyst would have it.
  const statements = page.locator('[data-statement]');
  await statements.nth(2).click();
  await page.keyboard.press('1');
  await statements.nth(4).click();
  await page.keyboard.press('4');
  await page.getByRole('textbox', { name: 'Note' }).fill('Direct quote from the chair: worth citing.');
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await page.screenshot({ path: screenshot });
  console.log(`Screenshot written to ${screenshot}`);
  await app.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
