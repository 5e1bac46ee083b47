// Just enough XML for REFI-QDA files: an escaping writer and a small tolerant reader that builds a tree
// (elements, attributes, text; comments, processing instructions and DOCTYPE skipped; CDATA kept as text).

/** Text and attribute values: &, <, >, both quotes, and the control characters XML 1.0 allows as references. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** An element with attributes (undefined ones left out) and children (strings are pre-escaped markup). */
export function element(name: string, attrs: Record<string, string | number | boolean | undefined>, children: readonly string[] = [], indent = ''): string {
  let open = `${indent}<${name}`;
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) open += ` ${key}="${escapeXml(String(value))}"`;
  if (children.length === 0) return open + '/>';
  return `${open}>\n${children.join('\n')}\n${indent}</${name}>`;
}

/** An element holding only text, escaped, on one line (LFs as references, so whitespace survives). */
export function textElement(name: string, text: string, indent = ''): string {
  return `${indent}<${name}>${escapeXml(text)}</${name}>`;
}

export interface XmlNode {
  /** Local name (any prefix dropped). */
  name: string;
  /** Attributes by local name, entity-decoded. */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The element's own text (entity-decoded, CDATA included), children's text excluded. */
  text: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Parses XML into a tree and returns the root element, or null when there is none. Tolerant: unknown
 * entities stay as written, a stray closing tag is ignored, unclosed elements are closed at the end.
 */
export function parseXml(xml: string): XmlNode | null {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const top = stack[stack.length - 1]!;
    if (lt < 0) {
      top.text += decodeEntities(xml.slice(i));
      break;
    }
    if (lt > i) top.text += decodeEntities(xml.slice(i, lt));
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      top.text += xml.slice(lt + 9, end < 0 ? n : end);
      i = end < 0 ? n : end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      i = end < 0 ? n : end + 2;
    } else if (xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
    } else if (xml.charCodeAt(lt + 1) === 0x2f) {
      const end = xml.indexOf('>', lt + 2);
      const name = localName(xml.slice(lt + 2, end < 0 ? n : end).trim());
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      i = end < 0 ? n : end + 1;
    } else {
      // A start tag: find its end outside quoted attribute values.
      let j = lt + 1;
      let quote = 0;
      for (; j < n; j++) {
        const c = xml.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e) break;
      }
      const body = xml.slice(lt + 1, j);
      const selfClosing = body.endsWith('/');
      const inner = selfClosing ? body.slice(0, -1) : body;
      const nameEnd = inner.search(/[\s/]|$/);
      const node: XmlNode = { name: localName(inner.slice(0, nameEnd)), attrs: {}, children: [], text: '' };
      for (const m of inner.slice(nameEnd).matchAll(ATTR)) node.attrs[localName(m[1]!)] = decodeEntities(m[2] ?? m[3] ?? '');
      top.children.push(node);
      if (!selfClosing) stack.push(node);
      i = j + 1;
    }
  }
  return root.children[0] ?? null;
}

/** Direct children with a local name. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

export function childNamed(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}
