// A parsed query evaluated over the index: each word and phrase becomes the set of results (articles with
// their notes, memos and briefings; briefings of their own) it matches, with a BM25 score per field; the
// sets are intersected, filters and exclusions applied, and words found near each other raise the score.
//
// Ranking: BM25 (k1 1.2, b 0.75) per field, each field weighted (title 3, note 2.5, tags, memo and
// briefing title 2, source and byline 1.5, quote 1.2, text and briefing 1); a word's variants weighted by
// how they matched: exact 1, same stem 0.45, prefix 0.5, one typo 0.2. With one occurrence BM25 gives at
// most (k1 + 1) = 2.2 times the score of a single one, so many stemmed hits (0.45 x 2.2 < 1) never
// outrank one exact hit in a comparable field.

import { FUZZY_MIN_LENGTH, oneEditVariants, scriptOf, stem, stemsApply, terms as termsOf } from './analyze';
import { filterHolds, type FilterContext } from './filters';
import type { Clause, FilterClause, PhraseClause, Query, WordClause } from './query';
import { makeSnippets } from './snippets';
import { FIELD_WEIGHT, type IndexStore } from './store';
import type { SearchHit, SearchOptions, SearchResults } from './types';

const K1 = 1.2;
const B = 0.75;
const EXACT = 1;
const STEMMED = 0.45;
const PREFIX = 0.5;
const FUZZY = 0.2;
/** A prefix of one or two letters would pull in thousands of words; past this many, the rarest are dropped. */
const PREFIX_LIMIT = 1000;
/** How much words found side by side raise a result (scattered ones raise it by next to nothing). */
const PROXIMITY = 0.5;

export interface FieldHit {
  rec: number;
  field: number;
  /** Word positions in the field, ascending. */
  positions: number[];
}

export interface AtomMatch {
  score: number;
  hits: FieldHit[];
  terms: Set<string>;
}

type MatchSet = Map<number, AtomMatch>;

interface Variant {
  id: number;
  weight: number;
  stemmed: boolean;
}

function variantsOf(store: IndexStore, term: string, prefix: boolean): Variant[] {
  const out: Variant[] = [];
  const exact = store.termIds.get(term);
  if (prefix) {
    const sorted = store.sorted();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(term) && out.length < PREFIX_LIMIT; i++) {
      const id = store.termIds.get(sorted[i]!)!;
      out.push({ id, weight: id === exact ? EXACT : PREFIX, stemmed: false });
    }
    return out;
  }
  if (exact !== undefined) out.push({ id: exact, weight: EXACT, stemmed: false });
  for (const id of store.stemTerms.get(stem(term)) ?? []) if (id !== exact) out.push({ id, weight: STEMMED, stemmed: true });
  if ([...term].length >= FUZZY_MIN_LENGTH) {
    const seen = new Set(out.map((v) => v.id));
    for (const candidate of oneEditVariants(term)) {
      const id = store.termIds.get(candidate);
      if (id !== undefined && !seen.has(id)) {
        seen.add(id);
        out.push({ id, weight: FUZZY, stemmed: false });
      }
    }
  }
  return out;
}

function idf(store: IndexStore, df: number): number {
  return Math.log(1 + (store.live - df + 0.5) / (df + 0.5));
}

function bm25(store: IndexStore, rec: number, field: number, tf: number): number {
  const avg = store.fieldTotals[field]! / Math.max(1, store.fieldCounts[field]!);
  const len = store.recLens[rec]![field]!;
  return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / Math.max(1, avg)));
}

interface Acc {
  rec: number;
  field: number;
  tf: number;
  weight: number;
  positions: number[];
  terms: Set<number>;
  sorted: boolean;
}

