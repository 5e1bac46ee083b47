// E-mail importer (RFC 822/5322 + MIME): Subject -> title, From -> byline, Date -> published (ISO);
// the body is the HTML alternative (through htmlToArticle) when there is one, else the plain text.
import { err, ok, type Result } from '../../../src-renderer/core/result';
import { normaliseText } from '../../../src-renderer/core/article';
import { ArticleBuilder, type ParsedArticle } from '../model';
import { htmlToArticle } from '../html';
import { cleanLang, tidy, titleFromFileName } from '../shared';
import { LIMITS, checkFileSize, emptyError } from './limits';
import { binaryString, decodeCharset, decodedBody, headerText, htmlPartText, parseMime, type MimePart } from './mime';

interface BodyChoice {
  part: MimePart;
  kind: 'html' | 'plain';
}

function isAttachment(part: MimePart): boolean {
  const disposition = part.headers.get('content-disposition')?.[0]?.toLowerCase() ?? '';
  return disposition.startsWith('attachment');
}

/** The displayable body: HTML preferred inside multipart/alternative; first readable part elsewhere. */
export function chooseBody(part: MimePart, depth = 0): BodyChoice | null {
  if (depth > LIMITS.maxMimeDepth) return null;
  if (depth > 0 && isAttachment(part)) return null;
  if (part.type === 'text/html') return { part, kind: 'html' };
  if (part.type === 'text/plain' || part.type === 'text/enriched' || part.type === 'text') return { part, kind: 'plain' };
  if (!part.type.startsWith('multipart/')) return null;
  const found = part.children.map((c) => chooseBody(c, depth + 1)).filter((c): c is BodyChoice => c !== null);
  if (part.type === 'multipart/alternative') return found.find((c) => c.kind === 'html') ?? found[0] ?? null;
  return found[0] ?? null;
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};
const ZONES: Record<string, string> = {
  ut: 'Z', utc: 'Z', gmt: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};

/** "Tue, 5 Mar 2024 09:15:00 +0300" -> "2024-03-05T09:15:00+03:00" (the sender's offset is kept). */
export function rfc822Date(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?/.exec(raw);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) {
      let year = Number(m[3]);
      if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
      const zoneRaw = m[7];
      const zone = !zoneRaw ? '' : /^[+-]/.test(zoneRaw) ? `${zoneRaw.slice(0, 3)}:${zoneRaw.slice(3)}` : (ZONES[zoneRaw.toLowerCase()] ?? '');
      const two = (s: string): string => s.padStart(2, '0');
      return `${year}-${month}-${two(m[1]!)}T${two(m[4]!)}:${m[5]}:${m[6] ?? '00'}${zone}`;
    }
  }
  const t = Date.parse(raw);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** "Ivan Petrov <ivan@example.org>" -> "Ivan Petrov"; a bare address is kept as is. */
export function displayName(from: string | undefined): string | undefined {
  if (!from) return undefined;
  const first = from.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0]!.trim();
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>/.exec(first);
  const name = m ? m[1]!.trim() || m[2]!.trim() : first.replace(/^<|>$/g, '');
  return name || undefined;
}

/** Plain-text body -> paragraphs (blank-line separated) and quote blocks ("> " lines). */
export function plainTextBody(text: string): ReturnType<ArticleBuilder['build']> {
  const builder = new ArticleBuilder();
  let kind: 'paragraph' | 'quote' | null = null;
  for (const rawLine of text.split('\n')) {
    if (rawLine === '-- ') {
      // A signature separator: the signature becomes its own paragraph.
      builder.closeBlock();
      kind = null;
      continue;
    }
    const quoted = /^\s*>/.test(rawLine);
    const line = quoted ? rawLine.replace(/^\s*(>\s?)+/, '') : rawLine;
    if (line.trim() === '') {
      builder.closeBlock();
      kind = null;
      continue;
    }
    const want = quoted ? 'quote' : 'paragraph';
    if (kind !== want) {
      builder.openBlock(want);
      kind = want;
    }
    builder.append(` ${line} `);
  }
  return builder.build();
}

/** Parses an .eml file. Never throws. */
export async function parseEml(fileName: string, bytes: Uint8Array): Promise<Result<ParsedArticle>> {
  const tooBig = checkFileSize<ParsedArticle>(bytes, 'e-mail');
  if (tooBig) return tooBig;
  try {
    const root = parseMime(binaryString(bytes));
    const known = ['from', 'to', 'subject', 'date', 'mime-version', 'content-type', 'received', 'message-id'];
    if (!known.some((h) => root.headers.has(h))) return err('DAMAGED', 'This file does not look like an e-mail message.');

    const subject = headerText(root.headers, 'subject');
    const meta = {
      title: subject || titleFromFileName(fileName),
      byline: displayName(headerText(root.headers, 'from')),
      published: rfc822Date(headerText(root.headers, 'date')),
      lang: cleanLang(headerText(root.headers, 'content-language')?.split(',')[0]),
    };

    const choice = chooseBody(root);
    if (!choice) return emptyError('e-mail');

    let body: Result<ParsedArticle>;
    if (choice.kind === 'html') {
      const { text, encoding } = htmlPartText(choice.part);
      body = htmlToArticle(normaliseText(text), { fileName, encoding });
    } else {
      const { text, encoding } = decodeCharset(decodedBody(choice.part), choice.part.params['charset']);
      const built = plainTextBody(normaliseText(text));
      body = built.text ? ok({ format: 'eml', encoding, title: meta.title, ...built }) : emptyError('e-mail');
    }
    if (!body.ok) return body;
    if (body.value.text.length > LIMITS.maxTextChars) return err('TOO_LARGE', 'This e-mail holds more text than can be imported.');
    return ok(
      tidy({
        ...body.value,
        format: 'eml',
        title: meta.title,
        byline: meta.byline,
        published: meta.published,
        lang: meta.lang ?? body.value.lang,
      }),
    );
  } catch {
    return err('DAMAGED', 'This e-mail could not be read; it may be damaged.');
  }
}
