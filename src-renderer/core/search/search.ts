// A parsed query evaluated over the index: each word and phrase becomes the set of results (articles with
// their notes, memos and briefings; briefings of their own) it matches, with a BM25 score per field; the
// sets are intersected, filters and exclusions applied, and words found near each other raise the score.
//
// Ranking: BM25 (k1 1.2, b 0.75) per field, each field weighted (title 3, note 2.5, tags, memo and
// briefing title 2, source and byline 1.5, quote 1.2, text and briefing 1); a word's variants weighted by
// how they matched: exact 1, same stem 0.45, prefix 0.5, one typo 0.2. BM25 gives many occurrences at
// most (k1 + 1) = 2.2 times the score of one, so many stemmed hits (0.45 x 2.2 < 1) never outrank one
// exact hit in a comparable field.
//
// Speed (the bench's query mix: p95 within 16 ms at 10,000 articles): the first pass reads postings
// without their positions into per-result score arrays (no object per hit: a common word has 50,000
// postings); positions are read only for the best RERANK results, for nearness and excerpts.

import { firstPassing } from '../search-sorted';
import { FUZZY_MIN_LENGTH, oneEditVariants, scriptOf, stem, stemsApply, terms as termsOf } from './analyze';
import { filterHolds, type FilterContext } from './filters';
import type { Clause, FilterClause, PhraseClause, Query, WordClause } from './query';
import { makeSnippets } from './snippets';
import { FIELD_COUNT, FIELD_WEIGHT, type IndexStore, type Postings } from './store';
import type { SearchHit, SearchOptions, SearchResults } from './types';

const K1 = 1.2;
const B = 0.75;
const EXACT = 1;
const STEMMED = 0.45;
const PREFIX = 0.5;
const FUZZY = 0.2;
/** A prefix of one or two letters would pull in thousands of words; past this many, later ones are dropped. */
const PREFIX_LIMIT = 1000;
/** How much words found side by side raise a result (scattered ones raise it by next to nothing). */
const PROXIMITY = 0.5;
/** Nearness can at most multiply a score by 1.5, so only the best results by BM25 are worth re-ranking. */
const RERANK = 200;

export interface FieldHit {
  rec: number;
  field: number;
  /** Word positions in the field, ascending. */
  positions: number[];
}

/** The positions and words of one clause in one result, gathered for the results that are shown. */
export interface AtomMatch {
  hits: FieldHit[];
  terms: Set<string>;
}

/** One clause's matches over all results: scores by group, and where to find the positions later. */
interface ClauseMatches {
  matched: Uint8Array;
  score: Float64Array;
  count: number;
  /** Hits by group, when known at once (phrases), else gathered from the postings by `gather`. */
  gather: (groups: Set<number>) => Map<number, AtomMatch>;
}

interface Variant {
  id: number;
  weight: number;
  stemmed: boolean;
}

function variantsOf(store: IndexStore, term: string, prefix: boolean): Variant[] {
  const out: Variant[] = [];
  const exact = store.lookup(term);
  if (prefix) {
    const sorted = store.sorted();
    const lo = firstPassing(sorted.length, (i) => sorted[i]! >= term);
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(term) && out.length < PREFIX_LIMIT; i++) {
      const id = store.lookup(sorted[i]!)!;
      out.push({ id, weight: id === exact ? EXACT : PREFIX, stemmed: false });
    }
    return out;
  }
  if (exact !== undefined) out.push({ id: exact, weight: EXACT, stemmed: false });
  for (const id of store.stemGroup(stem(term))) if (id !== exact) out.push({ id, weight: STEMMED, stemmed: true });
  if ([...term].length >= FUZZY_MIN_LENGTH) {
    const seen = new Set(out.map((v) => v.id));
    for (const candidate of oneEditVariants(term)) {
      const id = store.lookup(candidate);
      if (id !== undefined && !seen.has(id)) {
        seen.add(id);
        out.push({ id, weight: FUZZY, stemmed: false });
      }
    }
  }
  return out;
}

