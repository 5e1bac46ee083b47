// parseArticleFile: dispatch by extension, limits and error codes, and model invariants for any input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseText } from '../../../src-renderer/core/article';
import { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, parseArticleFile } from '../../../src-main/import/index';
import type { ParsedArticle } from '../../../src-main/import/model';
import { segment } from '../../../src-renderer/core/segment';

const enc = (s: string) => new TextEncoder().encode(s);

/** Blocks in order, inside the text, trimmed and separated by blank lines; marks inside the text. */
function expectValidModel(a: ParsedArticle): void {
  expect(a.text).toBe(normaliseText(a.text));
  let previousEnd = -2;
  for (const b of a.blocks) {
    expect(b.start).toBe(previousEnd + 2);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.end).toBeLessThanOrEqual(a.text.length);
    const t = a.text.slice(b.start, b.end);
    expect(t).toBe(t.trimEnd());
    expect(t.trim().length).toBeGreaterThan(0);
    previousEnd = b.end;
  }
  expect(previousEnd === -2 ? 0 : previousEnd).toBe(a.text.length);
  for (const m of a.marks) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(a.text.length);
    if (m.href !== undefined) expect(m.href).toMatch(/^(https?|mailto):/);
  }
  // The statements come with the article, exactly as the reader would segment it.
  const flat = segment(a.text, a.blocks, a.lang).flatMap((s) => [s.start, s.end]);
  expect(a.spans).toEqual(flat);
}

describe('parseArticleFile: dispatch and errors', () => {
  it('lists the supported extensions', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(expect.arrayContaining(['.txt', '.md', '.markdown', '.html', '.htm']));
  });

  it('dispatches by extension, case-insensitively', async () => {
    const txt = await parseArticleFile('A.TXT', enc('Title\n\nBody *text*.'));
    const md = await parseArticleFile('a.Md', enc('Title\n\nBody *text*.'));
    const html = await parseArticleFile('a.HTM', enc('<p>Title</p><p>Body <em>text</em>.</p>'));
    expect(txt.ok && txt.value.format).toBe('txt');
    // The title opens the text as its own block (a statement like the others).
    expect(txt.ok && txt.value.text).toBe('Title\n\nBody *text*.');
    expect(md.ok && md.value.format).toBe('md');
    expect(md.ok && md.value.text).toContain('Body text.');
    expect(html.ok && html.value.format).toBe('html');
  });

  it('refuses unknown extensions as UNSUPPORTED', async () => {
    for (const name of ['photo.jpg', 'noextension', 'archive.tar.gz']) {
      const r = await parseArticleFile(name, enc('text'));
      expect(!r.ok && r.error.code).toBe('UNSUPPORTED');
      expect(!r.ok && r.error.message.length).toBeGreaterThan(10);
    }
  });

  it('refuses files over the size limit as TOO_LARGE', async () => {
    const r = await parseArticleFile('big.txt', new Uint8Array(MAX_FILE_BYTES + 1));
    expect(!r.ok && r.error.code).toBe('TOO_LARGE');
    expect(!r.ok && r.error.message).toMatch(/MB/);
  });

  it('refuses empty files as EMPTY in every format', async () => {
    for (const name of ['a.txt', 'a.md', 'a.html']) {
      for (const bytes of [new Uint8Array(0), enc('  \n\t ')]) {
        const r = await parseArticleFile(name, bytes);
        expect(!r.ok && r.error.code).toBe('EMPTY');
      }
    }
  });

  it('sends each article with its statements, segmented in the language of the article', async () => {
    const r = await parseArticleFile('x.md', enc('---\ntitle: T\nlang: ru\n---\n\nПроф. Иванов приехал вчера. Мы ждали.\n\nОн живёт на ул. Ленина.'));
    if (!r.ok) throw new Error(r.error.message);
    const statements = [];
    for (let i = 0; i < (r.value.spans ?? []).length; i += 2) statements.push(r.value.text.slice(r.value.spans![i], r.value.spans![i + 1]));
    expect(statements).toEqual(['T', 'Проф. Иванов приехал вчера.', 'Мы ждали.', 'Он живёт на ул. Ленина.']);
  });

  it('honours a user-chosen encoding', async () => {
    const r = await parseArticleFile('a.txt', new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), { encoding: 'windows-1251' });
    expect(r.ok && r.value).toMatchObject({ encoding: 'windows-1251', text: 'Привет' });
  });
});

describe('parseArticleFile: model invariants', () => {
  const textish = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '\r\n', '.', '*', '#', '-', '1', '>', '|', '<', 'p', '/', 'é', '\u00A0', '\t', '`', '[', ']', '(', ')') , maxLength: 300 });

  it('never throws and always yields a valid model, for any text in any format', async () => {
    await fc.assert(
      fc.asyncProperty(textish, fc.constantFrom('x.txt', 'x.md', 'x.html'), async (text, name) => {
        const r = await parseArticleFile(name, enc(text));
        if (r.ok) expectValidModel(r.value);
        else expect(['EMPTY', 'NOT_TEXT']).toContain(r.error.code);
      }),
      { numRuns: 150 },
    );
  });
});
