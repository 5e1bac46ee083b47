// What every importer produces, and a builder that appends text while recording blocks and marks,
// so importers never count offsets by hand.
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
  /** Optional extras some importers find; not statements, so kept out of `text`. */
  dateline?: Dateline;
  /** Photo/image credits ("Photo: ...") found around the body. */
  credits?: string[];
}

type BlockExtras = Pick<Block, 'level' | 'page' | 'ordinal'>;

/**
 * Builds `text`, `blocks` and `marks` together. Blocks are separated by a blank line ("\n\n") in `text`,
 * so plain-text exports and offset-based formats (REFI-QDA) read naturally. Whitespace inside a block is
 * collapsed to single spaces; empty blocks are dropped.
 */
export class ArticleBuilder {
  #text = '';
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
    if (this.#blocks.length > 0) this.#text += '\n\n';
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
    if (piece.length === 0) return { start: this.#text.length, end: this.#text.length };
    if (this.#pendingSpace) this.#text += ' ';
    this.#pendingSpace = false;
    const trailing = piece.endsWith(' ');
    if (trailing) piece = piece.slice(0, -1);
    const start = this.#text.length;
    this.#text += piece;
    if (trailing) this.#pendingSpace = true;
    this.#startOpenMarks(start);
    return { start, end: this.#text.length };
  }

  /** Appends text verbatim (no collapsing): for preformatted content. Newlines are kept. */
  appendRaw(raw: string): { start: number; end: number } {
    if (!this.#open) this.openBlock('paragraph');
    if (this.#pendingSpace) this.#text += ' ';
    this.#pendingSpace = false;
    const start = this.#text.length;
    this.#text += raw;
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

  /** The current end of the text: use with mark() around several append() calls. */
  get position(): number {
    return this.#text.length;
  }

  closeBlock(): void {
    const open = this.#open;
    if (!open) return;
    this.#open = null;
    this.#pendingSpace = false;
    let end = this.#text.length;
    while (end > open.start && /\s/.test(this.#text[end - 1]!)) end--;
    if (end === open.start) {
      // Empty block: take back the separator added by openBlock.
      this.#text = this.#text.slice(0, this.#blocks.length > 0 ? open.start - 2 : open.start);
      return;
    }
    this.#text = this.#text.slice(0, end);
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
    return { text: this.#text, blocks: this.#blocks, marks };
  }
}

function definedOnly(extras: BlockExtras): BlockExtras {
  const out: BlockExtras = {};
  if (extras.level !== undefined) out.level = extras.level;
  if (extras.page !== undefined) out.page = extras.page;
  if (extras.ordinal !== undefined) out.ordinal = extras.ordinal;
  return out;
}