function idf(store: IndexStore, df: number): number {
  return Math.log(1 + (store.live - Math.min(df, store.live) + 0.5) / (df + 0.5));
}

function lengthNorms(store: IndexStore): Float64Array {
  const out = new Float64Array(FIELD_COUNT);
  for (let f = 0; f < FIELD_COUNT; f++) out[f] = Math.max(1, store.fieldTotals[f]! / Math.max(1, store.fieldCounts[f]!));
  return out;
}

function emptyMatches(store: IndexStore): ClauseMatches {
  const n = store.groupKeys.length;
  return { matched: new Uint8Array(n), score: new Float64Array(n), count: 0, gather: () => new Map() };
}

function wordMatches(store: IndexStore, term: string, prefix: boolean): ClauseMatches {
  const script = scriptOf(term);
  const out = emptyMatches(store);
  const { matched, score } = out;
  const avg = lengthNorms(store);
  const variants = variantsOf(store, term, prefix);
  let postings = 0;
  const { recAlive, recGroup, recLang, recLen } = store;
  // Whether stems count, per record language: asked for every stemmed posting, so answered once per language.
  const stemsOk = new Map<string | undefined, boolean>();
  const stemsAllowed = (lang: string | undefined): boolean => {
    let ok = stemsOk.get(lang);
    if (ok === undefined) stemsOk.set(lang, (ok = stemsApply(script, lang)));
    return ok;
  };
  for (const v of variants) {
    const list = store.postingsOf(v.id);
    for (let i = 0; i < list.length; ) {
      const rec = list[i]!;
      const field = list[i + 1]!;
      const tf = list[i + 2]!;
      i += 3 + tf;
      if (!recAlive[rec]) continue;
      if (v.stemmed && !stemsAllowed(recLang[rec])) continue;
      const g = recGroup[rec]!;
      const len = recLen[rec * FIELD_COUNT + field]!;
      score[g]! += (FIELD_WEIGHT[field as 0] * v.weight * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * len) / avg[field]!));
      if (!matched[g]) {
        matched[g] = 1;
        out.count++;
      }
      postings++;
    }
  }
  const w = idf(store, postings);
  for (let g = 0; g < score.length; g++) if (matched[g]) score[g]! *= w;
  // Positions are read in a second pass over the same postings, for the shown results only: remembering
  // where each of 100,000 postings was, during the first, cost more than reading them again.
  out.gather = (groups) => {
    const found = new Map<number, AtomMatch>();
    const byField = new Map<number, FieldHit>();
    const unsorted = new Set<FieldHit>();
    const wanted = new Uint8Array(matched.length);
    for (const g of groups) wanted[g] = 1;
    for (const v of variants) {
      const list = store.postingsOf(v.id);
      for (let at = 0; at < list.length; at += 3 + list[at + 2]!) {
        const rec = list[at]!;
        if (!recAlive[rec] || !wanted[recGroup[rec]!]) continue;
        if (v.stemmed && !stemsAllowed(recLang[rec])) continue;
        gatherOne(v, list, at);
      }
    }
    function gatherOne(v: Variant, list: Postings, at: number): void {
      const rec = list[at]!;
      const g = recGroup[rec]!;
      const field = list[at + 1]!;
      const positions = Array.from(list.slice(at + 3, at + 3 + list[at + 2]!));
      let m = found.get(g);
      if (!m) {
        m = { hits: [], terms: new Set() };
        found.set(g, m);
      }
      m.terms.add(store.terms[v.id]!);
      const key = rec * 16 + field;
      const hit = byField.get(key);
      if (hit) {
        for (const p of positions) hit.positions.push(p);
        unsorted.add(hit);
      } else {
        const h = { rec, field, positions };
        byField.set(key, h);
        m.hits.push(h);
      }
    }
    // Several forms of the word in one field: their positions were appended form by form.
    for (const hit of unsorted) hit.positions.sort((a, b) => a - b);
    return found;
  };
  return out;
}

