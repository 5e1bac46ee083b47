// Multi-article briefings: golden files per layout, the outline and exact quotes as markdown-it reads
// them, notes that cannot break out, and gathering (tag filter with descendants, codebook order, stable id).
// Regenerate goldens deliberately: UPDATE_GOLDEN=1 npx vitest run --project unit tests/core/markdown/briefing-collection.test.ts
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { MarkdownIt } from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../../../src-renderer/core/article';
import { codebookOrder, toCollectionInput, withDescendants } from '../../../src-renderer/core/briefing-selection';
import { DEFAULT_CODEBOOK, type TagDef } from '../../../src-renderer/core/codebook';
import { collectionId, renderCollectionBriefing, type CollectionInput, type CollectionLayout } from '../../../src-renderer/core/markdown';
import { normalise, oracles, paragraphsText, syntaxText } from './oracle';
import { checkGolden } from './golden';

vi.setConfig({ testTimeout: 120_000 });



const TAGS: TagDef[] = [
  ...DEFAULT_CODEBOOK,
  { id: 'putin', name: 'Vladimir Putin', parentId: 'actor', color: '#0891b2', key: null, order: 1 },
  { id: 'aliyev', name: 'Ilham Aliyev', parentId: 'actor', color: '#0891b2', key: null, order: 0 },
  { id: 'energy', name: 'Энергетика', parentId: 'topic', color: '#65a30d', key: null, order: 0 },
];

function article(id: string, title: string, text: string, extra: Partial<Article> = {}): Article {
  return { id, title, path: `lib/${id}.md`, format: 'md', encoding: 'utf-8', contentHash: `h-${id}`, text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }], marks: [], ...extra };
}

const A1 = article('reuters-1', 'Putin meets Aliyev in Moscow', 'Putin met Aliyev on 22 February. The talks covered *transit* and energy.', {
  source: 'Reuters',
  byline: 'Jane Doe',
  published: '2024-02-22',
  url: 'https://www.reuters.com/world/putin-aliyev/',
});
const A2 = article('ria-1', 'Путин: «Встреча» — итог [ТАСС]', 'Путин заявил, что переговоры «прошли конструктивно».\n# Не заголовок\n> не цитата', {
  source: 'РИА Новости',
  published: '2024-02-23',
});

const SOURCES = [
  {
    article: A1,
    annotations: [
      { id: 'x2', tagIds: ['type-claim', 'energy'], note: '- check\n# not a heading', quote: '', range: { start: 33, end: 72 } },
      { id: 'x1', tagIds: ['putin', 'aliyev', 'type-figure'], note: 'Confirms the **date**.', quote: '', range: { start: 0, end: 32 } },
    ],
    memo: 'Overall a *routine* visit.',
  },
  {
    article: A2,
    annotations: [
      { id: 'y1', tagIds: ['putin', 'type-claim'], note: '', quote: '', range: { start: 0, end: A2.text.length } },
      { id: 'y2', tagIds: [], note: 'Untagged but noted', quote: 'Удалённый текст', range: null },
    ],
    memo: '',
  },
];

function input(layout: CollectionLayout, tagIds?: string[]): CollectionInput {
  return toCollectionInput(SOURCES, TAGS, { title: 'Caucasus week 8', layout, exportedAt: new Date('2024-03-01T09:30:00.000Z'), ...(tagIds ? { tagIds } : {}) });
}

/** Top-level headings and block quotes as a reader sees them. */
function outline(md: MarkdownIt, markdown: string): { headings: string[]; quotes: string[] } {
  const tokens = md.parse(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), {});
  const out = { headings: [] as string[], quotes: [] as string[] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level !== 0) continue;
    if (t.type === 'heading_open') out.headings.push(`${t.tag} ${tokens[i + 1]!.content}`);
    if (t.type === 'blockquote_open') {
      let j = i + 1;
      while (!(tokens[j]!.type === 'blockquote_close' && tokens[j]!.level === 0)) j++;
      out.quotes.push(paragraphsText(tokens.slice(i + 1, j), 1));
    }
  }
  return out;
}

