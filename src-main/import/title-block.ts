// The article's title as the first block of its text, so that a headline (often the claim itself) is a
// statement like the others: segmented, taggable, found again by its quote, exported with its tags. Done
// once for every format, after the format's own parser, so each importer keeps finding titles its own way.
import type { Block } from '../../src-renderer/core/article';
import type { ParsedArticle } from './model';
import { titleFromFileName } from './shared';

/** Words only, lower case: a body that opens with "The Title." already starts with "the title". */
function words(text: string): string {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * `parsed` with its title as a 'title' block at the start of the text: the first block itself when it
 * already says the title (a Markdown `# Title`, a page's own heading), else a new block before it. A title
 * made from the file name says nothing the file does, and is left out of the text.
 */
export function withTitleBlock(parsed: ParsedArticle, fileName: string): ParsedArticle {
  const title = parsed.title.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!title || parsed.title === titleFromFileName(fileName)) return parsed;
  const first = parsed.blocks[0];
  if (first && (first.kind === 'heading' || first.kind === 'paragraph') && words(parsed.text.slice(first.start, first.end)) === words(title)) {
    const blocks = parsed.blocks.slice();
    const block: Block = { kind: 'title', start: first.start, end: first.end };
    if (first.page !== undefined) block.page = first.page;
    if (first.lang !== undefined) block.lang = first.lang;
    blocks[0] = block;
    return { ...parsed, blocks };
  }
  if (!first) return { ...parsed, text: title, blocks: [{ kind: 'title', start: 0, end: title.length }], marks: [] };
  const shift = title.length + 2;
  const blocks: Block[] = [{ kind: 'title', start: 0, end: title.length }];
  for (const b of parsed.blocks) blocks.push({ ...b, start: b.start + shift, end: b.end + shift });
  const marks = parsed.marks.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
  return { ...parsed, text: `${title}\n\n${parsed.text}`, blocks, marks };
}
