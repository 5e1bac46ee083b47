// PDF importer: pdfjs-dist (legacy build, in-process "fake" worker, isEvalSupported: false, no fetches)
// extracts positioned text; pdf-layout turns it into headings and paragraphs that cite their 1-based page.
import { err, ok, type Result } from '../../../src-renderer/core/result';
import { normaliseText } from '../../../src-renderer/core/article';
import { ArticleBuilder, type ParsedArticle } from '../model';
import { cleanLang, clean, tidy, titleFromFileName } from '../shared';
import { LIMITS, checkFileSize, emptyError } from './limits';
import { linesOfPage, paragraphsOf, removeRunningLines, type PdfPageText, type PdfTextItem } from './pdf-layout';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js once. The worker module is imported into this thread and exposed as `globalThis.pdfjsWorker`,
 * which pdf.js uses for its in-process worker: no Worker thread, no file URL or network fetch of a worker script.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsPromise;
}

const DAMAGED_MESSAGE = 'This PDF is damaged or is not a PDF, and could not be read.';
const PASSWORD_MESSAGE = 'This PDF is password-protected.';

/** Maps a pdf.js failure to a Result error (exported for tests: pdf-lib cannot write encrypted files). */
export function pdfError<T>(e: unknown): Result<T> {
  const name = e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
  if (name === 'PasswordException') return err('UNSUPPORTED', PASSWORD_MESSAGE);
  return err('DAMAGED', DAMAGED_MESSAGE);
}

/** "D:20240131120000+01'00'" or an ISO string -> ISO 8601; undefined when unparseable. */
export function pdfDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(Z|[+-]\d{2}'?\d{2}'?)?/.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h, mi = '00', s = '00', tz] = m;
  if (!h) return `${y}-${mo}-${d}`;
  let zone = '';
  if (tz === 'Z') zone = 'Z';
  else if (tz) zone = `${tz.slice(0, 3)}:${tz.replace(/'/g, '').slice(3, 5) || '00'}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
}

function metaTitle(raw: unknown): string | undefined {
  const t = clean(raw)?.replace(/^Microsoft (Word|PowerPoint) - /i, '');
  if (!t || /^(untitled|unknown|document\d*)$/i.test(t) || /\.(docx?|pdf|odt|rtf|indd|tex)$/i.test(t)) return undefined;
  return t;
}

interface RawItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
}

function toItem(raw: RawItem): PdfTextItem | null {
  if (typeof raw.str !== 'string' || !Array.isArray(raw.transform)) return null;
  const t = raw.transform as number[];
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || (typeof raw.height === 'number' ? raw.height : 0);
  return { str: raw.str, x: t[4] ?? 0, y: t[5] ?? 0, width: typeof raw.width === 'number' ? raw.width : 0, fontSize: size };
}

/** Parses a PDF into the article model. Never throws. */
export async function parsePdf(fileName: string, bytes: Uint8Array): Promise<Result<ParsedArticle>> {
  const tooBig = checkFileSize<ParsedArticle>(bytes, 'PDF');
  if (tooBig) return tooBig;
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch {
    return err('INTERNAL', 'The PDF reader could not be started.');
  }
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > LIMITS.maxPdfPages) {
      return err('TOO_LARGE', `This PDF has ${doc.numPages} pages, more than the ${LIMITS.maxPdfPages} supported.`);
    }
    const pages: PdfPageText[] = [];
    let failed = 0;
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
        const content = await page.getTextContent();
        const items: PdfTextItem[] = [];
        for (const raw of content.items as RawItem[]) {
          const item = toItem(raw);
          if (!item) continue;
          items.push(item);
          chars += item.str.length;
        }
        pages.push({ page: n, width: x1 - x0, height: y1 - y0, items });
        page.cleanup();
      } catch (e) {
        if ((e as { name?: unknown })?.name === 'PasswordException') return pdfError(e);
        failed++;
      }
      if (chars > LIMITS.maxTextChars) return err('TOO_LARGE', 'This PDF holds more text than can be imported.');
    }
    if (doc.numPages > 0 && failed === doc.numPages) return err('DAMAGED', DAMAGED_MESSAGE);

    let info: Record<string, unknown> = {};
    try {
      const meta = await doc.getMetadata();
      info = (meta.info ?? {}) as Record<string, unknown>;
      const dcTitle = meta.metadata?.get('dc:title');
      if (!info['Title'] && dcTitle) info['Title'] = dcTitle;
    } catch {
      // Metadata is optional.
    }

    const lines = removeRunningLines(pages.map(linesOfPage));
    const paragraphs = paragraphsOf(lines);
    if (paragraphs.length === 0) {
      return doc.numPages > 0 && pages.some((p) => p.items.length > 0)
        ? emptyError('PDF')
        : err('EMPTY', 'This PDF has no text layer (it may be a scanned image); text recognition is not supported.');
    }

    const builder = new ArticleBuilder();
    for (const p of paragraphs) {
      builder.openBlock(p.kind, p.level ? { level: p.level, page: p.page } : { page: p.page });
      builder.append(normaliseText(p.text));
    }
    const built = builder.build();
    if (built.text.length === 0) return emptyError('PDF');

    const firstPage = paragraphs.filter((p) => p.page === paragraphs[0]!.page);
    const largest = Math.max(...firstPage.map((p) => p.size));
    const lead = firstPage.find((p) => p.kind === 'heading' && p.size === largest);
    const title = metaTitle(info['Title']) ?? (lead ? clean(lead.text) : undefined) ?? titleFromFileName(fileName);

    return ok(
      tidy({
        format: 'pdf',
        encoding: 'utf-8',
        title,
        byline: clean(info['Author']),
        published: pdfDate(info['CreationDate']),
        lang: cleanLang(info['Language']),
        ...built,
      }),
    );
  } catch (e) {
    return pdfError(e);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
