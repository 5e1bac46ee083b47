// EPUB importer: container.xml -> OPF (metadata, manifest, spine) -> each XHTML chapter in spine order
// through the shared allowlist HTML walk; every chapter becomes a section that opens with a heading (its TOC label).
import { err, ok, type Result } from '../../../src-renderer/core/result';
import { ArticleBuilder, type ParsedArticle } from '../model';
import { clean, cleanLang, isoDate, tidy, titleFromFileName } from '../shared';
import { appendParsed, leadingHeading } from './append-parsed';
import { htmlBody } from './html-body';
import { LIMITS, emptyError } from './limits';
import { allTexts, findElements, firstText, stripXmlNoise, textOf } from './xml-lite';
import { parseZipContainer } from './zip-container';
import { resolveZipPath, type SafeZip } from './zip-safety';

const EPUB = { what: 'EPUB', damaged: 'This EPUB is damaged and could not be read.' };

export interface EpubPackage {
  opfPath: string;
  title?: string;
  creators: string[];
  date?: string;
  language?: string;
  /** Chapter paths (zip entry names) in reading order. */
  spine: { path: string; mediaType: string }[];
  /** TOC labels by chapter path (first label per file). */
  toc: Map<string, string>;
}

/** Locates and reads the package document (OPF) and its table of contents, from a zip opened by parseZipContainer. */
export function readPackage(zip: SafeZip): Result<EpubPackage> {
  let opfPath: string | undefined;
  const container = zip.readText('META-INF/container.xml');
  if (container && !container.ok) return container;
  if (container?.ok) {
    const roots = findElements(stripXmlNoise(container.value), 'rootfile');
    const root = roots.find((r) => (r.attrs['media-type'] ?? '').includes('oebps-package')) ?? roots[0];
    opfPath = root?.attrs['full-path'];
  }
  if (!opfPath || !zip.entries.has(opfPath)) opfPath = [...zip.entries.keys()].find((n) => n.toLowerCase().endsWith('.opf'));
  if (!opfPath) return err('DAMAGED', 'This file is not an EPUB book (no package document).');
  const opf = zip.readText(opfPath);
  if (!opf || !opf.ok) return opf ?? err('DAMAGED', EPUB.damaged);
  const xml = stripXmlNoise(opf.value);

  const metadata = findElements(xml, 'metadata')[0]?.inner ?? xml;
  const manifest = new Map<string, { path: string; mediaType: string; properties: string }>();
  for (const item of findElements(xml, 'item')) {
    const { id, href } = item.attrs;
    if (!id || !href) continue;
    manifest.set(id, { path: resolveZipPath(opfPath, href), mediaType: (item.attrs['media-type'] ?? '').toLowerCase(), properties: item.attrs['properties'] ?? '' });
  }
  const spineEl = findElements(xml, 'spine')[0];
  const spine: EpubPackage['spine'] = [];
  for (const ref of findElements(spineEl?.inner ?? '', 'itemref')) {
    const item = manifest.get(ref.attrs['idref'] ?? '');
    if (!item || /\bnav\b/.test(item.properties)) continue;
    if (!/html|xml/.test(item.mediaType)) continue;
    spine.push({ path: item.path, mediaType: item.mediaType });
  }

  const toc = new Map<string, string>();
  const nav = [...manifest.values()].find((m) => /\bnav\b/.test(m.properties));
  const ncx = manifest.get(spineEl?.attrs['toc'] ?? '') ?? [...manifest.values()].find((m) => m.mediaType === 'application/x-dtbncx+xml');
  if (nav) readNavToc(zip, nav.path, toc);
  if (toc.size === 0 && ncx) readNcxToc(zip, ncx.path, toc);

  const out: EpubPackage = { opfPath, creators: allTexts(metadata, 'creator'), spine, toc };
  const title = clean(firstText(metadata, 'title'));
  const date = clean(firstText(metadata, 'date'));
  const language = clean(firstText(metadata, 'language'));
  if (title) out.title = title;
  if (date) out.date = date;
  if (language) out.language = language;
  return ok(out);
}

