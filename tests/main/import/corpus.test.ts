// The real saved pages in ../shared/corpora/readability-pages: every page imports, titles match, and the
// imported words match the expected article text in order (LCS on word tokens): recall >= 99%, extra <= 5%.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { parseArticleFile } from '../../../src-main/import/index';

const PAGES = path.resolve(__dirname, '../../../../shared/corpora/readability-pages');
const pageNames = fs.existsSync(PAGES)
  ? fs.readdirSync(PAGES).filter((n) => fs.existsSync(path.join(PAGES, n, 'source.html'))).sort()
  : [];

const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'code', 'sup', 'sub', 'small', 'abbr', 'u', 's', 'mark', 'q', 'cite', 'time', 'font', 'kbd', 'var', 'dfn', 'tt', 'big', 'strike', 'del', 'ins', 'bdi', 'bdo', 'wbr']);

interface N {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  firstChild: N | null;
  nextSibling: N | null;
}

/** The text of expected.html, independent of the importer: text nodes, with a space at non-inline elements. */
function referenceText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as { documentElement: N };
  const out: string[] = [];
  const stack: (N | ' ')[] = [doc.documentElement];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === ' ') {
      out.push(' ');
      continue;
    }
    if (n.nodeType === 3) out.push(n.nodeValue ?? '');
    if (n.nodeType !== 1) continue;
    const tag = (n.localName ?? '').toLowerCase();
    // Figures are shown as placeholders, not article text: their captions are not counted on either side.
    if (tag === 'script' || tag === 'style' || tag === 'figure' || tag === 'figcaption') continue;
    const block = !INLINE.has(tag);
    if (block) out.push(' ');
    const children: N[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) children.push(c);
    if (block) stack.push(' ');
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out.join('');
}

/** Word tokens; Han/kana characters (written without spaces) count one each. */
function words(text: string): string[] {
  const spaced = text.normalize('NFC').toLowerCase().replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' $& ');
  return spaced.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The text without its figure blocks (pictures and their captions are compared apart: see referenceText)
 * and without its title block (the title is checked on its own; the reference holds the body only).
 */
function withoutFigures(article: { text: string; blocks: readonly { kind: string; start: number; end: number }[] }): { text: string; images: number } {
  let images = 0;
  let text = article.text;
  for (const b of [...article.blocks].reverse()) {
    if (b.kind === 'title') {
      text = text.slice(0, b.start) + text.slice(b.end);
      continue;
    }
    if (b.kind !== 'figure') continue;
    images++;
    text = text.slice(0, b.start) + text.slice(b.end);
  }
  return { text, images };
}

/** Length of the longest common subsequence of two word lists (two-row DP over interned ids). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const ids = new Map<string, number>();
  const id = (w: string) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1);
  const x = Int32Array.from(a, id);
  const y = Int32Array.from(b, id);
  let prev = new Int32Array(y.length + 1);
  let cur = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const xi = x[i - 1]!;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = xi === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length]!;
}

interface Row {
  page: string;
  titleOk: boolean;
  expectedWords: number;
  importedWords: number;
  images: number;
  recall: number;
  extra: number;
  ms: number;
}
const rows: Row[] = [];

describe.skipIf(pageNames.length === 0)('html: readability corpus pages (needs ../shared/corpora beside the repo)', () => {
  afterAll(() => {
    console.table(rows.map((r) => ({ ...r, recall: `${(r.recall * 100).toFixed(2)}%`, extra: `${(r.extra * 100).toFixed(2)}%`, ms: Math.round(r.ms) })));
    const pass = (f: (r: Row) => boolean) => rows.filter(f).length;
    console.log(
      `pages ${rows.length}: title ${pass((r) => r.titleOk)}, recall>=99% ${pass((r) => r.recall >= 0.99)}, extra<=5% ${pass((r) => r.extra <= 0.05)}`,
    );
  });

  it.each(pageNames)('%s imports with the expected title and text', async (name) => {
    const dir = path.join(PAGES, name);
    const t0 = performance.now();
    const r = await parseArticleFile(`${name}.html`, new Uint8Array(fs.readFileSync(path.join(dir, 'source.html'))));
    const ms = performance.now() - t0;
    expect(r.ok, r.ok ? '' : `${r.error.code}: ${r.error.message}`).toBe(true);
    if (!r.ok) return;
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string | null };
    const expectedTitle = (meta.title ?? '').trim();
    const titleOk = expectedTitle ? r.value.title === expectedTitle : r.value.title.trim().length > 0;

    const expected = words(referenceText(fs.readFileSync(path.join(dir, 'expected.html'), 'utf8')));
    const { text, images } = withoutFigures(r.value);
    const imported = words(text);
    const common = lcsLength(expected, imported);
    const recall = expected.length ? common / expected.length : 1;
    const extra = imported.length ? (imported.length - common) / imported.length : 0;
    rows.push({ page: name, titleOk, expectedWords: expected.length, importedWords: imported.length, images, recall, extra, ms });

    expect(r.value.title).toBe(expectedTitle || r.value.title);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(extra).toBeLessThanOrEqual(0.05);
  });
});
