// Front matter parses back with the `yaml` package to the same values; slugs and hashtags are what
// file systems and Obsidian accept.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { frontMatter, renderArticleBriefing, slugify, tagName, tagToHashtag, yamlString } from '../../../src-renderer/core/markdown';
import { unicodeText } from './oracle';

vi.setConfig({ testTimeout: 120_000 });

const TRICKY = [
  'yes', 'No', 'NULL', 'null', '~', 'true', 'off', 'y', '1', '0x1F', '1e3', '-1', '.5', '012', '1:20', '.inf', '.NaN',
  '2024-02-22', '2024-02-22T10:00:00Z', '- item', '-', '? q', ': c', 'a: b', 'a #b', '#c', '"q"', "'q'", '[x]', '{y}', '&a', '*b',
  '!t', '|', '>', '%d', '@e', '`f', ',g', 'line\nbreak', 'crlf\r\nx', ' lead', 'trail ', '\ttab', '---', '...', '\u2028', '\ufeff',
  '\u0085', '\u007f', 'Путин: «да»', '😀', 'a\\b', '',
];

const title = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.array(fc.constantFrom(...TRICKY, 'word', ' ', 'Ж'), { maxLength: 6 }).map((p) => p.join('')),
  unicodeText(30),
);

function readFrontMatter(markdown: string, version?: '1.1' | '1.2'): unknown {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!m) throw new Error('no front matter');
  return parse(m[1]!, version ? { version } : {});
}

describe('front matter', () => {
  it('parses back to the same strings (yaml 1.2 and 1.1)', () => {
    fc.assert(
      fc.property(title, title, (a, b) => {
        const fm = frontMatter([['title', a], ['source', b], ['tags', [a, b]]]);
        expect(readFrontMatter(fm)).toEqual({ title: a, source: b, tags: [a, b] });
        if (!/^\d{4}-\d{2}-\d{2}/.test(a) && !/^\d{4}-\d{2}-\d{2}/.test(b)) {
          expect(readFrontMatter(fm, '1.1')).toEqual({ title: a, source: b, tags: [a, b] });
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('round-trips every field of a briefing', () => {
    fc.assert(
      fc.property(title, title, title, title, title, (t, source, byline, id, tag) => {
        const md = renderArticleBriefing({
          article: { id, title: t, source, byline, published: '2024-02-22', path: 'a.html' },
          annotations: [{ id: 'x', quote: 'q', tags: [tag, 'Type/Claim'], note: '' }],
          exportedAt: '2024-03-01T10:00:00.000Z',
        });
        const expected: Record<string, unknown> = { title: t };
        if (source.trim() !== '') expected.source = source;
        if (byline.trim() !== '') expected.byline = byline;
        expected.date = '2024-02-22';
        expected.tags = [...new Set([tagName(tag), 'type/claim'])];
        expected.exported = '2024-03-01T10:00:00.000Z';
        expected.id = id;
        expect(readFrontMatter(md)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('writes readable scalars when it can', () => {
    expect(yamlString('Putin met Aliyev')).toBe('Putin met Aliyev');
    expect(yamlString('Путин встретился с Алиевым')).toBe('Путин встретился с Алиевым');
    expect(yamlString('2024-02-22')).toBe('2024-02-22');
    expect(yamlString('Reuters: exclusive')).toBe('"Reuters: exclusive"');
    expect(yamlString('yes')).toBe('"yes"');
    expect(yamlString('1984')).toBe('"1984"');
    expect(yamlString('a\nb "c" \\')).toBe('"a\\nb \\"c\\" \\\\"');
    expect(frontMatter([['tags', []], ['x', undefined]])).toBe('---\ntags: []\n---\n');
  });
});

describe('slugify', () => {
  it.each([
    ['Putin met Aliyev on 22 February', 'putin-met-aliyev-on-22-february'],
    ['Путин встретился с Алиевым', 'путин-встретился-с-алиевым'],
    ['Йошкар-Ола и ёлка', 'йошкар-ола-и-ёлка'],
    ['Café Müller — Straße №5', 'cafe-muller-strasse-no5'],
    ["Putin's “war” (2022)!", 'putins-war-2022'],
    ['', 'untitled'],
    ['!!!', 'untitled'],
    ['CON', 'con-1'],
    ['ﬁnal ＡＢＣ', 'final-abc'],
  ])('%j -> %j', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('is short, lowercase, hyphenated and never empty', () => {
    fc.assert(
      fc.property(fc.oneof(unicodeText(200), fc.string({ maxLength: 200 })), (t) => {
        const slug = slugify(t);
        expect(slug.length).toBeGreaterThan(0);
        expect([...slug].length).toBeLessThanOrEqual(80);
        expect(slug).toBe(slug.toLowerCase());
        expect(slug).not.toMatch(/^-|-$|--|[\s/\\:*?"<>|#%]/);
        expect(slug).not.toMatch(/\p{Cs}/u);
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts long titles at a hyphen', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });
});

describe('tagToHashtag', () => {
  it.each([
    ['Actor/Vladimir Putin', '#actor/vladimir-putin'],
    ['Type/Claim', '#type/claim'],
    ['Актор/Владимир Путин', '#актор/владимир-путин'],
    ['Place / Nagorno-Karabakh ', '#place/nagorno-karabakh'],
    ['Year/2024', '#year/2024'],
    ['2024', '#_2024'],
    ['a//b/', '#a/b'],
    ["Putin's #1 (ally)", '#putins-1-ally'],
    ['', '#untagged'],
  ])('%j -> %j', (path, tag) => {
    expect(tagToHashtag(path)).toBe(tag);
  });

  it('is always a valid Obsidian tag', () => {
    fc.assert(
      fc.property(fc.oneof(unicodeText(40), fc.string({ maxLength: 40 })), (path) => {
        const tag = tagToHashtag(path);
        // Obsidian: letters, numbers, `_`, `-`, `/`; at least one non-digit; no spaces.
        expect(tag).toMatch(/^#[\p{L}\p{N}\p{M}_\-/]+$/u);
        expect(tag).toMatch(/[^0-9/#]/);
        expect(tag).not.toMatch(/\/\/|\/$|^#\//);
      }),
      { numRuns: 3000 },
    );
  });
});
