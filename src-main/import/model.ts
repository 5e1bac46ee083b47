// What every importer produces, and a builder that appends text while recording blocks and marks,
// so importers never count offsets by hand.
import type { PackedAnalysis } from '../../src-renderer/core/actors/packed';
import type { ArticleFormat, ArticleMeta, Block, BlockKind, Mark, MarkKind } from '../../src-renderer/core/article';

/** A news dateline found at the start of the body, e.g. "MOSCOW, Feb 22 (Reuters) -". */
export interface Dateline {
  /** The dateline as written, without the trailing dash. */
  text: string;
  place?: string;
  /** The date as written (e.g. "Feb 22"); `published` gets an ISO date when a year is given. */
  date?: string;
  agency?: string;
}

/** An importer's output: everything in an Article except what the library assigns (id, path, hash). */
export interface ParsedArticle extends ArticleMeta {
  format: ArticleFormat;
  encoding: string;
  text: string;
  blocks: Block[];
  marks: Mark[];
  /** Statement spans, flat [start, end, …]: added by `parseArticleFile` for every format. */
  spans?: number[];
  /** Optional extras some importers find; not statements, so kept out of `text`. */
  dateline?: Dateline;
  /** Who said what (core/actors): added with the spans by `parseArticleFile`. */
  analysis?: PackedAnalysis;
}

type BlockExtras = Pick<Block, 'level' | 'page' | 'ordinal'>;

/**
 * Builds `text`, `blocks` and `marks` together. Blocks are separated by a blank line ("\n\n") in `text`,
 * so plain-text exports and offset-based formats (REFI-QDA) read naturally. Whitespace inside a block is
 * collapsed to single spaces; empty blocks are dropped.
 */
export class ArticleBuilder {
  // The text is kept as pieces: appending to one big string and reading its last character would flatten
  // the string on every block, which made a 1 MB article cost seconds (quadratic).
  #text = new PieceText();
  #blocks: Block[] = [];
  #marks: Mark[] = [];
  #open: { kind: BlockKind; start: number; extras: BlockExtras } | null = null;
  #pendingSpace = false;
  /** Marks opened with openMark(): their start is fixed by the first text appended after them. */
  #openMarks = new Map<number, { kind: MarkKind; href?: string; start: number | null }>();
  #nextMarkId = 1;

