// The inverted index's data: records (an article, annotation, memo or briefing), each with up to ten
// fields; per distinct folded word its postings with word positions; the vocabulary grouped by stem; and
// the compact serialised form. Search logic lives in search.ts; this module only stores and encodes.
//
// Postings of a word are one flat number array: [record, field, count, position…, record, field, …],
// records ascending. A removed record is only marked dead (skipped by every scan) until dead records
// outnumber live ones, when the whole index is rewritten without them.

import { firstPassing } from '../search-sorted';
import { stem, terms as termsOf } from './analyze';
import { ByteReader, ByteWriter, bytesFromBase64, fromBase64, toBase64 } from './codec';

/** Field slots; the kind of record decides which it uses. */
export const F = { title: 0, source: 1, byline: 2, text: 3, quote: 4, note: 5, tags: 6, memo: 7, briefingTitle: 8, briefing: 9 } as const;
export const FIELD_COUNT = 10;
/** Ranking weight per slot: the title and the analyst's own words above body text (see search.ts). */
export const FIELD_WEIGHT = [3, 1.5, 1.5, 1, 1.2, 2.5, 2, 2, 2, 1] as const;

/** Positions packed under word ids in one float: a field of up to 2^24 words (64 MB of text) sorts exactly. */
const POSITION_SPAN = 2 ** 24;

/**
 * A word's postings: a plain array while it grows (built here), an Int32Array once decoded from a loaded
 * index. Typed arrays hold no values for the garbage collector to trace: with number arrays the collector's
 * pauses were a large part of the slowest queries in the bench.
 */
export type Postings = number[] | Int32Array;

export type RecordKind = 'a' | 'n' | 'm' | 'b';

export const INDEX_FORMAT = 'dossier-search-index';
/** Bumped whenever analysis or the layout changes: an older index is refused and rebuilt by the caller. */
export const INDEX_VERSION = 1;

export interface SerialisedIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  /** Folded words, sorted, joined by '\n' (a word never holds a line break). */
  terms: string;
  /** Each word's stem, joined by '\n' in the same order; '' where the stem is the word. */
  stems: string;
  /** base64 varints: each word's postings, one after another. */
  postings: string;
  /** base64 varints: the byte length of each word's postings. */
  postingLengths: string;
  /** base64 varints: word numbers ordered by stem (then word), for finding a stem's words by binary search. */
  stemOrder: string;
  recordIds: string[];
  /** base64 varints per record: group, language (0 = none, else index + 1 in `langs`), field mask, then each present field's length. */
  recordData: string;
  langs: string[];
  /** Each record's present fields' texts, in record and field order. */
  texts: string[];
  groups: string[];
  /** FNV-1a of the words, postings and record data: a damaged file is refused at load, not found out mid-search. */
  checksum: number;
}

export class IndexStore {
  terms: string[] = [];
  /**
   * Words loaded from a serialised index (ids below `frozenCount`) are found by binary search in `terms`
   * (sorted) and their stems through `stemOrder`; only words added since are in these maps. Building maps
   * of 400,000 words took most of the load time.
   */
  frozenCount = 0;
  stemOrder: Uint32Array = new Uint32Array(0);
  termIds = new Map<string, number>();
  termStem: string[] = [];
  stemTerms = new Map<string, number[]>();
  /** Decoded postings per word; undefined for a word still in `frozen` (decoded on first use). */
  postings: (Postings | undefined)[] = [];
  frozen: Frozen | null = null;
  /**
   * The vocabulary in order, for prefix queries. Kept up to date by insertion once asked for; a burst of
   * new words (an import) drops it instead, to be sorted again on the next prefix query.
   */
  sortedTerms: string[] | null = null;
  #insertedSinceSort = 0;

  recIds: string[] = [];
  recGroup: number[] = [];
  recAlive: boolean[] = [];
  recLang: (string | undefined)[] = [];
  recFields: (string | undefined)[][] = [];
  /** Words per field, FIELD_COUNT numbers per record (flat: read for every posting in a scan). */
  recLen: number[] = [];
  #recByKey: Map<string, number> | null = new Map();

