// Benchmark: segmenting a generated 1 MB English (and Russian) news article, paragraph blocks, into
// statements, plus the golden-rules scores. Run: npx tsx -e "import('./tests/bench/cases/segment.ts').then(m=>m.default()).then(console.log)"
import fs from 'node:fs';
import path from 'node:path';
import { bundled } from '../bundled';
import { corpusDir, newsArticle, scoreGolden } from '../../core/segment-fixtures';
import { medianMs, type BenchRow } from '../types';

const { segmentFlat } = bundled<typeof import('../../../src-renderer/core/segment')>('src-renderer/core/segment/index.ts');

/**
 * The seed article (real news text) repeated to 1 MB, one block per paragraph, or null without
 * ../shared. The generated article above is a stress case: it packs every hard abbreviation, initial,
 * decimal and quotation into each paragraph, about 50,000 periods per MB where real news has about 5,500.
 */
function repeatedSeed(): { text: string; blocks: { start: number; end: number; kind: 'paragraph' }[] } | null {
  const file = path.join(corpusDir, 'seed-article.txt');
  if (!fs.existsSync(file)) return null;
  const paragraphs = fs.readFileSync(file, 'utf8').split(/\n/).map((p) => p.trim()).filter(Boolean);
  let text = '';
  const blocks: { start: number; end: number; kind: 'paragraph' }[] = [];
  while (text.length < 1_000_000) {
    for (const p of paragraphs) {
      if (text) text += '\n';
      blocks.push({ start: text.length, end: text.length + p.length, kind: 'paragraph' });
      text += p;
    }
  }
  return { text, blocks };
}

export default async function segmentBench(): Promise<BenchRow[]> {
  const { text, blocks } = newsArticle(7, 1_000_000);
  // Timed as the parse worker runs it: flat offsets, no object per statement (segment() wraps this).
  const statements = segmentFlat(text, blocks, 'en').length / 2;
  if (statements < 5000) console.warn(`segment bench: only ${statements} statements`);
  const russian = newsArticle(7, 1_000_000, 'ru');
  // How fast this machine is right now: the bare minimum any segmenter must do, reading every character.
  const scan = (): number => {
    let n = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 46) n++;
    return n;
  };
  const rows: BenchRow[] = [
    { case: 'reference: read 1 MB with charCodeAt', value: await medianMs(scan, 9, 3), unit: 'ms' },
    { case: `segment 1 MB article (generated stress text: ${(text.split('.').length - 1).toLocaleString('en')} periods, most after abbreviations)`, value: await medianMs(() => segmentFlat(text, blocks, 'en'), 9, 3), unit: 'ms', target: '< 20 ms' },
    { case: 'segment 1 MB Russian article', value: await medianMs(() => segmentFlat(russian.text, russian.blocks, 'ru'), 9, 3), unit: 'ms' },
  ];
  const seed = repeatedSeed();
  if (seed) {
    const periods = seed.text.split('.').length - 1;
    rows.push({ case: `segment 1 MB of real news text (the seed article repeated; ${periods.toLocaleString('en')} periods)`, value: await medianMs(() => segmentFlat(seed.text, seed.blocks, 'en'), 9, 3), unit: 'ms', target: '< 20 ms' });
  }
  for (const [lang, target] of [['en', '>= 98 %'], ['ru', '100 %']] as const) {
    const file = path.join(corpusDir, `golden-rules-${lang}.json`);
    if (!fs.existsSync(file)) continue;
    const score = scoreGolden(file);
    rows.push({ case: `segment golden rules (${lang}, ${score.passed}/${score.total})`, value: (100 * score.passed) / score.total, unit: '%', target });
  }
  return rows;
}
