// Saved web pages: a hostile page of our own yields clean text and only safe hrefs; structure, metadata,
// fallbacks and deep nesting.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { blockText } from '../../../src-renderer/core/article';
import type { ParsedArticle } from '../../../src-main/import/model';
import { parseArticleFile } from '../../../src-main/import/index';
import { htmlToArticle } from '../../../src-main/import/html';

const PARA = 'Officials from both governments said the talks covered trade, transport links and the security situation in the region.';

function importHtml(html: string, options: { baseUrl?: string; name?: string } = {}): ParsedArticle {
  const r = htmlToArticle(html, { fileName: options.name ?? 'page.html', encoding: 'utf-8', ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const HOSTILE = `<!doctype html><html lang="en"><head>
<title>Hostile page</title>
<style>body { background: url(javascript:alert(1)) } .x::after { content: "STYLE-TEXT" }</style>
<script>document.write('SCRIPT-TEXT')</script>
<meta http-equiv="refresh" content="0; url=javascript:alert(1)">
</head><body onload="alert('onload')">
<article>
<h1>Hostile page</h1>
<p>${PARA} <img src="x" onerror="alert('onerror')" alt=""> End of first.</p>
<p>Click <a href="javascript:alert('js')">this javascript link</a>, <a href=" JaVaScRiPt:alert(1)">that one</a>,
<a href="java&#x09;script:alert(2)">a tabbed one</a>, <a href="data:text/html,<script>alert(3)</script>">a data link</a>,
<a href="vbscript:msgbox">vb</a> and <a href="https://example.org/safe">a safe link</a> or <a href="mailto:desk@example.org">mail us</a>.</p>
<p>${PARA}</p>
<iframe src="https://evil.example/frame">IFRAME-TEXT</iframe>
<object data="evil.swf">OBJECT-TEXT</object><embed src="evil.swf">
<form action="https://evil.example/steal"><input name="q" value="INPUT-TEXT"><textarea>TEXTAREA-TEXT</textarea>
<select><option>OPTION-TEXT</option></select><button onclick="alert(4)">BUTTON-TEXT</button></form>
<svg onload="alert(5)"><text>SVG-TEXT</text><script>alert(6)</script></svg>
<math><mi>MATH-TEXT</mi></math>
<noscript>NOSCRIPT-TEXT</noscript><template><p>TEMPLATE-TEXT</p></template>
<div hidden>HIDDEN-TEXT</div><div style="display: none">DISPLAY-NONE-TEXT</div>
<p><img src="https://tracker.example/pixel.gif" width="1" height="1" alt="PIXEL-TEXT">
<img src="https://cdn.example/photo.jpg" alt="Leaders shake hands"></p>
<p>${PARA} Final paragraph with <b>bold</b> and <i>italic</i> words.</p>
</article>
<script>alert('tail')</script>
</body></html>`;

describe('html: a hostile page', () => {
  const a = importHtml(HOSTILE);

  it('keeps the readable text', () => {
    expect(a.title).toBe('Hostile page');
    expect(a.text).toContain(PARA);
    expect(a.text).toContain('this javascript link');
    expect(a.text).toContain('Final paragraph with bold and italic words.');
  });

  it('drops scripts, styles, embeds, forms, svg, templates and hidden content', () => {
    for (const bad of ['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'INPUT', 'TEXTAREA', 'OPTION', 'BUTTON', 'SVG', 'NOSCRIPT', 'TEMPLATE', 'HIDDEN', 'DISPLAY-NONE', 'PIXEL']) {
      expect(a.text).not.toContain(`${bad}-TEXT`);
    }
    // A formula is text of the article (kept as plain text, never markup).
    expect(a.text).toContain('MATH-TEXT');
    expect(a.text).not.toMatch(/alert|onerror|onload|<|>/);
  });

  it('keeps only http, https and mailto hrefs', () => {
    const hrefs = a.marks.filter((m) => m.kind === 'link').map((m) => m.href);
    expect(hrefs).toEqual(['https://example.org/safe', 'mailto:desk@example.org']);
    for (const m of a.marks) expect(m.href ?? 'https:').toMatch(/^(https?|mailto):/);
  });

  it('turns a picture on its own into one figure placeholder, never loaded', () => {
    const figures = a.blocks.filter((b) => b.kind === 'figure').map((b) => blockText(a, b));
    expect(figures).toEqual(['Leaders shake hands']);
    expect(a.text).not.toContain('[image');
  });
});

describe('html: structure', () => {
  const page = `<html><body><article>
<h2>Section heading</h2><p>${PARA}</p>
<ol start="3"><li>Third item</li><li>Fourth <ul><li>nested</li></ul></li></ol>
<blockquote><p>${PARA}</p><p>Second quoted paragraph.</p></blockquote>
<table><tr><th>Country</th><td>Trade</td></tr></table>
<figure><img src="data:image/png;base64,iVBORw0KGgo=" alt="Embedded chart"><figcaption>Chart caption</figcaption></figure>
<pre>line one
   line two</pre>
<p>Line<br><br>broken paragraph with <em>emphasis</em>, <strong>strength</strong>, <code>code()</code> and <a href="/rel">relative link</a>.</p>
</article></body></html>`;
  const a = importHtml(page, { baseUrl: 'https://news.example/story/' });
  const blocks = a.blocks.map((b) => [b.kind, blockText(a, b), b.level, b.ordinal]);

  it('maps headings, list items, quotes, cells, figures, captions and pre to blocks', () => {
    expect(blocks).toEqual([
      ['heading', 'Section heading', 2, undefined],
      ['paragraph', PARA, undefined, undefined],
      ['list-item', 'Third item', 1, 3],
      ['list-item', 'Fourth', 1, 4],
      ['list-item', 'nested', 2, undefined],
      ['quote', PARA, undefined, undefined],
      ['quote', 'Second quoted paragraph.', undefined, undefined],
      ['table-cell', 'Country', undefined, undefined],
      ['table-cell', 'Trade', undefined, undefined],
      ['figure', 'Chart caption', undefined, undefined],
      ['paragraph', 'line one\n   line two', undefined, undefined],
      ['paragraph', 'Line', undefined, undefined],
      ['paragraph', 'broken paragraph with emphasis, strength, code() and relative link.', undefined, undefined],
    ]);
  });

  it('records marks and resolves relative links against the base URL', () => {
    const marks = a.marks.map((m) => [m.kind, a.text.slice(m.start, m.end), m.href]);
    expect(marks).toContainEqual(['em', 'emphasis', undefined]);
    expect(marks).toContainEqual(['strong', 'strength', undefined]);
    expect(marks).toContainEqual(['code', 'code()', undefined]);
    expect(marks).toContainEqual(['link', 'relative link', 'https://news.example/rel']);
  });

  it('drops relative links when no base URL is known', () => {
    const b = importHtml(page);
    expect(b.marks.filter((m) => m.kind === 'link')).toEqual([]);
  });
});

describe('html: metadata and fallbacks', () => {
  it('reads title, byline, site name, dates, lang, dir, canonical URL and the saved date', () => {
    const html = `<!DOCTYPE html>
<!--
 Page saved with SingleFile
 url: https://news.example/story?id=1
 saved date: Tue Feb 22 2022 10:15:00 GMT+0000 (Coordinated Universal Time)
-->
<html lang="ar" dir="rtl"><head><title>Leaders meet to sign a new declaration - News Example</title>
<link rel="canonical" href="https://news.example/story">
<meta property="og:site_name" content="News Example">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2022-02-21T08:00:00Z">
</head><body><article><h1>Leaders meet to sign a new declaration</h1><p>${PARA}</p><p>${PARA}</p><p>${PARA}</p></article></body></html>`;
    const a = importHtml(html);
    expect(a).toMatchObject({
      format: 'html',
      title: 'Leaders meet to sign a new declaration',
      source: 'News Example',
      byline: 'Jane Doe',
      published: '2022-02-21T08:00:00Z',
      url: 'https://news.example/story',
      savedAt: '2022-02-22T10:15:00.000Z',
      lang: 'ar',
      dir: 'rtl',
    });
  });

  it('takes the URL from a "saved from url" comment', () => {
    const a = importHtml(`<!-- saved from url=(0027)https://news.example/page -->\n<html><body><p>${PARA}</p></body></html>`);
    expect(a.url).toBe('https://news.example/page');
  });

  it('falls back to the whole body and then to the file name for the title', () => {
    const a = importHtml('<html><body><div>Short note.</div><span>Another bit.</span></body></html>', { name: 'saved/short_note.html' });
    expect(a.text).toContain('Short note.');
    expect(a.text).toContain('Another bit.');
    expect(a.title).toBe('short note');
  });

  it('refuses pages without readable text as EMPTY', () => {
    for (const html of ['', '<html><body><script>x()</script></body></html>']) {
      const r = htmlToArticle(html, { fileName: 'e.html', encoding: 'utf-8' });
      expect(!r.ok && r.error.code).toBe('EMPTY');
    }
  });

  it('decodes through <meta charset> when imported from bytes', async () => {
    const html = `<html><head><meta charset="koi8-r"><title>Заголовок</title></head><body><p>Президент Азербайджана Ильхам Алиев сегодня находился в России.</p></body></html>`;
    const r = await parseArticleFile('ru.htm', new Uint8Array(iconv.encode(html, 'koi8-r')));
    expect(r.ok && r.value.encoding).toBe('koi8-r');
    expect(r.ok && r.value.text).toContain('Ильхам Алиев');
  });
});

describe('html: deep nesting', () => {
  it('imports 20,000 nested elements without overflowing the stack', async () => {
    const depth = 20_000;
    const html = `<html><body>${'<div><span>'.repeat(depth / 2)}Deep text.${'</span></div>'.repeat(depth / 2)}<p>${PARA}</p></body></html>`;
    const r = await parseArticleFile('deep.html', new TextEncoder().encode(html));
    if (r.ok) expect(r.value.text).toContain(PARA);
    else expect(r.error.code).toBe('DAMAGED');
  });
});

describe('html: nesting limit', () => {
  it('refuses a page nested 100,000 deep at once, with a clear message, before parsing it', async () => {
    const { htmlToArticle, estimateNesting, MAX_HTML_NESTING } = await import('../../../src-main/import/html');
    const deep = `<html><body>${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}</body></html>`;
    expect(estimateNesting(deep)).toBeGreaterThan(MAX_HTML_NESTING);
    const result = htmlToArticle(deep, { fileName: 'deep.html', encoding: 'utf-8' });
    expect(result).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    if (!result.ok) expect(result.error.message).toMatch(/levels deep/);
  });

  it('counts void elements, self-closing tags and comments as no nesting', async () => {
    const { estimateNesting } = await import('../../../src-main/import/html');
    expect(estimateNesting('<p>a<br>b<img src=x><!-- <div><div> --><span/>c</p>')).toBe(1);
    expect(estimateNesting('<div><section><p>x</p></section></div>')).toBe(3);
  });

  it('reads tags exactly as the tag pattern it replaced did, on random markup full of edge cases', async () => {
    const { estimateNesting } = await import('../../../src-main/import/html');
    const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'image']);
    // The regular-expression version the scan replaced, kept here as the reference.
    const reference = (html: string, stopAt = Infinity): number => {
      let depth = 0;
      let deepest = 0;
      for (const m of html.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g)) {
        const name = m[2]?.toLowerCase();
        if (!name || VOID.has(name) || m[3] === '/') continue;
        if (m[1] === '/') depth = Math.max(0, depth - 1);
        else if (++depth > deepest && (deepest = depth) > stopAt) break;
      }
      return deepest;
    };
    const piece = fc.constantFrom('<', '>', '/', '</', '/>', '<!--', '-->', '--', '!', 'p', 'div', 'DIV', 'br', 'Br', 'img', 'source', 'sources', 'a', 'x1', '_', '-', ':', 'é', ' ', '\n', '"', '=');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 0, max: 6 }), (pieces, stopAt) => {
        const html = pieces.join('');
        expect(estimateNesting(html)).toBe(reference(html));
        expect(estimateNesting(html, stopAt)).toBe(reference(html, stopAt));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('html: titles with dash separators', () => {
  it('keeps a short title whole and drops a site name after a dash otherwise', async () => {
    const { dashSeparatedTitle } = await import('../../../src-main/import/html');
    expect(dashSeparatedTitle('Evolve: Shared Mutable History — evolve extension for Mercurial')).toBe(
      'Evolve: Shared Mutable History — evolve extension for Mercurial',
    );
    expect(dashSeparatedTitle('Ministers agree to resume grain corridor talks – The Daily Wire')).toBe(
      'Ministers agree to resume grain corridor talks',
    );
    expect(dashSeparatedTitle('No separators here')).toBeNull();
    expect(dashSeparatedTitle('Pipes | are left to Readability')).toBeNull();
  });
});

describe('html: pictures are one quiet figure each', () => {
  const page = `<html><head><title>Winter below the streets</title></head><body><article>
<p>${PARA}</p>
<figure><div><span>Image</span><img alt="" src="https://static.example/a.jpg"></div>
<figcaption><span>A worker repairing cables in Queens.</span><span><span>Credit</span><span>Kirsten Luce for The Daily</span></span></figcaption></figure>
<p>${PARA}</p>
<div class="photo"><img src="https://static.example/b.jpg" alt="Water main break in Manhattan in 2014"></div>
<p class="caption">Water main break in Manhattan in 2014. The street flooded for hours.</p>
<p>${PARA}</p>
<figure><img src="https://static.example/c.jpg" alt="Save money hosting the party at home."></figure>
<figcaption>(Thomas Jackson/Getty Images)</figcaption>
<p>Prices rose <img src="https://static.example/up.png" alt="↑" width="12"> again, officials said on Monday in the capital city.</p>
<p>${PARA}</p>
</article></body></html>`;
  const a = importHtml(page);
  const kinds: [string, string][] = a.blocks.map((b) => [b.kind, blockText(a, b)]);

  it('shows a figure by its caption, once, without the screen-reader label', () => {
    expect(kinds).toContainEqual(['figure', 'A worker repairing cables in Queens. Credit Kirsten Luce for The Daily']);
    expect(a.text).not.toMatch(/^Image$/m);
    expect(a.text).not.toContain('[image');
  });

  it('keeps a caption that repeats the picture\'s alt text as the one figure', () => {
    const figures = kinds.filter(([k]) => k === 'figure').map(([, t]) => t);
    expect(figures).toContain('Water main break in Manhattan in 2014. The street flooded for hours.');
    expect(figures).not.toContain('Water main break in Manhattan in 2014');
    expect(a.text.split('Water main break in Manhattan').length).toBe(2);
  });

  it('reads a caption just after its figure with it; a caption that only credits keeps the alt text', () => {
    expect(kinds).toContainEqual(['figure', 'Save money hosting the party at home. (Thomas Jackson/Getty Images)']);
    expect(kinds.filter(([, t]) => t.includes('Thomas Jackson'))).toHaveLength(1);
  });

  it('keeps a picture inside a sentence as its alt text in that sentence', () => {
    expect(kinds).toContainEqual(['paragraph', 'Prices rose ↑ again, officials said on Monday in the capital city.']);
  });
});

describe('html: lines that are not the article', () => {
  const page = `<html><head><title>Debt and interest</title></head><body><article>
<p>${PARA}</p>
<p>Advertisement</p>
<p>Continue reading the main story</p>
<p>${PARA} Interest payments are rising.</p>
<div>Credit Jeon Heon-Kyun/EPA, via Shutterstock</div>
<p>Photo: Reuters</p>
<p>Credit card debt rose 5 percent last year, the central bank said.</p>
<p>Photos show the damage to the bridge.</p>
<p>${PARA} The end.</p>
</article></body></html>`;
  const a = importHtml(page);

  it('drops advertisement markers, "continue reading" lines and lone picture credits', () => {
    expect(a.text).not.toContain('Advertisement');
    expect(a.text).not.toContain('Continue reading');
    expect(a.text).not.toContain('Jeon Heon-Kyun');
    expect(a.text).not.toContain('Photo: Reuters');
  });

  it('keeps prose that merely starts with such a word', () => {
    expect(a.text).toContain('Credit card debt rose 5 percent last year, the central bank said.');
    expect(a.text).toContain('Photos show the damage to the bridge.');
  });
});

describe('html: formulas (MathJax) keep their words', () => {
  const v2 = (tex: string, mathml: string) =>
    `<span class="MathJax_Preview"></span><span class="MathJax" role="presentation"><nobr aria-hidden="true"><span class="math"><span class="mi">drawn</span></span></nobr><span class="MJX_Assistive_MathML" role="presentation"><math xmlns="http://www.w3.org/1998/Math/MathML">${mathml}</math></span></span><script type="math/tex">${tex}</script>`;
  const page = `<html><head><title>Notes on energy</title></head><body><article>
<p>The energy of a body at rest is ${v2('E = mc^2', '<mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup>')} where the speed of light is constant in every frame of reference.</p>
<p>For a moving body the total is <mjx-container class="MathJax" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi><mjx-c></mjx-c></mjx-mi></mjx-math><mjx-assistive-mml display="inline"><math><msup><mi>E</mi><mn>2</mn></msup><mo>=</mo><mtext>momentum term</mtext></math></mjx-assistive-mml></mjx-container> and the rest is the same as before in every frame.</p>
<p>Without assistive markup the source is kept: <span class="MathJax"><nobr aria-hidden="true"><span>x</span></nobr></span><script type="math/tex">\\frac{a}{b}</script> as written by the author of the page.</p>
</article></body></html>`;
  const a = importHtml(page);

  it('reads each formula once, from its MathML or its TeX, as plain text', () => {
    expect(a.text).toContain('The energy of a body at rest is E = mc^2 where the speed of light');
    expect(a.text).toContain('the total is E^2 = momentum term and the rest');
    expect(a.text).toContain('the source is kept: \\frac{a}{b} as written');
    expect(a.text).not.toContain('drawn');
  });
});

describe('html: titles the page\'s metadata gives bare', () => {
  const body = `<body><article><p>${PARA}</p><p>${PARA} And more.</p></article></body>`;

  it('drops a site or author name that the page\'s own metadata leaves out', () => {
    const medium = importHtml(`<html><head><title>Why I left — Medium</title><meta property="og:title" content="Why I left"></head>${body}</html>`);
    expect(medium.title).toBe('Why I left');
    const author = importHtml(`<html><head><title>Sanctions are working | Jane Doe</title><meta itemprop="headline" content="Sanctions are working"></head>${body}</html>`);
    expect(author.title).toBe('Sanctions are working');
    const star = importHtml(`<html><head><title>Winter sun ✩ The Travel Desk</title><meta name="sailthru.title" content="Winter sun"></head>${body}</html>`);
    expect(star.title).toBe('Winter sun');
  });

  it('keeps a title whose metadata says the same, and a title with a subtitle after a colon', async () => {
    const { bareTitle } = await import('../../../src-main/import/html');
    expect(bareTitle('How to Build a Terrarium | eHow', ['How to Build a Terrarium | eHow'])).toBe('How to Build a Terrarium | eHow');
    expect(bareTitle('Evolve: Shared Mutable History', ['Evolve'])).toBe('Evolve: Shared Mutable History');
    expect(bareTitle('Site News | Ministers agree', ['Ministers agree'])).toBe('Ministers agree');
    expect(bareTitle('Ministers agree', undefined)).toBe('Ministers agree');
  });
});

describe('html: metadata lines at the end, read as in plain text', () => {
  it('takes a last "Источник: …" line as the source and a "Photo: …" line as the caption', () => {
    const a = importHtml(`<html><head><title>Доклад</title></head><body><article><p>${PARA}</p><p>${PARA} Ещё.</p>
<p>Фото: Сергей Иванов / ТАСС</p><p>Источник: Интерфакс</p></article></body></html>`);
    expect(a.source).toBe('Интерфакс');
    expect(a.caption).toBe('Сергей Иванов / ТАСС');
    expect(a.text).not.toContain('Источник');
    expect(a.text).not.toContain('Фото');
  });
});

describe('html: pictures inside a paragraph', () => {
  it('keeps a short alt text in its sentence and makes a described picture a figure of its own', () => {
    const a = importHtml(`<html><head><title>Growth</title></head><body><article><p>${PARA}</p>
<p>Output rose <img src="https://x.example/up.png" alt="↑"> again this year. <img src="https://x.example/chart.png" alt="Chart of quarterly output growth since 2019 in the region"> Officials expect more next year.</p>
<p>Credit card debt fell</p><p>Credit: reuters</p><p>${PARA}</p></article></body></html>`);
    const kinds = a.blocks.map((b) => [b.kind, blockText(a, b)]);
    expect(kinds).toContainEqual(['paragraph', 'Output rose ↑ again this year.']);
    expect(kinds).toContainEqual(['figure', 'Chart of quarterly output growth since 2019 in the region']);
    expect(kinds).toContainEqual(['paragraph', 'Officials expect more next year.']);
    expect(kinds).toContainEqual(['paragraph', 'Credit card debt fell']);
    expect(a.text).not.toContain('reuters');
  });
});

describe('html: a lead picture described by the headline', () => {
  it('is not shown again as a figure under the title', () => {
    const a = importHtml(`<html><head><title>Ministers agree to resume talks</title></head><body><article>
<figure><img src="https://x.example/lead.jpg" alt="Ministers agree to resume talks"></figure><p>${PARA}</p>
<figure><img src="https://x.example/b.jpg" alt="The delegations in Geneva"></figure><p>${PARA} More.</p></article></body></html>`);
    expect(a.blocks.filter((b) => b.kind === 'figure').map((b) => blockText(a, b))).toEqual(['The delegations in Geneva']);
  });
});