  groupKeys: string[] = [];
  groupByKey = new Map<string, number>();
  #groupRecs: Set<number>[] | null = [];
  /** Live records per group (a briefing of its own is a result while it has one). */
  groupLive: number[] = [];
  /** A briefing of its own (no article). */
  groupIsBriefing: boolean[] = [];
  /** The group's article record, or -1 (annotations may be indexed before their article). */
  groupArticle: number[] = [];

  fieldTotals = new Array<number>(FIELD_COUNT).fill(0);
  fieldCounts = new Array<number>(FIELD_COUNT).fill(0);
  live = 0;
  dead = 0;

  /** The id of a word, if indexed. */
  lookup(term: string): number | undefined {
    const id = this.termIds.get(term);
    if (id !== undefined) return id;
    let lo = 0;
    let hi = this.frozenCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.frozenCount && this.terms[lo] === term ? lo : undefined;
  }

  /** The ids of the words with stem `s`. */
  stemGroup(s: string): number[] {
    this.#ensureStems();
    const out = this.stemTerms.get(s)?.slice() ?? [];
    const order = this.stemOrder;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.termStem[order[mid]!]! < s) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < order.length && this.termStem[order[i]!] === s; i++) out.push(order[i]!);
    return out;
  }

  /** Record numbers by key ('a:id', 'n:id'…), built on first use after a load (110,000 map entries). */
  get recByKey(): Map<string, number> {
    if (!this.#recByKey) {
      this.#recByKey = new Map();
      for (let rec = 0; rec < this.recIds.length; rec++) if (this.recAlive[rec]) this.#recByKey.set(this.recIds[rec]!, rec);
    }
    return this.#recByKey;
  }

  /** Each group's live records, built on first use after a load. */
  get groupRecs(): Set<number>[] {
    if (!this.#groupRecs) {
      this.#groupRecs = this.groupKeys.map(() => new Set<number>());
      for (let rec = 0; rec < this.recIds.length; rec++) if (this.recAlive[rec]) this.#groupRecs[this.recGroup[rec]!]!.add(rec);
    }
    return this.#groupRecs;
  }

  /** Loaded stems are split from their text and their order decoded when a stem is first asked for. */
  #pendingStems: { stems: string; order: Uint8Array } | null = null;

  #ensureStems(): void {
    const pending = this.#pendingStems;
    if (!pending) return;
    this.#pendingStems = null;
    const n = this.frozenCount;
    const stems = n === 0 ? [] : pending.stems.split('\n');
    for (let id = 0; id < n; id++) this.termStem[id] = stems[id] || this.terms[id]!;
    this.stemOrder = new Uint32Array(n);
    try {
      const reader = new ByteReader(pending.order);
      for (let i = 0; i < n; i++) this.stemOrder[i] = Math.min(reader.uint(), n - 1);
    } catch {
      // Checked by the checksum at load; a shorter order only loses stemmed matches.
    }
  }

  termId(term: string): number {
    let id = this.lookup(term);
    if (id === undefined) {
      id = this.terms.length;
      this.#ensureStems();
      this.terms.push(term);
      this.termIds.set(term, id);
      this.postings.push([]);
      const s = stem(term);
      this.termStem.push(s);
      const same = this.stemTerms.get(s);
      if (same) same.push(id);
      else this.stemTerms.set(s, [id]);
      if (this.sortedTerms) {
        if (++this.#insertedSinceSort > 2000) this.sortedTerms = null;
        else insertSorted(this.sortedTerms, term);
      }
    }
    return id;
  }

  sorted(): string[] {
    if (!this.sortedTerms) {
      // Loaded words are in order already; words added since are not.
      this.sortedTerms = this.terms.length === this.frozenCount ? this.terms.slice() : this.terms.slice().sort();
      this.#insertedSinceSort = 0;
    }
    return this.sortedTerms;
  }

  postingsOf(termId: number): Postings {
    let list = this.postings[termId];
    if (list === undefined) {
      list = decodePostings(this.frozen!, termId);
      this.postings[termId] = list;
    }
    return list;
  }

  /** The postings of a word about to get more: a growable array. */
  #growable(termId: number): number[] {
    const list = this.postingsOf(termId);
    if (Array.isArray(list)) return list;
    const grown = Array.from(list);
    this.postings[termId] = grown;
    return grown;
  }

  group(key: string): number {
    let g = this.groupByKey.get(key);
    if (g === undefined) {
      g = this.groupKeys.length;
      this.groupKeys.push(key);
      this.groupByKey.set(key, g);
      this.#groupRecs?.push(new Set());
      this.groupLive.push(0);
      this.groupArticle.push(-1);
      this.groupIsBriefing.push(key.startsWith('briefing:'));
    }
    return g;
  }

  /** Adds a record (after removing any with the same key); fields are indexed by slot. */
  put(key: string, groupKey: string, lang: string | undefined, fields: (string | undefined)[]): void {
    this.remove(key);
    const rec = this.recIds.length;
    const g = this.group(groupKey);
    this.recIds.push(key);
    this.recGroup.push(g);
    this.recAlive.push(true);
    this.recLang.push(lang);
    this.recFields.push(fields);
    const lenAt = this.recLen.length;
    for (let f = 0; f < FIELD_COUNT; f++) this.recLen.push(0);
    this.recByKey.set(key, rec);
    this.groupRecs[g]!.add(rec);
    this.groupLive[g]!++;
    if (key.startsWith('a:')) this.groupArticle[g] = rec;
    this.live++;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const text = fields[f];
      if (!text) continue;
      const words = termsOf(text);
      this.recLen[lenAt + f] = words.length;
      this.fieldTotals[f]! += words.length;
      this.fieldCounts[f]!++;
      // Each word's positions together, without a map per field: sort (word id, position) keys.
      const keys = new Float64Array(words.length);
      for (let p = 0; p < words.length; p++) keys[p] = this.termId(words[p]!) * POSITION_SPAN + p;
      keys.sort();
      for (let i = 0; i < keys.length; ) {
        const id = Math.floor(keys[i]! / POSITION_SPAN);
        let j = i;
        while (j < keys.length && Math.floor(keys[j]! / POSITION_SPAN) === id) j++;
        const list = this.#growable(id);
        list.push(rec, f, j - i);
        for (let k = i; k < j; k++) list.push(keys[k]! - id * POSITION_SPAN);
        i = j;
      }
    }
  }

  remove(key: string): boolean {
    const rec = this.recByKey.get(key);
    if (rec === undefined) return false;
    this.recByKey.delete(key);
    this.recAlive[rec] = false;
    const g = this.recGroup[rec]!;
    this.groupRecs[g]!.delete(rec);
    this.groupLive[g]!--;
    if (this.groupArticle[g] === rec) this.groupArticle[g] = -1;
    for (let f = 0; f < FIELD_COUNT; f++) {
      if (!this.recFields[rec]![f]) continue;
      this.fieldTotals[f]! -= this.recLen[rec * FIELD_COUNT + f]!;
      this.fieldCounts[f]!--;
    }
    // The texts of a dead record are not needed again.
    this.recFields[rec] = [];
    this.live--;
    this.dead++;
    return true;
  }

  /** The serialised form, live records only (renumbered), vocabulary sorted, unused words dropped. */
  serialise(): SerialisedIndex {
    this.#ensureStems();
    const recMap = new Int32Array(this.recIds.length).fill(-1);
    const recordIds: string[] = [];
    const texts: string[] = [];
    const langs: string[] = [];
    const langIndex = new Map<string, number>();
    const recordData = new ByteWriter();
    // Groups are renumbered to those still holding a record.
    const groupMap = new Map<number, number>();
    const groups: string[] = [];
    for (let rec = 0; rec < this.recIds.length; rec++) {
      if (!this.recAlive[rec]) continue;
      recMap[rec] = recordIds.length;
      recordIds.push(this.recIds[rec]!);
      const g = this.recGroup[rec]!;
      let ng = groupMap.get(g);
      if (ng === undefined) {
        ng = groups.length;
        groups.push(this.groupKeys[g]!);
        groupMap.set(g, ng);
      }
      recordData.uint(ng);
      const lang = this.recLang[rec];
      let li = 0;
      if (lang !== undefined) {
        let found = langIndex.get(lang);
        if (found === undefined) {
          found = langs.length;
          langs.push(lang);
          langIndex.set(lang, found);
        }
        li = found + 1;
      }
      recordData.uint(li);
      const fields = this.recFields[rec]!;
      let mask = 0;
      for (let f = 0; f < FIELD_COUNT; f++) if (fields[f]) mask |= 1 << f;
      recordData.uint(mask);
      for (let f = 0; f < FIELD_COUNT; f++) {
        if (!fields[f]) continue;
        recordData.uint(this.recLen[rec * FIELD_COUNT + f]!);
        texts.push(fields[f]!);
      }
    }
    const order = this.terms.map((_, i) => i).sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
    const outTerms: string[] = [];
    const outStems: string[] = [];
    const postings = new ByteWriter();
    const lengths = new ByteWriter();
    for (const id of order) {
      const list = this.postingsOf(id);
      const before = postings.length;
      let prevRec = 0;
      for (let i = 0; i < list.length; ) {
        const count = list[i + 2]!;
        const rec = recMap[list[i]!]!;
        if (rec >= 0) {
          postings.uint(rec - prevRec);
          prevRec = rec;
          postings.uint(list[i + 1]!);
          postings.uint(count);
          let prev = 0;
          for (let k = 0; k < count; k++) {
            const p = list[i + 3 + k]!;
            postings.uint(p - prev);
            prev = p;
          }
        }
        i += 3 + count;
      }
      if (postings.length === before) continue; // a word only dead records had
      const term = this.terms[id]!;
      outTerms.push(term);
      const s = this.termStem[id]!;
      outStems.push(s === term ? '' : s);
      lengths.uint(postings.length - before);
    }
    const termText = outTerms.join('\n');
    const stemText = outStems.join('\n');
    const postingsText = toBase64(postings.bytes());
    const stemOf = (i: number) => outStems[i] || outTerms[i]!;
    const byStem = outTerms.map((_, i) => i).sort((a, b) => (stemOf(a) < stemOf(b) ? -1 : stemOf(a) > stemOf(b) ? 1 : a - b));
    const stemOrder = new ByteWriter();
    for (const i of byStem) stemOrder.uint(i);
    return {
      format: INDEX_FORMAT,
      version: INDEX_VERSION,
      terms: termText,
      stems: stemText,
      postings: postingsText,
      postingLengths: toBase64(lengths.bytes()),
      stemOrder: toBase64(stemOrder.bytes()),
      recordIds,
      recordData: toBase64(recordData.bytes()),
      langs,
      texts,
      groups,
      checksum: checksum([termText, stemText], [lengths.bytes(), recordData.bytes(), stemOrder.bytes()], postingsText),
    };
  }

  /** A store from its serialised form; throws (RangeError, TypeError) on a damaged one, caught by the caller. */
  static deserialise(data: SerialisedIndex): IndexStore {
    const store = new IndexStore();
    const terms = data.terms === '' ? [] : data.terms.split('\n');
    store.terms = terms;
    store.frozenCount = terms.length;
    store.postings = new Array<Postings | undefined>(terms.length);
    store.termStem = new Array<string>(terms.length);
    const lengthBytes = fromBase64(data.postingLengths);
    const recordBytes = fromBase64(data.recordData);
    const stemBytes = fromBase64(data.stemOrder);
    if (checksum([data.terms, data.stems], [lengthBytes, recordBytes, stemBytes], data.postings) !== data.checksum) throw new RangeError('checksum differs');
    store.#pendingStems = { stems: data.stems, order: stemBytes };
    const offsets = new Uint32Array(terms.length + 1);
    const lengths = new ByteReader(lengthBytes);
    for (let id = 0; id < terms.length; id++) offsets[id + 1] = offsets[id]! + lengths.uint();
    const b64 = data.postings;
    const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
    const byteLength = Math.floor(((b64.length - padding) * 3) / 4);
    if (offsets[terms.length] !== byteLength) throw new RangeError('postings do not match their lengths');
    store.frozen = { base64: data.postings, offsets, records: data.recordIds.length };

    store.#recByKey = null;
    store.#groupRecs = null;
    for (const key of data.groups) store.group(key);
    const reader = new ByteReader(recordBytes);
    store.recLen = new Array<number>(data.recordIds.length * FIELD_COUNT).fill(0);
    store.recIds = data.recordIds.slice();
    store.recAlive = new Array<boolean>(data.recordIds.length).fill(true);
    let t = 0;
    for (let rec = 0; rec < data.recordIds.length; rec++) {
      const key = data.recordIds[rec]!;
      const g = reader.uint();
      if (g >= data.groups.length) throw new RangeError('record in no group');
      const li = reader.uint();
      if (li > data.langs.length) throw new RangeError('unknown language');
      const mask = reader.uint();
      const fields: (string | undefined)[] = [];
      const lenAt = rec * FIELD_COUNT;
      for (let f = 0; f < FIELD_COUNT; f++) {
        if (!(mask & (1 << f))) continue;
        const len = reader.uint();
        store.recLen[lenAt + f] = len;
        const text = data.texts[t++];
        if (typeof text !== 'string') throw new RangeError('missing text');
        fields[f] = text;
        store.fieldTotals[f]! += len;
        store.fieldCounts[f]!++;
      }
      store.recGroup.push(g);
      store.recLang.push(li === 0 ? undefined : data.langs[li - 1]);
      store.recFields.push(fields);
      store.groupLive[g]!++;
      if (key.startsWith('a:')) store.groupArticle[g] = rec;
    }
    if (reader.at !== recordBytes.length || t !== data.texts.length) throw new RangeError('records do not match their data');
    store.live = data.recordIds.length;
    return store;
  }
}

