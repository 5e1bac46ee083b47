// Named-entity scores of core/actors on the factRuEval-2016 development set (../shared/corpora/ner: 122
// Russian news texts with standoff annotations). Run: npx tsx tests/bench/ner-factrueval.ts
//
// Gold: objects Person → person, Org → org, Location and LocOrg → place. An object is made of spans; its
// extent is the first to last character of its name spans (Person: name, surname, patronymic, nickname;
// Org: org_name; Location/LocOrg: loc_name), or of all its spans when it has no name span (a place named
// only by a description). So "движения «Солидарность»" is gold "Солидарность" and "мэрии Москвы" is gold
// "Москвы" as an Org (and again as a LocOrg), which is the task's own reading of what the name is.
// Exact: same type, same start and end. Relaxed: same type and overlapping, each gold matched once.
//
// Against overfitting: `--half A` scores only the texts with an even book number, `--half B` those with an
// odd one. Rules are tuned on misses from half A (`--half A --errors org`); half B is the held-out figure.
import fs from 'node:fs';
import path from 'node:path';
import type { Block } from '../../src-renderer/core/article';
import { analyseArticle } from '../../src-renderer/core/actors';
import { segmentFlat } from '../../src-renderer/core/segment';

export const FACTRUEVAL_DIR = path.resolve(__dirname, '../../../shared/corpora/ner/factRuEval-2016-dev/devset');
export const NER_TYPES = ['person', 'org', 'place'] as const;
export type NerType = (typeof NER_TYPES)[number];

export interface Span {
  type: NerType;
  start: number;
  end: number;
}

export interface Doc {
  name: string;
  text: string;
  gold: Span[];
}

const OBJECT_TYPES: Record<string, NerType> = { Person: 'person', Org: 'org', Location: 'place', LocOrg: 'place' };
const NAME_SPANS: Record<NerType, Set<string>> = {
  person: new Set(['name', 'surname', 'patronymic', 'nickname']),
  org: new Set(['org_name']),
  place: new Set(['loc_name']),
};

/** Half A: even book numbers (tuning); half B: odd (held out). */
export function halfOf(doc: Doc): 'A' | 'B' {
  const n = Number(/(\d+)/.exec(doc.name)?.[1] ?? 0);
  return n % 2 === 0 ? 'A' : 'B';
}

