// Benchmark: sentence-boundary F1 on Universal Dependencies dev documents (../shared/corpora/ud, boundaries
// set by people) for our segmenter beside Intl.Segmenter, sbd and (when installed) sentencex on the same
// paragraphs.
// Scored on boundaries inside paragraphs (see ud-boundaries.ts). The corpora's conventions differ from
// ours (UD splits inside quotations; web text ends sentences without punctuation), so this is for finding
// classes of errors and for comparing segmenters, not a target to tune to. Skipped without ../shared.
import { loadUd, scoreUd, UD_CORPORA } from '../ud-boundaries';
import { loadSegmenters } from '../ud-segmenters';
import type { BenchRow } from '../types';

export default async function segmentUdBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const segmenters = await loadSegmenters();
  if (!segmenters.some((s) => s.name === 'sentencex')) console.warn('segment-ud: sentencex is not installed (npm install --no-save sentencex adds its column)');
  for (const corpus of UD_CORPORA) {
    const docs = loadUd(corpus);
    if (!docs) {
      console.warn(`segment-ud: ${corpus.file} not found beside the repo (../shared/corpora/ud); skipped`);
      continue;
    }
    for (const { name, run } of segmenters) {
      const s = scoreUd(docs, corpus.lang, run);
      rows.push({
        case: `UD ${corpus.name} boundary F1: ${name} (P ${(100 * s.precision).toFixed(1)}, R ${(100 * s.recall).toFixed(1)})`,
        value: 100 * s.f1,
        unit: '%',
      });
    }
  }
  return rows;
}
