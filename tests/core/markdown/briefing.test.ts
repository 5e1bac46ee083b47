// renderArticleBriefing: golden files, document structure as markdown-it reads it, and notes/memos
// that cannot break out of their item. Regenerate goldens deliberately: UPDATE_GOLDEN=1 npx vitest run ...
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { MarkdownIt } from 'markdown-it';
import { renderArticleBriefing, type BriefingInput } from '../../../src-renderer/core/markdown';
import { normalise, oracles, paragraphsText, syntaxText } from './oracle';
import { checkGolden } from './golden';

vi.setConfig({ testTimeout: 120_000 });


const BASIC: BriefingInput = {
  article: {
    id: 'art-2024-02-22-reuters',
    title: 'Putin meets Aliyev in Moscow',
    source: 'Reuters',
    byline: 'Jane Doe',
    published: '2024-02-22',
    url: 'https://www.reuters.com/world/putin-aliyev-2024-02-22/',
    path: 'reuters/2024/putin-aliyev.html',
  },
  annotations: [
    {
      id: 'a1',
      quote: 'Putin met Aliyev on 22 February.',
      tags: ['Actor/Vladimir Putin', 'Actor/Ilham Aliyev', 'Type/Event'],
      note: 'Confirms the **date**; compare with [TASS](https://tass.com).',
      paragraph: 1,
      link: 'dossier://annotation/a1',
    },
    {
      id: 'a2',
      quote: 'The talks covered:\n\n1. transit\n2. energy',
      tags: ['Type/Claim'],
      note: '',
      paragraph: 4,
      link: 'dossier://annotation/a2',
    },
  ],
  memo: 'Overall a *routine* visit.\n\nFollow up next week.',
  exportedAt: '2024-03-01T09:30:00.000Z',
};

const CYRILLIC: BriefingInput = {
  article: {
    id: 'art-ria-1',
    title: 'Путин: «Встреча с #Алиевым» — 1. итог [ТАСС] *срочно*',
    source: 'РИА Новости',
    byline: 'Иван Петров',
    published: '2024-02-22T10:15:00+03:00',
    url: 'https://ria.ru/20240222/putin (1).html',
    path: 'ria/путин.html',
  },
  annotations: [
    {
      id: 'b1',
      quote: '  — Мы обсудили *всё*, — сказал он.\r\n# Не заголовок\n> не цитата\n\n\n1. не список; цена $5–$10; ==выделено== и ==ещё==; %%комм%%; <b>тег</b>; &amp; `код` и `ещё`\t',
      tags: ['Актор/Владимир Путин', 'Тип/Заявление'],
      note: '---\n# Note heading\n```\nunclosed fence',
      paragraph: 12,
      page: 3,
      link: 'dossier://annotation/b(2)',
    },
    {
      id: 'b2',
      quote: 'Итог: #1 — [[вики]] и [^1] ^abc',
      tags: ['Type/Claim', 'Year/2024', 'Type/Claim'],
      note: '<!-- unclosed comment\n\tindented with a tab\n[ref]: https://example.com',
      page: 4,
    },
  ],
  memo: '# Memo heading\n\nSee https://example.com.\n\n    code block',
  exportedAt: '2024-03-01T09:30:00.000Z',
};


interface Outline {
  headings: string[];
  quotes: string[];
  links: string[];
}

/** What a reader sees at the top level of the document (front matter removed). */
function outline(md: MarkdownIt, markdown: string): Outline {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tokens = md.parse(body, {});
  const out: Outline = { headings: [], quotes: [], links: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level !== 0) continue;
    if (t.type === 'heading_open') out.headings.push(`${t.tag} ${tokens[i + 1]!.content}`);
    if (t.type === 'blockquote_open') {
      let j = i + 1;
      while (!(tokens[j]!.type === 'blockquote_close' && tokens[j]!.level === 0)) j++;
      out.quotes.push(paragraphsText(tokens.slice(i + 1, j), 1));
    }
    if (t.type === 'paragraph_open') {
      for (const c of tokens[i + 1]!.children ?? []) if (c.type === 'link_open') out.links.push(String(c.attrGet('href') ?? ''));
    }
  }
  return out;
}

