// Benchmark: known-item search accuracy of src-renderer/core/search on real text beside the repo
// (../shared/corpora): the factRuEval-2016 Russian news texts, the Readability test pages' expected
// articles (mostly English), and the Universal Dependencies dev documents (English web text; Russian
// sentences grouped 12 to a pseudo-article). For each article, three words of its body are searched:
// as written; with one word in another inflection (its ending swapped for another common ending, kept only
// when that form occurs in the corpus: a real word, chosen without our stemmer); with two neighbouring
// letters of one word swapped. Scored: the article among the first three results.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as Analyze from '../../../src-renderer/core/search/analyze';
import type * as Engine from '../../../src-renderer/core/search/engine';
import { bundled } from '../bundled';
import { makeRandom } from '../generate';
import type { BenchRow } from '../types';
import { loadUd, UD_CORPORA } from '../ud-boundaries';

const corpora = resolve(__dirname, '../../../../shared/corpora');

interface Doc {
  id: string;
  lang: 'en' | 'ru';
  title: string;
  text: string;
}

function stripHtml(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h\d|li|blockquote)>/gi, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  const fact = join(corpora, 'ner/factRuEval-2016-dev/devset');
  if (existsSync(fact)) {
    for (const f of readdirSync(fact).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(fact, f), 'utf8');
      docs.push({ id: `fact:${f}`, lang: 'ru', title: text.split('\n')[0]!.slice(0, 80), text });
    }
  }
  const pages = join(corpora, 'readability-pages');
  if (existsSync(pages)) {
    for (const p of readdirSync(pages)) {
      const file = join(pages, p, 'expected.html');
      if (!existsSync(file)) continue;
      const meta = join(pages, p, 'expected-metadata.json');
      const m = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as { title?: string; lang?: string }) : {};
      const text = stripHtml(readFileSync(file, 'utf8'));
      docs.push({ id: `page:${p}`, lang: /[а-я]/i.test(text.slice(0, 2000)) ? 'ru' : 'en', title: m.title ?? p, text });
    }
  }
  for (const corpus of UD_CORPORA) {
    const ud = loadUd(corpus);
    if (!ud) continue;
    if (corpus.lang === 'en') {
      for (const d of ud) docs.push({ id: `ud:${d.doc_id}`, lang: 'en', title: d.text.slice(0, 60), text: d.text });
    } else {
      const sentences = ud.flatMap((d) => d.sentences.map((s) => d.text.slice(s.start, s.end)));
      for (let i = 0; i < sentences.length; i += 12) {
        const text = sentences.slice(i, i + 12).join(' ');
        docs.push({ id: `ud:${corpus.name}:${i}`, lang: 'ru', title: text.slice(0, 60), text });
      }
    }
  }
  // Articles too short to hold three distinct words of four letters are no known items.
  return docs.filter((d) => d.text.length >= 300);
}

const ENDINGS: Record<'en' | 'ru', string[]> = {
  en: ['', 's', 'es', 'ed', 'ing', 'er', 'ers', 'ion', 'ions', 'ly'],
  ru: ['а', 'ы', 'у', 'е', 'и', 'ой', 'ом', 'ов', 'ам', 'ах', 'ами', 'ая', 'ые', 'ого', 'ому', 'ий', 'ие', 'ых', 'ым', 'ей', 'ю', 'я', 'ь', ''],
};

export default async function searchAccuracyBench(): Promise<BenchRow[]> {
  const { SearchIndex } = bundled<typeof Engine>('src-renderer/core/search/engine.ts');
  const { fold } = bundled<typeof Analyze>('src-renderer/core/search/analyze.ts');
  const docs = loadDocs();
  if (docs.length === 0) {
    console.warn('search-accuracy: no corpus found beside the repo (../shared/corpora); skipped');
    return [];
  }
  const index = new SearchIndex();
  for (const d of docs) index.putArticle({ id: d.id, title: d.title, text: d.text, lang: d.lang });
  const vocabulary = new Set<string>();
  const wordsOf = (text: string) => (text.match(/[\p{L}]+/gu) ?? []).map(fold);
  for (const d of docs) for (const w of wordsOf(d.text)) vocabulary.add(w);

  const otherInflection = (word: string, lang: 'en' | 'ru'): string | null => {
    const endings = ENDINGS[lang];
    for (const e of [...endings].sort((a, b) => b.length - a.length)) {
      if (!word.endsWith(e) || word.length - e.length < 3) continue;
      const base = word.slice(0, word.length - e.length);
      for (const other of endings) if (other !== e && vocabulary.has(base + other)) return base + other;
    }
    return null;
  };

  const rand = makeRandom(2026);
  const kinds = ['exact', 'inflection', 'typo'] as const;
  const score = { exact: [0, 0], inflection: [0, 0], typo: [0, 0] } as Record<(typeof kinds)[number], [number, number]>;
  const misses: string[] = [];
  for (const d of docs) {
    // Test pages of placeholder Latin share their words with each other: no known item can be told apart.
    if (/lorem ipsum/i.test(d.text)) continue;
    const words = [...new Set(wordsOf(d.text).filter((w) => w.length >= 4))];
    if (words.length < 3) continue;
    const three: string[] = [];
    while (three.length < 3) {
      const w = words[Math.floor(rand() * words.length)]!;
      if (!three.includes(w)) three.push(w);
    }
    const queries: Partial<Record<(typeof kinds)[number], string[]>> = { exact: three };
    const inflectable = three.findIndex((w) => otherInflection(w, d.lang) !== null);
    if (inflectable >= 0) queries.inflection = three.map((w, i) => (i === inflectable ? otherInflection(w, d.lang)! : w));
    const long = three.findIndex((w) => w.length >= 5);
    if (long >= 0) {
      const w = three[long]!;
      const at = 1 + Math.floor(rand() * (w.length - 3));
      // Swapping two equal letters would change nothing: take the first pair that differs.
      let k = at;
      while (k + 1 < w.length && w[k] === w[k + 1]) k++;
      if (k + 1 < w.length) queries.typo = three.map((x, i) => (i === long ? x.slice(0, k) + x[k + 1] + x[k] + x.slice(k + 2) : x));
    }
    for (const kind of kinds) {
      const q = queries[kind];
      if (!q) continue;
      const r = index.search(q.join(' '), { limit: 3 });
      const found = r.ok && r.value.hits.some((h) => h.id === d.id);
      score[kind][1]++;
      if (found) score[kind][0]++;
      else if (misses.length < 12) misses.push(`${kind}: ${q.join(' ')} (${d.id})`);
    }
  }
  if (misses.length > 0) console.log(`search-accuracy: some misses:\n  ${misses.join('\n  ')}`);
  const targets = { exact: '≥ 98%', inflection: '≥ 90%', typo: '≥ 80%' };
  const rows: BenchRow[] = [{ case: `search accuracy: articles in the corpus (${docs.filter((d) => d.lang === 'ru').length} Russian)`, value: docs.length, unit: 'articles' }];
  for (const kind of kinds) {
    const [hit, all] = score[kind];
    rows.push({ case: `search accuracy: known item in top 3, ${kind} (${all} queries)`, value: (100 * hit) / Math.max(1, all), unit: '%', target: targets[kind] });
  }
  return rows;
}
