// A statistical layer for Russian organisation names over the rules of src-renderer/core/actors, trained on
// half A of factRuEval-2016 dev (even book numbers, ../shared/corpora/ner, MIT licence) and scored through the
// names part of the analysis against the rules alone on half A, half B (never trained on, never used for a
// choice) and all texts, with the scorer of tests/bench/ner-factrueval.ts (exact spans).
//
// Two models, both averaged perceptrons over generic features (word, lower-case suffixes and prefix, shape,
// script, neighbours' shapes/suffixes/words, quotation marks, the lists' verdicts, the rules' own tags):
// - a B/I/O tagger read with Viterbi per statement, whose spans join the rules' organisations by one of
//   `--mode replace` (the tagger's spans instead of the rules'), `union` (its spans that overlap no rule
//   organisation added), `filter` (rule organisations it overlaps kept, its new ones added);
// - `--mode rerank`: each rule organisation kept, moved by a word at either end, or dropped (`--only-drop`
//   keep or drop only; `--margin M`: a change must beat keeping by M).
// Epochs and the joining were chosen by two-fold cross-validation inside half A (book number / 2, odd or even).
//
// Result (Dec 2026, 64 training texts, ~420 gold organisations): NOT SHIPPED. No setting beats the rules in
// the cross-validation (rules 67.5 mean org F1; replace 60.2-61.7, union 67.0-67.5, filter 64.0-65.1, rerank
// 65.5-65.9, rerank keep/drop margin 10 67.3-67.8), and the chosen ones give on half B org 67.4 → 67.5 (union,
// 5 epochs) and 67.4 → 67.4 (rerank keep/drop); person and place unchanged (only organisations are touched).
// Half A, trained on, is no evidence (replace: 68.8 → 84.0). The tagger loses what the rules get right from
// a few dozen examples (Latin names, "правительство США"), and the gold's boundaries are too inconsistent for
// 32-64 texts to teach them. What would close the gap: more annotated Russian news (the factRuEval train and
// test sets, Collection3 / Gareev's corpus), not another model on these texts.
//
// Deterministic: the order of the examples per epoch comes from a seeded generator.
//
//   npx tsx scripts/train-org-tagger.ts                      # CV inside A for the settings, then train on A, score A/B/all
//   npx tsx scripts/train-org-tagger.ts --cv [--mode M]      # only the CV grid (epochs 5/10/15)
//   npx tsx scripts/train-org-tagger.ts --diff               # inside A: spans lost and gained against the rules
//   options: --mode replace|union|filter|rerank  --epochs N  --min W (prune)  --skip 2,12 (feature templates)
//            --prior P (the rules' tag as a fixed weight)  --only-drop  --margin M  --pr  --table  --write FILE.json
import fs from 'node:fs';
import path from 'node:path';
import type { Block } from '../src-renderer/core/article';
import { buildContext, type Context } from '../src-renderer/core/actors/context';
import { ruFirstName, ruKnownOrg, ruOrgWord, ruPlaceLemma } from '../src-renderer/core/actors/gazetteer';
import { mergeMentions } from '../src-renderer/core/actors/merge';
import { findNames, type NameMention } from '../src-renderer/core/actors/names';
import type { Token } from '../src-renderer/core/actors/tokens';
import { segmentFlat } from '../src-renderer/core/segment';
import { halfOf, loadFactRuEval, nerTable, scoreNer, type Doc, type Span, NER_TYPES } from '../tests/bench/ner-factrueval';

// ---- The model: features, decoding, packing (would move to src-renderer/core/actors/ if it ever shipped).

const TAGS = 3; // 0 O, 1 B, 2 I
/** Feature templates left out (experiments of scripts/train-org-tagger.ts). */
const SKIP = new Set<number>();

/** 32-bit FNV-1a of a string. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a template number and up to three atoms into one 32-bit feature key. */
function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ b ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ c ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

interface Atoms {
  w: number;
  s2: number;
  s3: number;
  s4: number;
  p3: number;
  shape: number;
  gaz: number;
}

const OPEN = new Set(['«', '„', '“']);
const CLOSE = new Set(['»', '”']);

function shapeOf(t: Token): string {
  if (t.kind === 'num') return 'd';
  if (t.kind === 'punct') return OPEN.has(t.text) ? 'q(' : CLOSE.has(t.text) ? 'q)' : t.text === '"' ? 'q"' : t.text;
  const script = t.cyr ? 'c' : 'l';
  const hyphen = t.text.includes('-') ? '-' : '';
  const dot = t.text.includes('.') ? '.' : '';
  if (t.acronym) return `${script}X${hyphen}${dot}`;
  if (t.cap) return `${script}Xx${t.text.length <= 2 ? 's' : ''}${hyphen}${dot}`;
  return `${script}x${t.text.length <= 2 ? 's' : ''}${hyphen}${dot}`;
}

