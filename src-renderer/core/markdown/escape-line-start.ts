// Block syntax at the start of a paragraph line: what CommonMark, GFM, Obsidian and Pandoc could read
// as a heading, quote, list, break, fence, table or definition there, and the whitespace they strip.

export const BACKSLASH = 1;
export const ENTITY = 2;

const SPACE = 32;
const TAB = 9;

const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
/** GFM / Pandoc pipe-table delimiter row, Pandoc simple-table dash rows. */
const TABLE_DELIMITER = /^[|:\- \t]*-[|:\- \t]*$/;
const ORDERED_MARKER = /^[0-9]{1,9}[.)](?=[ \t]|$)/;
const ROMAN = '(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})';
/** Pandoc fancy_lists: `a.`, `iv)`; capital letter + period needs two spaces (so `A. Smith` is prose). */
const FANCY_LOWER = new RegExp(`^(?:[a-z]|${ROMAN})[.)](?=[ \\t]|$)`);
const FANCY_UPPER = new RegExp(`^(?:[A-Z]|${ROMAN.toUpperCase()})(?:\\)(?=[ \\t]|$)|\\.(?=\\t|  |$))`);
/** Pandoc `(a)`, `(1)`, `(iv)`, `(#)`, example lists `(@)`, `@good)`. */
const PAREN_MARKER = new RegExp(`^\\((?:[0-9]{1,9}|[a-zA-Z]|${ROMAN}|#|@[\\w-]*)\\)(?=[ \\t]|$)`, 'i');
const EXAMPLE_MARKER = /^@[\w-]*[.)](?=[ \t]|$)/;

export function isSpaceOrTab(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Backslash every character of the run of `s[p]` starting at p (stops at q). */
export function markRun(s: string, p: number, q: number, flag: Uint8Array): void {
  const c = s.charCodeAt(p);
  for (let k = p; k < q && s.charCodeAt(k) === c; k++) flag[k] = BACKSLASH;
}

/** Block syntax that a line of a paragraph could start (or, as a first line, open). */
export function markLineStart(s: string, p: number, q: number, flag: Uint8Array): void {
  const c = s.charCodeAt(p);
  if (isSpaceOrTab(c)) {
    flag[p] = ENTITY; // stripped at a line start; also keeps indented code away
    return;
  }
  const next = p + 1 < q ? s.charCodeAt(p + 1) : -1;
  const endsOrSpace = next === -1 || isSpaceOrTab(next);
  const ch = s.charAt(p);
  switch (ch) {
    case '>': // block quote
      flag[p] = BACKSLASH;
      return;
    case '#': {
      // ATX heading; Pandoc `#.` list marker
      let k = p;
      while (k < q && s.charCodeAt(k) === 0x23) k++;
      const after = k < q ? s.charCodeAt(k) : -1;
      if (after === -1 || isSpaceOrTab(after)) flag[p] = BACKSLASH;
      else if (k === p + 1 && (after === 0x2e || after === 0x29) && (k + 1 >= q || isSpaceOrTab(s.charCodeAt(k + 1)))) flag[p] = BACKSLASH;
      return;
    }
    case '-':
    case '+':
    case '*':
    case '_':
    case '=':
    case '|':
    case ':':
    case '~': {
      if (endsOrSpace && ch !== '_' && ch !== '=') {
        flag[p] = BACKSLASH; // bullet, Pandoc line block / definition list
        return;
      }
      if (ch === '+' && (next === 0x2d || next === 0x3d || next === 0x3a)) {
        flag[p] = BACKSLASH; // Pandoc grid table
        return;
      }
      const line = s.slice(p, q);
      if (THEMATIC_BREAK.test(line) || SETEXT_UNDERLINE.test(line) || TABLE_DELIMITER.test(line)) flag[p] = BACKSLASH;
      else if (ch === '~' && line.startsWith('~~~')) markRun(s, p, q, flag); // fenced code
      return;
    }
    case '(': {
      if (PAREN_MARKER.test(s.slice(p, Math.min(q, p + 24)))) flag[p] = BACKSLASH;
      return;
    }
    case '@':
      if (EXAMPLE_MARKER.test(s.slice(p, Math.min(q, p + 40)))) flag[p] = BACKSLASH;
      return;
  }
  if (c >= 0x30 && c <= 0x39) {
    if (!markerAfterRun(s, p, q, isDigit)) return;
    const m = ORDERED_MARKER.exec(s.slice(p, Math.min(q, p + 12)));
    if (m) flag[p + m[0].length - 1] = BACKSLASH; // `1986\. The`
  } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
    if (!markerAfterRun(s, p, q, isAsciiLetter)) return;
    const head = s.slice(p, Math.min(q, p + 12));
    const m = c >= 0x61 ? FANCY_LOWER.exec(head) : FANCY_UPPER.exec(head);
    if (m) flag[p + m[0].length - 1] = BACKSLASH;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * Whether the run of `inRun` characters at p is followed by `.` or `)` within the 12 characters the
 * list-marker patterns look at: every ordered or fancy marker needs that, and most lines (a word
 * then a space) fail it at once, so the patterns run only on the rest.
 */
function markerAfterRun(s: string, p: number, q: number, inRun: (c: number) => boolean): boolean {
  const end = Math.min(q, p + 12);
  let k = p;
  while (k < end && inRun(s.charCodeAt(k))) k++;
  if (k === end) return false;
  const c = s.charCodeAt(k);
  return c === 0x2e || c === 0x29;
}
