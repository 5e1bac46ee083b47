// The article portrait: where in the article each tag falls, as marks on a thin strip beside the reader.
// Worked out from what the reader already holds (the statements' offsets, the tagged ranges, the text's
// length), never from layout: a mark's place is its start's share of the text. Marks that would land on
// the same pixel row of the strip (the same 1/ROWS of the text) with the same colours are drawn once, so
// a thousand annotations never make a thousand elements where a few hundred rows can show them.

/** Rows of the strip a mark is placed in: finer than any strip is tall in pixels divided by its mark's height. */
export const PORTRAIT_ROWS = 400;

export interface PortraitRange {
  start: number;
  end: number;
  tagIds: readonly string[];
}

export interface PortraitTag {
  /** The full path shown ('Type/Claim'). */
  path: string;
  color: string | null;
}

export interface PortraitMark {
  /** The first range drawn by this mark (what a click jumps to). */
  start: number;
  end: number;
  /** Where on the strip, 0 (top) to 1, in 1/PORTRAIT_ROWS steps. */
  top: number;
  /** Its tags' colours, in the order applied (a band when several). */
  colors: string[];
  /** What it is, e.g. "Type/Claim, statement 12" (with "and 3 more nearby" when it stands for several). */
  label: string;
  /** How many tagged ranges it stands for. */
  count: number;
}

/** The first statement ending after `offset` (statements sorted, not overlapping), -1 when none. */
function statementAt(statements: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = statements.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (statements[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < statements.length ? lo : -1;
}

const FALLBACK = '#6b7280';

/**
 * The marks for the tagged ranges of an article of `textLength` characters, in text order. A range with
 * no known tag (a bare or noted annotation) is not drawn: the portrait shows tags.
 */
export function portraitMarks(
  textLength: number,
  statements: readonly { start: number; end: number }[],
  ranges: Iterable<PortraitRange>,
  tags: ReadonlyMap<string, PortraitTag>,
): PortraitMark[] {
  const tagged: { start: number; end: number; tags: PortraitTag[] }[] = [];
  for (const range of ranges) {
    const known: PortraitTag[] = [];
    for (const id of range.tagIds) {
      const tag = tags.get(id);
      if (tag) known.push(tag);
    }
    if (known.length > 0) tagged.push({ start: range.start, end: range.end, tags: known });
  }
  tagged.sort((a, b) => a.start - b.start || a.end - b.end);
  const length = Math.max(1, textLength);
  const marks: PortraitMark[] = [];
  /** The mark drawn last in each row, by its colours, to fold the next one with the same colours into it. */
  let row = -1;
  let inRow = new Map<string, PortraitMark>();
  for (const range of tagged) {
    const at = Math.min(PORTRAIT_ROWS - 1, Math.floor((range.start / length) * PORTRAIT_ROWS));
    if (at !== row) {
      row = at;
      inRow = new Map();
    }
    const colors = range.tags.map((t) => t.color ?? FALLBACK);
    const key = colors.join(' ');
    const same = inRow.get(key);
    if (same) {
      same.count++;
      continue;
    }
    const index = statementAt(statements, range.start);
    const exact = index >= 0 && statements[index]!.start === range.start && statements[index]!.end === range.end;
    const where = index < 0 ? 'passage' : exact ? `statement ${index + 1}` : `passage in statement ${index + 1}`;
    const mark: PortraitMark = { start: range.start, end: range.end, top: at / PORTRAIT_ROWS, colors, label: `${range.tags.map((t) => t.path).join(', ')}, ${where}`, count: 1 };
    inRow.set(key, mark);
    marks.push(mark);
  }
  for (const mark of marks) if (mark.count > 1) mark.label += ` and ${mark.count - 1} more nearby`;
  return marks;
}
