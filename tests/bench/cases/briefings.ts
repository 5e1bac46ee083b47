// Multi-article briefings: 10,000 and 100,000 annotations rendered grouped by tag (and the other layouts),
// with realistic text (Markdown syntax, Cyrillic, multi-paragraph quotes, notes with Markdown, 1-3 tags);
// and the whole pure export (gathering with toCollectionInput, then rendering) from articles and placed
// annotations, which is what the Export dialog runs before the write.
import type { Article, Block } from '../../../src-renderer/core/article';
import type { PlacedAnnotation } from '../../../src-renderer/core/briefing';
import type { SelectionSource } from '../../../src-renderer/core/briefing-selection';
import { DEFAULT_CODEBOOK, type TagDef } from '../../../src-renderer/core/codebook';
import type { CollectionArticle, CollectionInput, CollectionLayout } from '../../../src-renderer/core/markdown';
import { makeRandom, paragraph } from '../generate';
import { bundled } from '../bundled';
import { medianMs, type BenchRow } from '../types';

const { renderCollectionBriefing } = bundled<typeof import('../../../src-renderer/core/markdown')>('src-renderer/core/markdown/index.ts');
const { toCollectionInput } = bundled<typeof import('../../../src-renderer/core/briefing-selection')>('src-renderer/core/briefing-selection.ts');

const QUOTES = [
  'Putin met Aliyev on 22 February and discussed the "North–South" transit corridor.',
  'The ministry said exports rose 12.5% in 2023 (to $4.1 bn), citing [official] data.',
  'Путин заявил, что переговоры «прошли конструктивно», и пообещал продолжить диалог.',
  '1986. That was the year the plant was built; *nobody* expected the #outage.\nIt lasted two days.',
  'First paragraph of a long quote.\n\nSecond paragraph, with `code` and `more code`, and ==highlights== too.',
];
const NOTES = ['', 'Confirms the **date**; compare with [TASS](https://tass.com).', '- check source\n- ask desk', '# Follow-up\n\n---\nnot yet verified'];
const TAGS = [
  ['Actor/Vladimir Putin', 'Type/Claim'],
  ['Actor/Ilham Aliyev'],
  ['Тип/Заявление', 'Place/Baku', 'Type/Figure'],
  ['Topic/Energy/Gas', 'Type/Commitment'],
];
const TAG_ORDER = ['Type', 'Type/Claim', 'Type/Commitment', 'Type/Figure', 'Actor', 'Actor/Ilham Aliyev', 'Actor/Vladimir Putin', 'Topic', 'Topic/Energy', 'Topic/Energy/Gas'];

function collection(articles: number, perArticle: number, layout: CollectionLayout): CollectionInput {
  const out: CollectionArticle[] = [];
  let n = 0;
  for (let a = 0; a < articles; a++) {
    const annotations = [];
    for (let k = 0; k < perArticle; k++, n++) {
      annotations.push({
        id: `a${n}`,
        quote: QUOTES[n % QUOTES.length]! + ` (${n})`,
        tags: TAGS[n % TAGS.length]!,
        note: NOTES[n % NOTES.length]!,
        paragraph: k + 1,
        ...(k % 3 === 0 ? { page: k + 2 } : {}),
        link: `dossier://article/art-${a}?annotation=a${n}`,
      });
    }
    out.push({
      article: { id: `art-${a}`, title: `Article ${a}: Putin meets Aliyev`, source: 'Reuters', byline: 'Jane Doe', published: '2024-02-22', url: `https://example.com/${a}`, path: `lib/${a}.html` },
      annotations,
      memo: a % 4 === 0 ? 'Overall a *routine* visit.\n\nFollow up next week.' : '',
    });
  }
  return { title: 'Weekly briefing', id: 'briefing-0123456789abcdef', layout, articles: out, tagOrder: TAG_ORDER, exportedAt: '2024-03-01T09:30:00.000Z' };
}

