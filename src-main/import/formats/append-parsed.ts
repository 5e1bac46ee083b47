// Copies an already-parsed article (blocks and marks) into an ArticleBuilder, so container formats
// (EPUB chapters, e-mail parts) can be stitched together without counting offsets by hand.
import type { Block, Mark } from '../../../src-renderer/core/article';
import { firstPassing } from '../../../src-renderer/core/search-sorted';
import type { ArticleBuilder } from '../model';

export interface ParsedBody {
  text: string;
  blocks: Block[];
  marks: Mark[];
}

/** Appends every block of `body` (text verbatim) and re-bases its marks, clipped to their blocks. */
export function appendParsed(builder: ArticleBuilder, body: ParsedBody, skipBlocks = 0): void {
  const blocks = body.blocks.slice(skipBlocks);
  const shifts: number[] = [];
  for (const block of blocks) {
    const extras: Pick<Block, 'level' | 'page' | 'ordinal'> = {};
    if (block.level !== undefined) extras.level = block.level;
    if (block.page !== undefined) extras.page = block.page;
    if (block.ordinal !== undefined) extras.ordinal = block.ordinal;
    builder.openBlock(block.kind, extras);
    const { start } = builder.appendRaw(body.text.slice(block.start, block.end));
    shifts.push(start - block.start);
  }
  builder.closeBlock();
  if (blocks.length === 0) return;
  for (const mark of body.marks) {
    // First block ending after the mark's start (blocks are ordered and disjoint).
    const first = firstPassing(blocks.length, (i) => blocks[i]!.end > mark.start);
    for (let i = first; i < blocks.length && blocks[i]!.start < mark.end; i++) {
      const b = blocks[i]!;
      const s = Math.max(mark.start, b.start);
      const e = Math.min(mark.end, b.end);
      if (e > s) builder.mark(mark.kind, s + shifts[i]!, e + shifts[i]!, mark.href);
    }
  }
}

/** The text of the first block when it is a heading, else undefined. */
export function leadingHeading(body: ParsedBody): string | undefined {
  const first = body.blocks[0];
  return first && first.kind === 'heading' ? body.text.slice(first.start, first.end) : undefined;
}

/** The text of the first heading block anywhere, else undefined. */
export function firstHeading(body: ParsedBody): string | undefined {
  const h = body.blocks.find((b) => b.kind === 'heading');
  return h ? body.text.slice(h.start, h.end) : undefined;
}
