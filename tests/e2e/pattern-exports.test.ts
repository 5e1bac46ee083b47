// Issue 14's pictures people take away, end to end in Chromium: the article portrait beside the reader
// (a mark per tagged statement in its tag's colour, a click goes there, even far down a long article),
// and a pattern view exported as SVG, PNG (a real picture: its pixels decoded) and CSV.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, beforeAll, describe, it } from 'vitest';
import { parseArticleFile } from '../../src-main/import';
import { segment } from '../../src-renderer/core/segment';
import { generateArticle } from '../bench/cases/reader';
import { parsePdf } from '../../src-main/import/formats/pdf';
import { launchApp, openArticle, type LaunchedApp } from './harness';
import { decodePng } from './png';

let app: LaunchedApp | null = null;

const PORT = 'Port authority approves record budget as container traffic recovers';
const GRAIN = 'Ministers agree to resume grain corridor talks in Geneva next month';

afterEach(async () => {
  await app?.close();
  app = null;
});

const NEEDLE = 'The harbour authority in Tromsø confirmed the cargo manifest on Friday.';

let long: { libraryDir: string; title: string; text: string; spans: { start: number; end: number }[] };

beforeAll(async () => {
  const raw = generateArticle(260_000).replace(/\n\nSource:/, ` ${NEEDLE}\n\nSource:`);
  const parsed = await parseArticleFile('long.txt', new TextEncoder().encode(raw));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-portrait-'));
  await fs.writeFile(join(libraryDir, 'long.txt'), raw);
  long = { libraryDir, title: parsed.value.title, text: parsed.value.text, spans: segment(parsed.value.text, parsed.value.blocks, 'en') };
});

describe('article portrait', () => {
  it('marks each tagged statement in its tag colour, in text order, and a click on a mark goes to it', async () => {
    app = await launchApp({ libraryDir: long.libraryDir, watch: false });
    const { page } = app;
    await openArticle(page, long.title);
    const portrait = page.locator('.portrait');
    await expect(portrait).toBeVisible();
    await expect(portrait.locator('.portrait-mark')).toHaveCount(0);
    // Where the reader is: the drawn part of the long article, at its top.
    const here = portrait.locator('.portrait-here');
    const share = async () => {
      const [box, strip] = [(await here.boundingBox())!, (await portrait.boundingBox())!];
      return (box.y + box.height / 2 - strip.y) / strip.height;
    };
    expect(await share()).toBeLessThan(0.05);

    // One statement near the top (Figure, key 3), one at the very end (Claim, key 1), found with Ctrl+F.
    const first = page.locator('.article-body [data-statement]').first();
    await first.click();
    await page.keyboard.press('3');
    await expect(page.getByRole('status')).toHaveText('Saved');
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find in article' }).fill('Tromsø');
    await expect(page.getByText('1 of 1')).toBeVisible();
    await page.keyboard.press('Enter');
    const target = long.spans.find((s) => long.text.slice(s.start, s.end) === NEEDLE)!;
    const needle = page.locator(`[data-statement="s${target.start}-${target.end}"]`);
    await expect(needle).toBeInViewport();
    await page.keyboard.press('Escape');
    await needle.click();
    await page.keyboard.press('1');
    await expect(page.getByRole('status')).toHaveText('Saved');

    const marks = portrait.locator('.portrait-mark');
    await expect(marks).toHaveCount(2);
    const index = long.spans.indexOf(target) + 1;
    await expect(marks.nth(0)).toHaveAttribute('title', /^Type\/Figure, statement \d+$/);
    await expect(marks.nth(1)).toHaveAttribute('title', `Type/Claim, statement ${index}`);
    const looks = await marks.evaluateAll((els) => els.map((el) => ({ color: getComputedStyle(el).backgroundColor, top: el.getBoundingClientRect().top })));
    expect(looks.map((l) => l.color)).toEqual(['rgb(217, 119, 6)', 'rgb(37, 99, 235)']);
    const strip = (await portrait.boundingBox())!;
    // The first near the strip's top, the last near its bottom: placed by their share of the text.
    expect(looks[0]!.top - strip.y).toBeLessThan(strip.height * 0.05);
    expect(looks[1]!.top - strip.y).toBeGreaterThan(strip.height * 0.95);
    // The strip stays beside the reader whatever the scroll, running down to the pane's bottom.
    const pane = (await page.locator('main.pane').boundingBox())!;
    expect(strip.y + strip.height).toBeGreaterThan(pane.y + pane.height - 20);
    expect(strip.x + strip.width).toBeLessThanOrEqual(pane.x + pane.width);

    // Back at the top, a click on the last mark goes to the statement far below (drawn first).
    await page.evaluate(`document.querySelector('main.pane').scrollTop = 0`);
    await expect(needle).toHaveCount(0);
    await marks.nth(1).click();
    await expect(needle).toBeInViewport();
    await expect(needle).toHaveAttribute('aria-current', 'true');
    await expect(needle).toBeFocused();
    await expect.poll(share).toBeGreaterThan(0.95);
    // And a click on the strip half way down goes to a statement in the middle of the article, as a scrollbar would.
    await portrait.click({ position: { x: strip.width / 2, y: strip.height / 2 } });
    const current = await page.locator('[data-statement][aria-current="true"]').getAttribute('data-statement');
    const start = Number(/^s(\d+)-/.exec(current!)![1]);
    expect(start / long.text.length).toBeGreaterThan(0.45);
    expect(start / long.text.length).toBeLessThan(0.55);
    await expect(page.locator('[data-statement][aria-current="true"]')).toBeInViewport();
    // Hidden from screen readers: the notes pane lists the same places with their quotes.
    await expect(portrait).toHaveAttribute('aria-hidden', 'true');
    expect(app.pageErrors).toEqual([]);
  });
});

