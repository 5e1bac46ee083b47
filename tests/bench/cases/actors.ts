// Benchmark: who said what (core/actors) on 1,000 generated news articles of about 5 KB each (English and
// Russian, with names, roles, quotations, reported speech and amounts), on one 1 MB article, and on the
// seed article repeated to 1 MB; plus the factRuEval-2016 dev entity scores when ../shared is there.
// Run: npx tsx tests/bench/run.ts actors
import type { Block } from '../../../src-renderer/core/article';
import { bundled } from '../bundled';
import { seeded } from '../../core/segment-fixtures';
import { loadFactRuEval, scoreNer, NER_TYPES } from '../ner-factrueval';
import { medianMs, type BenchRow } from '../types';
import { ENTITY_CASES, HELD_OUT_ENTITY_CASES, type EntityCase } from '../../core/actors/entity-cases';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const { analyseArticle } = bundled<typeof import('../../../src-renderer/core/actors')>('src-renderer/core/actors/index.ts');
const { segmentFlat } = bundled<typeof import('../../../src-renderer/core/segment')>('src-renderer/core/segment/index.ts');

const PEOPLE = ['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan', 'Olaf Scholz', 'Emmanuel Macron', 'Maria Zakharova', 'Dmitry Peskov', 'Sergei Lavrov'];
const ROLES = ['the Russian president', 'the Azerbaijani leader', 'the foreign minister', 'the Kremlin spokesman'];
const EN = [
  (p: string) => `"We will continue the talks until an agreement is reached," ${p} said.`,
  (p: string) => `${p.split(' ')[1]} said that trade between the two countries grew by 16% last year.`,
  (p: string) => `According to ${p}, the meeting in Moscow on 22 February lasted three hours.`,
  () => 'He added that the Ministry of Foreign Affairs would publish the text of the declaration.',
  (_p: string, r: string) => `${r[0]!.toUpperCase()}${r.slice(1)} noted that Gazprom would invest $2.5 billion in the pipeline.`,
  () => 'The Kremlin announced that the next round would take place in Baku in June.',
  () => 'Officials said 44 km of the border had been agreed, and analysts expected more progress.',
  (p: string) => `${p}, who spoke to reporters in Brussels, said: "Nobody should doubt our resolve."`,
];
const RU = [
  () => '«Мы продолжим переговоры до заключения соглашения», — заявил Владимир Путин.',
  () => 'По словам Путина, товарооборот между странами вырос на 16% за год.',
  () => 'Как сообщил пресс-секретарь Кремля Дмитрий Песков, встреча в Москве продлилась три часа.',
  () => 'В МИД России заявили, что текст декларации будет опубликован 22 февраля 2024 года.',
  () => 'Глава МИД Сергей Лавров отметил, что «Газпром» вложит в проект 100 млн рублей.',
  () => 'Он добавил, что следующий раунд пройдет в Баку в июне.',
];