function addLabel(toc: Map<string, string>, base: string, href: string | undefined, label: string): void {
  if (!href || !label) return;
  const path = resolveZipPath(base, href);
  if (!toc.has(path)) toc.set(path, label);
}

/** EPUB 3 navigation document: <nav epub:type="toc"> links. */
function readNavToc(zip: SafeZip, path: string, toc: Map<string, string>): void {
  const got = zip.readText(path);
  if (!got?.ok) return;
  const doc = stripXmlNoise(got.value);
  const navs = findElements(doc, 'nav');
  const tocNav = navs.find((n) => /\btoc\b/.test(n.attrs['type'] ?? '')) ?? navs[0];
  for (const a of findElements(tocNav?.inner ?? '', 'a')) addLabel(toc, path, a.attrs['href'], textOf(a.inner));
}

/** EPUB 2 NCX: navPoint labels and the content src that follows each, in document order. */
function readNcxToc(zip: SafeZip, path: string, toc: Map<string, string>): void {
  const got = zip.readText(path);
  if (!got?.ok) return;
  const doc = stripXmlNoise(got.value);
  for (const label of findElements(doc, 'navLabel')) {
    const after = doc.slice(label.end, label.end + 2000);
    const content = /<(?:[\w.-]+:)?content\b[^>]*?\bsrc\s*=\s*["']([^"']*)["']/i.exec(after);
    addLabel(toc, path, content?.[1], textOf(label.inner));
  }
}

/** Parses an .epub file. Never throws. */
export async function parseEpub(fileName: string, bytes: Uint8Array): Promise<Result<ParsedArticle>> {
  return parseZipContainer(bytes, EPUB, (zip) => {
    const pkg = readPackage(zip);
    if (!pkg.ok) return pkg;
    const { spine, toc } = pkg.value;

    const builder = new ArticleBuilder();
    let lang: string | undefined;
    let chapters = 0;
    const seen = new Set<string>();
    for (const { path } of spine) {
      if (seen.has(path)) continue;
      seen.add(path);
      const got = zip.readText(path);
      if (!got) continue;
      if (!got.ok) return got;
      const parsed = htmlBody(got.value);
      if (!parsed.ok) {
        if (parsed.error.code === 'EMPTY') continue;
        return parsed.error.code === 'TOO_LARGE' ? parsed : err('DAMAGED', EPUB.damaged);
      }
      const chapter = parsed.value;
      lang ??= chapter.lang;
      const lead = leadingHeading(chapter);
      const label = toc.get(path) ?? (lead === undefined ? ownTitle(chapter.title, path, pkg.value.title) : undefined);
      const sameAsLead = lead !== undefined && label !== undefined && norm(lead) === norm(label);
      if (label && !sameAsLead) {
        builder.openBlock('heading', { level: 1 });
        builder.append(label);
      }
      appendParsed(builder, chapter);
      chapters++;
      if (builder.position > LIMITS.maxTextChars) return err('TOO_LARGE', 'This EPUB holds more text than can be imported.');
    }
    const built = builder.build();
    if (chapters === 0 || built.text.length === 0) return emptyError('EPUB');
    const meta = pkg.value;
    return ok(
      tidy({
        format: 'epub',
        encoding: 'utf-8',
        title: meta.title ?? titleFromFileName(fileName),
        byline: meta.creators.length > 0 ? meta.creators.join(', ') : undefined,
        published: meta.date ? isoDate(meta.date) : undefined,
        lang: cleanLang(meta.language) ?? lang,
        ...built,
      }),
    );
  });
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A chapter's own <title>, unless it is only the file name or repeats the book title. */
function ownTitle(title: string | undefined, path: string, bookTitle: string | undefined): string | undefined {
  const t = clean(title);
  if (!t || norm(t) === norm(titleFromFileName(path)) || (bookTitle && norm(t) === norm(bookTitle))) return undefined;
  return t;
}
