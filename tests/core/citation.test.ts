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

  it('names the speaker of the quoted words first, escaped, before the article', () => {
    const text = citation({
      quote: 'The corridor is our priority.',
      articleTitle: 'Rail talks',
      speaker: 'Elena *Varga*',
      tags: [],
      link: 'dossier://article/abc?annotation=x1',
    });
    expect(text.split('\n\n')[1]).toBe('— Elena \\*Varga\\* · [Rail talks](dossier://article/abc?annotation=x1)');
  });

  it('cites the source, the date and the original page, links back into Dossier second, and keeps the note', () => {
    const text = citation({
      quote: 'Trade rose 16% last year.',
      articleTitle: 'Talks resume',
      source: 'Caspian Wire',
      published: '2024-03-15',
      url: 'https://news.example/talks?id=1',
      tags: ['Type/Figure'],
      note: 'Check against **customs** data.\n\nSecond thought.',
      paragraph: 2,
      link: 'dossier://article/abc?annotation=x1',
    });
    const meta = text.split('\n\n')[1]!;
    expect(meta).toBe('— [Talks resume](https://news.example/talks?id=1) · Caspian Wire · 2024-03-15 · ¶ 2 · #type/figure · [Open in Dossier](dossier://article/abc?annotation=x1)');
    const html = md.render(text);
    expect(html).toContain('<a href="https://news.example/talks?id=1">Talks resume</a>');
    expect(html).toContain('<a href="dossier://article/abc?annotation=x1">Open in Dossier</a>');
    expect(html).toContain('<li>\n<p>Check against <strong>customs</strong> data.</p>\n<p>Second thought.</p>\n</li>');
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
    expect(out).toContain('\n\n# Weekly: Caucasus\n\nSummary line.\n\n> quoted\n\n## Sources\n\n- Talks resume · Wire · Library: talks.txt\n');
    expect(out).not.toContain('\r');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('does not add a second H1 when the body opens with its own', () => {
    const out = renderComposedBriefing({ id: 'b2', title: 'Weekly', body: '# Weekly, revised\n\nText.', sources: [], exportedAt: '2026-11-28T10:00:00.000Z' });
    expect(out.match(/^# /gm)).toEqual(['# ']);
    expect(out).toContain('# Weekly, revised');
  });
});
