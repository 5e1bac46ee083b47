// The exported Markdown of a seeded, generated library stays byte-identical: golden files for every
// collection layout and for per-article briefings, and digests of the escaping functions over 20,000
// syntax-heavy strings. Written before the export was optimised (issue #5), so any speed-up that
// changes a single byte fails here. The inputs come from our own LCG over SYNTAX_PIECES, not from
// fast-check, so they do not change with a fast-check upgrade.
// Regenerate deliberately (only for a wanted change of output): UPDATE_GOLDEN=1 npx vitest run --project unit tests/core/markdown/generated-output.test.ts
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../../../src-renderer/core/article';
import { toBriefingInput, type PlacedAnnotation } from '../../../src-renderer/core/briefing';
import { toCollectionInput, type SelectionSource } from '../../../src-renderer/core/briefing-selection';
import type { TagDef } from '../../../src-renderer/core/codebook';
import { blockquote, containUserMarkdown, escapeInline, renderArticleBriefing, renderCollectionBriefing, tagToHashtag } from '../../../src-renderer/core/markdown';
import { SYNTAX_PIECES } from './oracle';
import { checkGolden } from './golden';



/** A seeded LCG: the same seed gives the same library on every machine. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const PROSE = 'the minister said talks on transit and energy would go on next week Путин заявил что переговоры прошли'.split(' ');

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** Mostly prose with syntax pieces mixed in (about one piece in `syntaxEvery` words). */
function text(rand: () => number, words: number, syntaxEvery = 4): string {
  let out = '';
  for (let i = 0; i < words; i++) out += rand() * syntaxEvery < 1 ? pick(rand, SYNTAX_PIECES) : (out === '' ? '' : ' ') + pick(rand, PROSE);
  return out;
}

function generateTags(rand: () => number): TagDef[] {
  const tags: TagDef[] = [];
  for (let i = 0; i < 14; i++) {
    const parent = i < 3 || rand() < 0.2 ? null : tags[Math.floor(rand() * tags.length)]!.id;
    const name = rand() < 0.5 ? pick(rand, ['Type', 'Actor', 'Claim', 'Тема', 'Place/Baku', '#1', 'C# & co', 'Energy *gas*']) : text(rand, 2, 2);
    tags.push({ id: `t${i}`, name, parentId: parent, color: '#000000', key: null, order: Math.floor(rand() * 3) });
  }
  return tags;
}

function generateSources(rand: () => number, tags: readonly TagDef[]): SelectionSource[] {
  const sources: SelectionSource[] = [];
  for (let a = 0; a < 12; a++) {
    let body = '';
    const blocks: Block[] = [];
    const paragraphs = 3 + Math.floor(rand() * 6);
    for (let p = 0; p < paragraphs; p++) {
      if (p > 0) body += '\n';
      const start = body.length;
      body += text(rand, 10 + Math.floor(rand() * 30));
      blocks.push({ kind: 'paragraph', start, end: body.length, ...(a % 3 === 0 ? { page: 1 + Math.floor(p / 2) } : {}) });
    }
    const article: Article = {
      id: `art-${a}`,
      title: a === 5 ? '   ' : text(rand, 6, 3),
      path: `lib/${a} ${text(rand, 1, 1)}.md`,
      format: 'md',
      encoding: 'utf-8',
      contentHash: `h${a}`,
      text: body,
      blocks,
      marks: [],
      ...(rand() < 0.7 ? { source: text(rand, 2, 3) } : {}),
      ...(rand() < 0.5 ? { byline: text(rand, 2, 3) } : {}),
      ...(rand() < 0.6 ? { published: '2024-02-2' + (a % 10) } : {}),
      ...(rand() < 0.6 ? { url: rand() < 0.7 ? `https://example.com/${a}?q=a_b` : `https://example.com/a b(${a})` } : {}),
    };
    const annotations: PlacedAnnotation[] = [];
    const count = a === 7 ? 0 : 1 + Math.floor(rand() * 14);
    for (let k = 0; k < count; k++) {
      const start = Math.floor(rand() * body.length);
      const end = Math.min(body.length, start + 1 + Math.floor(rand() * 120));
      const tagIds: string[] = [];
      const tagCount = Math.floor(rand() * 4);
      for (let t = 0; t < tagCount; t++) tagIds.push(rand() < 0.05 ? 'missing-tag' : pick(rand, tags).id);
      annotations.push({
        id: `a${a}-${k}`,
        tagIds,
        note: rand() < 0.4 ? '' : text(rand, 1 + Math.floor(rand() * 20), 2),
        quote: text(rand, 8),
        range: rand() < 0.1 ? null : { start, end },
      });
    }
    sources.push({ article, annotations, memo: rand() < 0.4 ? text(rand, 12, 2) : '' });
  }
  return sources;
}

const rand = random(5);
const TAGS = generateTags(rand);
const SOURCES = generateSources(rand, TAGS);
const EXPORTED_AT = new Date('2024-03-01T09:30:00.000Z');

describe('generated library export (byte-identical output)', () => {
  it('renders each collection layout exactly as the golden files', () => {
    for (const layout of ['document', 'tag', 'article'] as const) {
      const input = toCollectionInput(SOURCES, TAGS, { title: 'Week *8*: [draft]', layout, exportedAt: EXPORTED_AT });
      checkGolden(`generated-collection-${layout}.md`, renderCollectionBriefing(input));
    }
    const filtered = toCollectionInput(SOURCES, TAGS, { title: 'Filtered', layout: 'tag', exportedAt: EXPORTED_AT, tagIds: [TAGS[1]!.id, TAGS[4]!.id] });
    checkGolden('generated-collection-tag-filtered.md', renderCollectionBriefing(filtered));
  });

  it('renders each article briefing exactly as the golden file', () => {
    const all = SOURCES.map((s) => renderArticleBriefing(toBriefingInput(s.article, s.annotations, TAGS, s.memo, EXPORTED_AT)));
    checkGolden('generated-articles.md', all.join('\n<!-- next briefing -->\n'));
  });

  it('escapes 20,000 syntax-heavy strings exactly as before', () => {
    const r = random(11);
    const strings = Array.from({ length: 20_000 }, () => {
      let s = '';
      const pieces = Math.floor(r() * 24);
      for (let i = 0; i < pieces; i++) s += r() < 0.3 ? pick(r, PROSE) : pick(r, SYNTAX_PIECES);
      return s;
    });
    const digest = (fn: (s: string) => string): string => {
      const hash = createHash('sha256');
      for (const s of strings) hash.update(fn(s) + '\u0000');
      return hash.digest('hex').slice(0, 32);
    };
    // Recorded from the implementation before the speed work; a change here is a change of output.
    const digests = {
      escapeInline: digest(escapeInline),
      blockquote: digest(blockquote),
      containUserMarkdown: digest(containUserMarkdown),
      tagToHashtag: digest(tagToHashtag),
    };
    checkGolden('generated-escape-digests.json', JSON.stringify(digests, null, 2) + '\n');
  });
});
