// The title as the first block of the text: added once for every format, so a headline is a statement like
// the others; annotations made on the text before the title was part of it are found again.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src-renderer/core/article';
import { anchorAll, describeRange } from '../../../src-renderer/core/anchoring';
import type { ParsedArticle } from '../../../src-main/import/model';
import { parseArticleFile } from '../../../src-main/import/index';
import { withTitleBlock } from '../../../src-main/import/title-block';

const enc = (s: string) => new TextEncoder().encode(s);
async function parse(name: string, text: string): Promise<ParsedArticle> {
  const r = await parseArticleFile(name, enc(text));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const statements = (a: ParsedArticle) => {
  const out: string[] = [];
  for (let i = 0; i + 1 < (a.spans ?? []).length; i += 2) out.push(a.text.slice(a.spans![i], a.spans![i + 1]));
  return out;
};

const BODY = 'The council voted on Monday to cut spending. The mayor said the vote was close.';

describe('the title as a statement', () => {
  it('opens the text of a plain-text article as a title block, segmented like the body', async () => {
    const a = await parse('council.txt', `Council votes to cut spending\n\n${BODY}\n`);
    expect(a.blocks[0]).toEqual({ kind: 'title', start: 0, end: 'Council votes to cut spending'.length });
    expect(statements(a)).toEqual(['Council votes to cut spending', 'The council voted on Monday to cut spending.', 'The mayor said the vote was close.']);
  });

  it('opens the text of every format whose body does not start with it', async () => {
    const html = await parse('page.html', `<html><head><title>Council votes to cut spending</title></head><body><article><p>${BODY}</p><p>${BODY} Again.</p></article></body></html>`);
    expect(blockText(html, html.blocks[0]!)).toBe('Council votes to cut spending');
    expect(html.blocks.filter((b) => b.kind === 'title')).toHaveLength(1);
    const md = await parse('note.md', `# Council votes to cut spending\n\n${BODY}\n`);
    expect(md.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph']);
    expect(md.text.split('Council votes to cut spending').length).toBe(2);
  });

  it('makes a first block that already says the title the title block, without repeating it', () => {
    const parsed: ParsedArticle = {
      format: 'html', encoding: 'utf-8', title: 'Council votes to cut spending.',
      text: `Council votes to cut spending\n\n${BODY}`,
      blocks: [{ kind: 'heading', level: 1, start: 0, end: 29 }, { kind: 'paragraph', start: 31, end: 31 + BODY.length }],
      marks: [{ kind: 'em', start: 0, end: 7 }],
    };
    const titled = withTitleBlock(parsed, 'page.html');
    expect(titled.text).toBe(parsed.text);
    expect(titled.blocks[0]).toEqual({ kind: 'title', start: 0, end: 29 });
  });

  it('moves the body, its blocks and its marks after a new title block', () => {
    const parsed: ParsedArticle = {
      format: 'txt', encoding: 'utf-8', title: 'Cuts',
      text: BODY, blocks: [{ kind: 'paragraph', start: 0, end: BODY.length }], marks: [{ kind: 'em', start: 4, end: 11 }],
    };
    const titled = withTitleBlock(parsed, 'cuts.txt');
    expect(titled.text).toBe(`Cuts\n\n${BODY}`);
    expect(titled.blocks).toEqual([{ kind: 'title', start: 0, end: 4 }, { kind: 'paragraph', start: 6, end: 6 + BODY.length }]);
    expect(titled.text.slice(titled.marks[0]!.start, titled.marks[0]!.end)).toBe('council');
  });

  it('leaves out a title made from the file name (the file does not say it)', async () => {
    const a = await parse('notes/2022-02-22_meeting.txt', `${BODY} ${BODY} ${BODY}`.repeat(2));
    expect(a.title).toBe('2022-02-22 meeting');
    expect(a.blocks.some((b) => b.kind === 'title')).toBe(false);
  });

  it('keeps annotations made before the title joined the text: each is found again exactly', async () => {
    const a = await parse('council.txt', `Council votes to cut spending\n\n${BODY}\n\nSecond paragraph here. It ends.\n`);
    const body = a.text.slice(a.blocks[1]!.start);
    // As stored before: offsets and context in the text without its title.
    const quotes = ['The council voted on Monday to cut spending.', 'the vote', 'Second paragraph here.', 'It ends.'];
    const targets = quotes.map((q) => describeRange(body, body.indexOf(q), body.indexOf(q) + q.length, 'before'));
    const found = anchorAll(a.text, 'after', targets);
    expect(found.map((f) => (f.state === 'anchored' ? a.text.slice(f.start, f.end) : null))).toEqual(quotes);
  });
});

const SEED = path.resolve(__dirname, '../../../../shared/corpora/seed-article.txt');
describe.skipIf(!fs.existsSync(SEED))('the title as a statement: the seed article (needs ../shared/corpora beside the repo)', () => {
  it('re-finds a statement tagged at the very start of the old text, just after the new title', async () => {
    const a = await parse('seed-article.txt', fs.readFileSync(SEED, 'utf8'));
    const body = a.text.slice(a.blocks[1]!.start);
    const first = statements(a)[1]!;
    const found = anchorAll(a.text, 'after', [describeRange(body, 0, first.length, 'before')]);
    expect(found[0]).toMatchObject({ state: 'anchored', start: a.blocks[1]!.start, end: a.blocks[1]!.start + first.length });
  });
});
