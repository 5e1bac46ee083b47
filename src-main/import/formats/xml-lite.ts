// Just enough XML reading for package metadata (docProps/core.xml, container.xml, OPF, NCX): flat element
// lookup by local name with attributes and entity-decoded text. Not a general parser; never used on bodies.

export interface XmlElement {
  /** Qualified name as written, e.g. "dc:title". */
  name: string;
  /** Attributes by local name (prefix dropped), values entity-decoded. */
  attrs: Record<string, string>;
  /** Raw inner markup ("" for self-closing elements). */
  inner: string;
  /** Index just past the element (its closing tag, or its start tag when it has none). */
  end: number;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes the five XML entities, &nbsp; and numeric character references. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Removes comments, processing instructions and DOCTYPE; unwraps CDATA as escaped text. A single forward
 * scan (an unterminated construct swallows the rest), so it stays linear on hostile input.
 */
export function stripXmlNoise(xml: string): string {
  let out = '';
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    const kinds: [string, string][] = [['<!--', '-->'], ['<?', '?>'], ['<![CDATA[', ']]>']];
    const kind = kinds.find(([open]) => xml.startsWith(open, lt));
    const doctype = !kind && xml.slice(lt, lt + 9).toUpperCase() === '<!DOCTYPE';
    if (!kind && !doctype) {
      out += xml.slice(pos, lt + 1);
      pos = lt + 1;
      continue;
    }
    out += xml.slice(pos, lt);
    if (kind) {
      const [open, close] = kind;
      const end = xml.indexOf(close, lt + open.length);
      if (end < 0) return out;
      if (open === '<![CDATA[') out += escapeText(xml.slice(lt + open.length, end));
      pos = end + close.length;
    } else {
      const gt = xml.indexOf('>', lt);
      const bracket = xml.indexOf('[', lt);
      const end = bracket >= 0 && (gt < 0 || bracket < gt) ? xml.indexOf(']', bracket) : gt;
      const close = end < 0 ? -1 : xml.indexOf('>', end);
      if (close < 0) return out;
      pos = close + 1;
    }
  }
  return out + xml.slice(pos);
}

/** Parses an attribute list: keys are local names (prefix dropped), values entity-decoded. Linear scan. */
export function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const nameRe = /[\w.:-]+/y;
  const n = raw.length;
  let i = 0;
  while (i < n) {
    nameRe.lastIndex = i;
    const m = nameRe.exec(raw);
    if (!m) {
      i++;
      continue;
    }
    let j = nameRe.lastIndex;
    while (j < n && /\s/.test(raw[j]!)) j++;
    if (raw[j] !== '=') {
      i = j;
      continue;
    }
    j++;
    while (j < n && /\s/.test(raw[j]!)) j++;
    const quote = raw[j];
    if (quote !== '"' && quote !== "'") {
      i = j;
      continue;
    }
    const close = raw.indexOf(quote, j + 1);
    if (close < 0) break;
    const name = m[0];
    const key = name.includes(':') && !name.startsWith('xmlns') ? name.slice(name.indexOf(':') + 1) : name;
    if (!(key in attrs)) attrs[key] = decodeXmlEntities(raw.slice(j + 1, close));
    i = close + 1;
  }
  return attrs;
}

/**
 * Elements with the given local name (any or no prefix), in document order. Elements of the same name
 * must not nest (true for the metadata elements we read). Linear time on any input: every scan position
 * only moves forward, so hostile markup (unclosed tags, missing ">") cannot make it quadratic.
 */
export function findElements(xml: string, localName: string): XmlElement[] {
  const out: XmlElement[] = [];
  const want = localName.toLowerCase();
  // Once a closing tag is missing after some point it is missing after every later point: no rescans.
  const unclosed = new Set<string>();
  let gt = -1; // the next ">" at or after the current position
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    if (gt <= lt) gt = xml.indexOf('>', lt + 1);
    if (gt < 0) break;
    const nameMatch = /^<([\w.-]+:)?([\w.-]+)/.exec(xml.slice(lt, Math.min(lt + 256, gt)));
    if (!nameMatch || nameMatch[2]!.toLowerCase() !== want) {
      pos = lt + 1;
      continue;
    }
    const qname = nameMatch[0].slice(1);
    const rest = xml.slice(lt + nameMatch[0].length, gt);
    if (rest.length > 0 && !/^[\s/]/.test(rest)) {
      pos = lt + 1;
      continue;
    }
    const selfClosing = rest.endsWith('/');
    const attrs = parseAttrs(selfClosing ? rest.slice(0, -1) : rest);
    const openEnd = gt + 1;
    if (selfClosing) {
      out.push({ name: qname, attrs, inner: '', end: openEnd });
      pos = openEnd;
      continue;
    }
    const closeAt = unclosed.has(qname) ? -1 : xml.indexOf(`</${qname}`, openEnd);
    if (closeAt < 0) {
      unclosed.add(qname);
      out.push({ name: qname, attrs, inner: '', end: openEnd });
      pos = openEnd;
      continue;
    }
    const closeGt = xml.indexOf('>', closeAt);
    const end = closeGt < 0 ? xml.length : closeGt + 1;
    out.push({ name: qname, attrs, inner: xml.slice(openEnd, closeAt), end });
    pos = end;
  }
  return out;
}

/** Text content of markup: tags removed, entities decoded, whitespace collapsed. */
export function textOf(inner: string): string {
  let text = '';
  let pos = 0;
  while (pos < inner.length) {
    const lt = inner.indexOf('<', pos);
    if (lt < 0) break;
    text += `${inner.slice(pos, lt)} `;
    const gt = inner.indexOf('>', lt);
    if (gt < 0) {
      pos = inner.length;
      break;
    }
    pos = gt + 1;
  }
  text += inner.slice(pos);
  return decodeXmlEntities(text).replace(/\s+/g, ' ').trim();
}

/** Text of the first element with this local name that has non-empty text, or undefined. */
export function firstText(xml: string, localName: string): string | undefined {
  for (const el of findElements(xml, localName)) {
    const t = textOf(el.inner);
    if (t) return t;
  }
  return undefined;
}

/** Texts of every element with this local name, empty ones skipped. */
export function allTexts(xml: string, localName: string): string[] {
  return findElements(xml, localName)
    .map((el) => textOf(el.inner))
    .filter((t) => t.length > 0);
}