function wordMatches(store: IndexStore, term: string, prefix: boolean): MatchSet {
  const script = scriptOf(term);
  const accs = new Map<number, Acc>();
  for (const v of variantsOf(store, term, prefix)) {
    const list = store.postingsOf(v.id);
    for (let i = 0; i < list.length; ) {
      const rec = list[i]!;
      const field = list[i + 1]!;
      const count = list[i + 2]!;
      const from = i + 3;
      i = from + count;
      if (!store.recAlive[rec]) continue;
      if (v.stemmed && !stemsApply(script, store.recLang[rec])) continue;
      const key = rec * 16 + field;
      let acc = accs.get(key);
      if (!acc) {
        acc = { rec, field, tf: 0, weight: 0, positions: [], terms: new Set(), sorted: true };
        accs.set(key, acc);
      } else acc.sorted = false;
      acc.tf += count;
      acc.weight = Math.max(acc.weight, v.weight);
      acc.terms.add(v.id);
      for (let k = from; k < i; k++) acc.positions.push(list[k]!);
    }
  }
  const recs = new Set<number>();
  for (const acc of accs.values()) recs.add(acc.rec);
  const weightOfWord = idf(store, recs.size);
  const out: MatchSet = new Map();
  for (const acc of accs.values()) {
    if (!acc.sorted) acc.positions.sort((a, b) => a - b);
    const g = store.recGroup[acc.rec]!;
    let m = out.get(g);
    if (!m) {
      m = { score: 0, hits: [], terms: new Set() };
      out.set(g, m);
    }
    m.score += FIELD_WEIGHT[acc.field as 0]! * acc.weight * weightOfWord * bm25(store, acc.rec, acc.field, acc.tf);
    m.hits.push({ rec: acc.rec, field: acc.field, positions: acc.positions });
    for (const id of acc.terms) m.terms.add(store.terms[id]!);
  }
  return out;
}

/** Exact (folded) words side by side, in order, within one field. */
function phraseMatches(store: IndexStore, words: string[]): MatchSet {
  const out: MatchSet = new Map();
  const perWord: Map<number, number[]>[] = [];
  let weight = 0;
  for (const w of words) {
    const id = store.termIds.get(w);
    if (id === undefined) return out;
    const at = new Map<number, number[]>();
    const list = store.postingsOf(id);
    const recs = new Set<number>();
    for (let i = 0; i < list.length; ) {
      const rec = list[i]!;
      const count = list[i + 2]!;
      if (store.recAlive[rec]) {
        at.set(rec * 16 + list[i + 1]!, list.slice(i + 3, i + 3 + count));
        recs.add(rec);
      }
      i += 3 + count;
    }
    weight += idf(store, recs.size);
    perWord.push(at);
  }
  const first = perWord.reduce((a, b) => (b.size < a.size ? b : a));
  for (const key of first.keys()) {
    const lists = perWord.map((m) => m.get(key));
    if (lists.some((l) => l === undefined)) continue;
    const sets = lists.map((l) => new Set(l));
    const positions: number[] = [];
    let tf = 0;
    for (const p of lists[0]!) {
      if (sets.every((s, k) => s.has(p + k))) {
        tf++;
        for (let k = 0; k < words.length; k++) positions.push(p + k);
      }
    }
    if (tf === 0) continue;
    const rec = Math.floor(key / 16);
    const field = key % 16;
    const g = store.recGroup[rec]!;
    let m = out.get(g);
    if (!m) {
      m = { score: 0, hits: [], terms: new Set(words) };
      out.set(g, m);
    }
    m.score += FIELD_WEIGHT[field as 0]! * weight * bm25(store, rec, field, tf);
    m.hits.push({ rec, field, positions });
  }
  return out;
}

/** The matches of a word or phrase clause; null when it has no words at all (punctuation only). */
function atomMatches(store: IndexStore, clause: WordClause | PhraseClause): MatchSet | null {
  const words = termsOf(clause.text);
  if (words.length === 0) return null;
  if (clause.type === 'word' && words.length === 1) return wordMatches(store, words[0]!, clause.prefix);
  // A phrase, or a word the analyser splits ("state-owned"): its words side by side.
  return phraseMatches(store, words);
}

/** Groups that are results at all: an article that is indexed, or a briefing of its own. */
function isResult(store: IndexStore, g: number): boolean {
  const key = store.groupKeys[g]!;
  if (key.startsWith('article:')) return store.groupArticle[g]! >= 0;
  return store.groupRecs[g]!.size > 0;
}

function filterSet(store: IndexStore, clause: FilterClause, ctx: FilterContext): MatchSet {
  const out: MatchSet = new Map();
  for (let g = 0; g < store.groupKeys.length; g++) {
    if (isResult(store, g) && filterHolds(clause, g, ctx)) out.set(g, { score: 0, hits: [], terms: new Set() });
  }
  return out;
}