function atomsOf(t: Token, cache: Map<string, Atoms>): Atoms {
  const key = t.kind === 'word' ? t.text : t.kind === 'num' ? '0' : t.text;
  let a = cache.get(key);
  if (a) return a;
  const lower = t.kind === 'num' ? '<num>' : t.lower;
  const n = lower.length;
  let gaz = 0;
  if (t.kind === 'word' && t.cyr) {
    if (ruOrgWord(lower) !== undefined) gaz |= 1;
    if (ruKnownOrg(t.text) !== undefined) gaz |= 2;
    if (ruPlaceLemma(lower) !== undefined) gaz |= 4;
    if (ruFirstName(lower) !== undefined) gaz |= 8;
  }
  a = {
    w: hashString(lower),
    s2: n > 3 ? hashString(lower.slice(-2)) : 1,
    s3: n > 4 ? hashString(lower.slice(-3)) : 1,
    s4: n > 5 ? hashString(lower.slice(-4)) : 1,
    p3: n > 4 ? hashString(lower.slice(0, 3)) : 1,
    shape: hashString(shapeOf(t)),
    gaz,
  };
  cache.set(key, a);
  return a;
}

const NONE: Atoms = { w: 7, s2: 7, s3: 7, s4: 7, p3: 7, shape: 7, gaz: 16 };

/**
 * The rules' tags per token: org (0 none, 1 first, 2 inside) and other (0 none, 1/2 person, 3/4 place),
 * from their mentions.
 */
function ruleTags(tokenCount: number, names: readonly NameMention[]): { org: Uint8Array; other: Uint8Array } {
  const org = new Uint8Array(tokenCount);
  const other = new Uint8Array(tokenCount);
  for (const m of names) {
    for (let k = m.tokStart; k < m.tokEnd; k++) {
      const first = k === m.tokStart ? 1 : 2;
      if (m.type === 'org') org[k] = first;
      else other[k] = (m.type === 'person' ? 0 : 2) + first;
    }
  }
  return { org, other };
}

/**
 * The features of each token of one statement [from, to), as keys into the weights. `out[k - from]` is filled.
 */
function statementFeatures(ctx: Context, from: number, to: number, rules: { org: Uint8Array; other: Uint8Array }, cache: Map<string, Atoms>): Uint32Array[] {
  const tokens = ctx.tokens;
  const n = to - from;
  const atoms: Atoms[] = new Array<Atoms>(n);
  for (let k = 0; k < n; k++) atoms[k] = atomsOf(tokens[from + k]!, cache);
  // Inside quotation marks: «…» by their sides, straight quotes by turns.
  const quoted = new Uint8Array(n);
  let depth = 0;
  let straight = false;
  for (let k = 0; k < n; k++) {
    const t = tokens[from + k]!;
    if (t.kind === 'punct') {
      if (OPEN.has(t.text)) depth++;
      else if (CLOSE.has(t.text)) depth = Math.max(0, depth - 1);
      else if (t.text === '"') straight = !straight;
    }
    quoted[k] = depth > 0 || straight ? 1 : 0;
  }
  const at = (k: number): Atoms => (k >= 0 && k < n ? atoms[k]! : NONE);
  const ro = (k: number): number => (k >= 0 && k < n ? rules.org[from + k]! : 9);
  const rx = (k: number): number => (k >= 0 && k < n ? rules.other[from + k]! : 9);
  const out: Uint32Array[] = new Array<Uint32Array>(n);
  const f = new Uint32Array(40);
  const skip = SKIP;
  for (let k = 0; k < n; k++) {
    const t = tokens[from + k]!;
    const a = atoms[k]!;
    const p = at(k - 1);
    const q = at(k + 1);
    const p2 = at(k - 2);
    const q2 = at(k + 2);
    let i = 0;
    if (!skip.has(1)) f[i++] = mix(1, 0);
    if (!skip.has(2)) f[i++] = mix(2, a.w);
    if (!skip.has(3)) f[i++] = mix(3, a.s2);
    if (!skip.has(4)) f[i++] = mix(4, a.s3);
    if (!skip.has(5)) f[i++] = mix(5, a.s4);
    if (!skip.has(6)) f[i++] = mix(6, a.p3);
    if (!skip.has(7)) f[i++] = mix(7, a.shape);
    if (!skip.has(8)) f[i++] = mix(8, p.shape);
    if (!skip.has(9)) f[i++] = mix(9, q.shape);
    if (!skip.has(10)) f[i++] = mix(10, p2.shape);
    if (!skip.has(11)) f[i++] = mix(11, q2.shape);
    if (!skip.has(12)) f[i++] = mix(12, p.w);
    if (!skip.has(13)) f[i++] = mix(13, q.w);
    if (!skip.has(14)) f[i++] = mix(14, p.s3);
    if (!skip.has(15)) f[i++] = mix(15, q.s3);
    if (!skip.has(16)) f[i++] = mix(16, ro(k));
    if (!skip.has(17)) f[i++] = mix(17, ro(k - 1));
    if (!skip.has(18)) f[i++] = mix(18, ro(k + 1));
    if (!skip.has(19)) f[i++] = mix(19, rx(k));
    if (!skip.has(20)) f[i++] = mix(20, rx(k - 1));
    if (!skip.has(21)) f[i++] = mix(21, rx(k + 1));
    if (!skip.has(22)) f[i++] = mix(22, quoted[k]!, a.shape);
    if (!skip.has(25)) f[i++] = mix(25, a.gaz);
    if (!skip.has(26)) f[i++] = mix(26, p.gaz);
    if (!skip.has(27)) f[i++] = mix(27, q.gaz);
    if (!skip.has(28)) f[i++] = mix(28, p.shape, a.shape);
    if (!skip.has(29)) f[i++] = mix(29, a.shape, q.shape);
    if (!skip.has(30)) f[i++] = mix(30, ro(k), a.shape);
    if (!skip.has(31)) f[i++] = mix(31, k === 0 ? 1 : 0, a.shape);
    if (!skip.has(32)) f[i++] = mix(32, t.kind === 'word' && t.cap && ctx.lowerSeen.has(t.lower) ? 1 : 0, a.shape);
    if (!skip.has(33)) f[i++] = mix(33, p2.s3);
    if (!skip.has(34)) f[i++] = mix(34, ro(k), rx(k));
    if (!skip.has(35)) f[i++] = mix(35, p.w, a.shape);
    if (!skip.has(36)) f[i++] = mix(36, p.s3, a.shape);
    if (!skip.has(37)) f[i++] = mix(37, a.shape, q.s3);
    if (!skip.has(38)) f[i++] = mix(38, p2.w);
    if (!skip.has(39)) f[i++] = mix(39, q2.shape, q.shape);
    if (!skip.has(40)) f[i++] = mix(40, ro(k - 1), ro(k));
    out[k] = f.slice(0, i);
  }
  return out;
}