function expectedHeadings(input: BriefingInput, titleMarkdown: string): string[] {
  const h = [`h1 ${titleMarkdown}`];
  if (input.annotations.length > 0) h.push('h2 Annotations', ...input.annotations.map((_, i) => `h3 Annotation ${i + 1}`));
  if (normalise(input.memo ?? '').split('\n').some((line) => !/^[ \t]*$/.test(line))) h.push('h2 Memo');
  return [...h, 'h2 Sources'];
}

describe('renderArticleBriefing', () => {
  it('matches the golden files', () => {
    checkGolden('briefing-basic.md', renderArticleBriefing(BASIC));
    checkGolden('briefing-cyrillic-tricky.md', renderArticleBriefing(CYRILLIC));
  });

  for (const [name, md] of Object.entries(oracles)) {
    it(`keeps its outline, exact quotes and links (${name})`, () => {
      for (const input of [BASIC, CYRILLIC]) {
        const markdown = renderArticleBriefing(input);
        const o = outline(md, markdown);
        const title = /^# (.*)$/m.exec(markdown)![1]!;
        expect(o.headings).toEqual(expectedHeadings(input, title));
        expect(o.quotes).toEqual(input.annotations.map((a) => normalise(a.quote)));
        const dossierLinks = o.links.filter((l) => l.startsWith('dossier:'));
        expect(dossierLinks).toEqual(input.annotations.flatMap((a) => (a.link ? [md.normalizeLink(a.link)] : [])));
      }
    });
  }

  it('uses LF only and ends with exactly one newline', () => {
    for (const input of [BASIC, CYRILLIC]) {
      const markdown = renderArticleBriefing(input);
      expect(markdown).not.toMatch(/\r/);
      expect(markdown.endsWith('\n')).toBe(true);
      expect(markdown.endsWith('\n\n')).toBe(false);
    }
  });

  const dangerousLine = fc.constantFrom(
    '---', '***', '# Heading', '## Sub', 'Title', '===', '```', '~~~js', '<!--', '-->', '<div>', '<script>', '<pre>', '<?php', '<![CDATA[',
    '    indented code', '\tcode', '> quote', '- item', '1. item', '10) item', '[x]: https://example.com', '[^1]: note', '| a | b |',
    '|---|---|', '', '', '  ', 'plain text', '* * *', '$$', '%%', '\\', '</div>', ']]>', '?>', 'Header\n---',
  );
  const userMarkdown = fc.oneof(
    fc.array(dangerousLine, { maxLength: 8 }).map((lines) => lines.join('\n')),
    syntaxText(30),
  );

  for (const [name, md] of Object.entries(oracles)) {
    it(`never lets a note or memo break out of its item (${name})`, () => {
      fc.assert(
        fc.property(userMarkdown, userMarkdown, userMarkdown, syntaxText(20), (note1, note2, memo, quote) => {
          const input: BriefingInput = {
            article: { ...BASIC.article },
            annotations: [
              { id: 'n1', quote, tags: ['Type/Claim'], note: note1, paragraph: 2, link: 'dossier://annotation/n1' },
              { id: 'n2', quote: 'Second.', tags: [], note: note2, link: 'dossier://annotation/n2' },
            ],
            memo,
            exportedAt: BASIC.exportedAt,
          };
          const markdown = renderArticleBriefing(input);
          const o = outline(md, markdown);
          expect(o.headings).toEqual(expectedHeadings(input, 'Putin meets Aliyev in Moscow'));
          expect(o.quotes).toEqual([normalise(quote), 'Second.']);
          expect(o.links.filter((l) => l.startsWith('dossier:'))).toEqual(['dossier://annotation/n1', 'dossier://annotation/n2']);
        }),
        { numRuns: 1500 },
      );
    });
  }
});
