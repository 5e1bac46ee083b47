// Nothing lost, ever, under hard faults: the analyst tags and types notes, and the browser is killed
// (SIGKILL, no shutdown at all) or only its renderer crashes. Every note that was shown as "Saved" must be
// there afterwards, whole; what was typed after it may be lost, but only from the end (a prefix is kept).
// TORTURE_TRIALS sets the trials per kind (default 5; `npm run torture`: 100).
import { readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { expect } from '@playwright/test';
import type { Page } from 'playwright-core';
import { afterEach, describe, it } from 'vitest';
import { APP_URL, launchApp, openArticle, type LaunchedApp } from './harness';

const TRIALS = Math.max(1, Number(process.env['TORTURE_TRIALS'] ?? 5));
const TITLES = [
  'Ministers agree to resume grain corridor talks in Geneva next month',
  'Port authority approves record budget as container traffic recovers',
  'Drought pushes three provinces to ration water',
];

let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close().catch(() => {});
  app = null;
});

interface SavedNote {
  title: string;
  index: number;
  /** What was on screen when "Saved" showed. */
  saved: string;
  /** `saved` plus what was typed after it, without waiting. */
  typed: string;
}

interface Tally {
  trials: number;
  checked: number;
  lost: string[];
  /** The unsaved tail: kept whole, kept in part, lost (proof that the fault landed mid-typing). */
  tailWhole: number;
  tailPart: number;
  tailLost: number;
}

const newTally = (): Tally => ({ trials: 0, checked: 0, lost: [], tailWhole: 0, tailPart: 0, tailLost: 0 });

/** Chromium processes started with this profile, read from /proc (Linux only, like the CI machines): a
 * persistent context gives no handle on its browser process. */
function processesOf(profileDir: string): { pid: number; browser: boolean }[] {
  const found: { pid: number; browser: boolean }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profileDir}`)) found.push({ pid: Number(entry), browser: !args.some((a) => a.startsWith('--type=')) });
  }
  return found;
}

/** SIGKILL to the browser process itself, then wait until every process of that profile is gone. */
async function killBrowser(launched: LaunchedApp): Promise<void> {
  const browsers = processesOf(launched.profileDir).filter((p) => p.browser);
  expect(browsers).toHaveLength(1);
  const closed = new Promise<void>((done) => launched.context.once('close', () => done()));
  process.kill(browsers[0]!.pid, 'SIGKILL');
  await closed;
  await expect.poll(() => processesOf(launched.profileDir).length, { timeout: 20_000 }).toBe(0);
  await launched.close().catch(() => {});
}

function statementOf(page: Page, index: number) {
  return page.locator('article[aria-busy="false"] [data-statement]').nth(index);
}

/** Types a unique note on a statement, waits for "Saved", then types more and returns at once. */
async function typeNote(page: Page, kind: string, trial: number): Promise<SavedNote> {
  const title = TITLES[trial % TITLES.length]!;
  await openArticle(page, title);
  const count = await page.locator('article[aria-busy="false"] [data-statement]').count();
  const index = Math.floor(trial / TITLES.length) % count;
  await statementOf(page, index).click();
  const note = page.getByRole('textbox', { name: 'Note' });
  await note.click();
  await page.keyboard.press('Control+a');
  const saved = `${kind} ${trial} ${randomBytes(4).toString('hex')}`;
  await page.keyboard.type(saved);
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 20_000 });
  await expect(note).toHaveValue(saved);
  const tail = ` then unsaved ${randomBytes(3).toString('hex')}`;
  // No waiting: each keystroke is dispatched and the fault comes right after.
  await page.keyboard.type(tail, { delay: 0 });
  return { title, index, saved, typed: saved + tail };
}

/** Reads the note back; counts it lost unless it is the saved text plus a prefix of what followed. */
async function checkNote(page: Page, note: SavedNote, tally: Tally): Promise<void> {
  await openArticle(page, note.title);
  await statementOf(page, note.index).click();
  const field = page.getByRole('textbox', { name: 'Note' });
  let value = '';
  try {
    await expect
      .poll(async () => (value = await field.inputValue()), { timeout: 10_000 })
      .toMatch(new RegExp(`^${note.saved.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  } catch {
    // Reported below with what was found.
  }
  tally.checked++;
  if (!value.startsWith(note.saved) || !note.typed.startsWith(value)) {
    tally.lost.push(`${note.title} #${note.index}: saved ${JSON.stringify(note.saved)}, found ${JSON.stringify(value)}`);
  }
}

