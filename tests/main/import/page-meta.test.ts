// A page's own metadata and depth from one walk: which element wins when several could, what is ignored.
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { scanPage, type MetaDocument } from '../../../src-main/import/page-meta';

function scan(html: string, savedFrom = {}) {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as MetaDocument;
  return scanPage(doc, html, savedFrom);
}

describe('page metadata', () => {
  it('takes the canonical link by its rel token in any case, before og:url and the saved-from marker', () => {
    const { meta } = scan(`<!-- saved from url=(0026)https://saved.example/page -->
<html><head><link rel="stylesheet" href="/s.css"><link rel="Alternate CANONICAL" href="/story?id=1">
<meta property="og:url" content="https://og.example/story"></head><body><p>x</p></body></html>`);
    expect(meta.url).toBe('https://saved.example/story?id=1');
    expect(meta.base).toBe('https://saved.example/story?id=1');
  });

  it('falls back to og:url, then twitter:url, skipping metas with empty content', () => {
    const { meta } = scan(`<html><head><meta property="og:url" content="  "><meta name="twitter:url" content="https://t.example/a">
</head><body></body></html>`);
    expect(meta.url).toBe('https://t.example/a');
  });

  it('reads the published date in the documented order of names, including itemprop in the body', () => {
    const { meta } = scan(`<html><head><meta name="date" content="2021-01-01"></head>
<body><span><meta itemprop="datePublished" content="2022-02-22T10:00:00Z"></span><p>x</p></body></html>`);
    expect(meta.published).toBe('2022-02-22T10:00:00Z');
  });

  it('reads title, first h1 (else h2), base, lang from http-equiv in any case, and dir', () => {
    const { meta } = scan(`<html dir="RTL"><head><title> Page   title </title><base href="https://base.example/dir/">
<meta http-equiv="Content-Language" content="ar"></head><body><h2>Second level</h2><h1>First level</h1></body></html>`);
    expect(meta).toMatchObject({ title: 'Page title', firstHeading: 'First level', base: 'https://base.example/dir/', lang: 'ar', dir: 'rtl' });
  });

  it('ignores metadata inside <template>', () => {
    const { meta } = scan(`<html><head></head><body><template><title>Template title</title><link rel="canonical" href="https://t.example/">
</template><h2>Real heading</h2></body></html>`);
    expect(meta.title).toBeUndefined();
    expect(meta.url).toBeUndefined();
    expect(meta.firstHeading).toBe('Real heading');
  });

  it('lets what the container knows (an archive header) come before markers in the HTML', () => {
    const { meta } = scan('<!-- saved from url=(0026)https://saved.example/page --><html><body><p>x</p></body></html>', {
      url: 'https://archive.example/page',
      savedAt: '2024-03-05T09:15:00+03:00',
    });
    expect(meta).toMatchObject({ url: 'https://archive.example/page', savedAt: '2024-03-05T09:15:00+03:00' });
  });

  it('measures the element nesting below <html>, text and comments not counted', () => {
    expect(scan('<html><head></head><body><div><p>text <b>bold</b></p><!-- c --></div></body></html>').depth).toBe(4);
    expect(scan(`<html><body>${'<div>'.repeat(300)}deep${'</div>'.repeat(300)}</body></html>`).depth).toBe(301);
  });
});
