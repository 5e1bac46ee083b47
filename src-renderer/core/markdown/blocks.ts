// Block-level building blocks: escaped inline text, exact block quotes, and a container that keeps a
// user's own Markdown (notes, memos) from breaking out into the surrounding document.

import { escapeParagraph, escapeParagraphInto } from './escape';

/** CR and CRLF count as LF. */
export function normaliseNewlines(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * Escapes text so that CommonMark renders it back exactly, as inline content; escapes a character
 * only where it would otherwise be read as syntax. The result is one paragraph's content: a line
 * break is a backslash hard break (`\` + LF), a final line break is `&#10;`. For a single-line
 * context (a heading, a list item's first line) pass text without line breaks.
 */
export function escapeInline(text: string): string {
  return escapeParagraph(normaliseNewlines(text));
}

/**
 * Renders multi-line text (a quote or a note) as a Markdown block quote whose rendered text equals
 * `text` exactly. Line breaks: exactly two LFs between text separate paragraphs inside the quote (a
 * `>` line between them); any other LF is a backslash hard break, so a run of k > 2 LFs is a
 * paragraph break followed by k - 2 hard breaks at the start of the next paragraph, and LFs at the
 * start or end of the text stay inside the first or last paragraph. The rendered text is therefore:
 * the quote's paragraphs joined by "\n\n", each paragraph's text with every hard break read as "\n".
 * The result has no trailing newline; an empty text gives a bare `>` (an empty quote).
 */
export function blockquote(text: string): string {
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text === '' ? '>' : '> ' + escapeParagraph(text);
  const parts: string[] = [];
  blockquoteInto(parts, text);
  return parts.join('');
}

/** blockquote, appending the result's pieces to `parts` (joined, they are its result). */
export function blockquoteInto(parts: string[], text: string): void {
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
    if (text === '') parts.push('>');
    else {
      parts.push('> ');
      escapeParagraphInto(parts, text);
    }
    return;
  }
  const paragraphs = splitParagraphs(normaliseNewlines(text));
  if (paragraphs.length === 0) parts.push('>');
  for (let i = 0; i < paragraphs.length; i++) {
    parts.push(i === 0 ? '> ' : '\n>\n> ');
    escapeParagraphInto(parts, paragraphs[i]!, '\\\n> ');
  }
}

/**
 * Splits at runs of two or more LFs that have text on both sides; the run's first two LFs are the
 * paragraph break, the rest open the next paragraph.
 */
export function splitParagraphs(text: string): string[] {
  if (text === '') return [];
  const parts: string[] = [];
  let start = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf('\n\n', from);
    if (at < 0) break;
    let end = at + 2;
    while (end < text.length && text.charCodeAt(end) === 10) end++;
    if (at > start && end < text.length && text.charCodeAt(at - 1) !== 10) {
      parts.push(text.slice(start, at));
      start = at + 2;
    }
    from = end;
  }
  parts.push(text.slice(start));
  return parts;
}

const BLANK = /^[ \t]*$/;

/**
 * Places the user's Markdown inside one bullet list item, with every line indented to the item's
 * content column. The marker is `+`: with `-` or `*` a note starting `---` or `- -` would make the
 * marker line a thematic break instead of an item. A container closes everything opened inside it (unclosed code fences, HTML blocks,
 * comments) and keeps headings, thematic breaks and setext underlines inside the item, so nothing
 * in `markdown` can end or restyle the document around it. Returns '' for blank input.
 * Leading and trailing blank lines are dropped; tabs in a line's indentation become spaces (tab
 * stops of 4) so that shifting the line keeps its block structure; nothing else is changed. Link
 * reference and footnote definitions stay document-wide, as in any Markdown.
 */
export function containUserMarkdown(markdown: string, marker = '+'): string {
  // Most notes are one line that starts with text: it becomes the item's first line as it is.
  if (markdown.indexOf('\n') < 0 && markdown.indexOf('\r') < 0) {
    if (markdown === '') return '';
    const c = markdown.charCodeAt(0);
    if (c !== 32 && c !== 9) return marker + ' ' + markdown;
  }
  const lines = normaliseNewlines(markdown).split('\n');
  while (lines.length > 0 && BLANK.test(lines[0]!)) lines.shift();
  while (lines.length > 0 && BLANK.test(lines[lines.length - 1]!)) lines.pop();
  if (lines.length === 0) return '';
  const pad = ' '.repeat(marker.length + 1);
  const body = lines.map((raw) => {
    const line = expandIndentTabs(raw);
    return line === '' ? '' : pad + line;
  });
  // An indented first line would move the item's content column; start the item with an empty line.
  const first = lines[0]!;
  if (first.startsWith(' ') || first.startsWith('\t')) return marker + '\n' + body.join('\n');
  return marker + ' ' + body.join('\n').slice(pad.length);
}

/** Replaces tabs in a line's leading whitespace by spaces up to the next multiple of 4 columns. */
function expandIndentTabs(line: string): string {
  if (line.indexOf('\t') < 0) return line;
  let col = 0;
  let i = 0;
  let out = '';
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) {
      out += ' ';
      col++;
    } else if (c === 9) {
      const w = 4 - (col % 4);
      out += ' '.repeat(w);
      col += w;
    } else break;
  }
  return out + line.slice(i);
}
