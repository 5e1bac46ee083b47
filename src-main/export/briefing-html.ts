// A briefing's Markdown as a standalone, printable HTML page for "Save as PDF". Raw HTML in the Markdown
// is not enabled (it shows as text), links are not followed, and the page runs no script.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt('commonmark', { html: false, linkify: false });

const STYLE = `
  @page { margin: 18mm 16mm; }
  body { font-family: Georgia, 'Noto Serif', 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.5; color: #111; }
  h1 { font-size: 18pt; margin: 0 0 6pt; }
  h2 { font-size: 14pt; margin: 14pt 0 4pt; }
  h3 { font-size: 12pt; margin: 12pt 0 4pt; }
  blockquote { margin: 6pt 0; padding-left: 10pt; border-left: 3px solid #2563eb; }
  code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9.5pt; }
  a { color: #1d4ed8; text-decoration: none; }
`;

/** The page: the Markdown rendered (front matter shown as a small table-free block), with print styles. */
export function briefingHtml(markdown: string, title: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const escapedTitle = title.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${escapedTitle}</title><style>${STYLE}</style></head><body>${md.render(body)}</body></html>`;
}