function union(sets: MatchSet[]): MatchSet {
  const out: MatchSet = new Map();
  for (const set of sets) {
    for (const [g, m] of set) {
      const had = out.get(g);
      if (!had) out.set(g, { score: m.score, hits: [...m.hits], terms: new Set(m.terms) });
      else {
        had.score += m.score;
        had.hits.push(...m.hits);
        for (const t of m.terms) had.terms.add(t);
      }
    }
  }
  return out;
}

/** Smallest distance between a position of `a` and one of `b` in the same field; Infinity if none. */
function nearest(a: FieldHit[], b: FieldHit[]): number {
  let best = Infinity;
  for (const x of a) {
    for (const y of b) {
      if (x.rec !== y.rec || x.field !== y.field) continue;
      let i = 0;
      let j = 0;
      while (i < x.positions.length && j < y.positions.length) {
        const p = x.positions[i]!;
        const q = y.positions[j]!;
        const d = Math.abs(p - q);
        if (d > 0 && d < best) best = d;
        if (p < q) i++;
        else j++;
      }
    }
  }
  return best;
}

/** 1 plus up to PROXIMITY: each pair of consecutive query words adds 1/distance (1 when side by side). */
function proximityFactor(matches: AtomMatch[]): number {
  if (matches.length < 2) return 1;
  let sum = 0;
  for (let i = 0; i + 1 < matches.length; i++) sum += 1 / Math.max(1, nearest(matches[i]!.hits, matches[i + 1]!.hits));
  return 1 + (PROXIMITY * sum) / (matches.length - 1);
}

export function evaluate(store: IndexStore, query: Query, options: SearchOptions = {}): SearchResults {
  const ctx: FilterContext = { store, facts: options.facts };
  const positive: MatchSet[] = [];
  const negative: MatchSet[] = [];
  const filters: FilterClause[] = [];
  const one = (c: Exclude<Clause, { type: 'or' }>): MatchSet | null => (c.type === 'filter' ? filterSet(store, c, ctx) : atomMatches(store, c));
  for (const clause of query.clauses) {
    if (clause.type === 'or') {
      const sets = clause.options.map(one).filter((s): s is MatchSet => s !== null);
      if (sets.length > 0) positive.push(union(sets));
    } else if (clause.type === 'filter') filters.push(clause);
    else {
      const set = atomMatches(store, clause);
      if (set) (clause.negated ? negative : positive).push(set);
    }
  }
  if (positive.length === 0 && filters.length === 0 && negative.length === 0) return { total: 0, hits: [] };

  let candidates: Iterable<number>;
  if (positive.length > 0) {
    const smallest = positive.reduce((a, b) => (b.size < a.size ? b : a));
    candidates = smallest.keys();
  } else candidates = store.groupKeys.keys();

  const scored: { g: number; score: number; matches: AtomMatch[] }[] = [];
  next: for (const g of candidates) {
    if (!isResult(store, g)) continue;
    const matches: AtomMatch[] = [];
    for (const set of positive) {
      const m = set.get(g);
      if (!m) continue next;
      matches.push(m);
    }
    for (const set of negative) if (set.has(g)) continue next;
    for (const f of filters) if (filterHolds(f, g, ctx) === f.negated) continue next;
    const base = matches.reduce((s, m) => s + m.score, 0);
    scored.push({ g, score: base * proximityFactor(matches.filter((m) => m.hits.length > 0)), matches });
  }
  scored.sort((a, b) => b.score - a.score || (store.groupKeys[a.g]! < store.groupKeys[b.g]! ? -1 : 1));

  const limit = options.limit ?? 50;
  const hits: SearchHit[] = scored.slice(0, limit).map(({ g, score, matches }) => {
    const key = store.groupKeys[g]!;
    const isArticle = key.startsWith('article:');
    const terms = new Set<string>();
    for (const m of matches) for (const t of m.terms) terms.add(t);
    return {
      kind: isArticle ? 'article' : 'briefing',
      id: key.slice(key.indexOf(':') + 1),
      score,
      snippets: makeSnippets(store, matches),
      terms: [...terms],
    };
  });
  return { total: scored.length, hits };
}
