// Plain-text import: title, trailing/leading metadata lines, datelines, and the three paragraph layouts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { blockText } from '../../../src-renderer/core/article';
import type { ParsedArticle } from '../../../src-main/import/model';
import { parseArticleFile } from '../../../src-main/import/index';
import { hardWrapWidth, splitDateline } from '../../../src-main/import/formats/txt';

const CORPORA = path.resolve(__dirname, '../../../../shared/corpora');
const SEED = path.join(CORPORA, 'seed-article.txt');

async function parseTxt(text: string | Uint8Array, name = 'article.txt'): Promise<ParsedArticle> {
  const r = await parseArticleFile(name, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
/** The body's blocks (the title is the first block of the text, tested on its own). */
const paragraphs = (a: ParsedArticle) => a.blocks.filter((b) => b.kind !== 'title').map((b) => blockText(a, b));

/** Wraps text at `width` columns like an old newswire or email client. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const P1 =
  'The president of Azerbaijan, Ilham Aliyev, was in Russia earlier today to meet with the Russian president. ' +
  'As part of the meeting, the two leaders signed a declaration which covers a spectrum of issues, ranging from trade to bilateral cooperation.';
const P2 =
  'Putin welcomed Aliyev, noting that this visit was taking place on the eve of the 30th anniversary of the establishment ' +
  'of relations between the two countries. The Russian president noted the successful development of relations.';
const P3 = 'Discussing the situation in Nagorno-Karabakh, Putin said that while there were still ongoing issues, Russia supported a resolution.';

describe.skipIf(!fs.existsSync(SEED))('txt: the seed article (needs ../shared/corpora beside the repo)', () => {
  it('takes the title from the first line and Source/Photo lines as metadata, not statements', async () => {
    const a = await parseTxt(fs.readFileSync(SEED), 'seed-article.txt');
    expect(a.title).toBe('Putin and Aliyev meet in Russia; sign "Declaration on Allied Cooperation"');
    expect(a.source?.replace(/\u00A0/g, ' ')).toBe('commonspace.eu with agencies');
    expect(a.caption).toBe('Putin hosts Aliyev in Moscow; Office of the president of Azerbaijan');
    expect(a.text).not.toMatch(/Source:|Photo:/);
    // The title is the text's first block (a statement like the others), then the body.
    expect(a.text.startsWith(`${a.title}\n\nThe president of Azerbaijan`)).toBe(true);
    expect(a.blocks).toHaveLength(8);
    expect(a.blocks[0]).toEqual({ kind: 'title', start: 0, end: a.title.length });
    expect(a.blocks.slice(1).every((b) => b.kind === 'paragraph')).toBe(true);
    expect(paragraphs(a).every((p) => p === p.trim() && !p.includes('\n'))).toBe(true);
  });
});

describe('txt: paragraph layouts', () => {
  it('reflows hard-wrapped paragraphs separated by blank lines', async () => {
    const body = [P1, P2, P3].map((p) => wrap(p, 72)).join('\n\n');
    const a = await parseTxt(`Title line\n\n${body}\n`);
    expect(paragraphs(a)).toEqual([P1, P2, P3]);
  });

  it('reflows hard-wrapped text without blank lines, splitting at short sentence-final lines', async () => {
    const body = [P1, P2, P3].map((p) => wrap(p, 66)).join('\n');
    expect(hardWrapWidth(body.split('\n'))).not.toBeNull();
    const a = await parseTxt(`Title line\n${body}\n`);
    expect(paragraphs(a)).toEqual([P1, P2, P3]);
  });

  it('reflows hard-wrapped text with indented first lines', async () => {
    const body = [P1, P2, P3].map((p) => wrap(`    ${p}`, 70).replace(/^ */, '    ')).join('\n');
    const a = await parseTxt(`Title line\n${body}`);
    expect(paragraphs(a)).toEqual([P1, P2, P3]);
  });

  it('treats each line as a paragraph when there are no blank lines and lines are not wrapped', async () => {
    const a = await parseTxt(`Title line\n${P1}\n${P2}\n${P3}`);
    expect(paragraphs(a)).toEqual([P1, P2, P3]);
  });

  it('keeps blank-line paragraphs of unwrapped lines apart', async () => {
    const a = await parseTxt(`Title line\n\n${P1}\n\n${P2}\n\n\n${P3}\n`);
    expect(paragraphs(a)).toEqual([P1, P2, P3]);
  });

  it('handles CRLF line endings and a UTF-8 BOM', async () => {
    const text = `\uFEFFTitle line\r\n\r\n${wrap(P1, 70).replace(/\n/g, '\r\n')}\r\n\r\n${P2}\r\nSource: Agency\r\n`;
    const a = await parseTxt(text);
    expect(a.title).toBe('Title line');
    expect(paragraphs(a)).toEqual([P1, P2]);
    expect(a.text).not.toMatch(/[\r\uFEFF]/);
    expect(a.source).toBe('Agency');
  });

  it('turns bullet and numbered lines into list items', async () => {
    const a = await parseTxt(`Title\n\nKey points:\n- first point here\n- second point\n1. numbered one\n2. numbered two\n`);
    expect(a.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'list-item', 'list-item', 'list-item', 'list-item']);
    expect(a.blocks[4]).toMatchObject({ ordinal: 1, level: 1 });
    expect(paragraphs(a)[1]).toBe('first point here');
  });

  it('keeps the marker of a numbered line in its text, as the reader and exports show it', async () => {
    const a = await parseTxt(`Title\n\nThe board set three conditions:\n1. A new audit.\n2) Two more directors\n10. A vote in May\n`);
    expect(paragraphs(a).slice(1)).toEqual(['1. A new audit.', '2) Two more directors', '10. A vote in May']);
    expect(a.blocks.slice(2).map((b) => [b.kind, b.ordinal])).toEqual([['list-item', 1], ['list-item', 2], ['list-item', 10]]);
  });

  it('ends a list at the first line back at the margin after an item that had room to go on', async () => {
    const list = '1. Raise interest rates\n2. Cut public spending';
    // One line per paragraph, and hard-wrapped text around the list: the next line is a paragraph of its own.
    const flat = await parseTxt(`Title\n\nThe plan:\n${list}\nThe minister said it would start in May.\n`);
    expect(paragraphs(flat).slice(1)).toEqual(['1. Raise interest rates', '2. Cut public spending', 'The minister said it would start in May.']);
    const wrapped = await parseTxt(`Title\n\n${wrap(P1, 70)}\n${list}\n${wrap(P2, 70)}\n`);
    expect(paragraphs(wrapped)).toContain('2. Cut public spending');
    expect(paragraphs(wrapped).at(-1)).toBe(P2);
  });

  it('continues a wrapped item in a line its previous line had no room for, or in a hanging indent', async () => {
    const item = '1. The ministry will publish every contract signed since 2019 together with the names of the bidders';
    const wrapped = await parseTxt(`Title\n\n${wrap(P1, 70)}\n${wrap(item, 70)}\n2. A short second item\n\n${wrap(P2, 70)}\n`);
    expect(paragraphs(wrapped)).toContain(item);
    const hanging = await parseTxt('Title\n\nSteps:\n1. Publish the contracts\n   with the names of bidders\n2. Audit them\n');
    expect(paragraphs(hanging).slice(1)).toEqual(['1. Publish the contracts with the names of bidders', '2. Audit them']);
  });

  it('decodes a windows-1251 text file and reports the encoding', async () => {
    const ru = 'Встреча президентов\n\nПрезидент Азербайджана Ильхам Алиев сегодня находился в России, где встретился с российским президентом Владимиром Путиным.\n';
    const a = await parseTxt(new Uint8Array(iconv.encode(ru, 'windows-1251')));
    expect(a.encoding).toBe('windows-1251');
    expect(a.title).toBe('Встреча президентов');
    expect(a.text).toContain('Ильхам Алиев');
  });
});

