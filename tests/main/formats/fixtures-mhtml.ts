// Web archive (.mhtml) fixtures as bytes, written the way Chrome's "Save as single file" writes them: a
// multipart/related message whose page is quoted-printable HTML, followed by resources with
// Content-Location. Every byte is generated here; the image parts are a few bytes of our own, not pictures.
import iconv from 'iconv-lite';
import { qWord } from './fixtures-eml';

const CRLF = '\r\n';

/** Quoted-printable (RFC 2045): printable ASCII but "=" as is, the rest as =XX, soft line breaks at 76. */
export function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  let line = '';
  const put = (token: string) => {
    if (line.length + token.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += token;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d) continue;
    if (b === 0x0a) {
      lines.push(line);
      line = '';
      continue;
    }
    const next = bytes[i + 1];
    const blankAtEnd = (b === 0x20 || b === 0x09) && (next === undefined || next === 0x0a || next === 0x0d);
    const plain = ((b >= 33 && b <= 126 && b !== 0x3d) || b === 0x20 || b === 0x09) && !blankAtEnd;
    put(plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  lines.push(line);
  return lines.join(CRLF);
}

export interface ArchivePart {
  /** Header lines, e.g. "Content-Type: image/png". */
  headers: string[];
  /** The body as it appears in the file (already transfer-encoded). */
  body: string;
}

export interface ArchiveOptions {
  snapshotUrl?: string;
  date?: string;
  subject?: string;
  /** The `start` parameter: the Content-ID of the page part. */
  start?: string;
  parts: ArchivePart[];
}

const BOUNDARY = '----MultipartBoundary--Qm7hTest0Archive----';

/** Assembles a multipart/related archive with Chrome's top-level headers. */
export function makeMhtml(options: ArchiveOptions): Uint8Array {
  const lines = [
    'From: <Saved by Blink>',
    ...(options.snapshotUrl ? [`Snapshot-Content-Location: ${options.snapshotUrl}`] : []),
    ...(options.subject ? [`Subject: ${options.subject}`] : []),
    ...(options.date ? [`Date: ${options.date}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    ...(options.start ? [`\tstart="<${options.start}>";`] : []),
    `\tboundary="${BOUNDARY}"`,
    '',
    '',
  ];
  for (const part of options.parts) lines.push(`--${BOUNDARY}`, ...part.headers, '', part.body, '');
  lines.push(`--${BOUNDARY}--`, '');
  return new Uint8Array(Buffer.from(lines.join(CRLF), 'latin1'));
}

/** A page part: `html` encoded in `charset`, then quoted-printable, as Chrome writes the main frame. */
export function pagePart(html: string, options: { charset?: string; declareCharset?: boolean; location?: string; id?: string } = {}): ArchivePart {
  const charset = options.charset ?? 'utf-8';
  return {
    headers: [
      `Content-Type: text/html${options.declareCharset === false ? '' : `; charset="${charset}"`}`,
      ...(options.id ? [`Content-ID: <${options.id}>`] : []),
      'Content-Transfer-Encoding: quoted-printable',
      ...(options.location ? [`Content-Location: ${options.location}`] : []),
    ],
    body: quotedPrintable(new Uint8Array(iconv.encode(html, charset))),
  };
}

/** A few bytes that start like a PNG file (signature and an IHDR chunk header), base64 in 76-column lines. */
export function imagePart(options: { location?: string; id?: string }): ArchivePart {
  const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2, 0, 0, 0, 2, 8, 6, 0, 0, 0]);
  return {
    headers: [
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      ...(options.id ? [`Content-ID: <${options.id}>`] : []),
      ...(options.location ? [`Content-Location: ${options.location}`] : []),
    ],
    body: (bytes.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF),
  };
}

export const PAGE_URL = 'https://news.example/2024/03/talks';
export const RU_TITLE = 'Переговоры в Анкаре возобновятся';
export const RU_PARA =
  'Делегации встретились в понедельник и договорились продолжить переговоры о торговле, транспорте и ' +
  'безопасности в регионе. Следующий раунд пройдёт в апреле, сообщили в министерстве.';

/** The page Chrome would have saved: article, hostile markup, archived and remote images, a frame. */
export function hostilePage(): string {
  return `<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>${RU_TITLE}</title><link rel="stylesheet" href="https://news.example/site.css">
<script src="https://news.example/app.js"></script><script>alert('SCRIPT-TEXT')</script></head>
<body onload="alert('onload')"><nav><a href="/">Главная</a></nav>
<article><h1>${RU_TITLE}</h1>
<p>${RU_PARA} <img src="x" onerror="alert('onerror')"> <a href="javascript:alert('js')">ссылка</a>.</p>
<figure><img src="https://news.example/img/chart.png" alt="График товарооборота"></figure>
<p>${RU_PARA} <a href="/2024/03/next">Следующая статья</a>.</p>
<p><img src="cid:photo-1@mhtml.blink"></p>
<p><img src="https://elsewhere.example/remote.png" alt="Удалённый снимок"> ${RU_PARA}</p>
<iframe src="cid:frame-2@mhtml.blink"></iframe>
</article></body></html>`;
}

/**
 * A Chrome-like archive of `hostilePage()`: the page in windows-1251, quoted-printable; a script part, a
 * frame part with script (both hostile, neither may reach the text), a stylesheet and two images.
 */
export function hostileArchive(): Uint8Array {
  return makeMhtml({
    snapshotUrl: PAGE_URL,
    subject: qWord(RU_TITLE, 'windows-1251'),
    date: 'Tue, 5 Mar 2024 09:15:00 +0300',
    parts: [
      pagePart(hostilePage(), { charset: 'windows-1251', location: PAGE_URL, id: 'frame-0@mhtml.blink' }),
      { headers: ['Content-Type: text/css', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: https://news.example/site.css'], body: 'body { color: red } .x::after { content: "CSS-TEXT" }' },
      { headers: ['Content-Type: text/javascript', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: https://news.example/app.js'], body: "alert('PART-SCRIPT-TEXT')" },
      imagePart({ location: 'https://news.example/img/chart.png' }),
      imagePart({ id: 'photo-1@mhtml.blink' }),
      pagePart("<html><body><p>FRAME-TEXT</p><script>alert('frame')</script><img src=x onerror=alert(2)></body></html>", { id: 'frame-2@mhtml.blink' }),
    ],
  });
}