interface OrgModel {
  /** Feature key → offset into `weights` (TAGS per feature). */
  index: Map<number, number>;
  weights: Float32Array;
  /** trans[prev * TAGS + cur], prev TAGS meaning the statement's start. */
  trans: Float32Array;
}

/** Viterbi over O/B/I (I only after B or I) with per-token scores from `score(k, tag)`. */
function viterbi(n: number, emit: Float32Array, trans: Float32Array): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const best = new Float32Array(n * TAGS);
  const back = new Uint8Array(n * TAGS);
  for (let c = 0; c < TAGS; c++) best[c] = c === 2 ? -1e9 : emit[c]! + trans[TAGS * TAGS + c]!;
  for (let k = 1; k < n; k++) {
    for (let c = 0; c < TAGS; c++) {
      let b = -Infinity;
      let arg = 0;
      for (let p = 0; p < TAGS; p++) {
        if (c === 2 && p === 0) continue;
        const s = best[(k - 1) * TAGS + p]! + trans[p * TAGS + c]!;
        if (s > b) {
          b = s;
          arg = p;
        }
      }
      best[k * TAGS + c] = b + emit[k * TAGS + c]!;
      back[k * TAGS + c] = arg;
    }
  }
  let last = 0;
  for (let c = 1; c < TAGS; c++) if (best[(n - 1) * TAGS + c]! > best[(n - 1) * TAGS + last]!) last = c;
  for (let k = n - 1; k >= 0; k--) {
    tags[k] = last;
    last = back[k * TAGS + last]!;
  }
  return tags;
}

/** Emission scores of a statement's tokens under a model. */
function emissions(feats: readonly Uint32Array[], lookup: (key: number) => number, weights: Float32Array | Float64Array): Float32Array {
  const emit = new Float32Array(feats.length * TAGS);
  for (let k = 0; k < feats.length; k++) {
    const fk = feats[k]!;
    for (let i = 0; i < fk.length; i++) {
      const o = lookup(fk[i]!);
      if (o < 0) continue;
      for (let c = 0; c < TAGS; c++) emit[k * TAGS + c] = emit[k * TAGS + c]! + weights[o + c]!;
    }
  }
  return emit;
}

/** Spans [tokStart, tokEnd) of B/I runs, offset by `from`. */
function spansOf(tags: Uint8Array, from: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== 1) continue;
    let e = k + 1;
    while (e < tags.length && tags[e] === 2) e++;
    out.push([from + k, from + e]);
    k = e - 1;
  }
  return out;
}

/** The organisation spans the tagger reads in the Russian statements. */
function tagOrgs(ctx: Context, names: readonly NameMention[], model: OrgModel): [number, number][] {
  const rules = ruleTags(ctx.tokens.length, names);
  const cache = new Map<string, Atoms>();
  const lookup = (key: number): number => model.index.get(key) ?? -1;
  const out: [number, number][] = [];
  for (const st of ctx.statements) {
    if (!st.ru || st.tokEnd <= st.tokStart) continue;
    const feats = statementFeatures(ctx, st.tokStart, st.tokEnd, rules, cache);
    const tags = viterbi(feats.length, emissions(feats, lookup, model.weights), model.trans);
    for (const s of spansOf(tags, st.tokStart)) out.push(s);
  }
  return out;
}

/**
 * The rules' mentions with the tagger's organisations: in Russian statements the rules' organisation names
 * are replaced by the tagger's spans (the rules' guesses are among its features); elsewhere nothing changes.
 */
