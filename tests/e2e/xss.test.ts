// Hostile articles: every payload of DOMPurify's fixture corpus, saved as a web page in the library, goes
// through the real import pipeline and is shown in the real reader. Nothing may run, load, navigate or open,
// and the payloads' harmless text must still be readable. A positive control inserts the same payloads raw
// into a throwaway page with the same canary, to prove the canary sees script when it runs.
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { installCanary, READER_TAGS, snapshotReader, watchDialogs, type Canary, type CanaryHit } from './hostile';

const CORPUS = path('../../../shared/corpora/xss/dompurify-fixtures.json');
const HAS_CORPUS = existsSync(CORPUS);

function path(relative: string): string {
  return resolve(__dirname, relative);
}

interface Fixture {
  title: string;
  payload: string;
  expected: string | string[];
}

const fixtures: Fixture[] = HAS_CORPUS ? (JSON.parse(readFileSync(CORPUS, 'utf8')) as { cases: Fixture[] }).cases : [];

const number = (i: number) => String(i + 1).padStart(3, '0');
/** At least 15 characters, so Readability keeps it instead of looking for a heading. */
const titleOf = (i: number) => `Fixture ${number(i)} hostile markup sample`;
/** Words of the wrapper around every payload: never counted as the payload's own text. */
const WRAPPER_WORDS = new Set(['fixture', 'hostile', 'markup', 'sample', 'opening', 'paragraph', 'closing', 'number', 'written', 'around', 'payload']);

/** A saved web page (as a browser's "Save page as" leaves it) with the payload inside the article body. */
function savedPage(i: number, payload: string): string {
  const title = titleOf(i);
  return `<!DOCTYPE html>
<!-- saved from url=(0044)https://news.example.org/hostile/fixture.html -->
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article>
<h1>${title}</h1>
<p>Opening paragraph of the hostile markup sample number ${number(i)}, written around the payload.</p>
<div class="payload">${payload}</div>
<p>Closing paragraph of the hostile markup sample number ${number(i)}.</p>
</article></body></html>
`;
}

interface FixtureResult {
  index: number;
  listed: boolean;
  words: string[];
  shownWords: number;
  hits: CanaryHit[];
}

let app: LaunchedApp | null = null;
let canary: Canary;
const navigations: string[] = [];
const popups: string[] = [];
const framesAttached: string[] = [];
let current = -1;
const hitsByFixture = new Map<number, CanaryHit[]>();
let words: string[][] = [];