/** About `size` characters of news prose: paragraphs of 3-6 sentences, an article's title first. */
function article(seed: number, size: number, lang: 'en' | 'ru'): { text: string; blocks: Block[]; spans: number[] } {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  let text = lang === 'en' ? 'Putin and Aliyev meet in Moscow' : 'Путин и Алиев встретились в Москве';
  const blocks: Block[] = [{ kind: 'title', start: 0, end: text.length }];
  while (text.length < size) {
    const n = 3 + Math.floor(random() * 4);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(lang === 'en' ? pick(EN)(pick(PEOPLE), pick(ROLES)) : pick(RU)());
    const p = sentences.join(' ');
    text += '\n\n';
    blocks.push({ kind: 'paragraph', start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, blocks, spans: segmentFlat(text, blocks, lang) };
}

export default async function actorsBench(): Promise<BenchRow[]> {
  // The first call in a fresh process (nothing compiled or cached yet), as a new worker meets a long article.
  const cold = { ...article(9, 1_000_000, 'ru'), lang: 'ru' };
  const t0 = performance.now();
  analyseArticle(cold);
  const coldMs = performance.now() - t0;
  const articles = Array.from({ length: 1000 }, (_, i) => ({ ...article(i + 1, 5000, i % 4 === 3 ? 'ru' : 'en'), lang: i % 4 === 3 ? 'ru' : 'en' }));
  const all = () => {
    let n = 0;
    for (const a of articles) n += analyseArticle(a).speakers.length;
    return n;
  };
  const big = { ...article(7, 1_000_000, 'en'), lang: 'en' };
  const bigRu = { ...article(8, 1_000_000, 'ru'), lang: 'ru' };
  const rows: BenchRow[] = [
    { case: 'actors: 1,000 news articles of ~5 KB (3/4 English, 1/4 Russian), one core', value: await medianMs(all, 3, 1), unit: 'ms', target: '<= 10,000 ms' },
    { case: 'actors: one 1 MB English article', value: await medianMs(() => analyseArticle(big), 5, 1), unit: 'ms', target: '<= 1,000 ms' },
    { case: 'actors: one 1 MB Russian article', value: await medianMs(() => analyseArticle(bigRu), 5, 1), unit: 'ms', target: '<= 1,000 ms' },
    { case: 'actors: one 1 MB Russian article, first call in a fresh process', value: coldMs, unit: 'ms', target: '<= 1,000 ms' },
  ];
  const seedFile = path.resolve(__dirname, '../../../../shared/corpora/seed-article.txt');
  if (fs.existsSync(seedFile)) {
    const paragraphs = fs.readFileSync(seedFile, 'utf8').split('\n').map((p) => p.trim()).filter(Boolean);
    let text = '';
    const blocks: Block[] = [];
    while (text.length < 1_000_000) {
      for (const p of paragraphs) {
        if (text) text += '\n';
        blocks.push({ kind: 'paragraph', start: text.length, end: text.length + p.length });
        text += p;
      }
    }
    const seed = { text, blocks, spans: segmentFlat(text, blocks, 'en'), lang: 'en' };
    rows.push({ case: 'actors: the seed article repeated to 1 MB', value: await medianMs(() => analyseArticle(seed), 5, 1), unit: 'ms', target: '<= 1,000 ms' });
  }
  rows.push(...englishNames(analyseArticle));
  const docs = loadFactRuEval();
  if (docs) {
    const s = scoreNer(docs);
    for (const t of NER_TYPES) rows.push({ case: `actors: factRuEval-2016 dev ${t} F1, exact span (overlap ${(100 * s.relaxed[t].f1).toFixed(1)})`, value: 100 * s.exact[t].f1, unit: '%', target: '>= 80 %' });
  }
  return rows;
}

type Found = { type: string; start: number; end: number };

/** Exact-span F1 of person, org and place over the English entity sentences of tests/core/actors. */
function f1(cases: readonly EntityCase[], run: (text: string) => Found[]): number {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const c of cases.filter((x) => x.lang === 'en')) {
    let from = 0;
    const g = c.entities.filter(([t]) => t === 'person' || t === 'org' || t === 'place').map(([type, w]) => {
      const start = c.text.indexOf(w, from);
      from = start + w.length;
      return { type, start, end: start + w.length };
    });
    const p = run(c.text);
    gold += g.length;
    pred += p.length;
    tp += p.filter((x) => g.some((y) => y.type === x.type && y.start === x.start && y.end === x.end)).length;
  }
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tp / gold : 0;
  return precision + recall ? (200 * precision * recall) / (precision + recall) : 0;
}

/**
 * English names of core/actors beside compromise (when installed: npm install --no-save compromise adds its
 * rows; it is no dependency: it scored lower on these sentences, alone and as a fallback for names the rules
 * miss, and weighs 5 MB).
 */
function englishNames(analyse: typeof import('../../../src-renderer/core/actors').analyseArticle): BenchRow[] {
  const ours = (text: string): Found[] => {
    const blocks: Block[] = [{ kind: 'paragraph', start: 0, end: text.length }];
    return analyse({ text, blocks, spans: segmentFlat(text, blocks, 'en'), lang: 'en' }).entities.filter((e) => !e.nominal && (e.type === 'person' || e.type === 'org' || e.type === 'place'));
  };
  const rows: BenchRow[] = [
    { case: 'actors: English names F1, held-out sentences (tests/core/actors/entity-cases.ts), core/actors', value: f1(HELD_OUT_ENTITY_CASES, ours), unit: '%' },
    { case: 'actors: English names F1, tuned sentences, core/actors', value: f1(ENTITY_CASES, ours), unit: '%' },
  ];
  type View = { out(format: 'offset'): { offset: { start: number; length: number } }[] };
  type Nlp = (text: string) => { people(): View; places(): View; organizations(): View };
  let nlp = null as Nlp | null;
  try {
    nlp = createRequire(__filename)('compromise') as Nlp;
  } catch {
    console.warn('actors: compromise is not installed (npm install --no-save compromise adds its rows)');
  }
  if (nlp) {
    const theirs = (text: string): Found[] => {
      const doc = (nlp as Nlp)(text);
      const out: Found[] = [];
      for (const [type, view] of [['person', doc.people()], ['place', doc.places()], ['org', doc.organizations()]] as const) {
        for (const o of view.out('offset')) {
          const written = text.slice(o.offset.start, o.offset.start + o.offset.length).replace(/['’]s$/, '').replace(/[.,;:]+$/, '');
          out.push({ type, start: o.offset.start, end: o.offset.start + written.length });
        }
      }
      return out;
    };
    rows.push({ case: 'actors: English names F1, held-out sentences, compromise', value: f1(HELD_OUT_ENTITY_CASES, theirs), unit: '%' });
    rows.push({ case: 'actors: English names F1, held-out sentences, core/actors then compromise for the rest', value: f1(HELD_OUT_ENTITY_CASES, (t) => { const o = ours(t); return [...o, ...theirs(t).filter((c) => !o.some((x) => x.start < c.end && c.start < x.end))]; }), unit: '%' });
  }
  return rows;
}
