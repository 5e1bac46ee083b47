// A briefing's Markdown as a standalone, printable HTML page for "Save as PDF". Raw HTML in the Markdown
// is not enabled (it shows as text), links are not followed, and the page runs no script. Its pictures
// (pattern views, `dossier-view:<name>` image links) are embedded as data: URLs of the images handed in:
// an SVG shown by <img> runs no script and loads nothing, and the page's CSP allows images from data: only.
import MarkdownIt from 'markdown-it';
import type { ExportAttachment } from '../../src-renderer/core/contract';

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
  img { max-width: 100%; height: auto; }
`;

const MIME: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png' };

/**
 * The rendered page with each view's <img> given its picture. Done on markdown-it's output, where only an
 * image's src can hold the view link, rather than by allowing SVG data: URLs in the Markdown, which would
 * let a briefing's own links carry them too.
 */
function withPictures(html: string, pictures: ReadonlyMap<string, ExportAttachment>): string {
  return html.replace(/<img src="dossier-view:([a-z0-9-]+\.(?:svg|png))"/g, (whole, name: string) => {
    const picture = pictures.get(name);
    return picture ? `<img src="${dataUrl(picture)}"` : whole;
  });
}

function dataUrl(picture: ExportAttachment): string {
  const extension = picture.name.slice(picture.name.lastIndexOf('.') + 1);
  const bytes = typeof picture.content === 'string' ? Buffer.from(picture.content, 'utf8') : Buffer.from(picture.content);
  return `data:${MIME[extension] ?? 'application/octet-stream'};base64,${bytes.toString('base64')}`;
}

/** The page: the Markdown rendered (front matter shown as a small table-free block), with print styles. */
export function briefingHtml(markdown: string, title: string, images: readonly ExportAttachment[] = []): string {
  const byName = new Map(images.map((i) => [i.name, i]));
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const escapedTitle = title.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>${escapedTitle}</title><style>${STYLE}</style></head><body>${withPictures(md.render(body), byName)}</body></html>`;
}
