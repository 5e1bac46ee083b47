// Word (.docx) importer: the zip is checked against the bomb caps, mammoth converts it to HTML and the
// shared allowlist walk to the model; docProps/core.xml gives the title, author (byline) and creation date.
import mammoth from 'mammoth';
import { err, ok, type Result } from '../../../src-renderer/core/result';
import type { ParsedArticle } from '../model';
import { clean, cleanLang, isoDate, tidy, titleFromFileName } from '../shared';
import { firstHeading } from './append-parsed';
import { htmlBody } from './html-body';
import { firstText, stripXmlNoise } from './xml-lite';
import { parseZipContainer } from './zip-container';

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

const DOCX = { what: 'Word document', damaged: 'This Word document is damaged and could not be read.' };

/** Word styles mammoth does not map by default. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Caption'] => p:fresh",
];

export interface CoreProperties {
  title?: string;
  creator?: string;
  created?: string;
  language?: string;
}

/** Reads docProps/core.xml (Dublin Core). */
export function readCoreProperties(xml: string): CoreProperties {
  const doc = stripXmlNoise(xml);
  const out: CoreProperties = {};
  const title = clean(firstText(doc, 'title'));
  const creator = clean(firstText(doc, 'creator'));
  const created = clean(firstText(doc, 'created'));
  const language = clean(firstText(doc, 'language'));
  if (title) out.title = title;
  if (creator) out.creator = creator;
  if (created) out.created = created;
  if (language) out.language = language;
  return out;
}

/** Parses a .docx file. Never throws. */
export async function parseDocx(fileName: string, bytes: Uint8Array): Promise<Result<ParsedArticle>> {
  return parseZipContainer(bytes, DOCX, async (zip) => {
    if (!zip.entries.has('word/document.xml') && ![...zip.entries.keys()].some((n) => /^word\/document\d*\.xml$/.test(n))) {
      return err(zip.entries.has('[Content_Types].xml') ? 'UNSUPPORTED' : 'DAMAGED', 'This file is not a Word (.docx) document.');
    }
    // Inflate every entry under its declared size and CRC before mammoth sees the archive: a header that
    // lies about its size is refused here, never expanded by mammoth's own unzipper.
    let core: CoreProperties = {};
    for (const name of zip.entries.keys()) {
      const got = zip.read(name);
      if (got && !got.ok) return got;
      if (name === 'docProps/core.xml' && got?.ok) core = readCoreProperties(new TextDecoder().decode(got.value));
    }

    // What mammoth throws on a damaged document is reported by parseZipContainer.
    const { value: html } = await mammoth.convertToHtml(
      // In Node mammoth hands `buffer` to JSZip, which reads any Uint8Array; only its types say Buffer
      // (its `arrayBuffer` input is for browsers and is refused in Node).
      { buffer: bytes } as MammothInput,
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
        // Images become inert placeholders: their bytes are never read or inlined.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );

    const body = htmlBody(html);
    if (!body.ok) return body.error.code === 'EMPTY' ? err('EMPTY', 'This Word document contains no text.') : body;
    const { text, blocks, marks } = body.value;
    return ok(
      tidy({
        format: 'docx',
        encoding: 'utf-8',
        title: core.title ?? clean(firstHeading(body.value)) ?? titleFromFileName(fileName),
        byline: core.creator,
        published: core.created ? isoDate(core.created) : undefined,
        lang: cleanLang(core.language),
        text,
        blocks,
        marks,
      }),
    );
  });
}