const CODEBOOK: TagDef[] = [
  ...DEFAULT_CODEBOOK,
  { id: 'putin', name: 'Vladimir Putin', parentId: 'actor', color: '#0891b2', key: null, order: 0 },
  { id: 'aliyev', name: 'Ilham Aliyev', parentId: 'actor', color: '#0891b2', key: null, order: 1 },
  { id: 'energy', name: 'Energy', parentId: 'topic', color: '#65a30d', key: null, order: 0 },
  { id: 'gas', name: 'Gas', parentId: 'energy', color: '#65a30d', key: null, order: 0 },
  { id: 'place', name: 'Место', parentId: null, color: '#65a30d', key: null, order: 3 },
  { id: 'baku', name: 'Баку', parentId: 'place', color: '#65a30d', key: null, order: 0 },
];
const TAG_IDS = [['putin', 'type-claim'], ['aliyev'], ['baku', 'type-figure', 'putin'], ['gas', 'type-commitment'], []];

/** Articles with text and blocks, and annotations placed in that text (every tenth one an orphan), as the Export dialog gathers them. */
function sources(articles: number, perArticle: number): SelectionSource[] {
  const rand = makeRandom(8);
  const out: SelectionSource[] = [];
  let n = 0;
  for (let a = 0; a < articles; a++) {
    let text = '';
    const blocks: Block[] = [];
    for (let p = 0; p < perArticle; p++) {
      if (p > 0) text += '\n';
      const start = text.length;
      text += QUOTES[(a + p) % QUOTES.length]!.replace(/\n+/g, ' ') + ' ' + paragraph(rand);
      blocks.push({ kind: 'paragraph', start, end: text.length, ...(a % 3 === 0 ? { page: 1 + (p >> 2) } : {}) });
    }
    const article: Article = {
      id: `art-${a}`, title: `Article ${a}: Putin meets Aliyev`, source: 'Reuters', byline: 'Jane Doe', published: '2024-02-22', url: `https://example.com/${a}`,
      path: `lib/${a}.html`, format: 'html', encoding: 'utf-8', contentHash: `h${a}`, text, blocks, marks: [],
    };
    const annotations: PlacedAnnotation[] = [];
    for (let k = perArticle - 1; k >= 0; k--, n++) {
      const block = blocks[k]!;
      const end = Math.min(block.end, block.start + 60 + (n % 200));
      annotations.push({ id: `a${n}`, tagIds: TAG_IDS[n % TAG_IDS.length]!, note: NOTES[n % NOTES.length]!, quote: text.slice(block.start, end), range: n % 10 === 9 ? null : { start: block.start, end } });
    }
    out.push({ article, annotations, memo: a % 4 === 0 ? 'Overall a *routine* visit.\n\nFollow up next week.' : '' });
  }
  return out;
}

function exportPipeline(all: readonly SelectionSource[], layout: CollectionLayout): number {
  return renderCollectionBriefing(toCollectionInput(all, CODEBOOK, { title: 'Weekly briefing', layout, exportedAt: new Date('2024-03-01T09:30:00.000Z') })).length;
}

const ms = (v: number): number => Math.round(v * 10) / 10;

export default async function briefingsBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const small = collection(500, 20, 'tag');
  const large = collection(5_000, 20, 'tag');
  rows.push({ case: 'collection by tag: 10,000 annotations / 500 articles', value: ms(await medianMs(() => renderCollectionBriefing(small))), unit: 'ms', target: '< 100 ms' });
  rows.push({ case: 'collection by tag: 100,000 annotations / 5,000 articles', value: ms(await medianMs(() => renderCollectionBriefing(large), 5, 1)), unit: 'ms', target: '< 1000 ms' });
  for (const layout of ['document', 'article'] as const) {
    const input = { ...large, layout };
    rows.push({ case: `collection by ${layout}: 100,000 annotations / 5,000 articles`, value: ms(await medianMs(() => renderCollectionBriefing(input), 5, 1)), unit: 'ms', target: '< 1000 ms' });
  }
  const gatheredSmall = sources(500, 20);
  const gatheredLarge = sources(5_000, 20);
  rows.push({ case: 'export pipeline (gather + render) by tag: 10,000 / 500', value: ms(await medianMs(() => exportPipeline(gatheredSmall, 'tag'))), unit: 'ms', target: '< 100 ms' });
  rows.push({ case: 'export pipeline (gather + render) by tag: 100,000 / 5,000', value: ms(await medianMs(() => exportPipeline(gatheredLarge, 'tag'), 5, 1)), unit: 'ms', target: '< 1000 ms' });
  return rows;
}