function withTaggedOrgs(ctx: Context, names: readonly NameMention[], model: OrgModel): NameMention[] {
  const tokens = ctx.tokens;
  const ruStatement = (k: number): boolean => ctx.statements[tokens[k]!.statement]?.ru === true;
  const kept = names.filter((m) => m.type !== 'org' || m.nominal || !ruStatement(m.tokStart));
  for (const [s, e] of tagOrgs(ctx, names, model)) kept.push({ type: 'org', tokStart: s, tokEnd: e, ru: true });
  kept.sort((x, y) => x.tokStart - y.tokStart);
  return kept;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(s: string): Uint8Array {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) table[B64.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = table[clean.charCodeAt(i)]!;
    const b = table[clean.charCodeAt(i + 1)]!;
    const c = i + 2 < clean.length ? table[clean.charCodeAt(i + 2)]! : 0;
    const d = i + 3 < clean.length ? table[clean.charCodeAt(i + 3)]! : 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

function encodeBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    s += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    s += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return s;
}

/** The packed form of a model as the weights module holds it. */
interface PackedOrgModel {
  /** Weight = int16 / scale. */
  scale: number;
  /** Feature keys, little-endian uint32, base64. */
  keys: string;
  /** TAGS int16 weights per key, little-endian, base64. */
  weights: string;
  trans: number[];
}

function unpackOrgModel(p: PackedOrgModel): OrgModel {
  const keyBytes = decodeBase64(p.keys);
  const wBytes = decodeBase64(p.weights);
  const keys = new Uint32Array(keyBytes.buffer, 0, keyBytes.length >> 2);
  const raw = new Int16Array(wBytes.buffer, 0, wBytes.length >> 1);
  const weights = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) weights[i] = raw[i]! / p.scale;
  const index = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i]!, i * TAGS);
  return { index, weights, trans: Float32Array.from(p.trans) };
}

function packOrgModel(keys: readonly number[], weights: ArrayLike<number>, trans: ArrayLike<number>, scale: number): PackedOrgModel {
  const k = new Uint32Array(keys);
  const w = new Int16Array(keys.length * TAGS);
  for (let i = 0; i < w.length; i++) w[i] = Math.max(-32768, Math.min(32767, Math.round(weights[i]! * scale)));
  return {
    scale,
    keys: encodeBase64(new Uint8Array(k.buffer)),
    weights: encodeBase64(new Uint8Array(w.buffer)),
    trans: Array.from(trans, (x) => Math.round(x * 1000) / 1000),
  };
}

// ---- Span reranker: for each organisation the rules name in a Russian statement, keep it, move its
// boundaries by a word, or drop it, whichever candidate scores best under the model.

/** Edits of a rule span: start moved by ds ∈ {-1, 0, 1}, end by de ∈ {-1, 0, 1, 2}; index 0 drops it. */
const EDITS: readonly (readonly [number, number])[] = [[99, 99] as const, ...[-1, 0, 1].flatMap((ds) => [-1, 0, 1, 2].map((de) => [ds, de] as const))];

/** The edit that keeps the span as it is. */
const KEEP = EDITS.findIndex(([ds, de], i) => i > 0 && ds === 0 && de === 0);
/** Which edits are candidates (experiments): all, or keep and drop only. */
const ONLY_DROP = { on: false };

/** Feature keys of one candidate (edit e of the span [s, t)), for a linear score. */
function candidateFeatures(ctx: Context, s: number, t: number, edit: number, rules: { org: Uint8Array; other: Uint8Array }, cache: Map<string, Atoms>): Uint32Array {
  const tokens = ctx.tokens;
  const st = ctx.statements[tokens[s]!.statement]!;
  const inSt = (k: number): boolean => k >= st.tokStart && k < st.tokEnd;
  const at = (k: number): Atoms => (inSt(k) ? atomsOf(tokens[k]!, cache) : NONE);
  const rx = (k: number): number => (inSt(k) ? rules.other[k]! : 9);
  const [ds, de] = EDITS[edit]!;
  const f: number[] = [];
  const E = edit * 1000;
  const first = at(s);
  const last = at(t - 1);
  const before = at(s - 1);
  const after = at(t);
  const len = Math.min(t - s, 5);
  let latin = 0;
  let lowers = 0;
  let quotes = 0;
  let places = 0;
  for (let k = s; k < t; k++) {
    const tk = tokens[k]!;
    if (tk.kind === 'word' && !tk.cyr) latin++;
    if (tk.kind === 'word' && !tk.cap) lowers++;
    if (tk.kind === 'punct' && (OPEN.has(tk.text) || CLOSE.has(tk.text) || tk.text === '"')) quotes++;
    if (rules.other[k]! >= 3) places++;
  }
  const lowerSeen = tokens[s]!.kind === 'word' && tokens[s]!.cap && ctx.lowerSeen.has(tokens[s]!.lower) ? 1 : 0;
  f.push(mix(E + 1, 0));
  f.push(mix(E + 2, len));
  f.push(mix(E + 3, first.shape, last.shape));
  f.push(mix(E + 4, first.w));
  f.push(mix(E + 5, last.w));
  f.push(mix(E + 6, first.s3));
  f.push(mix(E + 7, last.s3));
  f.push(mix(E + 8, before.shape));
  f.push(mix(E + 9, after.shape));
  f.push(mix(E + 10, before.w));
  f.push(mix(E + 11, after.w));
  f.push(mix(E + 12, before.s3));
  f.push(mix(E + 13, after.s3));
  f.push(mix(E + 14, Math.min(latin, 2), Math.min(lowers, 2), len));
  f.push(mix(E + 15, quotes, len));
  f.push(mix(E + 16, places, len));
  f.push(mix(E + 17, first.gaz, last.gaz));
  f.push(mix(E + 18, before.gaz, after.gaz));
  f.push(mix(E + 19, lowerSeen, first.shape));
  f.push(mix(E + 20, rx(s - 1), rx(t)));
  f.push(mix(E + 21, s === st.tokStart ? 1 : 0, first.shape));
  f.push(mix(E + 22, after.shape, at(t + 1).shape));
  f.push(mix(E + 23, at(s - 2).shape, before.shape));
  f.push(mix(E + 24, before.s3, first.shape));
  f.push(mix(E + 25, after.s3, last.shape));
  void ds;
  void de;
  return Uint32Array.from(f);
}