  /** Starts a block; an open block is closed first. */
  openBlock(kind: BlockKind, extras: BlockExtras = {}): void {
    this.closeBlock();
    if (this.#blocks.length > 0) this.#text.push('\n\n');
    this.#open = { kind, start: this.#text.length, extras };
    this.#pendingSpace = false;
  }

  /** Appends inline text to the open block (opening a paragraph if none), collapsing whitespace. */
  append(raw: string): { start: number; end: number } {
    if (!this.#open) this.openBlock('paragraph');
    const open = this.#open!;
    const collapsed = raw.replace(/[\s\u00A0]+/g, (ws) => (ws.includes('\u00A0') && !/[\t\n\r ]/.test(ws) ? '\u00A0' : ' '));
    let piece = collapsed;
    if (piece.startsWith(' ')) {
      this.#pendingSpace = this.#text.length > open.start;
      piece = piece.slice(1);
    }
    // A block never starts with white space, not even a no-break space.
    if (this.#text.length === open.start) piece = piece.replace(/^[\s\u00A0]+/, '');
    if (piece.length === 0) return { start: this.#text.length, end: this.#text.length };
    if (this.#pendingSpace) this.#text.push(' ');
    this.#pendingSpace = false;
    const trailing = piece.endsWith(' ');
    if (trailing) piece = piece.slice(0, -1);
    const start = this.#text.length;
    this.#text.push(piece);
    if (trailing) this.#pendingSpace = true;
    this.#startOpenMarks(start);
    return { start, end: this.#text.length };
  }

  /** Appends text verbatim (no collapsing): for preformatted content. Newlines are kept. */
  appendRaw(raw: string): { start: number; end: number } {
    if (!this.#open) this.openBlock('paragraph');
    if (this.#pendingSpace) this.#text.push(' ');
    this.#pendingSpace = false;
    const start = this.#text.length;
    this.#text.push(raw);
    if (raw.length > 0) this.#startOpenMarks(start);
    return { start, end: this.#text.length };
  }

  /** Records an inline mark over a range returned by append(). */
  mark(kind: MarkKind, start: number, end: number, href?: string): void {
    if (end <= start) return;
    this.#marks.push(href === undefined ? { kind, start, end } : { kind, start, end, href });
  }

  /**
   * Opens a mark whose start is the first text appended from now on (so a separating space is never
   * inside it) and whose end is the text's end at closeMark(). Returns a handle for closeMark().
   */
  openMark(kind: MarkKind, href?: string): number {
    const id = this.#nextMarkId++;
    this.#openMarks.set(id, href === undefined ? { kind, start: null } : { kind, href, start: null });
    return id;
  }

  /** Closes a mark opened with openMark(); a mark over no text is dropped. */
  closeMark(id: number): void {
    const open = this.#openMarks.get(id);
    if (!open) return;
    this.#openMarks.delete(id);
    if (open.start !== null) this.mark(open.kind, open.start, this.#text.length, open.href);
  }

  #startOpenMarks(start: number): void {
    if (this.#openMarks.size === 0) return;
    for (const open of this.#openMarks.values()) if (open.start === null) open.start = start;
  }

  /** Whether a block is open (text appended now joins it). */
  get hasOpenBlock(): boolean {
    return this.#open !== null;
  }

  /** Whether the open block has any text yet (a picture before any text opens no sentence). */
  get openBlockHasText(): boolean {
    return this.#open !== null && this.#text.length > this.#open.start;
  }

  /** The current end of the text: use with mark() around several append() calls. */
  get position(): number {
    return this.#text.length;
  }

  closeBlock(): void {
    const open = this.#open;
    if (!open) return;
    this.#open = null;
    this.#pendingSpace = false;
    const end = this.#text.trimEndTo(open.start);
    if (end === open.start) {
      // Empty block: take back the separator added by openBlock.
      this.#text.truncate(this.#blocks.length > 0 ? open.start - 2 : open.start);
      return;
    }
    this.#blocks.push({ kind: open.kind, start: open.start, end, ...definedOnly(open.extras) });
  }

  build(): { text: string; blocks: Block[]; marks: Mark[] } {
    this.closeBlock();
    for (const id of [...this.#openMarks.keys()]) this.closeMark(id);
    const len = this.#text.length;
    const marks = this.#marks
      .map((m) => ({ ...m, end: Math.min(m.end, len) }))
      .filter((m) => m.end > m.start)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    return { text: this.#text.toString(), blocks: this.#blocks, marks };
  }
}

function definedOnly(extras: BlockExtras): BlockExtras {
  const out: BlockExtras = {};
  if (extras.level !== undefined) out.level = extras.level;
  if (extras.page !== undefined) out.page = extras.page;
  if (extras.ordinal !== undefined) out.ordinal = extras.ordinal;
  return out;
}

/** An append-only text in pieces, with the few edits the builder needs at its end. */
class PieceText {
  #pieces: string[] = [];
  length = 0;

  push(piece: string): void {
    if (piece.length === 0) return;
    this.#pieces.push(piece);
    this.length += piece.length;
  }

  /** Cuts the text back to `length` characters. */
  truncate(length: number): void {
    while (this.length > length) {
      const last = this.#pieces.pop()!;
      this.length -= last.length;
      if (this.length < length) this.push(last.slice(0, length - this.length));
    }
  }

  /** Removes trailing whitespace, never below `floor`; returns the new length. */
  trimEndTo(floor: number): number {
    let end = this.length;
    for (let p = this.#pieces.length - 1; p >= 0 && end > floor; p--) {
      const piece = this.#pieces[p]!;
      let i = piece.length;
      while (i > 0 && end > floor && /\s/.test(piece[i - 1]!)) {
        i--;
        end--;
      }
      if (i > 0) break;
    }
    this.truncate(end);
    return end;
  }

  toString(): string {
    const text = this.#pieces.join('');
    this.#pieces = text ? [text] : [];
    return text;
  }
}
