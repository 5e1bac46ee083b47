// HTML character references left in plain text ("&#163;1.8m", "risqu&#233;", "Q&amp;A"), decoded: text copied
// from a web page's source or a feed keeps them. Numeric references and the named ones such text uses.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·',
  pound: '£', euro: '€', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', deg: '°', sect: '§',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', aelig: 'æ', oelig: 'œ',
  Eacute: 'É', Egrave: 'È', Aacute: 'Á', Agrave: 'À', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä', Ccedil: 'Ç', Ntilde: 'Ñ',
  times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', shy: '\u00AD', thinsp: '\u2009',
};

/** Whether `code` is a character a reference may name (not a surrogate, not beyond Unicode, not NUL). */
function isScalar(code: number): boolean {
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
}

/** `text` with its character references decoded; anything that is not one is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));/g, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED[name] ?? whole;
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
      return isScalar(code) ? String.fromCodePoint(code) : whole;
    })
    .normalize('NFC');
}