export function loadFactRuEval(dir = FACTRUEVAL_DIR): Doc[] | null {
  if (!fs.existsSync(dir)) return null;
  const docs: Doc[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const base = file.slice(0, -4);
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const spans = new Map<string, { type: string; start: number; end: number }>();
    for (const line of fs.readFileSync(path.join(dir, `${base}.spans`), 'utf8').split('\n')) {
      const [id, type, start, len] = line.split(/\s+/);
      if (id && type && start && len) spans.set(id, { type, start: Number(start), end: Number(start) + Number(len) });
    }
    const gold: Span[] = [];
    const seen = new Set<string>();
    for (const line of fs.readFileSync(path.join(dir, `${base}.objects`), 'utf8').split('\n')) {
      const fields = line.split(' # ')[0]!.trim().split(/\s+/);
      const type = OBJECT_TYPES[fields[1] ?? ''];
      if (!type) continue;
      const parts = fields.slice(2).map((id) => spans.get(id)).filter((s): s is NonNullable<typeof s> => s !== undefined);
      const named = parts.filter((s) => NAME_SPANS[type].has(s.type));
      const use = named.length > 0 ? named : parts;
      if (use.length === 0) continue;
      const start = Math.min(...use.map((s) => s.start));
      const end = Math.max(...use.map((s) => s.end));
      const key = `${type}:${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      gold.push({ type, start, end });
    }
    docs.push({ name: base, text, gold });
  }
  return docs;
}

/** The analysis's names (person, org, place; role phrases left out) for one text, its lines as paragraphs. */
export function predict(text: string, lang = 'ru'): Span[] {
  const blocks: Block[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph', start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  const spans = segmentFlat(text, blocks, lang);
  return analyseArticle({ text, blocks, spans, lang })
    .entities.filter((e) => !e.nominal && (NER_TYPES as readonly string[]).includes(e.type))
    .map((e) => ({ type: e.type as NerType, start: e.start, end: e.end }));
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(tp: number, predicted: number, gold: number): TypeScore {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { tp, fp: predicted - tp, fn: gold - tp, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function scoreNer(docs: readonly Doc[], run: (text: string) => Span[] = (t) => predict(t)): { exact: Record<NerType, TypeScore>; relaxed: Record<NerType, TypeScore> } {
  const counts = { exact: {} as Record<NerType, number>, relaxed: {} as Record<NerType, number>, pred: {} as Record<NerType, number>, gold: {} as Record<NerType, number> };
  for (const t of NER_TYPES) counts.exact[t] = counts.relaxed[t] = counts.pred[t] = counts.gold[t] = 0;
  for (const doc of docs) {
    const pred = run(doc.text);
    for (const t of NER_TYPES) {
      const g = doc.gold.filter((s) => s.type === t);
      const p = pred.filter((s) => s.type === t);
      counts.gold[t] += g.length;
      counts.pred[t] += p.length;
      const exact = new Set(g.map((s) => `${s.start}:${s.end}`));
      counts.exact[t] += p.filter((s) => exact.has(`${s.start}:${s.end}`)).length;
      const used = new Uint8Array(g.length);
      for (const s of p) {
        const k = g.findIndex((x, i) => !used[i] && x.start < s.end && s.start < x.end);
        if (k >= 0) {
          used[k] = 1;
          counts.relaxed[t]++;
        }
      }
    }
  }
  const exact = {} as Record<NerType, TypeScore>;
  const relaxed = {} as Record<NerType, TypeScore>;
  for (const t of NER_TYPES) {
    exact[t] = score(counts.exact[t], counts.pred[t], counts.gold[t]);
    relaxed[t] = score(counts.relaxed[t], counts.pred[t], counts.gold[t]);
  }
  return { exact, relaxed };
}

export function nerTable(s: ReturnType<typeof scoreNer>): Record<string, Record<string, string | number>> {
  const pct = (x: number): string => (100 * x).toFixed(1);
  const rows: Record<string, Record<string, string | number>> = {};
  for (const t of NER_TYPES) {
    const e = s.exact[t];
    const r = s.relaxed[t];
    rows[t] = { 'exact P': pct(e.precision), 'exact R': pct(e.recall), 'exact F1': pct(e.f1), 'overlap P': pct(r.precision), 'overlap R': pct(r.recall), 'overlap F1': pct(r.f1), gold: e.tp + e.fn, predicted: e.tp + e.fp };
  }
  return rows;
}

if (require.main === module) {
  const all = loadFactRuEval();
  if (!all) {
    console.error(`factRuEval not found at ${FACTRUEVAL_DIR}`);
    process.exit(1);
  }
  const half = process.argv.includes('--half') ? process.argv[process.argv.indexOf('--half') + 1]?.toUpperCase() : undefined;
  const docs = half ? all.filter((d) => halfOf(d) === half) : all;
  const t0 = performance.now();
  const s = scoreNer(docs);
  console.log(`factRuEval-2016 dev${half ? `, half ${half}` : ''}: ${docs.length} texts, ${(performance.now() - t0).toFixed(0)} ms`);
  console.table(nerTable(s));
  if (process.argv.includes('--errors')) {
    const arg = process.argv[process.argv.indexOf('--errors') + 1];
    const type = (NER_TYPES as readonly string[]).includes(arg ?? '') ? (arg as NerType) : undefined;
    // Errors only from half A, whatever was scored: half B stays unseen.
    for (const doc of all.filter((d) => halfOf(d) === 'A')) {
      const pred = predict(doc.text);
      const g = new Set(doc.gold.filter((x) => !type || x.type === type).map((x) => `${x.type}:${x.start}:${x.end}`));
      const p = new Set(pred.filter((x) => !type || x.type === type).map((x) => `${x.type}:${x.start}:${x.end}`));
      for (const k of p) if (!g.has(k)) { const [ty, a, b] = k.split(':'); console.log('FP', ty, JSON.stringify(doc.text.slice(+a!, +b!))); }
      for (const k of g) if (!p.has(k)) { const [ty, a, b] = k.split(':'); console.log('FN', ty, JSON.stringify(doc.text.slice(+a!, +b!))); }
    }
  }
}
