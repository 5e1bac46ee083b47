// E-mail fixtures as bytes: multipart/alternative with QP and base64 parts, RFC 2047 headers, a KOI8-R body.
import iconv from 'iconv-lite';

const CRLF = '\r\n';

function b64(s: string, charset = 'utf-8'): string {
  return iconv.encode(s, charset).toString('base64');
}

/** RFC 2047 Q-encoding of a string in a charset. */
export function qWord(s: string, charset: string): string {
  const bytes = iconv.encode(s, charset);
  let out = '';
  for (const b of bytes) {
    if (b === 0x20) out += '_';
    else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) out += String.fromCharCode(b);
    else out += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `=?${charset}?Q?${out}?=`;
}

export const RU_SUBJECT = 'Сводка: переговоры в Анкаре';
export const RU_NAME = 'Иван Петров';

/** multipart/alternative: text/plain (quoted-printable) + text/html (base64); encoded-word headers. */
export function alternativeEml(): Uint8Array {
  const html = `<html><head><title>ignored</title></head><body><article><h1>Talks resume</h1>
<p>Delegations met in <strong>Ankara</strong> on Monday and agreed to continue.</p>
<p>Next round: <a href="https://example.org/next">schedule</a>. Цена вопроса — 5 млн.</p></article></body></html>`;
  const lines = [
    `From: ${qWord(RU_NAME, 'koi8-r')} <ivan@example.org>`,
    'To: desk@example.org',
    `Subject: =?UTF-8?B?${b64(RU_SUBJECT.slice(0, 8))}?=`,
    ` =?UTF-8?B?${b64(RU_SUBJECT.slice(8))}?=`,
    'Date: Tue, 5 Mar 2024 09:15:00 +0300',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1_XYZ"',
    '',
    'This is a multi-part message in MIME format.',
    '--b1_XYZ',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Delegations met in Ankara on Monday and agreed to con=',
    'tinue. Caf=C3=A9 talk.',
    '',
    '--b1_XYZ',
    'Content-Type: text/html; charset="utf-8"',
    'Content-Transfer-Encoding: base64',
    '',
    ...(b64(html).match(/.{1,76}/g) ?? []),
    '',
    '--b1_XYZ--',
    '',
  ];
  return new Uint8Array(Buffer.from(lines.join(CRLF), 'latin1'));
}

export const KOI8_BODY = 'Министр заявил, что поставки\nвозобновятся в апреле.\n\n> Это цитата из письма.\n\nС уважением,\nИван';

/** A single text/plain part in KOI8-R, 8bit transfer encoding. */
export function koi8Eml(): Uint8Array {
  const head = [
    'From: "Petrov, Ivan" <ivan@example.org>',
    `Subject: ${qWord('Поставки зерна', 'koi8-r')}`,
    'Date: 1 Apr 2024 18:00 GMT',
    'Content-Type: text/plain; charset=koi8-r',
    'Content-Transfer-Encoding: 8bit',
    '',
    '',
  ].join(CRLF);
  return new Uint8Array(Buffer.concat([Buffer.from(head, 'latin1'), iconv.encode(KOI8_BODY.replace(/\n/g, CRLF), 'koi8-r')]));
}

/** multipart/mixed: a quoted-printable plain body plus an attachment that must be ignored. */
export function mixedEml(): Uint8Array {
  const lines = [
    'From: analyst@example.org',
    'Subject: Plain report',
    'Date: Wed, 10 Jan 2024 08:00:00 -0500',
    'Content-Type: multipart/mixed; boundary=outer',
    '',
    '--outer',
    'Content-Type: text/plain; charset=iso-8859-1',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'The r=E9sum=E9 is attached.=20',
    '',
    'Second paragraph.',
    '--outer',
    'Content-Type: text/html; name="attached.html"',
    'Content-Disposition: attachment; filename="attached.html"',
    '',
    '<p>Attachment text must not appear.</p>',
    '--outer--',
  ];
  return new Uint8Array(Buffer.from(lines.join(CRLF), 'latin1'));
}