function countTail(note: SavedNote, value: string, tally: Tally): void {
  if (value === note.typed) tally.tailWhole++;
  else if (value.length > note.saved.length) tally.tailPart++;
  else tally.tailLost++;
}

async function noteValue(page: Page, note: SavedNote): Promise<string> {
  await openArticle(page, note.title);
  await statementOf(page, note.index).click();
  const field = page.getByRole('textbox', { name: 'Note' });
  await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toContain(note.saved);
  return field.inputValue();
}

function summary(kind: string, tally: Tally): string {
  return (
    `faults (${kind}): ${tally.trials} trials, ${tally.checked} saved notes checked, ${tally.lost.length} lost; ` +
    `unsaved tail kept whole ${tally.tailWhole}, in part ${tally.tailPart}, lost ${tally.tailLost}`
  );
}

/** Every note saved so far, keyed by where it is (a later trial on the same statement replaces it). */
function remember(notes: Map<string, SavedNote>, note: SavedNote): void {
  notes.set(`${note.title}#${note.index}`, note);
}

describe('faults: nothing shown as Saved is ever lost', () => {
  it(`survives the browser being killed while a note is typed (${TRIALS} kills)`, async () => {
    const tally = newTally();
    const notes = new Map<string, SavedNote>();
    app = await launchApp();
    const { libraryDir, profileDir } = app;
    let previous: SavedNote | null = null;
    for (let trial = 0; trial < TRIALS; trial++) {
      const current: LaunchedApp = trial === 0 && app ? app : await launchApp({ libraryDir, profileDir });
      app = current;
      const page = current.page;
      if (previous) {
        // The note the last kill hit: saved part whole, the rest at most cut short.
        await checkNote(page, previous, tally);
        countTail(previous, await page.getByRole('textbox', { name: 'Note' }).inputValue(), tally);
      }
      previous = await typeNote(page, 'kill', trial);
      remember(notes, previous);
      await killBrowser(current);
      app = null;
      tally.trials++;
    }
    // A last relaunch: every note ever shown as Saved (the newest on each statement).
    app = await launchApp({ libraryDir, profileDir });
    if (previous) countTail(previous, await noteValue(app.page, previous), tally);
    for (const note of notes.values()) await checkNote(app.page, note, tally);
    console.log(summary('browser SIGKILL', tally));
    expect(tally.lost).toEqual([]);
    expect(tally.checked).toBeGreaterThanOrEqual(TRIALS);
  }, 60_000 + TRIALS * 30_000);

  it(`survives the renderer crashing while a note is typed (${TRIALS} crashes)`, async () => {
    const tally = newTally();
    const notes = new Map<string, SavedNote>();
    app = await launchApp();
    const { libraryDir, profileDir } = app;
    let page = app.page;
    for (let trial = 0; trial < TRIALS; trial++) {
      const note = await typeNote(page, 'crash', trial);
      remember(notes, note);
      const crashed = new Promise<void>((done) => page.once('crash', () => done()));
      const cdp = await app.context.newCDPSession(page);
      // Page.crash never answers: the renderer is gone before it can.
      void cdp.send('Page.crash').catch(() => {});
      await crashed;
      tally.trials++;
      // The window comes back with a new renderer on the same profile (Playwright will not reload a
      // crashed page, so a new one takes its place, as Electron's webContents.reload() would).
      const dead = page;
      page = await app.context.newPage();
      await dead.close().catch(() => {});
      await page.goto(`${APP_URL}/index.html`);
      await page.locator('ul[aria-label="Articles"][aria-busy="false"]').waitFor();
      await checkNote(page, note, tally);
      countTail(note, await page.getByRole('textbox', { name: 'Note' }).inputValue(), tally);
    }
    await app.close();
    // And a relaunch of the whole browser still has every one.
    app = await launchApp({ libraryDir, profileDir });
    for (const note of notes.values()) await checkNote(app.page, note, tally);
    console.log(summary('renderer crash', tally));
    expect(tally.lost).toEqual([]);
    expect(tally.checked).toBeGreaterThanOrEqual(TRIALS);
  }, 60_000 + TRIALS * 30_000);
});