/**
 * Exact (folded) words side by side, in order, within one field. A word's postings are in (record, field)
 * order, so the words' lists are walked together (a merge join): no map of every posting of "the".
 */
function phraseMatches(store: IndexStore, words: string[]): ClauseMatches {
  const out = emptyMatches(store);
  const lists: Postings[] = [];
  for (const w of words) {
    const id = store.lookup(w);
    if (id === undefined) return out;
    lists.push(store.postingsOf(id));
  }
  const k = lists.length;
  const at = new Array<number>(k).fill(0);
  const found: { rec: number; field: number; tf: number; positions: number[] }[] = [];
  const first = lists[0]!;
  for (let i = 0; i < first.length; i += 3 + first[i + 2]!) {
    const rec = first[i]!;
    if (!store.recAlive[rec]) continue;
    const key = rec * 16 + first[i + 1]!;
    let all = true;
    for (let j = 1; j < k && all; j++) {
      const list = lists[j]!;
      let a = at[j]!;
      while (a < list.length && list[a]! * 16 + list[a + 1]! < key) a += 3 + list[a + 2]!;
      at[j] = a;
      all = a < list.length && list[a]! * 16 + list[a + 1]! === key;
    }
    if (!all) continue;
    // Positions ascend in each entry: one pointer per word, moving forward only.
    const ptr = at.map((a) => a + 3);
    const ends = at.map((a, j) => (j === 0 ? 0 : a + 3 + lists[j]![a + 2]!));
    const positions: number[] = [];
    let tf = 0;
    for (let q = i + 3; q < i + 3 + first[i + 2]!; q++) {
      const p = first[q]!;
      let every = true;
      for (let j = 1; j < k && every; j++) {
        const list = lists[j]!;
        while (ptr[j]! < ends[j]! && list[ptr[j]!]! < p + j) ptr[j]!++;
        every = ptr[j]! < ends[j]! && list[ptr[j]!] === p + j;
      }
      if (!every) continue;
      tf++;
      for (let j = 0; j < k; j++) positions.push(p + j);
    }
    if (tf > 0) found.push({ rec, field: first[i + 1]!, tf, positions });
  }
  // The phrase counts as one word of its own for BM25: its rarity is that of its occurrences.
  const weight = idf(store, found.length);
  const avg = lengthNorms(store);
  const hitsByGroup = new Map<number, AtomMatch>();
  for (const { rec, field, tf, positions } of found) {
    const g = store.recGroup[rec]!;
    const len = store.recLen[rec * FIELD_COUNT + field]!;
    out.score[g]! += (FIELD_WEIGHT[field as 0] * weight * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * len) / avg[field]!));
    if (!out.matched[g]) {
      out.matched[g] = 1;
      out.count++;
    }
    let m = hitsByGroup.get(g);
    if (!m) {
      m = { hits: [], terms: new Set(words) };
      hitsByGroup.set(g, m);
    }
    m.hits.push({ rec, field, positions });
  }
  out.gather = () => hitsByGroup;
  return out;
}

/** The matches of a word or phrase clause; null when it has no words at all (punctuation only). */
function atomMatches(store: IndexStore, clause: WordClause | PhraseClause): ClauseMatches | null {
  const words = termsOf(clause.text);
  if (words.length === 0) return null;
  if (clause.type === 'word' && words.length === 1) return wordMatches(store, words[0]!, clause.prefix);
  // A phrase, or a word the analyser splits ("state-owned"): its words side by side.
  return phraseMatches(store, words);
}

/** Groups that are results at all: an article that is indexed, or a briefing of its own. */
function isResult(store: IndexStore, g: number): boolean {
  return store.groupArticle[g]! >= 0 || (store.groupIsBriefing[g]! && store.groupLive[g]! > 0);
}

function filterMatches(store: IndexStore, clause: FilterClause, ctx: FilterContext): ClauseMatches {
  const out = emptyMatches(store);
  for (let g = 0; g < store.groupKeys.length; g++) {
    if (isResult(store, g) && filterHolds(clause, g, ctx)) {
      out.matched[g] = 1;
      out.count++;
    }
  }
  return out;
}

