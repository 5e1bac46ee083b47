// Benchmark: language detection (src-main/import/language.ts) on the UD dev documents: how often short
// (one sentence of 40-100 letters) and long (a paragraph of 400+ characters) English and Russian texts are
// told right, and the time per text. Skipped without ../shared/corpora/ud.
import { detectLanguage } from '../../../src-main/import/language';
import type { BenchRow } from '../types';
import { loadUd, UD_CORPORA } from '../ud-boundaries';

export default async function languageBench(): Promise<BenchRow[]> {
  const texts: Record<'en' | 'ru', { short: string[]; long: string[] }> = { en: { short: [], long: [] }, ru: { short: [], long: [] } };
  for (const corpus of UD_CORPORA) {
    const docs = loadUd(corpus);
    if (!docs) {
      console.warn(`language: ${corpus.file} not found beside the repo (../shared/corpora/ud); skipped`);
      continue;
    }
    for (const doc of docs) {
      for (const s of doc.sentences) {
        const t = doc.text.slice(s.start, s.end).trim();
        const letters = (t.match(/\p{L}/gu) ?? []).length;
        if (letters >= 40 && letters < 100) texts[corpus.lang].short.push(t);
      }
      for (const p of doc.text.split('\n\n')) if (p.length >= 400) texts[corpus.lang].long.push(p);
    }
  }
  const rows: BenchRow[] = [];
  for (const lang of ['en', 'ru'] as const) {
    for (const size of ['short', 'long'] as const) {
      const xs = texts[lang][size];
      if (xs.length === 0) continue;
      detectLanguage(xs[0]!); // loads the model
      let right = 0;
      const t0 = performance.now();
      for (const x of xs) if (detectLanguage(x) === lang) right++;
      const ms = (performance.now() - t0) / xs.length;
      rows.push({ case: `language detection, ${lang} ${size} texts (${xs.length}): right`, value: (100 * right) / xs.length, unit: '%' });
      rows.push({ case: `language detection, ${lang} ${size} texts: time per text`, value: ms, unit: 'ms' });
    }
  }
  return rows;
}