/** The candidates of a rule span: [edit, start, end] for the edits that stay inside its statement. */
function candidatesOf(ctx: Context, m: NameMention): [number, number, number][] {
  const st = ctx.statements[ctx.tokens[m.tokStart]!.statement]!;
  const out: [number, number, number][] = [[0, m.tokStart, m.tokEnd]];
  for (let e = 1; e < EDITS.length; e++) {
    const [ds, de] = EDITS[e]!;
    if (ONLY_DROP.on && e !== KEEP) continue;
    const s = m.tokStart + ds;
    const t = m.tokEnd + de;
    if (s < st.tokStart || t > st.tokEnd || t <= s) continue;
    out.push([e, s, t]);
  }
  return out;
}

interface SpanModel {
  index: Map<number, number>;
  weights: Float32Array;
}

function scoreCandidate(feats: Uint32Array, model: SpanModel): number {
  let sum = 0;
  for (let i = 0; i < feats.length; i++) {
    const o = model.index.get(feats[i]!);
    if (o !== undefined) sum += model.weights[o]!;
  }
  return sum;
}

/** The rules' mentions with each Russian organisation kept, re-bounded or dropped by the span model. */
function rerankOrgs(ctx: Context, names: readonly NameMention[], model: SpanModel, margin = 0): NameMention[] {
  const rules = ruleTags(ctx.tokens.length, names);
  const cache = new Map<string, Atoms>();
  const out: NameMention[] = [];
  for (const m of names) {
    const st = ctx.statements[ctx.tokens[m.tokStart]!.statement];
    if (m.type !== 'org' || m.nominal || !st?.ru) {
      out.push(m);
      continue;
    }
    let best: [number, number, number] = [KEEP, m.tokStart, m.tokEnd];
    let bestScore = scoreCandidate(candidateFeatures(ctx, m.tokStart, m.tokEnd, KEEP, rules, cache), model) + margin;
    for (const c of candidatesOf(ctx, m)) {
      if (c[0] === KEEP) continue;
      const score = scoreCandidate(candidateFeatures(ctx, c[1], c[2], c[0], rules, cache), model);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best[0] !== 0) out.push({ ...m, tokStart: best[1], tokEnd: best[2] });
  }
  return out;
}

// ---- Training and scoring.

const arg = (name: string, fallback: string): string => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const EPOCHS = Number(arg('--epochs', '10'));
const MODE = arg('--mode', 'replace') as Mode;
const MIN = Number(arg('--min', '0.05'));
const SEED = 20161;
const MARGIN = Number(arg('--margin', '0'));
if (process.argv.includes('--only-drop')) ONLY_DROP.on = true;
const PRIOR = Number(arg('--prior', '0'));
for (const n of arg('--skip', '').split(',').filter(Boolean)) SKIP.add(Number(n));

type Mode = 'replace' | 'union' | 'filter' | 'rerank';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph', start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  return blocks;
}

function contextOf(text: string): Context {
  const blocks = blocksOf(text);
  return buildContext(text, blocks, segmentFlat(text, blocks, 'ru'), 'ru');
}

interface Sequence {
  feats: Uint32Array[];
  gold: Uint8Array;
}

