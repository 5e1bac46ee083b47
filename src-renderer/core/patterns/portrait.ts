// The article portrait: where in the article each tag falls, as marks on a thin strip beside the reader.
// Worked out from what the reader already holds (the statements' offsets, the tagged ranges, the text's
// length), never from layout: a mark's place is its start's share of the text. Ranges that would land on
// the same row of the strip (the same 1/PORTRAIT_ROWS of the text) are one mark showing their colours side
// by side, so a thousand annotations make at most PORTRAIT_ROWS elements, never a thousand.

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
  /** The first range drawn by this mark (what a click goes to). */
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
/** Colours one mark shows side by side at most (a row with more tags shows the first ones met). */
const MAX_COLORS = 4;

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
  let mark: PortraitMark | null = null;
  let row = -1;
  for (const range of tagged) {
    const at = Math.min(PORTRAIT_ROWS - 1, Math.floor((range.start / length) * PORTRAIT_ROWS));
    const colors = range.tags.map((t) => t.color ?? FALLBACK);
    if (mark && at === row) {
      // Another range on the same row: one mark shows them all, with every colour among them.
      mark.count++;
      for (const color of colors) if (!mark.colors.includes(color) && mark.colors.length < MAX_COLORS) mark.colors.push(color);
      continue;
    }
    row = at;
    const index = statementAt(statements, range.start);
    const exact = index >= 0 && statements[index]!.start === range.start && statements[index]!.end === range.end;
    const where = index < 0 ? 'passage' : exact ? `statement ${index + 1}` : `passage in statement ${index + 1}`;
    mark = { start: range.start, end: range.end, top: at / PORTRAIT_ROWS, colors: [...new Set(colors)].slice(0, MAX_COLORS), label: `${range.tags.map((t) => t.path).join(', ')}, ${where}`, count: 1 };
    marks.push(mark);
  }
  for (const m of marks) if (m.count > 1) m.label += ` and ${m.count - 1} more nearby`;
  return marks;
}
