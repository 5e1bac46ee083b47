// Test oracles: markdown-it parses our Markdown back, and these helpers read the text a reader sees,
// failing loudly on any token that means some character was taken as syntax.
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as Md, Token } from 'markdown-it';
import fc from 'fast-check';

/** Strict CommonMark. */
export const commonmark = new MarkdownIt('commonmark');
/** markdown-it's default preset with raw HTML on: adds GFM tables and strikethrough. */
export const gfm = new MarkdownIt({ html: true });
export const oracles = { commonmark, gfm } as const;

export function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Text of an inline token: text is itself, a hard break is "\n". Anything else (soft breaks, code,
 * emphasis, links, HTML, strikethrough) means the input was read as syntax: throw.
 */
export function inlineText(inline: Token): string {
  let out = '';
  for (const child of inline.children ?? []) {
    if (child.type === 'text') out += child.content;
    else if (child.type === 'hardbreak') out += '\n';
    else throw new Error(`unexpected inline token ${child.type} in ${JSON.stringify(inline.content)}`);
  }
  return out;
}

/**
 * The text of a document that must be exactly one block quote holding only paragraphs: the
 * paragraphs' texts joined by "\n\n" (the representation `blockquote()` documents).
 */
export function quoteText(md: Md, src: string): string {
  const tokens = md.parse(src, {});
  const types = tokens.map((t) => t.type);
  if (types[0] !== 'blockquote_open' || types[types.length - 1] !== 'blockquote_close') {
    throw new Error(`not one block quote: ${types.join(' ')}`);
  }
  return paragraphsText(tokens.slice(1, -1), 1);
}

/** Texts of a run of paragraph tokens at `level`, joined by "\n\n"; throws on any other block. */
export function paragraphsText(tokens: Token[], level: number): string {
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i += 3) {
    const [open, inline, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (open?.type !== 'paragraph_open' || open.level !== level || inline?.type !== 'inline' || close?.type !== 'paragraph_close') {
      throw new Error(`unexpected block ${open?.type} at level ${open?.level}`);
    }
    parts.push(inlineText(inline));
  }
  return parts.join('\n\n');
}

/** The text of a document that must be exactly one paragraph (or empty). */
export function paragraphText(md: Md, src: string): string {
  return paragraphsText(md.parse(src, {}), 0);
}

/** Pieces of Markdown syntax, whitespace and text that random strings are made of. */
export const SYNTAX_PIECES: readonly string[] = [
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  ' ', ' ', '  ', '\t', '\n', '\n', '\n\n', '\r\n', '\r', '    ', '\u00a0', '\u3000', '\u2028', '\v', '\f', '\ufeff', '\u200b',
  'a', 'b', 'word', 'Z', 'I', 'iv', 'x', '1', '22', '1986', 'é', 'й', 'Жук', 'ß', '😀', '\u0301', '中文', 'ي',
  '&amp;', '&#32;', '&#x41;', '&nbsp;', '&copy', '<a>', '</b>', '<div>', '<!--', '-->', '<?', '<!X', '<![CDATA[', '<http://x.y>', '<a@b.c>',
  'http://x.y/a_b', 'www.x.y', '```', '~~~', '``', '**', '__', '~~', '==', '%%', '$$', '[[', ']]', '![', '](', '][', '[^1]', '[x]: /u',
  '^abc', '#tag', '# ', '## ', '1. ', '2) ', '- ', '* ', '+ ', '> ', '|', '|---|', ':-:', '---', '***', '___', '===', 'a.', '(a)', '(1)',
  '@)', '(@)', ': ', '~ ', 'A.  ', 'i) ', '#. ', '\\\n', '  \n', '\\*', '\\\\', '[!note]', '{.c}', '$5', '$x$', '<3',
];

/** Random strings drawn from SYNTAX_PIECES. */
export const syntaxText = (maxPieces = 40): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...SYNTAX_PIECES), { maxLength: maxPieces }).map((p) => p.join(''));

/** Any Unicode text without U+0000 or lone surrogates. */
export const unicodeText = (maxLength = 60): fc.Arbitrary<string> =>
  fc.string({ unit: 'binary', maxLength }).filter((s) => !/\0|\p{Cs}/u.test(s));

/** Syntax pieces mixed with arbitrary Unicode. */
export const anyText = (): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 4, arbitrary: syntaxText(6) }, { weight: 1, arbitrary: unicodeText(6) }), { maxLength: 12 }).map((p) => p.join(''));
