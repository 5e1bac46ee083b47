// Free passages (annotations that are not exactly one statement) drawn as CSS Custom Highlights in their
// first tag's colour, plus the current passage: no DOM changes, so statements keep their exact text.
import { TAG_COLORS } from '../core/codebook';
import { DrawnText } from './dom-offsets';

type Registry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => unknown;

function api(): { registry: Registry; Highlight: HighlightCtor } | null {
  const registry = (globalThis as { CSS?: { highlights?: Registry } }).CSS?.highlights;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

export interface PassageView {
  start: number;
  end: number;
  color: string | null;
}

/** Replaces the passage highlights under `root` with `passages` and the `current` range (their drawn parts). */
export function showPassages(root: Element, passages: readonly PassageView[], current: { start: number; end: number } | null): void {
  const highlights = api();
  if (!highlights) return;
  // Reading the drawn text walks every text node in the page: skipped when there is nothing to place
  // (the common case while scrolling an article whose annotations are all whole statements).
  let text: DrawnText | null = null;
  const drawn = (): DrawnText => (text ??= new DrawnText(root));
  const bySlot = new Map<number, Range[]>();
  for (const p of passages) {
    const range = drawn().range(p.start, p.end);
    if (!range) continue;
    const slot = Math.max(0, TAG_COLORS.indexOf(p.color ?? ''));
    bySlot.set(slot, [...(bySlot.get(slot) ?? []), range]);
  }
  TAG_COLORS.forEach((_, slot) => {
    const ranges = bySlot.get(slot);
    if (ranges) highlights.registry.set(`passage-${slot}`, new highlights.Highlight(...ranges));
    else highlights.registry.delete(`passage-${slot}`);
  });
  const currentRange = current ? drawn().range(current.start, current.end) : null;
  if (currentRange) highlights.registry.set('passage-current', new highlights.Highlight(currentRange));
  else highlights.registry.delete('passage-current');
}

export function clearPassages(): void {
  const highlights = api();
  if (!highlights) return;
  TAG_COLORS.forEach((_, slot) => highlights.registry.delete(`passage-${slot}`));
  highlights.registry.delete('passage-current');
}
