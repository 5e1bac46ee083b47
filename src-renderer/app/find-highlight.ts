// Find in the article without touching its DOM: matches are found in the article's text (so a long,
// virtualised article is searched whole) and the drawn ones become CSS Custom Highlight ranges over the
// article's text nodes, so statements keep their exact text and nothing is re-rendered.
import { DrawnText } from './dom-offsets';

export interface Match {
  start: number;
  end: number;
}

/** Ranges of the drawn matches (in order), and the range of match `current` if it is drawn. */
export function drawnRanges(root: Element, matches: readonly Match[], current: number): { all: Range[]; current: Range | null } {
  const drawn = new DrawnText(root);
  const all: Range[] = [];
  let currentRange: Range | null = null;
  matches.forEach((match, i) => {
    const range = drawn.range(match.start, match.end);
    if (!range) return;
    all.push(range);
    if (i === current) currentRange = range;
  });
  return { all, current: currentRange };
}

/** Shows `ranges` as find matches and `current` as the active one. No-op where the API is missing. */
export function showMatches(ranges: Range[], current: Range | null): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightCtor) return;
  registry.set('find-match', new HighlightCtor(...ranges));
  if (current) registry.set('find-current', new HighlightCtor(current));
  else registry.delete('find-current');
}

export function clearMatches(): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  registry?.delete('find-match');
  registry?.delete('find-current');
}
