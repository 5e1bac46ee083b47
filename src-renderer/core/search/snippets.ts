// Up to three excerpts per result around its best clusters of matched words, each labelled with where it
// was found. Positions are word numbers; the field is tokenised again only up to the last word an excerpt
// needs, so an excerpt near the top of a 1 MB article costs next to nothing.

import type { AtomMatch } from './search';
import { F, FIELD_WEIGHT, type IndexStore } from './store';
import type { Snippet } from './types';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Words of context on each side of a cluster, and the widest cluster kept whole. */
const CONTEXT = 8;
const CLUSTER = 24;
const MAX_SNIPPETS = 3;

/** The title, source and byline are shown with every result; excerpts come from the rest. */
const HEADER_FIELDS = new Set<number>([F.title, F.source, F.byline, F.briefingTitle]);

const WHERE: Record<number, Pick<Snippet, 'where' | 'field'>> = {
  [F.text]: { where: 'text', field: 'text' },
  [F.quote]: { where: 'note', field: 'quote' },
  [F.note]: { where: 'note', field: 'note' },
  [F.tags]: { where: 'note', field: 'tags' },
  [F.memo]: { where: 'memo', field: 'memo' },
  [F.briefing]: { where: 'briefing', field: 'briefing' },
};

interface Window {
  rec: number;
  field: number;
  first: number;
  last: number;
  positions: number[];
  score: number;
}

/** Word spans [start, end] of `text` for word numbers from..to (inclusive); stops reading after `to`. */
function wordSpans(text: string, from: number, to: number): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  WORD.lastIndex = 0;
  let n = 0;
  for (let m = WORD.exec(text); m !== null && n <= to; m = WORD.exec(text), n++) {
    if (n >= from) out.set(n, [m.index, m.index + m[0].length]);
  }
  return out;
}

export function makeSnippets(store: IndexStore, matches: AtomMatch[]): Snippet[] {
  // Each field's matched positions, with the clause each belongs to.
  const byField = new Map<number, { rec: number; field: number; at: [number, number][] }>();
  matches.forEach((m, atom) => {
    for (const hit of m.hits) {
      if (HEADER_FIELDS.has(hit.field)) continue;
      const key = hit.rec * 16 + hit.field;
      let entry = byField.get(key);
      if (!entry) {
        entry = { rec: hit.rec, field: hit.field, at: [] };
        byField.set(key, entry);
      }
      for (const p of hit.positions) entry.at.push([p, atom]);
    }
  });
  const windows: Window[] = [];
  for (const { rec, field, at } of byField.values()) {
    at.sort((a, b) => a[0] - b[0]);
    // Greedy clusters from left to right; the best three of each field are candidates.
    const local: Window[] = [];
    for (let i = 0; i < at.length; ) {
      let j = i;
      while (j + 1 < at.length && at[j + 1]![0] - at[i]![0] <= CLUSTER) j++;
      const slice = at.slice(i, j + 1);
      const atoms = new Set(slice.map((x) => x[1])).size;
      local.push({ rec, field, first: at[i]![0], last: at[j]![0], positions: [...new Set(slice.map((x) => x[0]))], score: atoms * 10 + Math.min(slice.length, 5) + FIELD_WEIGHT[field as 0]! });
      i = j + 1;
    }
    local.sort((a, b) => b.score - a.score || a.first - b.first);
    windows.push(...local.slice(0, MAX_SNIPPETS));
  }
  windows.sort((a, b) => b.score - a.score || a.rec - b.rec || a.first - b.first);
  return windows.slice(0, MAX_SNIPPETS).flatMap((w) => {
    const text = store.recFields[w.rec]![w.field];
    if (!text) return [];
    const from = Math.max(0, w.first - CONTEXT);
    const spans = wordSpans(text, from, w.last + CONTEXT);
    const firstSpan = spans.get(from) ?? spans.get(w.first);
    if (!firstSpan) return [];
    let lastSpan = firstSpan;
    for (let n = w.last + CONTEXT; n >= w.last; n--) {
      const s = spans.get(n);
      if (s) {
        lastSpan = s;
        break;
      }
    }
    // A short field (a note, a tag) is shown whole.
    const start = text.length <= 200 ? 0 : firstSpan[0];
    const end = text.length <= 200 ? text.length : lastSpan[1];
    const highlights = w.positions.flatMap((p) => {
      const s = spans.get(p);
      return s ? [{ start: s[0] - start, end: s[1] - start }] : [];
    });
    const key = store.recIds[w.rec]!;
    return [{ ...WHERE[w.field]!, recordId: key.slice(2), text: text.slice(start, end), start, end, highlights }];
  });
}
