// Pattern views inside a briefing. The composer inserts a view as an image link to `dossier-view:<name>`
// (`![Tag matrix](dossier-view:tag-matrix-1.svg)`) and keeps the view's numbers (its PatternTable) with the
// briefing under that name, so the picture is drawn again at export time and nothing is lost. The export
// then writes each picture beside the .md and points the link at it (`briefing-files/tag-matrix-1.svg`);
// the PDF embeds it. Only the exported file is read by Obsidian or Pandoc, and its links are plain
// relative paths; the reference in the stored Markdown names the app's own record, not a file that may
// move. Pure: used by the renderer (which views a briefing uses) and by main (where they were written).
import { slugify } from '../markdown';

export const VIEW_LINK_SCHEME = 'dossier-view:';

/** A view's file name inside a briefing: a slug, a number, a picture extension. */
export const VIEW_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(svg|png)$/;

/** Every image link to a stored view: `![alt](dossier-view:name)`, with an optional "title". */
const VIEW_IMAGE = /(!\[[^\]\n]*\]\()dossier-view:([a-z0-9-]+\.(?:svg|png))((?:\s+"[^"\n]*")?\))/g;

/** The link that stands for a view in the briefing's Markdown. */
export function viewLink(name: string): string {
  return `${VIEW_LINK_SCHEME}${name}`;
}

/** A free name for a new view of `title` among the names a briefing already holds: "tag-matrix-2.svg". */
export function nextViewName(title: string, taken: Iterable<string>, extension: 'svg' | 'png' = 'svg'): string {
  const used = new Set(taken);
  const base = (slugify(title) || 'view').replace(/[^a-z0-9-]/g, '').replace(/^-+|-+$/g, '') || 'view';
  for (let n = 1; ; n++) {
    const name = `${base}-${n}.${extension}`;
    if (!used.has(name)) return name;
  }
}

/** The names of the views the Markdown shows, in order of first appearance, once each. */
export function viewNamesIn(markdown: string): string[] {
  const names = new Set<string>();
  for (const match of markdown.matchAll(VIEW_IMAGE)) names.add(match[2]!);
  return [...names];
}

/**
 * The Markdown with each view image's target replaced by `target(name)` (left as it is when that gives
 * null): a relative path for the exported .md, a data: URL for the PDF.
 */
export function linkViews(markdown: string, target: (name: string) => string | null): string {
  return markdown.replace(VIEW_IMAGE, (whole, open: string, name: string, close: string) => {
    const to = target(name);
    return to === null ? whole : `${open}${to}${close}`;
  });
}

/** The folder a briefing's pictures are written to, beside it: "briefing.md" -> "briefing-files". */
export function attachmentFolder(markdownFileName: string): string {
  return `${markdownFileName.replace(/\.md$/i, '')}-files`;
}

/** A relative link to a file in that folder, spaces and other specials escaped for CommonMark, Obsidian and Pandoc. */
export function attachmentLink(folder: string, name: string): string {
  return `${encodeURIComponent(folder).replace(/\(/g, '%28').replace(/\)/g, '%29')}/${name}`;
}
