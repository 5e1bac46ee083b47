// A tiny YAML emitter for front matter: string scalars and lists of strings only, written so that
// YAML 1.2 (the `yaml` package, Pandoc) and YAML 1.1 readers (Obsidian, PyYAML) read back strings.

export type FrontMatterValue = string | readonly string[];

/**
 * Plain (unquoted) only for text that starts with a letter and uses no character YAML gives a
 * meaning to (`:`, `#`, brackets, braces, indicators at the start) and is not a 1.1 boolean/null.
 */
const PLAIN = /^\p{L}[\p{L}\p{N}\p{M} .,;!?'’"“”«»()\-–—/&+%@]*$/u;
const RESERVED_WORDS = /^(?:y|n|yes|no|true|false|on|off|null)$/i;
/** ISO 8601 dates and date-times stay plain: YAML 1.2 reads them as strings, 1.1 as timestamps. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

const SHORT_ESCAPES: Record<number, string> = {
  0x00: '\\0',
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x1b: '\\e',
  0x22: '\\"',
  0x5c: '\\\\',
};

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/** Characters a double-quoted scalar must escape: C0, DEL, C1, line/paragraph separators, BOM, non-characters, lone surrogates. */
function needsEscape(code: number, s: string, i: number): boolean {
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) return true;
  if (code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0xfffe || code === 0xffff) return true;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = s.charCodeAt(i + 1);
    return !(low >= 0xdc00 && low <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const high = s.charCodeAt(i - 1);
    return !(high >= 0xd800 && high <= 0xdbff);
  }
  return false;
}

/** A double-quoted YAML scalar on one line. */
export function yamlQuoted(value: string): string {
  let out = '"';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const short = SHORT_ESCAPES[code];
    if (short === undefined && !needsEscape(code, value, i)) continue;
    out += value.slice(from, i);
    out += short ?? (code <= 0xff ? '\\x' + hex(code, 2) : '\\u' + hex(code, 4));
    from = i + 1;
  }
  return out + value.slice(from) + '"';
}

/** A YAML scalar for a string: plain when it cannot be misread, double-quoted otherwise. */
export function yamlString(value: string): string {
  if (ISO_DATE.test(value)) return value;
  if (PLAIN.test(value) && !RESERVED_WORDS.test(value) && !value.endsWith(' ')) return value;
  return yamlQuoted(value);
}

/** `---`-fenced front matter; undefined values are left out, lists are block sequences. */
export function frontMatter(entries: ReadonlyArray<readonly [string, FrontMatterValue | undefined]>): string {
  let out = '---\n';
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    if (typeof value === 'string') {
      out += `${key}: ${yamlString(value)}\n`;
    } else if (value.length === 0) {
      out += `${key}: []\n`;
    } else {
      out += `${key}:\n`;
      for (const item of value) out += `  - ${yamlString(item)}\n`;
    }
  }
  return out + '---\n';
}
