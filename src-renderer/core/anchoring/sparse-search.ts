// Approximate search of many quotes over a large text at once, with a q-gram filter: one rolling-hash pass
// over the text finds where pieces of the quotes occur, and only places where enough pieces agree are
// verified with the bit-parallel search (through the approx-search adapter).
import { approxSearch, type RawMatch } from './approx-search';

/** The filter's q: the quote is cut into disjoint pieces of this many code units. */
export const PIECE_LENGTH = 8;
/** A pattern whose pieces occur more often than this is given up on (no matches): the text is too repetitive. */
const MAX_PIECE_HITS = 50_000;
const BASE = 31;
/** A place is verified only where at least this many pieces agree (one alone is too often chance). */
export const MIN_AGREEING_PIECES = 2;

interface Piece {
  pattern: number;
  offset: number;
  text: string;
}

interface Plan {
  pattern: string;
  k: number;
  needed: number;
  width: number;
  hits: number;
  votes: Map<number, number>;
}

function hashOf(s: string, from: number): number {
  let h = 0;
  for (let i = from; i < from + PIECE_LENGTH; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * For each pattern, its lowest-error approximate matches in `text`, like `approxSearch(text, p, maxErrors)`
 * but with the error budget also capped at n - 2 for a pattern of n pieces (so under 1/8 of its length):
 * each error spoils at most one piece, so a match with k errors keeps n - k >= 2 pieces verbatim on nearly
 * the same diagonal (text offset minus piece offset). Patterns shorter than three pieces get no matches.
 */
export function approxSearchMany(text: string, patterns: readonly string[], maxErrors: readonly number[]): RawMatch[][] {
  const plans: Array<Plan | null> = patterns.map((pattern, i) => {
    const n = Math.floor(pattern.length / PIECE_LENGTH);
    const k = Math.min(Math.floor(maxErrors[i] ?? 0), n - MIN_AGREEING_PIECES);
    return k < 1 ? null : { pattern, k, needed: n - k, width: k + 1, hits: 0, votes: new Map() };
  });
  const table = new Map<number, Piece[]>();
  const seen = new Uint8Array(65_536);
  plans.forEach((plan, p) => {
    if (plan === null) return;
    for (let offset = 0; offset + PIECE_LENGTH <= plan.pattern.length; offset += PIECE_LENGTH) {
      const piece = plan.pattern.slice(offset, offset + PIECE_LENGTH);
      const h = hashOf(piece, 0);
      seen[h & 0xffff] = 1;
      const list = table.get(h);
      if (list === undefined) table.set(h, [{ pattern: p, offset, text: piece }]);
      else list.push({ pattern: p, offset, text: piece });
    }
  });
  if (table.size > 0 && text.length >= PIECE_LENGTH) {
    let top = 1;
    for (let i = 1; i < PIECE_LENGTH; i++) top = Math.imul(top, BASE);
    let h = hashOf(text, 0);
    for (let i = 0; ; i++) {
      if (seen[h & 0xffff] === 1) {
        for (const piece of table.get(h) ?? []) {
          const plan = plans[piece.pattern];
          if (!plan || plan.hits >= MAX_PIECE_HITS || !text.startsWith(piece.text, i)) continue;
          plan.hits++;
          const bucket = Math.floor((i - piece.offset) / plan.width);
          plan.votes.set(bucket, (plan.votes.get(bucket) ?? 0) + 1);
        }
      }
      if (i + PIECE_LENGTH >= text.length) break;
      h = (Math.imul(h - Math.imul(text.charCodeAt(i), top), BASE) + text.charCodeAt(i + PIECE_LENGTH)) | 0;
    }
  }
  return plans.map((plan) => (plan === null || plan.hits >= MAX_PIECE_HITS ? [] : verify(text, plan)));
}

/** Runs the exact search where enough pieces voted (a match's diagonals span at most three buckets). */
function verify(text: string, plan: Plan): RawMatch[] {
  const { pattern, k, width, votes } = plan;
  const spans: Array<[number, number]> = [];
  for (const bucket of votes.keys()) {
    const sum = (votes.get(bucket - 1) ?? 0) + (votes.get(bucket) ?? 0) + (votes.get(bucket + 1) ?? 0);
    if (sum >= plan.needed) {
      spans.push([Math.max(0, (bucket - 1) * width - k), Math.min(text.length, (bucket + 2) * width + pattern.length + k)]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  let best: RawMatch[] = [];
  const check = (span: [number, number]): void => {
    const found = approxSearch(text, pattern, k, span[0], span[1]);
    const errors = found[0]?.errors;
    const bestErrors = best[0]?.errors ?? Infinity;
    if (errors === undefined || errors > bestErrors) return;
    if (errors < bestErrors) best = [];
    for (const m of found) if (!best.some((b) => b.start === m.start && b.end === m.end)) best.push(m);
  };
  let cur: [number, number] | undefined;
  for (const span of spans) {
    if (cur !== undefined && span[0] <= cur[1]) cur[1] = Math.max(cur[1], span[1]);
    else {
      if (cur !== undefined) check(cur);
      cur = [span[0], span[1]];
    }
  }
  if (cur !== undefined) check(cur);
  return best;
}