/** Gold organisation spans as B/I tags on tokens; nested or crossing ones: the earliest-ending kept. */
function sequencesOf(doc: Doc): Sequence[] {
  const ctx = contextOf(doc.text);
  const names = findNames(ctx);
  const rules = ruleTags(ctx.tokens.length, names);
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  ctx.tokens.forEach((t, k) => {
    byStart.set(t.start, k);
    byEnd.set(t.end, k + 1);
  });
  const tags = new Uint8Array(ctx.tokens.length);
  const spans = doc.gold
    .filter((s) => s.type === 'org' && byStart.has(s.start) && byEnd.has(s.end))
    .map((s) => [byStart.get(s.start)!, byEnd.get(s.end)!] as const)
    .sort((a, b) => a[1] - b[1] || b[0] - a[0]);
  let free = 0;
  for (const [s, e] of spans) {
    if (s < free) continue;
    tags[s] = 1;
    tags.fill(2, s + 1, e);
    free = e;
  }
  const cache = new Map();
  const out: Sequence[] = [];
  for (const st of ctx.statements) {
    if (st.tokEnd <= st.tokStart) continue;
    out.push({ feats: statementFeatures(ctx, st.tokStart, st.tokEnd, rules, cache), gold: tags.slice(st.tokStart, st.tokEnd) });
  }
  return out;
}

interface Choice {
  feats: Uint32Array[];
  gold: number;
}

/** One choice per Russian rule organisation: the candidate matching a gold organisation, or dropping it when no gold one overlaps. */
function choicesOf(doc: Doc): Choice[] {
  const ctx = contextOf(doc.text);
  const names = findNames(ctx);
  const rules = ruleTags(ctx.tokens.length, names);
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  ctx.tokens.forEach((t, k) => {
    byStart.set(t.start, k);
    byEnd.set(t.end, k + 1);
  });
  const gold = doc.gold.filter((s) => s.type === 'org');
  const cache = new Map();
  const out: Choice[] = [];
  for (const m of names) {
    if (m.type !== 'org' || m.nominal) continue;
    const cands = candidatesOf(ctx, m);
    const span = (s: number, t: number): [number, number] => [ctx.tokens[s]!.start, ctx.tokens[t - 1]!.end];
    let target = -1;
    cands.forEach((c, i) => {
      if (i === 0 || target >= 0) return;
      const [a, b] = span(c[1], c[2]);
      if (gold.some((g) => g.start === a && g.end === b)) target = i;
    });
    if (target < 0) {
      const [a, b] = span(m.tokStart, m.tokEnd);
      if (gold.some((g) => g.start < b && a < g.end)) continue;
      target = 0;
    }
    out.push({ feats: cands.map((c) => candidateFeatures(ctx, c[1], c[2], c[0], rules, cache)), gold: target });
  }
  return out;
}

function trainSpans(choices: readonly Choice[], epochs: number, seed: number): SpanModel {
  const w = new Map<number, [number, number]>();
  let c = 1;
  const random = seeded(seed);
  const order = choices.map((_, i) => i);
  const score = (f: Uint32Array): number => {
    let s = 0;
    for (const k of f) s += w.get(k)?.[0] ?? 0;
    return s;
  };
  const update = (f: Uint32Array, d: number): void => {
    for (const k of f) {
      const x = w.get(k) ?? [0, 0];
      x[0] += d;
      x[1] += d * c;
      w.set(k, x);
    }
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const ch = choices[n]!;
      let best = 0;
      let bestScore = -Infinity;
      ch.feats.forEach((f, i) => {
        const s = score(f);
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      });
      if (best !== ch.gold) {
        update(ch.feats[ch.gold]!, 1);
        update(ch.feats[best]!, -1);
      }
      c++;
    }
  }
  const index = new Map<number, number>();
  const weights = new Float32Array(w.size);
  for (const [k, [v, a]] of w) {
    index.set(k, index.size);
    weights[index.size - 1] = v - a / c;
  }
  return { index, weights };
}
void scoreCandidate;

/** Averaged structured perceptron. */
function train(seqs: readonly Sequence[], epochs: number, seed: number): OrgModel {
  const index = new Map<number, number>();
  let w = new Float64Array(1 << 16);
  let acc = new Float64Array(1 << 16);
  const trans = new Float64Array((TAGS + 1) * TAGS);
  const transAcc = new Float64Array((TAGS + 1) * TAGS);
  let c = 1;
  const slot = (key: number): number => {
    let o = index.get(key);
    if (o === undefined) {
      o = index.size * TAGS;
      index.set(key, o);
      if (o + TAGS > w.length) {
        const w2 = new Float64Array(w.length * 2);
        w2.set(w);
        w = w2;
        const a2 = new Float64Array(acc.length * 2);
        a2.set(acc);
        acc = a2;
      }
    }
    return o;
  };
  const lookup = (key: number): number => index.get(key) ?? -1;
  // A prior: the rules' own tag, worth PRIOR (kept as it is: the averaged weight of a constant is itself).
  if (PRIOR > 0) for (const tag of [0, 1, 2]) w[slot(mix(16, tag)) + tag] = PRIOR;
  const random = seeded(seed);
  const order = seqs.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const { feats, gold } = seqs[n]!;
      const t32 = Float32Array.from(trans);
      const pred = viterbi(feats.length, emissions(feats, lookup, w), t32);
      let same = true;
      for (let k = 0; k < gold.length; k++) if (pred[k] !== gold[k]) same = false;
      if (!same) {
        for (let k = 0; k < gold.length; k++) {
          const g = gold[k]!;
          const p = pred[k]!;
          const gPrev = k === 0 ? TAGS : gold[k - 1]!;
          const pPrev = k === 0 ? TAGS : pred[k - 1]!;
          if (g !== p || gPrev !== pPrev) {
            trans[gPrev * TAGS + g] = trans[gPrev * TAGS + g]! + 1;
            transAcc[gPrev * TAGS + g] = transAcc[gPrev * TAGS + g]! + c;
            trans[pPrev * TAGS + p] = trans[pPrev * TAGS + p]! - 1;
            transAcc[pPrev * TAGS + p] = transAcc[pPrev * TAGS + p]! - c;
          }
          if (g === p) continue;
          for (const f of feats[k]!) {
            const o = slot(f);
            w[o + g] = w[o + g]! + 1;
            acc[o + g] = acc[o + g]! + c;
            w[o + p] = w[o + p]! - 1;
            acc[o + p] = acc[o + p]! - c;
          }
        }
      }
      c++;
    }
  }
  const weights = new Float32Array(index.size * TAGS);
  for (let i = 0; i < weights.length; i++) weights[i] = w[i]! - acc[i]! / c;
  const t = new Float32Array(trans.length);
  for (let i = 0; i < t.length; i++) t[i] = trans[i]! - transAcc[i]! / c;
  return { index, weights, trans: t };
}

