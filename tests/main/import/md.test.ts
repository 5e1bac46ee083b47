// Markdown import: front matter metadata, title rules, and the structure/marks from markdown-it tokens.
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src-renderer/core/article';
import type { ParsedArticle } from '../../../src-main/import/model';
import { parseArticleFile } from '../../../src-main/import/index';

async function parseMd(text: string, name = 'note.md'): Promise<ParsedArticle> {
  const r = await parseArticleFile(name, new TextEncoder().encode(text));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
const markText = (a: ParsedArticle, kind: string) => a.marks.filter((m) => m.kind === kind).map((m) => a.text.slice(m.start, m.end));

const DOC = `---
title: Putin and Aliyev meet
source: commonspace.eu
author: [Jane Doe, John Smith]
date: 2022-02-22
url: https://example.org/a?b=1
lang: en
tags: [russia, azerbaijan]
---
# Putin and Aliyev meet

The *president* of **Azerbaijan** met \`Putin\` in [Moscow](https://example.org/moscow "city").
A soft break continues the paragraph.

## Key points

1. Trade rose by 16%
2. Relations are *good*
   - nested bullet
3. Peace

> Quoted statement from the meeting.

| Country | Trade |
|---------|-------|
| Russia  | +16%  |

\`\`\`
code block
  keeps   spacing
\`\`\`

![A photo of the meeting](photo.jpg)
`;

describe('md: front matter and title', () => {
  it('reads front matter as metadata and drops the H1 that repeats the title', async () => {
    const a = await parseMd(DOC);
    expect(a).toMatchObject({
      format: 'md',
      encoding: 'utf-8',
      title: 'Putin and Aliyev meet',
      source: 'commonspace.eu',
      byline: 'Jane Doe, John Smith',
      published: '2022-02-22',
      url: 'https://example.org/a?b=1',
      lang: 'en',
    });
    expect(a).not.toHaveProperty('tags');
    // The title opens the text once, as its own block (a statement like the others).
    expect(a.text.startsWith('Putin and Aliyev meet\n\nThe president of Azerbaijan')).toBe(true);
  });

  it('uses the first H1 as title when there is no front matter, without repeating it', async () => {
    const a = await parseMd('Intro line.\n\n# The Title\n\nBody.');
    expect(a.title).toBe('The Title');
    expect(a.text).toBe('The Title\n\nIntro line.\n\nBody.');
  });

  it('falls back to the file name and keeps other headings', async () => {
    const a = await parseMd('## Sub\n\nBody text.', 'dir/my_notes.markdown');
    expect(a.title).toBe('my notes');
    expect(a.blocks[0]).toMatchObject({ kind: 'heading', level: 2 });
  });

  it('accepts "..." as the end of front matter and ignores invalid YAML', async () => {
    expect((await parseMd('---\ntitle: T\n...\nBody.')).title).toBe('T');
    const bad = await parseMd('---\ntitle: [unclosed\n---\nBody.', 'x.md');
    expect(bad.title).toBe('x');
    expect(bad.text).toBe('Body.');
  });

  it('refuses an empty document as EMPTY', async () => {
    const r = await parseArticleFile('e.md', new TextEncoder().encode('\n \n'));
    expect(!r.ok && r.error.code).toBe('EMPTY');
  });
});

describe('md: structure and marks', () => {
  it('maps headings, list items, quotes, table cells, code and images to blocks', async () => {
    const a = await parseMd(DOC);
    const blocks = a.blocks.map((b) => ({ kind: b.kind, text: blockText(a, b), level: b.level, ordinal: b.ordinal }));
    expect(blocks).toEqual([
      { kind: 'title', text: 'Putin and Aliyev meet', level: undefined, ordinal: undefined },
      { kind: 'paragraph', text: 'The president of Azerbaijan met Putin in Moscow. A soft break continues the paragraph.', level: undefined, ordinal: undefined },
      { kind: 'heading', text: 'Key points', level: 2, ordinal: undefined },
      { kind: 'list-item', text: 'Trade rose by 16%', level: 1, ordinal: 1 },
      { kind: 'list-item', text: 'Relations are good', level: 1, ordinal: 2 },
      { kind: 'list-item', text: 'nested bullet', level: 2, ordinal: undefined },
      { kind: 'list-item', text: 'Peace', level: 1, ordinal: 3 },
      { kind: 'quote', text: 'Quoted statement from the meeting.', level: undefined, ordinal: undefined },
      { kind: 'table-cell', text: 'Country', level: undefined, ordinal: undefined },
      { kind: 'table-cell', text: 'Trade', level: undefined, ordinal: undefined },
      { kind: 'table-cell', text: 'Russia', level: undefined, ordinal: undefined },
      { kind: 'table-cell', text: '+16%', level: undefined, ordinal: undefined },
      { kind: 'paragraph', text: 'code block\n  keeps   spacing', level: undefined, ordinal: undefined },
      { kind: 'figure', text: 'A photo of the meeting', level: undefined, ordinal: undefined },
    ]);
  });

  it('records emphasis, strong, code and links as marks without literal markup', async () => {
    const a = await parseMd(DOC);
    expect(markText(a, 'em')).toEqual(['president', 'good']);
    expect(markText(a, 'strong')).toEqual(['Azerbaijan']);
    expect(markText(a, 'code')).toEqual(['Putin', 'code block\n  keeps   spacing']);
    expect(markText(a, 'link')).toEqual(['Moscow']);
    expect(a.marks.find((m) => m.kind === 'link')?.href).toBe('https://example.org/moscow');
    expect(a.text).not.toMatch(/[*`#|>]|\]\(/);
  });

  it('keeps ordered list start numbers', async () => {
    const a = await parseMd('Intro\n\n7. seven\n8. eight\n');
    expect(a.blocks.slice(1).map((b) => b.ordinal)).toEqual([7, 8]);
  });

  it('keeps the text of unsafe links but drops their hrefs', async () => {
    const a = await parseMd('See [bad](javascript:alert(1)) and [data](data:text/html,x) and [mail](mailto:a@b.org).');
    expect(a.text).toBe('See bad and data and mail.');
    expect(a.marks.map((m) => m.href)).toEqual(['mailto:a@b.org']);
  });

  it('strips inline and block HTML to its text', async () => {
    const a = await parseMd('Text with <b>bold</b> tag.\n\n<div onclick="x()">\n<script>alert(1)</script>Block html\n</div>\n');
    expect(a.text).toBe('Text with bold tag.\n\nBlock html');
  });

  it('keeps block offsets consistent with the text', async () => {
    const a = await parseMd(DOC);
    for (const b of a.blocks) expect(blockText(a, b)).toBe(blockText(a, b).trim());
    for (let i = 1; i < a.blocks.length; i++) expect(a.blocks[i]!.start).toBe(a.blocks[i - 1]!.end + 2);
  });
});
