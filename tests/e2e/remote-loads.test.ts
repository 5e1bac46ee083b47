// A saved page full of things a browser would fetch: the reader shows its text and fetches none of them.
// (The reader never renders the page's HTML, only text; this proves it from the outside, with the harness
// refusing and counting every request that is not to the app's own origin.)
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { afterEach, describe, it } from 'vitest';
import { launchApp, openArticle, type LaunchedApp } from './harness';
import { installCanary, READER_TAGS, snapshotReader, watchDialogs } from './hostile';

const TITLE = 'Remote loads everywhere in a saved page';
const R = 'https://tracker.example.net';

/** Each sentence sits beside one way of loading something remote; every sentence must be shown. */
const SENTENCES = [
  'The ministry published its annual report on Monday.',
  'Officials said the figures were preliminary.',
  'A spokesperson declined to comment on the forecast.',
  'The opposition called the numbers misleading.',
  'Analysts expect a revision in the spring.',
  'Trade volumes rose for the third quarter in a row.',
  'The port handled more containers than planned.',
  'Local businesses welcomed the announcement.',
  'Critics pointed to rising costs for households.',
  'The debate is expected to continue next week.',
];

const PAGE = `<!DOCTYPE html>
<!-- saved from url=(0041)https://news.example.org/2024/remote.html -->
<html lang="en"><head>
<meta charset="utf-8">
<title>${TITLE}</title>
<base href="${R}/base/">
<link rel="stylesheet" href="${R}/style.css">
<link rel="preload" as="image" href="${R}/preload.png">
<link rel="prefetch" href="${R}/prefetch.html">
<link rel="dns-prefetch" href="//dns.tracker.example.net">
<link rel="preconnect" href="${R}/">
<link rel="icon" href="${R}/favicon.ico">
<link rel="manifest" href="${R}/manifest.json">
<meta http-equiv="refresh" content="5; url=${R}/refresh">
<style>
@import url("${R}/import.css");
@import '${R}/import2.css';
@font-face { font-family: Spy; src: url(${R}/font.woff2) format("woff2"); }
body { background: url(${R}/background.png); font-family: Spy; }
.lead::before { content: url(${R}/before.png); }
</style>
<script src="${R}/script.js"></script>
</head>
<body background="${R}/body-background.png">
<article>
<h1>${TITLE}</h1>
<p class="lead" style="background-image: url('${R}/inline-style.png')">${SENTENCES[0]} <img src="${R}/pixel.gif" alt="" width="1" height="1"></p>
<p>${SENTENCES[1]} <img src="${R}/photo.jpg" srcset="${R}/photo-2x.jpg 2x, ${R}/photo-800.jpg 800w" alt="A photo of the port"> <img src="relative/photo.png" alt="Relative photo"></p>
<picture><source srcset="${R}/picture.webp" type="image/webp"><img src="${R}/picture.jpg" alt="A picture element"></picture>
<p>${SENTENCES[2]}</p>
<form action="${R}/submit" method="post"><p>${SENTENCES[3]}</p><input type="image" src="${R}/input-image.png" alt="submit"><button formaction="${R}/formaction">Send</button></form>
<svg width="10" height="10"><use href="${R}/sprite.svg#icon"></use><image href="${R}/svg-image.png" width="10" height="10"></image><image xlink:href="${R}/svg-xlink.png"></image></svg>
<p>${SENTENCES[4]}</p>
<iframe src="${R}/iframe.html"></iframe><frame src="${R}/frame.html">
<object data="${R}/object.swf"></object><embed src="${R}/embed.swf">
<p>${SENTENCES[5]}</p>
<video poster="${R}/poster.jpg" src="${R}/video.mp4"><track src="${R}/captions.vtt"></video>
<audio src="${R}/audio.mp3"></audio>
<p>${SENTENCES[6]} <a href="${R}/link" ping="${R}/ping">a tracked link</a>.</p>
<table background="${R}/table-background.png"><tr><td background="${R}/td.png">${SENTENCES[7]}</td></tr></table>
<p><input type="text" value="x" style="background:url(${R}/input.png)"> ${SENTENCES[8]}</p>
<math><mi href="${R}/math">x</mi></math>
<blockquote cite="${R}/cite">${SENTENCES[9]}</blockquote>
<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="An embedded image">
<img lowsrc="${R}/lowsrc.png" dynsrc="${R}/dynsrc.avi" alt="">
<script>fetch("${R}/fetch")</script>
<noscript><img src="${R}/noscript.png"></noscript>
</article>
</body></html>
`;

let app: LaunchedApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('a saved page full of remote resources', () => {
  it('is shown as text with every sentence and loads nothing: no request, no script, no navigation', async () => {
    const libraryDir = await fs.mkdtemp(join(tmpdir(), 'dossier-e2e-remote-'));
    await fs.writeFile(join(libraryDir, 'remote-loads.html'), PAGE);
    app = await launchApp({ libraryDir });
    const canary = await installCanary(app.context);
    watchDialogs(app.page, canary);
    await app.page.reload();
    await app.page.locator('ul[aria-label="Articles"][aria-busy="false"]').waitFor();
    const navigations: string[] = [];
    app.page.on('framenavigated', (frame) => {
      if (frame === app!.page.mainFrame()) navigations.push(frame.url());
    });

    await openArticle(app.page, TITLE);
    const article = app.page.locator('article');
    await expect(article.locator('h1')).toHaveText(TITLE);
    for (const sentence of SENTENCES) await expect(article).toContainText(sentence);
    // Image descriptions are text too; the embedded data: image is a figure, never an <img>.
    await expect(article).toContainText('A photo of the port');
    await expect(article).toContainText('An embedded image');
    // Scroll through the article and hover everything, as a reader would; then give late loads a chance.
    await article.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    for (const statement of await app.page.locator('[data-statement]').all()) await statement.hover();
    await app.page.waitForTimeout(500);

    const snap = await snapshotReader(app.page);
    expect(snap.tags.filter((t) => !READER_TAGS.has(t))).toEqual([]);
    expect(snap.urlAttributes).toBe(0);
    expect(snap.unsafeLinkTitles).toEqual([]);
    expect(await app.page.locator('img, iframe, object, embed, video, audio, svg image, link[href*="tracker"]').count()).toBe(0);
    expect(app.foreignRequests).toEqual([]);
    expect(canary.hits).toEqual([]);
    expect(navigations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.context.pages()).toHaveLength(1);
  });
});
