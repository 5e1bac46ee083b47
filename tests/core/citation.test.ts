import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citation, citedArticleIds, renderComposedBriefing } from '../../src-renderer/core/markdown/citation';

const md = new MarkdownIt('commonmark');

describe('citation', () => {
  it('quotes the passage exactly and cites it with a link back, location and tags', () => {
    const text = citation({
      quote: 'We *will* not accept # any deal',
      articleTitle: 'Talks [resume]',
      tags: ['Type/Quote', 'Actor/Amina Okafor'],
      paragraph: 3,
      link: 'dossier://article/abc?annotation=x1',
    });
    const tokens = md.parse(text, {});
    const quoteText = tokens.filter((t) => t.type === 'inline')[0]!.content;
    expect(md.renderInline(quoteText).replace(/<[^>]+>/g, '')).toBe('We *will* not accept # any deal');
    expect(text).toContain('(dossier://article/abc?annotation=x1)');
    expect(text).toContain('¶ 3');
    expect(text).toContain('#type/quote');
    expect(text.endsWith('\n\n')).toBe(true);
  });

  it('finds the articles a body cites, once each, in order', () => {
    const body = 'x [a](dossier://article/A1?annotation=1) y [b](dossier://article/B2) z [a](dossier://article/A1)';
    expect(citedArticleIds(body)).toEqual(['A1', 'B2']);
  });

  it('exports front matter, the body as written and a Sources list', () => {
    const out = renderComposedBriefing({
      id: 'b1',
      title: 'Weekly: Caucasus',
      body: 'Summary line.\r\n\r\n> quoted\n',
      sources: [{ id: 'A1', title: 'Talks resume', path: 'talks.txt', source: 'Wire' }],
      exportedAt: '2026-11-28T10:00:00.000Z',
    });
    const [, yamlText] = out.split('---\n');
    expect(parse(yamlText!)).toEqual({ title: 'Weekly: Caucasus', exported: '2026-11-28T10:00:00.000Z', id: 'b1' });
    expect(out).toContain('\n\nSummary line.\n\n> quoted\n\n## Sources\n\n- Talks resume · Wire · Library: talks.txt\n');
    expect(out).not.toContain('\r');
    expect(out.endsWith('\n')).toBe(true);
  });
});