describe('txt: metadata lines and datelines', () => {
  it('turns a Reuters dateline into metadata and keeps the sentence', async () => {
    const a = await parseTxt(`Russia recognises regions\n\nMOSCOW, Feb 22 (Reuters) - Russia's parliament on Tuesday approved the move.\n\n${P2}\n`);
    expect(a.dateline).toEqual({ text: 'MOSCOW, Feb 22 (Reuters)', place: 'MOSCOW', date: 'Feb 22', agency: 'Reuters' });
    expect(a.source).toBe('Reuters');
    expect(paragraphs(a)[0]).toBe("Russia's parliament on Tuesday approved the move.");
  });

  it('recognises other dateline shapes', () => {
    expect(splitDateline('WASHINGTON (AP) — The Senate voted.')?.dateline).toMatchObject({ place: 'WASHINGTON', agency: 'AP' });
    expect(splitDateline('NEW YORK, February 22, 2022 — Stocks fell.')?.dateline).toMatchObject({ place: 'NEW YORK', date: 'February 22, 2022' });
    expect(splitDateline('KYIV, Ukraine, March 1 (Reuters) - Text')?.dateline).toMatchObject({ place: 'KYIV, Ukraine', date: 'March 1' });
    expect(splitDateline('The UN - an organisation - said.')).toBeNull();
    expect(splitDateline('NATO - the alliance - said.')).toBeNull();
  });

  it('takes a year-bearing dateline date as the published date', async () => {
    const a = await parseTxt(`T\n\nLONDON, February 22, 2022 (Reuters) - Text here.\n`);
    expect(a.published).toMatch(/^2022-02-2[12]/);
  });

  it('reads By, Published and reporting credits around the body', async () => {
    const a = await parseTxt(
      `The headline\nBy Jane Doe and John Smith\nPublished: 2022-02-22\n\n${P1}\n\n${P2}\n\n(Reporting by Anna Ivanova; Editing by Tom Brown)\nSource: Reuters\nPhoto: AP Photo\n`,
    );
    expect(a.byline).toBe('Jane Doe and John Smith');
    expect(a.published).toBe('2022-02-22');
    expect(a.source).toBe('Reuters');
    expect(a.caption).toBe('AP Photo');
    expect(paragraphs(a)).toEqual([P1, P2]);
  });

  it('does not take a sentence that starts with "By" as a byline', async () => {
    const a = await parseTxt(`Title\n\n${P1}\n\nBy the end of the year, prices had risen.\n`);
    expect(a.byline).toBeUndefined();
    expect(paragraphs(a).at(-1)).toBe('By the end of the year, prices had risen.');
  });

  it('uses the file name when the first line is a whole paragraph', async () => {
    const a = await parseTxt(`${P1} ${P2}`, 'notes/2022-02-22_meeting.txt');
    expect(a.title).toBe('2022-02-22 meeting');
    expect(paragraphs(a)).toEqual([`${P1} ${P2}`]);
  });

  it('keeps a one-line file as both title and body', async () => {
    const a = await parseTxt('Just one line.');
    expect(a.title).toBe('Just one line.');
    expect(a.text).toBe('Just one line.');
  });

  it('refuses empty and whitespace-only files as EMPTY', async () => {
    for (const text of ['', '   \n\t\r\n  ', '\uFEFF']) {
      const r = await parseArticleFile('e.txt', new TextEncoder().encode(text));
      expect(!r.ok && r.error.code).toBe('EMPTY');
    }
  });

  it('decodes HTML character references left in a title', async () => {
    expect((await parseTxt(`Club fined &#163;1.8m over &quot;risqu&#233;&quot; advert\n\n${P1}\n`)).title).toBe('Club fined £1.8m over "risqué" advert');
    expect((await parseTxt(`Q&amp;A: &#x201C;talks&#x201D; &bogus; &#0; &\n\n${P1}\n`)).title).toBe('Q&A: “talks” &bogus; &#0; &');
  });

  it('keeps a trailing "Photo: …" line as the caption and a trailing "Источник: …" line as the source', async () => {
    const a = await parseTxt(`Доклад\n\n${P1}\n\nФото: Сергей Иванов / ТАСС\nИсточник: Интерфакс\n`);
    expect(a.caption).toBe('Сергей Иванов / ТАСС');
    expect(a.source).toBe('Интерфакс');
    expect(paragraphs(a)).toEqual([P1]);
  });
});
