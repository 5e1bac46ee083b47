// Find in the article: every case-insensitive occurrence of a query, as offsets into the searched text.

/** Occurrences of `query` in `text`, case-insensitive, non-overlapping, at most `limit`. */
export function findAll(text: string, query: string, limit = 10_000): { start: number; end: number }[] {
  if (query.trim() === '') return [];
  const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  const out: { start: number; end: number }[] = [];
  for (const match of text.matchAll(pattern)) {
    out.push({ start: match.index, end: match.index + match[0].length });
    if (out.length >= limit) break;
  }
  return out;
}

/** Fuzzy subsequence score of `query` against `candidate` (higher is better), or -1 when it does not match. */
export function fuzzyScore(candidate: string, query: string): number {
  const c = candidate.toLocaleLowerCase();
  const q = query.toLocaleLowerCase().trim();
  if (q === '') return 0;
  const direct = c.indexOf(q);
  if (direct >= 0) return 1000 - direct - (c.length - q.length) / 100;
  let score = 0;
  let at = 0;
  let previous = -2;
  for (const ch of q) {
    const found = c.indexOf(ch, at);
    if (found < 0) return -1;
    score += found === previous + 1 ? 5 : 1;
    if (found === 0 || /[\s/_-]/.test(c[found - 1] ?? '')) score += 3;
    previous = found;
    at = found + 1;
  }
  return score - c.length / 100;
}