describe.skipIf(!HAS_CORPUS)('hostile articles: DOMPurify fixtures (needs ../shared/corpora beside the repo)', () => {
  beforeAll(async () => {
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-xss-'));
    await Promise.all(fixtures.map((f, i) => fs.writeFile(join(libraryDir, `fixture-${number(i)}.html`), savedPage(i, f.payload))));
    app = await launchApp({ libraryDir });
    // The words a browser would show for each payload, computed in a scratch page without CSP (in the app's
    // page even an inert DOMParser document reports CSP violations for inline handlers and styles), without
    // the elements the importer drops on purpose (scripts, styles, SVG, MathML, form controls...).
    const scratch = await app.context.newPage();
    words = await scratch.evaluate(
      ({ payloads, wrapper }) =>
        payloads.map((payload) => {
          const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${payload}</body></html>`, 'text/html');
          doc.querySelectorAll('script, style, noscript, template, iframe, frame, frameset, object, embed, applet, svg, math, canvas, audio, video, select, option, optgroup, datalist, textarea, button, input, title, head, noembed, noframes, dialog, [hidden], [aria-hidden="true"]').forEach((el) => el.remove());
          const text = doc.body?.textContent ?? '';
          return [...new Set((text.match(/\p{L}{3,}/gu) ?? []).map((w) => w.toLowerCase()))].filter((w) => !wrapper.includes(w));
        }),
      { payloads: fixtures.map((f) => f.payload), wrapper: [...WRAPPER_WORDS] },
    );
    await scratch.close();
    canary = await installCanary(app.context);
    canary.onHit = (hit) => {
      const list = hitsByFixture.get(current) ?? [];
      list.push(hit);
      hitsByFixture.set(current, list);
    };
    watchDialogs(app.page, canary);
    // The canary must be in place before the app's own scripts: load the app again under it.
    await app.page.reload();
    await app.page.locator('ul[aria-label="Articles"][aria-busy="false"]').waitFor();
    app.page.on('framenavigated', (frame) => {
      if (frame === app!.page.mainFrame()) navigations.push(frame.url());
    });
    app.page.on('frameattached', (frame) => framesAttached.push(frame.url()));
    app.context.on('page', (p) => popups.push(p.url()));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    app = null;
  });

  it('imports every payload, shows it as text only: no script, request, navigation or popup', async () => {
    const { page } = app!;
    const started = Date.now();
    // The library is long (223 articles), so its list draws only the rows near the view: each article is
    // found as a user would find it, by typing its title into the filter.
    const setSize = Number(await page.locator('ul[aria-label="Articles"] li').first().getAttribute('aria-setsize'));
    expect(setSize).toBeGreaterThanOrEqual(fixtures.length);
    const results: FixtureResult[] = [];
    const foreignTags = new Set<string>();
    const dangerous: string[] = [];
    const unsafeLinks: string[] = [];
    const handlers: string[] = [];
    let urlAttributes = 0;

    for (let i = 0; i < fixtures.length; i++) {
      const title = titleOf(i);
      const result: FixtureResult = { index: i, listed: false, words: words[i]!, shownWords: 0, hits: [] };
      results.push(result);
      current = i;
      // The filter, then the library button's own click handler, then wait in the page until the reader
      // shows the article (one round trip instead of Playwright's actionability checks: 223 articles on a
      // loaded machine).
      const opened = await page.evaluate(async (wanted) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
        const filter = document.querySelector<HTMLInputElement>('input[aria-label="Filter articles"]')!;
        filter.value = wanted;
        filter.dispatchEvent(new Event('input', { bubbles: true }));
        let button: HTMLButtonElement | undefined;
        for (let waited = 0; !button && waited <= 2_000; waited += 10) {
          await frame();
          button = [...document.querySelectorAll<HTMLButtonElement>('ul[aria-label="Articles"] button')].find((b) => b.textContent === wanted);
        }
        if (!button) return 'unlisted';
        button.click();
        const ready = () =>
          document.querySelector('article[aria-busy="false"] h1#article-title')?.textContent === wanted &&
          !!document.querySelector('article[aria-busy="false"] [data-statement]');
        for (let waited = 0; !ready(); waited += 10) {
          if (waited > 10_000) return 'not opened';
          await frame();
        }
        return 'opened';
      }, title);
      result.listed = opened !== 'unlisted';
      if (!result.listed) continue;
      expect(opened, `${title} opens`).toBe('opened');
      const snap = await snapshotReader(page);
      for (const tag of snap.tags) if (!READER_TAGS.has(tag)) foreignTags.add(`${number(i)}:${tag}`);
      dangerous.push(...snap.dangerous.map((d) => `${number(i)}: ${d}`));
      unsafeLinks.push(...snap.unsafeLinkTitles.map((d) => `${number(i)}: ${d}`));
      handlers.push(...snap.handlers.map((d) => `${number(i)}: ${d}`));
      urlAttributes += snap.urlAttributes;
      const text = snap.text.toLowerCase();
      result.shownWords = result.words.filter((w) => text.includes(w)).length;
    }
    // Late timers or handlers would report here.
    await page.waitForTimeout(300);
    current = -1;
    for (const r of results) r.hits = hitsByFixture.get(r.index) ?? [];

    const listed = results.filter((r) => r.listed).length;
    const withWords = results.filter((r) => r.listed && r.words.length > 0);
    const shown = withWords.filter((r) => r.shownWords > 0);
    const totalWords = withWords.reduce((n, r) => n + r.words.length, 0);
    const totalShown = withWords.reduce((n, r) => n + r.shownWords, 0);
    const cspViolations = app!.pageErrors.filter((e) => e.includes('CSP violation'));
    console.log(
      [
        `hostile articles: ${fixtures.length} payloads, ${listed} imported and opened in ${Math.round((Date.now() - started) / 1000)} s`,
        `  script executions (canary hits): ${canary.hits.length}, dialogs: ${canary.dialogs.length}, CSP violations: ${cspViolations.length}`,
        `  foreign requests: ${app!.foreignRequests.length}, navigations: ${navigations.length}, popups: ${popups.length}, frames: ${framesAttached.length}`,
        `  URL attributes in the reader: ${urlAttributes}, dangerous: ${dangerous.length}, elements not the reader's own: ${foreignTags.size}`,
        `  payloads with plain words: ${withWords.length}; some of their words shown: ${shown.length} (${((100 * shown.length) / Math.max(1, withWords.length)).toFixed(1)}%); words shown: ${totalShown}/${totalWords} (${((100 * totalShown) / Math.max(1, totalWords)).toFixed(1)}%)`,
        `  payloads whose words were not shown: ${withWords.filter((r) => r.shownWords === 0).map((r) => `${number(r.index)} [${r.words.slice(0, 4).join(' ')}]`).join(', ') || 'none'}`,
      ].join('\n'),
    );

    expect(listed, 'every payload imports as an article').toBe(fixtures.length);
    expect(canary.hits, 'script executions seen by the canary').toEqual([]);
    expect(cspViolations, 'CSP violations (markup reached the DOM)').toEqual([]);
    expect(app!.pageErrors).toEqual([]);
    expect(app!.foreignRequests, 'requests off the app origin').toEqual([]);
    expect(navigations, 'main-frame navigations after the initial load').toEqual([]);
    expect(popups, 'new pages').toEqual([]);
    expect(framesAttached, 'frames').toEqual([]);
    expect(dangerous, 'javascript:, vbscript: or data: URLs in the reader').toEqual([]);
    expect(unsafeLinks, 'links shown with an unsafe protocol').toEqual([]);
    expect(handlers, 'event-handler attributes in the reader').toEqual([]);
    expect([...foreignTags], 'elements the reader does not render itself').toEqual([]);
    // Text survives: nearly every payload with plain words shows some of them (the rest are text the importer
    // drops on purpose, e.g. inside a form control or an unclosed element that swallows the page).
    expect(withWords.length).toBeGreaterThanOrEqual(35);
    expect(shown.length / withWords.length).toBeGreaterThanOrEqual(0.9);
  }, 240_000);

  it('positive control: the same payloads inserted raw, with focus, hover and clicks, are caught by the canary', async () => {
    const { context } = app!;
    const control = await context.newPage();
    watchDialogs(control, canary);
    const controlRequests: string[] = [];
    // One page on its own origin with no CSP, each payload parsed raw as the whole document of its own
    // same-origin frame (scripts run, handlers fire), named after the fixture so every hit is attributed.
    const frames = fixtures
      .map((f, i) => `<iframe name="fx-${i}" srcdoc="${f.payload.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`)
      .join('\n');
    await control.route('**/*', (route) => {
      const url = route.request().url();
      if (url === 'http://xss-control.localhost/' && route.request().isNavigationRequest()) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>control</title></head><body>${frames}</body></html>` });
      }
      controlRequests.push(url);
      return route.abort('blockedbyclient');
    });
    const started = Date.now();
    const before = canary.hits.length;
    await control.goto('http://xss-control.localhost/', { waitUntil: 'load', timeout: 30_000 });
    // From the top page, in one go: focus and hover every element of every payload's document, then click
    // every one (a click may navigate its own frame away; the others go on).
    const simulated = await control.evaluate(async () => {
      const mouse = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'mouseout', 'mouseleave', 'pointerover', 'pointerdown', 'pointerup', 'dragstart', 'drag', 'dragend'];
      const documents = () =>
        [...document.querySelectorAll<HTMLIFrameElement>('iframe[name^="fx-"]')].flatMap((f) => {
          try {
            return f.contentDocument ? [f.contentDocument] : [];
          } catch {
            return [];
          }
        });
      let elements = 0;
      for (const doc of documents()) {
        for (const el of doc.querySelectorAll('*')) {
          elements++;
          try {
            (el as HTMLElement).focus?.();
            el.dispatchEvent(new FocusEvent('focus'));
            el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
            (el as HTMLElement).blur?.();
            el.dispatchEvent(new FocusEvent('blur'));
            for (const type of mouse) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
            el.dispatchEvent(new Event('input', { bubbles: true }));
            el.dispatchEvent(new Event('change', { bubbles: true }));
            el.dispatchEvent(new Event('scroll'));
          } catch {
            /* keep going */
          }
        }
      }
      await new Promise((r) => setTimeout(r, 100));
      for (const doc of documents()) {
        for (const el of doc.querySelectorAll('*')) {
          try {
            (el as HTMLElement).click?.();
          } catch {
            /* keep going */
          }
        }
      }
      return elements;
    });
    await control.waitForTimeout(500);
    current = -1;
    await control.close();

    const controlHits = canary.hits.slice(before);
    const hitsOf = (i: number) => controlHits.filter((h) => h.frame === `fx-${i}`);
    const caught = fixtures
      .map((f, i) => ({ fixture: number(i), hits: hitsOf(i), title: String(f.title ?? '') }))
      .filter((r) => r.hits.length > 0);
    console.log(`positive control: ${caught.length} of ${fixtures.length} payloads ran script when inserted raw (${controlHits.length} hits, ${controlHits.filter((h) => !h.frame.startsWith('fx-')).length} unattributed, ${simulated} elements exercised, ${Math.round((Date.now() - started) / 1000)} s; ${controlRequests.length} requests refused)`);
    console.table(
      caught.map((r) => ({
        fixture: r.fixture,
        hits: r.hits.length,
        first: `${r.hits[0]!.kind}(${r.hits[0]!.detail})`.slice(0, 50),
        title: r.title.slice(0, 60),
      })),
    );
    expect(caught.length).toBeGreaterThanOrEqual(10);
  }, 240_000);

  it('the reader inspection itself sees dangerous URLs, handlers and foreign elements', async () => {
    const { page } = app!;
    // Elements made by the test (never parsed from a payload) and never clicked: they only prove the checks.
    await page.evaluate(() => {
      const article = document.querySelector('article')!;
      const a = document.createElement('a');
      a.setAttribute('href', ' JaVaScRiPt:alert(1)');
      const form = document.createElement('form');
      form.setAttribute('action', 'vbscript:msgbox(1)');
      const obj = document.createElement('object');
      obj.setAttribute('data', 'data:text/html,<b>x</b>');
      const span = document.createElement('span');
      span.setAttribute('onmouseover', 'alert(1)');
      // A div that only looks like the reader's frame: not in its place, so it counts as foreign.
      const fake = document.createElement('div');
      fake.dataset.pad = 'top';
      article.querySelector('[data-statement]')!.append(fake);
      article.append(a, form, obj, span);
    });
    const snap = await snapshotReader(page);
    expect(snap.dangerous).toHaveLength(3);
    expect(snap.handlers).toEqual(['span[onmouseover]']);
    expect(snap.tags.filter((t) => !READER_TAGS.has(t)).sort()).toEqual(['a', 'div', 'form', 'object']);
  });
});