function union(store: IndexStore, sets: ClauseMatches[]): ClauseMatches {
  const out = emptyMatches(store);
  for (const set of sets) {
    for (let g = 0; g < out.matched.length; g++) {
      if (!set.matched[g]) continue;
      out.score[g]! += set.score[g]!;
      if (!out.matched[g]) {
        out.matched[g] = 1;
        out.count++;
      }
    }
  }
  out.gather = (groups) => {
    const found = new Map<number, AtomMatch>();
    for (const set of sets) {
      for (const [g, m] of set.gather(groups)) {
        const had = found.get(g);
        if (!had) found.set(g, { hits: [...m.hits], terms: new Set(m.terms) });
        else {
          had.hits.push(...m.hits);
          for (const t of m.terms) had.terms.add(t);
        }
      }
    }
    return found;
  };
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
  const positive: ClauseMatches[] = [];
  const negative: ClauseMatches[] = [];
  const filters: FilterClause[] = [];
  const one = (c: Exclude<Clause, { type: 'or' }>): ClauseMatches | null => (c.type === 'filter' ? filterMatches(store, c, ctx) : atomMatches(store, c));
  for (const clause of query.clauses) {
    if (clause.type === 'or') {
      const sets = clause.options.map(one).filter((s): s is ClauseMatches => s !== null);
      if (sets.length > 0) positive.push(union(store, sets));
    } else if (clause.type === 'filter') filters.push(clause);
    else {
      const set = atomMatches(store, clause);
      if (set) (clause.negated ? negative : positive).push(set);
    }
  }
  if (positive.length === 0 && filters.length === 0 && negative.length === 0) return { total: 0, hits: [] };
  const smallest = positive.length > 0 ? positive.reduce((a, b) => (b.count < a.count ? b : a)) : null;

  const groups: number[] = [];
  const scores: number[] = [];
  next: for (let g = 0; g < store.groupKeys.length; g++) {
    if (smallest && !smallest.matched[g]) continue;
    if (!isResult(store, g)) continue;
    let s = 0;
    for (const set of positive) {
      if (!set.matched[g]) continue next;
      s += set.score[g]!;
    }
    for (const set of negative) if (set.matched[g]) continue next;
    for (const f of filters) if (filterHolds(f, g, ctx) === f.negated) continue next;
    groups.push(g);
    scores.push(s);
  }
  const byScore = (a: number, b: number) => scores[b]! - scores[a]! || (store.groupKeys[groups[a]!]! < store.groupKeys[groups[b]!]! ? -1 : 1);
  const order = groups.map((_, i) => i).sort(byScore);

  // Nearness and excerpts for the best RERANK results only.
  const limit = options.limit ?? 50;
  const top = order.slice(0, Math.max(RERANK, limit));
  const topGroups = new Set(top.map((i) => groups[i]!));
  const gathered = positive.map((p) => p.gather(topGroups));
  const matchesOf = (g: number): AtomMatch[] => gathered.map((m) => m.get(g) ?? { hits: [], terms: new Set<string>() });
  for (const i of top) {
    const atoms = matchesOf(groups[i]!).filter((m) => m.hits.length > 0);
    scores[i] = scores[i]! * proximityFactor(atoms);
  }
  top.sort(byScore);

  const hits: SearchHit[] = top.slice(0, limit).map((i) => {
    const g = groups[i]!;
    const key = store.groupKeys[g]!;
    const matches = matchesOf(g);
    const terms = new Set<string>();
    for (const m of matches) for (const t of m.terms) terms.add(t);
    return {
      kind: store.groupIsBriefing[g] ? 'briefing' : 'article',
      id: key.slice(key.indexOf(':') + 1),
      score: scores[i]!,
      snippets: makeSnippets(store, matches),
      terms: [...terms],
    };
  });
  return { total: groups.length, hits };
}
