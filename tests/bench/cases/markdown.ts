// Briefing export speed: renderArticleBriefing over 10,000 and 100,000 annotations of realistic text
// (prose with some Markdown syntax, Cyrillic, multi-paragraph quotes, notes with Markdown).
import { renderArticleBriefing, type BriefingInput } from '../../../src-renderer/core/markdown';
import { medianMs, type BenchRow } from '../types';

const QUOTES = [
  'Putin met Aliyev on 22 February and discussed the "North–South" transit corridor.',
  'The ministry said exports rose 12.5% in 2023 (to $4.1 bn), citing [official] data.',
  'Путин заявил, что переговоры «прошли конструктивно», и пообещал продолжить диалог.',
  '1986. That was the year the plant was built; *nobody* expected the #outage.\nIt lasted two days.',
  'Critics called it a "snake_case" policy: a < b, AT&T and C# were all mentioned.',
  'First paragraph of a long quote that spans more than one paragraph of the article.\n\nSecond paragraph, with `code` and `more code`, and ==highlights== too.',
];
const NOTES = ['', 'Confirms the **date**; compare with [TASS](https://tass.com).', '- check source\n- ask desk', '# Follow-up\n\n---\nnot yet verified'];
const TAGS = [['Actor/Vladimir Putin', 'Type/Claim'], ['Actor/Ilham Aliyev'], ['Тип/Заявление', 'Place/Baku', 'Type/Event']];

function inputs(articles: number, perArticle: number): BriefingInput[] {
  const out: BriefingInput[] = [];
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
        page: k % 3 === 0 ? k + 2 : undefined,
        link: `dossier://annotation/a${n}`,
      });
    }
    out.push({
      article: { id: `art-${a}`, title: `Article ${a}: Putin meets Aliyev`, source: 'Reuters', byline: 'Jane Doe', published: '2024-02-22', url: `https://example.com/${a}`, path: `lib/${a}.html` },
      annotations,
      memo: 'Overall a *routine* visit.\n\nFollow up next week.',
      exportedAt: '2024-03-01T09:30:00.000Z',
    });
  }
  return out;
}

function renderAll(all: BriefingInput[]): number {
  let chars = 0;
  for (const input of all) chars += renderArticleBriefing(input).length;
  return chars;
}

export default async function markdownBench(): Promise<BenchRow[]> {
  const small = inputs(500, 20);
  const large = inputs(5_000, 20);
  return [
    { case: 'briefings: 10,000 annotations / 500 articles', value: Math.round((await medianMs(() => renderAll(small))) * 10) / 10, unit: 'ms', target: '< 100 ms' },
    { case: 'briefings: 100,000 annotations / 5,000 articles', value: Math.round((await medianMs(() => renderAll(large), 5, 1)) * 10) / 10, unit: 'ms', target: '< 1000 ms' },
  ];
}
