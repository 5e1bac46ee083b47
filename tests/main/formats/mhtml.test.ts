// Web archives (.mhtml/.mht) through parseArticleFile: the page part goes through the HTML pipeline (so
// nothing hostile survives), its encoding and the archive's headers are honoured, archived images are
// placeholders, and broken archives fail with a message.
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src-renderer/core/article';
import { parseArticleFile } from '../../../src-main/import/index';
import { hostileArchive, imagePart, makeMhtml, PAGE_URL, pagePart, RU_PARA, RU_TITLE } from './fixtures-mhtml';
import { unwrap } from './invariants';

const EN_PARA = 'The delegations met on Monday and agreed to continue the talks on trade, transport and security next month.';

describe('mhtml: a Chrome-like archive with hostile parts', () => {
  const a = async () => unwrap(await parseArticleFile('Переговоры.mhtml', hostileArchive()));

  it('reads the quoted-printable windows-1251 page: title, text, encoding and format', async () => {
    const article = await a();
    expect(article).toMatchObject({ format: 'mhtml', encoding: 'windows-1251', title: RU_TITLE, lang: 'ru' });
    expect(article.text).toContain(RU_PARA);
    expect(article.text).toContain('Следующая статья');
  });

  it('drops scripts, event handlers, frames and the script, style and frame parts', async () => {
    const article = await a();
    for (const bad of ['SCRIPT-TEXT', 'PART-SCRIPT-TEXT', 'CSS-TEXT', 'FRAME-TEXT']) expect(article.text).not.toContain(bad);
    expect(article.text).not.toMatch(/alert|onerror|onload|javascript|<|>/);
    for (const m of article.marks) expect(m.href ?? 'https:').toMatch(/^(https?|mailto):/);
  });

  it('takes the URL and saved date from the archive headers and resolves relative links against the URL', async () => {
    const article = await a();
    expect(article.url).toBe(PAGE_URL);
    expect(article.savedAt).toBe('2024-03-05T09:15:00+03:00');
    const links = article.marks.filter((m) => m.kind === 'link').map((m) => [article.text.slice(m.start, m.end), m.href]);
    expect(links).toEqual([['Следующая статья', 'https://news.example/2024/03/next']]);
  });

  it('shows images, archived or remote, as figure placeholders with their alt text (nothing is loaded)', async () => {
    const article = await a();
    const figures = article.blocks.filter((b) => b.kind === 'figure').map((b) => blockText(article, b));
    // The photo held under a cid: URL has no alt text and no caption: nothing to show.
    expect(figures).toEqual(['График товарооборота', 'Удалённый снимок']);
  });
});

describe('mhtml: choosing and decoding the page', () => {
  const page = (title: string) => `<html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1><p>${RU_PARA}</p><p>${EN_PARA}</p></article></body></html>`;

  it('reads a UTF-8 page whose part declares no charset, from its <meta charset>', async () => {
    const bytes = makeMhtml({ snapshotUrl: PAGE_URL, parts: [pagePart(page('Сводка'), { charset: 'utf-8', declareCharset: false })] });
    const article = unwrap(await parseArticleFile('page.mht', bytes));
    expect(article).toMatchObject({ encoding: 'utf-8', title: 'Сводка' });
    expect(article.text).toContain(RU_PARA);
  });

  it('takes the part named by the start parameter, not the first HTML part', async () => {
    const bytes = makeMhtml({
      start: 'main@archive',
      parts: [pagePart(page('Decoy frame'), { id: 'decoy@archive' }), pagePart(page('Main page'), { id: 'main@archive' })],
    });
    expect(unwrap(await parseArticleFile('page.MHTML', bytes)).title).toBe('Main page');
  });

  it('prefers the page\'s canonical URL to the snapshot location', async () => {
    const html = `<html><head><link rel="canonical" href="https://news.example/canonical"></head><body><p>${EN_PARA}</p></body></html>`;
    const bytes = makeMhtml({ snapshotUrl: `${PAGE_URL}?utm=x`, parts: [pagePart(html)] });
    expect(unwrap(await parseArticleFile('page.mhtml', bytes)).url).toBe('https://news.example/canonical');
  });

  it('honours an encoding the user chose', async () => {
    const bytes = makeMhtml({ parts: [pagePart(page('Сводка'), { charset: 'windows-1251', declareCharset: false })] });
    const chosen = unwrap(await parseArticleFile('page.mhtml', bytes, { encoding: 'cp1251' }));
    expect(chosen.encoding).toBe('windows-1251');
    expect(chosen.text).toContain(RU_PARA);
    const unknown = await parseArticleFile('page.mhtml', bytes, { encoding: 'klingon-9' });
    expect(!unknown.ok && unknown.error.code).toBe('UNSUPPORTED');
  });
});

describe('mhtml: broken archives', () => {
  it('refuses a file that is not a web archive', async () => {
    const r = await parseArticleFile('notes.mhtml', new TextEncoder().encode('Just some notes, not an archive.\n'));
    expect(r).toMatchObject({ ok: false, error: { code: 'DAMAGED', message: expect.stringContaining('web page archive') } });
  });

  it('reports an archive without a page as EMPTY', async () => {
    const r = await parseArticleFile('images.mhtml', makeMhtml({ snapshotUrl: PAGE_URL, parts: [imagePart({ location: `${PAGE_URL}/a.png` })] }));
    expect(r).toMatchObject({ ok: false, error: { code: 'EMPTY' } });
  });

  it('reports an archive cut off in the middle of its page without throwing', async () => {
    const whole = hostileArchive();
    const cut = whole.subarray(0, Math.floor(whole.length / 3));
    const r = await parseArticleFile('cut.mhtml', cut);
    if (r.ok) expect(r.value.text).toContain(RU_TITLE);
    else expect(['DAMAGED', 'EMPTY']).toContain(r.error.code);
  });
});