async function tag(page: LaunchedApp['page'], text: RegExp, key: string) {
  await page.locator('[data-statement]').filter({ hasText: text }).click();
  await page.keyboard.press(key);
  await expect(page.getByRole('status')).toHaveText('Saved');
}

/** Clicks an export button and returns the one file it added to the export folder. */
async function exported(app: LaunchedApp, click: () => Promise<void>): Promise<string> {
  const before = new Set(await fs.readdir(app.exportDir));
  await click();
  const notice = app.page.getByRole('region', { name: 'Export finished' });
  await expect(notice).toBeVisible();
  const added = (await fs.readdir(app.exportDir)).filter((n) => !before.has(n));
  expect(added).toHaveLength(1);
  await expect(notice).toContainText(`Exported ${added[0]}`);
  await notice.getByRole('button', { name: 'Close' }).click();
  return join(app.exportDir, added[0]!);
}

/** A strict RFC 4180 read of the CSV the view wrote (no field here holds a quote or a line break). */
function csvRecords(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(1, -2).split('\r\n').map((line) => line.split(',').map((f) => f.replace(/^"(.*)"$/, '$1')));
}

describe('pattern views taken away', () => {
  it('exports the matrix as SVG, PNG and CSV with the numbers it shows, and the timeline as a picture', async () => {
    app = await launchApp();
    const { page } = app;
    await openArticle(page, PORT);
    await tag(page, /^Dr\. Henrik Aalto/, '1');
    await tag(page, /^The board of the Northern Harbour Authority/, '3');
    await openArticle(page, GRAIN);
    await tag(page, /^Shipping analysts estimate/, '1');

    await page.getByRole('button', { name: 'Matrix', exact: true }).click();
    const table = page.getByRole('table', { name: 'Tag matrix' }).or(page.getByRole('grid', { name: 'Tag matrix' }));
    await expect(table).toBeVisible();
    const claim = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Type/Claim' }) });
    await expect(claim.getByRole('button', { name: /1 passage/ })).toHaveCount(2);

    // SVG: a picture with the view's title, its rows and columns, and a cell per count.
    const svgPath = await exported(app, () => page.getByRole('button', { name: 'Export SVG' }).click());
    expect(svgPath).toMatch(/tag-matrix-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = await fs.readFile(svgPath, 'utf8');
    expect(svg).toContain('<title id="view-title">Tag matrix</title>');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    for (const label of ['Type/Claim', 'Type/Figure']) expect(svg).toContain(`>${label}</text>`);
    const cell = new RegExp(`<rect x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)" fill="(#[0-9a-f]{6})" fill-opacity="[\\d.]+"><title>Type/Claim × ${PORT.slice(0, 20)}[^<]*: 1</title>`);
    const claimCell = cell.exec(svg);
    expect(claimCell, 'the Claim cell of the port article').not.toBeNull();

    // CSV: the same numbers, header of the rows' label and the column titles.
    const csvPath = await exported(app, () => page.getByRole('button', { name: 'Export CSV' }).click());
    const [header, ...rows] = csvRecords(await fs.readFile(csvPath, 'utf8'));
    expect(header![0]).toBe('Tags');
    expect(header).toEqual(expect.arrayContaining([PORT, GRAIN]));
    const byTag = new Map(rows.map((r) => [r[0], r.slice(1).map(Number)]));
    const col = (title: string) => header!.indexOf(title) - 1;
    expect(byTag.get('Type/Claim')![col(PORT)]).toBe(1);
    expect(byTag.get('Type/Claim')![col(GRAIN)]).toBe(1);
    expect(byTag.get('Type/Figure')![col(PORT)]).toBe(1);
    expect(byTag.get('Type/Figure')![col(GRAIN)]).toBe(0);

    // PNG: a real picture at twice the SVG's size, coloured where the cells are, white elsewhere.
    const pngPath = await exported(app, () => page.getByRole('button', { name: 'Export PNG' }).click());
    const png = decodePng(new Uint8Array(await fs.readFile(pngPath)));
    const [, w, h] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect([png.width, png.height]).toEqual([2 * Number(w), 2 * Number(h)]);
    const [x, y, cw, ch, fill] = claimCell!.slice(1);
    const centre = png.at(Math.round(2 * (Number(x) + Number(cw) / 4)), Math.round(2 * (Number(y) + Number(ch) / 4)));
    const expected = [1, 3, 5].map((i) => parseInt(fill!.slice(i, i + 2), 16));
    // The tag's colour (drawn at the cell's opacity over white): bluer than it is red, far from white.
    expect(centre[2]).toBeGreaterThan(centre[0] + 40);
    expect(Math.abs(centre[2] - expected[2]!)).toBeLessThan(40);
    expect(png.at(2, 2)).toEqual([255, 255, 255, 255]);
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 200) inked++;
    expect(inked).toBeGreaterThan(500);

    // The timeline's picture: one lane per tag, a mark per period with statements.
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Export SVG' })).toBeVisible();
    const timeline = await fs.readFile(await exported(app, () => page.getByRole('button', { name: 'Export SVG' }).click()), 'utf8');
    expect(timeline).toContain('<title id="view-title">');
    expect(timeline).toMatch(/<circle [^>]*><title>Type\/Claim, [^<]*: \d+<\/title>/);
    expect(app.pageErrors).toEqual([]);
  });

  it('inserts the view into a briefing and exports the briefing with its picture beside it, and into the PDF', async () => {
    app = await launchApp();
    const { page, exportDir } = app;
    await openArticle(page, PORT);
    await tag(page, /^Dr\. Henrik Aalto/, '1');
    await tag(page, /^The board of the Northern Harbour Authority/, '3');

    await page.getByRole('tab', { name: 'Briefings' }).click();
    await page.getByRole('button', { name: 'New briefing' }).click();
    // No view shown yet: nothing to insert.
    await expect(page.getByRole('button', { name: 'Insert view' })).toBeDisabled();
    await page.getByRole('button', { name: 'Matrix', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Tag matrix' }).or(page.getByRole('grid', { name: 'Tag matrix' }))).toBeVisible();
    await page.getByRole('tab', { name: 'Briefings' }).click();
    await page.getByRole('list', { name: 'Briefings' }).getByRole('button', { name: 'Untitled briefing' }).click();
    await page.getByRole('textbox', { name: 'Briefing title' }).fill('Harbour week');
    const editor = page.getByRole('textbox', { name: 'Briefing text' });
    await editor.click();
    await page.keyboard.type('## The pattern\n');
    await page.getByRole('button', { name: 'Insert view' }).click();
    await expect(editor).toContainText('![Tag matrix](dossier-view:tag-matrix-1.svg)');
    // The preview shows the picture itself, drawn from the numbers the briefing keeps.
    const shown = page.getByRole('region', { name: 'Preview' }).getByRole('img', { name: 'Tag matrix' });
    await expect(shown).toBeVisible();
    expect(await shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 100)).toBe(true);
    await expect(page.getByRole('status')).toHaveText('Saved');

    await page.getByRole('button', { name: 'Export this briefing' }).click();
    await expect(page.getByRole('region', { name: 'Export finished' })).toContainText('Exported harbour-week.md');
    expect((await fs.readdir(exportDir)).sort()).toEqual(['harbour-week-files', 'harbour-week.md']);
    expect(await fs.readdir(join(exportDir, 'harbour-week-files'))).toEqual(['tag-matrix-1.svg']);
    const markdown = await fs.readFile(join(exportDir, 'harbour-week.md'), 'utf8');
    expect(markdown).toMatch(/## The pattern\n\n+!\[Tag matrix\]\(harbour-week-files\/tag-matrix-1\.svg\)\n\n\*Tag matrix: tags by articles\*\n/);
    const picture = await fs.readFile(join(exportDir, 'harbour-week-files', 'tag-matrix-1.svg'), 'utf8');
    expect(picture).toContain('<title id="view-title">Tag matrix</title>');
    expect(picture).toContain('>Type/Figure</text>');

    // Again: the first export is kept, the second moves to the next name with its own folder and links.
    await page.getByRole('button', { name: 'Export this briefing' }).click();
    await expect(page.getByRole('region', { name: 'Export finished' })).toContainText('Exported harbour-week-2.md');
    expect(await fs.readFile(join(exportDir, 'harbour-week-2.md'), 'utf8')).toContain('![Tag matrix](harbour-week-2-files/tag-matrix-1.svg)');
    expect(await fs.readdir(join(exportDir, 'harbour-week-2-files'))).toEqual(['tag-matrix-1.svg']);

    // The PDF shows the picture: its text (the view's description) is in the page, drawn from the SVG.
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.getByRole('region', { name: 'Export finished' })).toContainText('Exported harbour-week.pdf');
    const pdf = await parsePdf('harbour-week.pdf', new Uint8Array(await fs.readFile(join(exportDir, 'harbour-week.pdf'))));
    expect(pdf.ok).toBe(true);
    const text = pdf.ok ? pdf.value.text.replace(/\s+/g, ' ') : '';
    expect(text).toContain('Type/Figure');
    expect(text).toMatch(/Tags by articles: \d+ × \d+, \d+ in all\./);
    expect(app.pageErrors).toEqual([]);
  });
});