/** Drops features whose weights are all below `min` in magnitude. */
function prune(model: OrgModel, min: number): { keys: number[]; weights: number[] } {
  const keys: number[] = [];
  const weights: number[] = [];
  for (const [key, o] of [...model.index].sort((a, b) => a[0] - b[0])) {
    const ws = Array.from(model.weights.subarray(o, o + TAGS));
    if (ws.every((x) => Math.abs(x) < min)) continue;
    keys.push(key);
    weights.push(...ws);
  }
  return { keys, weights };
}

function refineWith(model: OrgModel | SpanModel | null, mode: Mode): (ctx: Context, names: NameMention[]) => NameMention[] {
  if (!model) return (_ctx, names) => names;
  if (mode === 'rerank') return (ctx, names) => rerankOrgs(ctx, names, model as SpanModel, MARGIN);
  if (!('trans' in model)) throw new Error('a tagger model is needed');
  if (mode === 'replace') return (ctx, names) => withTaggedOrgs(ctx, names, model);
  return (ctx, names) => {
    const tagged = tagOrgs(ctx, names, model);
    const orgs = names.filter((m) => m.type === 'org');
    const overlaps = (a: [number, number], m: NameMention): boolean => a[0] < m.tokEnd && m.tokStart < a[1];
    const out = mode === 'union' ? [...names] : names.filter((m) => m.type !== 'org' || m.nominal || tagged.some((s) => overlaps(s, m)));
    for (const s of tagged) if (!orgs.some((m) => overlaps(s, m))) out.push({ type: 'org', tokStart: s[0], tokEnd: s[1], ru: true });
    return out.sort((x, y) => x.tokStart - y.tokStart);
  };
}

