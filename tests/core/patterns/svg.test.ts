// The SVG picture of a pattern view: well-formed XML (checked by a small tag-balancing reader, no DOM in
// Node), labels escaped, a <title> and <desc>, the light theme, one heat cell or mark per non-zero count.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PALETTE, escapeXml, patternSvg } from '../../../src-renderer/core/patterns/svg';
import type { PatternTable } from '../../../src-renderer/core/patterns/table';
import { matrix, timeline } from './fixtures';

/** Checks the XML is well formed enough for any viewer: tags balance, attributes quoted, entities known; returns the element names in order. */
function xmlElements(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const names: string[] = [];
  const open: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let at = 0;
  while (at < body.length) {
    tag.lastIndex = at;
    match = tag.exec(body);
    if (!match) throw new Error(`malformed XML at ${at}: ${body.slice(at, at + 60)}`);
    at = tag.lastIndex;
    const [, close, name, attrs, selfClose, text] = match;
    const checkEntities = (s: string) => {
      for (const e of s.matchAll(/&([^;\s]*);?/g)) if (!/^&(amp|lt|gt|quot|apos);$/.test(e[0])) throw new Error(`bad entity ${e[0]}`);
    };
    if (text !== undefined) {
      checkEntities(text);
      if (text.includes('>')) throw new Error('raw > in text');
      continue;
    }
    checkEntities(attrs ?? '');
    if (close) {
      if (open.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      names.push(name!);
      if (!selfClose) open.push(name!);
    }
  }
  if (open.length) throw new Error(`unclosed ${open.join(', ')}`);
  return names;
}

describe('pattern SVG', () => {
  it('is one well-formed svg element with the view title and a description of the numbers', () => {
    const svg = patternSvg(matrix);
    const names = xmlElements(svg);
    expect(names[0]).toBe('svg');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    expect(svg).toContain('<title id="view-title">Tag matrix</title>');
    expect(svg).toContain('<desc id="view-desc">Collection: Caucasus. Tags by articles: 3 × 2, 12 in all.</desc>');
  });

  it('escapes labels so markup in a tag or title stays text', () => {
    const svg = patternSvg(matrix);
    expect(svg).toContain('Actor &lt;&quot;Putin&quot; &amp; co&gt;');
    expect(svg).toContain('Drought, &quot;dry&quot; &amp; hot');
    expect(svg).not.toContain('<"Putin"');
  });

  it('draws the light theme (white ground, dark ink) whatever the app shows', () => {
    const svg = patternSvg(matrix);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).not.toMatch(/#(000000|111111)"\/>/);
  });

  it('draws one heat cell per non-zero count, in its row colour or the palette, with its number written in', () => {
    const svg = patternSvg(matrix);
    const cells = [...svg.matchAll(/<rect [^>]*fill="(#[0-9A-Fa-f]{6})" fill-opacity="[\d.]+"><title>([^<]*)<\/title>/g)];
    expect(cells.map((c) => [c[1], c[2]])).toEqual([
      ['#2563eb', 'Type × Drought, &quot;dry&quot; &amp; hot: 3'],
      ['#dc2626', 'Type/Claim × Drought, &quot;dry&quot; &amp; hot: 2'],
      [DEFAULT_PALETTE[2], 'Actor &lt;&quot;Putin&quot; &amp; co&gt; × =HYPERLINK(&quot;http://evil&quot;): 7'],
    ]);
    expect([...svg.matchAll(/text-anchor="middle" fill="[^"]+">(\d+)</g)].map((m) => m[1])).toEqual(['3', '2', '7']);
  });

  it('indents child tags under their parent', () => {
    const svg = patternSvg(matrix);
    const x = (label: string) => Number(new RegExp(`<text x="(\\d+)"[^>]*>${label.replace('/', '\\/')}</text>`).exec(svg)?.[1]);
    expect(x('Type/Claim') - x('Type')).toBe(12);
  });

  it('draws a timeline as lanes with one mark per period that has statements, bigger for more', () => {
    const svg = patternSvg(timeline);
    xmlElements(svg);
    const marks = [...svg.matchAll(/<circle cx="[\d.]+" cy="[\d.]+" r="([\d.]+)" fill="(#[0-9A-Fa-f]{6})"[^>]*><title>([^<]*)</g)];
    expect(marks.map((m) => m[3])).toEqual(['Type/Claim, 2026-01: 1', 'Type/Claim, 2026-03: 4', 'Type/Denial, 2026-02: 2']);
    expect(Number(marks[1]![1])).toBeGreaterThan(Number(marks[0]![1]));
    expect(marks[2]![2]).toBe(DEFAULT_PALETTE[1]);
  });

  it('places a timeline on a time axis as the view does: periods by date, undated apart at the right, a few labelled', () => {
    const months = Array.from({ length: 20 }, (_, i) => `20${24 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    // A gap: no column for the months between the first and the others.
    const keys = ['2023-01', ...months, 'undated'];
    const table: PatternTable = {
      ...timeline,
      columns: keys.map((key) => ({ key, label: key === 'undated' ? 'Undated' : key })),
      counts: [keys.map(() => 1), keys.map(() => 0)],
    };
    const svg = patternSvg(table);
    xmlElements(svg);
    const xs = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(keys.length);
    const step = xs[2]! - xs[1]!;
    // A year's gap is about twelve months' steps; the undated mark is right of the last month.
    expect((xs[1]! - xs[0]!) / step).toBeGreaterThan(10);
    expect(xs.at(-1)!).toBeGreaterThan(xs.at(-2)! + step);
    const headers = [...svg.matchAll(/transform="rotate\(-45[^"]*" font-size="11" fill="#1f2937">([^<]+)</g)].map((m) => m[1]);
    expect(headers.length).toBeLessThanOrEqual(9);
    expect(headers).toContain('2023-01');
    expect(headers.at(-1)).toBe('Undated');
  });

  it('says so when there is nothing to show', () => {
    const svg = patternSvg({ ...matrix, rows: [], counts: [] });
    xmlElements(svg);
    expect(svg).toContain('Nothing to show.');
  });

  it('cuts a very long label and keeps the whole of it as a tooltip', () => {
    const long = 'A very long article title that goes on and on about the drought in the south';
    const svg = patternSvg({ ...matrix, columns: [{ key: 'a', label: long }], counts: [[1], [0], [0]] });
    expect(svg).toContain(`<title>${long}</title>`);
    expect(svg).toContain('A very long article title that goes on…');
  });

  it('is well-formed XML for any labels, control characters and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }), fc.string({ unit: 'binary' }), (labels, title) => {
        const table: PatternTable = {
          kind: 'cooccurrence',
          title,
          rowsLabel: 'Tags',
          columnsLabel: 'Tags',
          rows: labels.map((label, i) => ({ key: String(i), label, color: label })),
          columns: labels.map((label, i) => ({ key: String(i), label })),
          counts: labels.map((_, i) => labels.map((__, j) => (i + j) % 3)),
        };
        const svg = patternSvg(table);
        xmlElements(svg);
        expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }),
    );
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