interface Frozen {
  base64: string;
  offsets: Uint32Array;
  records: number;
}

/**
 * One word's postings from the loaded base64. The checksum reads only part of the postings (see
 * `checksum`), so decoding checks what it reads and stops at the first entry that cannot be right.
 */
function decodePostings(frozen: Frozen, termId: number): Int32Array {
  const start = frozen.offsets[termId];
  const end = frozen.offsets[termId + 1];
  if (start === undefined || end === undefined || end <= start) return new Int32Array(0);
  // Every number takes at least one byte, so the bytes bound the count.
  const out = new Int32Array(end - start);
  let n = 0;
  try {
    const reader = new ByteReader(bytesFromBase64(frozen.base64, start, end));
    const size = end - start;
    let rec = 0;
    while (reader.at < size) {
      rec += reader.uint();
      const field = reader.uint();
      const count = reader.uint();
      if (rec >= frozen.records || field >= FIELD_COUNT || count === 0 || n + 3 + count > out.length) break;
      const at = n;
      out[n++] = rec;
      out[n++] = field;
      out[n++] = count;
      let p = 0;
      for (let k = 0; k < count; k++) out[n++] = p += reader.uint();
      if (reader.at > size) {
        n = at;
        break;
      }
    }
  } catch {
    // A damaged tail: the entries read before it stand (an entry cut short is dropped by the catch below).
  }
  return out.subarray(0, completeEntries(out, n));
}

/** The length of the whole entries among the first `n` numbers (an entry cut short by damage is dropped). */
function completeEntries(list: Int32Array, n: number): number {
  let i = 0;
  while (i + 3 <= n && i + 3 + list[i + 2]! <= n) i += 3 + list[i + 2]!;
  return i;
}

/**
 * FNV-1a of the words, the small binary parts and every 16th character of the postings: reading all
 * 30 MB of postings at each load would cost more than the rest of the load; a truncated or replaced file
 * still fails it, and each word's postings are checked again as they are decoded.
 */
function checksum(texts: string[], parts: Uint8Array[], postings: string): number {
  let h = 0x811c9dc5;
  for (const text of texts) for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  for (const bytes of parts) for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  h = Math.imul(h ^ postings.length, 0x01000193);
  for (let i = 0; i < postings.length; i += 16) h = Math.imul(h ^ postings.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function insertSorted(sorted: string[], term: string): void {
  sorted.splice(firstPassing(sorted.length, (i) => sorted[i]! >= term), 0, term);
}