function runWith(model: OrgModel | SpanModel | null, mode: Mode): (text: string) => Span[] {
  const refineNames = refineWith(model, mode);
  return (text) => {
    const blocks = blocksOf(text);
    // The names part of analyseArticle (core/actors/index.ts) with the model's step between the rules'
    // names and their merging; with no model it gives the scorer's own figures.
    const ctx = buildContext(text, blocks, segmentFlat(text, blocks, 'ru'), 'ru');
    const names = refineNames(ctx, findNames(ctx));
    const merged = mergeMentions(ctx, names);
    const out: Span[] = [];
    names.forEach((m, i) => {
      if (merged.entityOf[i]! < 0 || m.nominal) return;
      const last = ctx.tokens[m.tokEnd - 1]!;
      out.push({ type: m.type, start: ctx.tokens[m.tokStart]!.start, end: /['’]s$/.test(last.text) ? last.end - 2 : last.end });
    });
    return out;
  };
}

const f1 = (docs: readonly Doc[], run: (t: string) => Span[]): Record<string, string> => {
  const s = scoreNer(docs, run);
  return Object.fromEntries(NER_TYPES.map((t) => [t, (100 * s.exact[t].f1).toFixed(1)]));
};

const all = loadFactRuEval();
if (!all) {
  console.error('factRuEval-2016 dev not found (../shared/corpora/ner)');
  process.exit(1);
}
const halfA = all.filter((d) => halfOf(d) === 'A');
const halfB = all.filter((d) => halfOf(d) === 'B');
const seqsOf = new Map(halfA.map((d) => [d.name, sequencesOf(d)]));
const choicesFor = new Map(halfA.map((d) => [d.name, choicesOf(d)]));
const fit = (docs: readonly Doc[], epochs: number, mode: Mode): OrgModel | SpanModel =>
  mode === 'rerank' ? trainSpans(docs.flatMap((d) => choicesFor.get(d.name)!), epochs, SEED) : train(docs.flatMap((d) => seqsOf.get(d.name)!), epochs, SEED);
const bookOf = (d: Doc): number => Number(/(\d+)/.exec(d.name)?.[1] ?? 0);

// Cross-validation inside half A only (two folds by book number / 2), for the epochs and the way the tagger's
// spans join the rules'; half B plays no part in any choice.
const cv = (epochs: number, mode: Mode): string => {
  const folds = [0, 1].map((f) => halfA.filter((d) => (bookOf(d) / 2) % 2 === f));
  let line = '';
  const scores: number[] = [];
  for (let f = 0; f < 2; f++) {
    const model = fit(folds[1 - f]!, epochs, mode);
    const s = scoreNer(folds[f]!, runWith(model, mode));
    const r = scoreNer(folds[f]!, runWith(null, mode));
    scores.push(s.exact.org.f1);
    if (process.argv.includes('--pr')) console.log(`fold ${f} org P/R rules ${(100 * r.exact.org.precision).toFixed(1)}/${(100 * r.exact.org.recall).toFixed(1)} tagger ${(100 * s.exact.org.precision).toFixed(1)}/${(100 * s.exact.org.recall).toFixed(1)}`);
    line += ` fold ${f}: org ${(100 * r.exact.org.f1).toFixed(1)} → ${(100 * s.exact.org.f1).toFixed(1)} (person ${(100 * r.exact.person.f1).toFixed(1)} → ${(100 * s.exact.person.f1).toFixed(1)}, place ${(100 * r.exact.place.f1).toFixed(1)} → ${(100 * s.exact.place.f1).toFixed(1)});`;
  }
  return `CV in A, ${epochs} epochs, ${mode}:${line} mean org ${(50 * (scores[0]! + scores[1]!)).toFixed(1)}`;
};

if (process.argv.includes('--diff')) {
  // Inside A only: fold 1 scored by a model trained on fold 0; spans the rules had right and the tagger lost, and the reverse.
  const folds = [0, 1].map((f) => halfA.filter((d) => (bookOf(d) / 2) % 2 === f));
  const model = fit(folds[0]!, EPOCHS, MODE);
  for (const d of folds[1]!) {
    const g = new Set(d.gold.filter((x) => x.type === 'org').map((x) => `${x.start}:${x.end}`));
    const r = new Set(runWith(null, MODE)(d.text).filter((x) => x.type === 'org').map((x) => `${x.start}:${x.end}`));
    const t = new Set(runWith(model, MODE)(d.text).filter((x) => x.type === 'org').map((x) => `${x.start}:${x.end}`));
    const show = (k: string): string => { const [a, b] = k.split(':').map(Number); return JSON.stringify(d.text.slice(a!, b!)); };
    for (const k of r) if (g.has(k) && !t.has(k)) console.log('LOST', show(k));
    for (const k of t) if (g.has(k) && !r.has(k)) console.log('GAINED', show(k));
    for (const k of t) if (!g.has(k) && !r.has(k)) console.log('NEW-FP', show(k));
  }
  process.exit(0);
}
if (process.argv.includes('--cv')) {
  for (const mode of (process.argv.includes('--mode') ? [MODE] : ['replace', 'union', 'filter', 'rerank']) as Mode[]) for (const e of [5, 10, 15]) console.log(cv(e, mode));
  process.exit(0);
}
console.log(cv(EPOCHS, MODE));

const t0 = performance.now();
const fitted = fit(halfA, EPOCHS, MODE);
let shipped: OrgModel | SpanModel = fitted;
let packed: ReturnType<typeof packOrgModel> | null = null;
if ('trans' in fitted) {
  const pruned = prune(fitted, MIN);
  packed = packOrgModel(pruned.keys, pruned.weights, fitted.trans, 1000);
  shipped = unpackOrgModel(packed);
  console.log(`trained on half A (${halfA.length} texts) in ${(performance.now() - t0).toFixed(0)} ms: ${fitted.index.size} features, ${pruned.keys.length} kept (|w| ≥ ${MIN})`);
} else console.log(`span model trained on half A (${halfA.length} texts): ${fitted.index.size} features`);
for (const [name, docs] of [['half A (trained on)', halfA], ['half B (held out)', halfB], ['all', all]] as const) {
  console.log(`${name}: rules`, f1(docs, runWith(null, MODE)), `→ rules + tagger (${MODE})`, f1(docs, runWith(shipped, MODE)));
}
if (process.argv.includes('--table')) console.table(nerTable(scoreNer(halfB, runWith(shipped, MODE))));

if (process.argv.includes('--write') && packed) {
  // The packed model as JSON (it is not shipped: see the header), with its licence note.
  const file = path.resolve(arg('--write', 'org-tagger-weights.json'));
  const licence = 'Weights derived from factRuEval-2016 (dialogue-evaluation/factRuEval-2016, MIT licence), half A of the dev set';
  fs.writeFileSync(file, JSON.stringify({ licence, epochs: EPOCHS, seed: SEED, min: MIN, ...packed }));
  console.log(`wrote ${file}: ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
}