describe('renderCollectionBriefing', () => {
  it('matches the golden file of each layout', () => {
    checkGolden('briefing-collection-document.md', renderCollectionBriefing(input('document')));
    checkGolden('briefing-collection-tag.md', renderCollectionBriefing(input('tag')));
    checkGolden('briefing-collection-article.md', renderCollectionBriefing(input('article')));
    checkGolden('briefing-collection-tag-filtered.md', renderCollectionBriefing(input('tag', ['actor'])));
  });

  it('writes front matter YAML reads back', () => {
    const fm = renderCollectionBriefing(input('tag')).match(/^---\n([\s\S]*?)\n---\n/)![1]!;
    expect(parseYaml(fm)).toEqual({
      title: 'Caucasus week 8',
      tags: ['actor/vladimir-putin', 'actor/ilham-aliyev', 'type/figure', 'type/claim', 'topic/энергетика'],
      exported: '2024-03-01T09:30:00.000Z',
      id: collectionId(['reuters-1', 'ria-1'], [], 'tag'),
      layout: 'tag',
    });
  });

  for (const [name, md] of Object.entries(oracles)) {
    it(`keeps the tag hierarchy as headings and every quote exact (${name})`, () => {
      const o = outline(md, renderCollectionBriefing(input('tag')));
      expect(o.headings).toEqual([
        'h1 Caucasus week 8',
        'h2 Type', 'h3 Claim', 'h4 Annotation 2', 'h4 Annotation 3', 'h3 Figure', 'h4 Annotation 1',
        'h2 Actor', 'h3 Ilham Aliyev', 'h4 Annotation 1', 'h3 Vladimir Putin', 'h4 Annotation 1', 'h4 Annotation 3',
        'h2 Topic', 'h3 Энергетика', 'h4 Annotation 2',
        'h2 Untagged', 'h3 Annotation 4',
        'h2 Memos', 'h3 Putin meets Aliyev in Moscow',
        'h2 Sources',
      ]);
      const q1 = A1.text.slice(33, 72);
      const q2 = A1.text.slice(0, 32);
      expect(o.quotes).toEqual([q1, A2.text, q2, q2, q2, A2.text, q1, 'Удалённый текст']);
      for (const layout of ['document', 'article'] as const) {
        expect(outline(md, renderCollectionBriefing(input(layout))).quotes).toEqual([q2, q1, A2.text, 'Удалённый текст']);
      }
    });

    it(`never lets a quote or note break the outline (${name})`, () => {
      fc.assert(
        fc.property(syntaxText(25), syntaxText(25), fc.constantFrom<CollectionLayout>('document', 'tag', 'article'), (quote, note, layout) => {
          const base = input(layout);
          const withText: CollectionInput = {
            ...base,
            articles: base.articles.map((c, i) => (i === 0 ? { ...c, annotations: c.annotations.map((a) => ({ ...a, quote, note })) } : c)),
          };
          const expected = outline(md, renderCollectionBriefing(base)).headings;
          const o = outline(md, renderCollectionBriefing(withText));
          expect(o.headings).toEqual(expected);
          expect(o.quotes.filter((q) => q === normalise(quote)).length).toBeGreaterThanOrEqual(2);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('toCollectionInput', () => {
  it('keeps annotations carrying a chosen tag or a descendant, and drops articles left empty', () => {
    const only = input('document', ['aliyev']);
    expect(only.articles.map((c) => c.annotations.map((a) => a.id))).toEqual([['x1']]);
    const actors = input('document', ['actor']);
    expect(actors.articles.map((c) => c.annotations.map((a) => a.id))).toEqual([['x1'], ['y1']]);
    expect([...withDescendants(TAGS, ['actor'])].sort()).toEqual(['actor', 'aliyev', 'putin']);
  });

  it('orders tags as the codebook does and gives a stable id whatever the order of articles', () => {
    expect(codebookOrder(TAGS).slice(0, 8)).toEqual(['Type', 'Type/Claim', 'Type/Commitment', 'Type/Figure', 'Type/Quote', 'Type/Assessment', 'Actor', 'Actor/Ilham Aliyev']);
    expect(collectionId(['b', 'a'], ['t'], 'tag')).toBe(collectionId(['a', 'b'], ['t'], 'tag'));
    expect(collectionId(['a', 'b'], ['t'], 'tag')).not.toBe(collectionId(['a', 'b'], ['t'], 'document'));
    expect(collectionId(['a', 'b'], [], 'tag')).toMatch(/^briefing-[0-9a-f]{16}$/);
  });
});
