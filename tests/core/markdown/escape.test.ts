// escapeInline and blockquote: exact round trips through markdown-it (property tests over syntax-heavy
// random text) and minimality (prose stays as it is; each rule escapes only where syntax could start).
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { blockquote, escapeInline } from '../../../src-renderer/core/markdown';
import { anyText, commonmark, gfm, normalise, oracles, paragraphText, quoteText, syntaxText, unicodeText } from './oracle';

const RUNS = Number(process.env.FC_RUNS ?? 4000);
vi.setConfig({ testTimeout: 120_000 }); // thousands of property runs on a shared 2-core machine

describe('blockquote round trip', () => {
  for (const [name, md] of Object.entries(oracles)) {
    it(`renders back exactly with markdown-it ${name} (syntax alphabet)`, () => {
      fc.assert(
        fc.property(syntaxText(), (text) => {
          expect(quoteText(md, blockquote(text))).toBe(normalise(text));
        }),
        { numRuns: RUNS },
      );
    });
    it(`renders back exactly with markdown-it ${name} (any Unicode)`, () => {
      fc.assert(
        fc.property(fc.oneof(anyText(), unicodeText(80)), (text) => {
          expect(quoteText(md, blockquote(text))).toBe(normalise(text));
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('keeps every line inside the quote', () => {
    fc.assert(
      fc.property(syntaxText(), (text) => {
        for (const line of blockquote(text).split('\n')) expect(line === '>' || line.startsWith('> ')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('represents line breaks as documented', () => {
    expect(blockquote('one\ntwo')).toBe('> one\\\n> two');
    expect(blockquote('one\n\ntwo')).toBe('> one\n>\n> two');
    expect(blockquote('one\n\n\ntwo')).toBe('> one\n>\n> \\\n> two');
    expect(blockquote('one\r\ntwo\rthree')).toBe('> one\\\n> two\\\n> three');
    expect(blockquote('\nlead')).toBe('> \\\n> lead');
    expect(blockquote('trail\n')).toBe('> trail&#10;');
    expect(blockquote('trail\n\n')).toBe('> trail\\\n> &#10;');
    expect(blockquote('')).toBe('>');
    expect(blockquote('  indented\n\tline ')).toBe('> &#32; indented\\\n> &#9;line&#32;');
  });
});

describe('escapeInline round trip', () => {
  for (const [name, md] of Object.entries(oracles)) {
    it(`is one paragraph with the same text (${name})`, () => {
      fc.assert(
        fc.property(anyText(), (text) => {
          expect(paragraphText(md, escapeInline(text))).toBe(normalise(text));
        }),
        { numRuns: RUNS },
      );
    });
    it(`works as a heading and as a list item's first line (${name})`, () => {
      fc.assert(
        fc.property(anyText(), (raw) => {
          const text = raw.replace(/[\r\n]/g, ' ');
          const heading = md.parse(`# ${escapeInline(text)}`, {});
          expect(heading.map((t) => t.type)).toEqual(['heading_open', 'inline', 'heading_close']);
          expect(heading[1]!.children!.map((t) => (t.type === 'text' ? t.content : `<${t.type}>`)).join('')).toBe(text);
          const item = md.parse(`- ${escapeInline(text)}`, {});
          const inline = item.find((t) => t.type === 'inline');
          if (text !== '') expect(item.filter((t) => t.type === 'bullet_list_open')).toHaveLength(1);
          expect(inline ? inline.children!.map((t) => (t.type === 'text' ? t.content : `<${t.type}>`)).join('') : '').toBe(text);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('minimal escaping', () => {
  it('leaves prose unchanged', () => {
    const prose = [
      'Putin met Aliyev on 22 February.',
      'The 2024 budget (about $5 bn, or 3.2% of GDP) was "approved", he said; critics disagreed!',
      'Путин встретился с Алиевым 22 февраля.',
      'snake_case and C# and 5 * 3 and a < b and AT&T and #1 and x = y and 2^10 and ~5 km',
      'It costs $5 and $6 respectively.',
      'Email: someone@example.org, see www.example.org/page_name.',
      'Mr. Smith, Dr. Jones and A. Lincoln met at 10:30.',
      'Sentence one. 1986. Still the same line.',
      "It's 50/50 — isn't it? [Yes.",
    ];
    for (const text of prose) expect(escapeInline(text)).toBe(text);
  });

  it('leaves random prose unchanged', () => {
    const word = fc.stringMatching(/^[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё0-9]{0,9}$/);
    const punct = fc.constantFrom('', '', '', '.', ',', ';', ':', '!', '?', "'s", '%', ')', '"');
    const token = fc.tuple(fc.constantFrom('', '', '', '(', '"', '$'), word, punct).map(([a, b, c]) => a + b + c);
    const sentence = fc.tuple(word, fc.array(token, { maxLength: 15 })).map(([first, rest]) => [first, ...rest].join(' '));
    fc.assert(
      fc.property(sentence, (s) => {
        fc.pre(!/\$\S.*\S\$/.test(s) && !/\S\$/.test(s)); // a `$` pair is math in Obsidian and Pandoc
        expect(escapeInline(s)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['1986. The year', '1986\\. The year'],
    ['1) First', '1\\) First'],
    ['# Heading', '\\# Heading'],
    ['a #tag here', 'a \\#tag here'],
    ['#тег', '\\#тег'],
    ['> quoted', '\\> quoted'],
    ['- item', '\\- item'],
    ['* item', '\\* item'],
    ['+ item', '\\+ item'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['*emphasis*', '\\*emphasis\\*'],
    ['__strong__', '\\_\\_strong\\_\\_'],
    ['`code` and `more`', '\\`code\\` and \\`more\\`'],
    ['a single ` tick', 'a single ` tick'],
    ['[1]', '\\[1]'],
    ['[[Wiki link]]', '\\[\\[Wiki link]]'],
    ['<b>bold</b>', '\\<b>bold\\</b>'],
    ['mail <3@1986> now', 'mail \\<3@1986> now'],
    ['I <3 trade', 'I <3 trade'],
    ['&amp; and &#169;', '\\&amp; and \\&#169;'],
    ['$x$', '\\$x\\$'],
    ['$$', '\\$\\$'],
    ['==mark==', '\\==mark\\=='],
    ['100%% sure', '100\\%% sure'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['H~2~O and 2^10^', 'H\\~2\\~O and 2\\^10\\^'],
    ['^ a note ^ b and ~5 to ~10', '^ a note ^ b and ~5 to ~10'],
    ['end ^block-1', 'end \\^block-1'],
    ['|---|---|', '\\|---|---|'],
    ['C:\\path\\to', 'C:\\path\\to'],
    ['a\\*b', 'a\\\\\\*b'],
    ['tail\\', 'tail\\\\'],
    ['Issue #', 'Issue \\#'],
    ['a. b', 'a\\. b'],
    ['A.  b', 'A\\.  b'],
    ['A. Lincoln', 'A. Lincoln'],
    [' lead', '&#32;lead'],
    ['trail ', 'trail&#32;'],
    ['\u00a0nbsp', '&#160;nbsp'],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeInline(text)).toBe(expected);
    expect(paragraphText(commonmark, expected)).toBe(text);
    expect(paragraphText(gfm, expected)).toBe(text);
  });
});
