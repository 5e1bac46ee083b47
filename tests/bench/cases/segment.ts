// Benchmark: segmenting a generated 1 MB English news article (paragraph blocks) into statements, plus
// the golden-rules scores. Run: npx tsx -e "import('./tests/bench/cases/segment.ts').then(m=>m.default()).then(console.log)"
import fs from 'node:fs';
import path from 'node:path';
import { segment } from '../../../src-renderer/core/segment';
import { corpusDir, newsArticle, scoreGolden } from '../../core/segment-fixtures';
import { medianMs, type BenchRow } from '../types';

export default async function segmentBench(): Promise<BenchRow[]> {
  const { text, blocks } = newsArticle(7, 1_000_000);
  const spans = segment(text, blocks, 'en');
  if (spans.length < 5000) console.warn(`segment bench: only ${spans.length} statements`);
  const rows: BenchRow[] = [
    { case: 'segment 1 MB article', value: await medianMs(() => segment(text, blocks, 'en'), 9, 3), unit: 'ms', target: '< 20 ms' },
  ];
  for (const [lang, target] of [['en', '>= 98 %'], ['ru', '100 %']] as const) {
    const file = path.join(corpusDir, `golden-rules-${lang}.json`);
    if (!fs.existsSync(file)) continue;
    const score = scoreGolden(file);
    rows.push({ case: `segment golden rules (${lang}, ${score.passed}/${score.total})`, value: (100 * score.passed) / score.total, unit: '%', target });
  }
  return rows;
}
