// Rebuilds reading text from positioned PDF text items: lines by baseline, running headers/footers and
// page numbers dropped, paragraphs by vertical gap / indent / short last line, hyphenation and page breaks joined.

export interface PdfTextItem {
  str: string;
  /** Baseline origin in PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface PdfPageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

export interface PdfLine {
  page: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

export interface PdfParagraph {
  kind: 'heading' | 'paragraph';
  level?: number;
  page: number;
  text: string;
  size: number;
}

/** Groups one page's items into lines, in content-stream order (keeps columns apart). */
export function linesOfPage(page: PdfPageText): PdfLine[] {
  type Open = Omit<PdfLine, 'text'> & { parts: string[] };
  const lines: Open[] = [];
  let cur: Open | null = null;
  for (const item of page.items) {
    const size = item.fontSize > 0 ? item.fontSize : 10;
    if (item.str.length === 0) continue;
    const sameLine =
      cur !== null && Math.abs(item.y - cur.y) <= 0.45 * Math.max(size, cur.size) && item.x >= cur.right - Math.max(size, cur.size);
    if (cur && sameLine) {
      const gap = item.x - cur.right;
      const lastPart = cur.parts[cur.parts.length - 1] ?? '';
      if (gap > 0.15 * size && !/\s$/.test(lastPart) && !/^\s/.test(item.str)) cur.parts.push(' ');
      cur.parts.push(item.str);
      cur.right = Math.max(cur.right, item.x + item.width);
      if (item.str.trim()) cur.size = Math.max(cur.size, size);
      continue;
    }
    cur = { page: page.page, parts: [item.str], x: item.x, right: item.x + item.width, y: item.y, size };
    lines.push(cur);
  }
  const out: PdfLine[] = [];
  for (const { parts, ...l } of lines) {
    const text = parts.join('').replace(/[\s\u00A0]+/g, ' ').trim();
    if (text) out.push({ ...l, text });
  }
  return out;
}

const PAGE_NUMBER = [
  /^(page|p\.|pg\.?|seite|стр\.?|страница)?\s*\d{1,4}(\s*(of|\/|из|von)\s*\d{1,4})?$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^\[\s*\d{1,4}\s*\]$/,
  /^[ivxlcdm]{1,7}$/i,
];

/** True for a bare page number: "3", "Page 3 of 9", "- 3 -", "iv". */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(text.trim()));
}

/** Matching key of an edge line: the outermost line may differ in its digits ("Page 3"), the next must match exactly. */
function edgeKey(text: string, outermost: boolean): string {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return outermost ? t.replace(/\d+/g, '#') : `=${t}`;
}

const EDGE_LINES = 2;

/** Drops running headers/footers (repeated at page edges) and page numbers at page edges. */
export function removeRunningLines(pages: PdfLine[][]): PdfLine[][] {
  // For each page and zone, its edge lines with their matching keys (outermost first).
  const edges = pages.map((lines) => {
    const byY = [...lines].sort((a, b) => b.y - a.y);
    const top = byY.slice(0, EDGE_LINES);
    const bottom = byY.slice(-EDGE_LINES).reverse();
    const keyed = (ls: PdfLine[]) => new Map(ls.map((l, rank) => [l, edgeKey(l.text, rank === 0)]));
    return { top: keyed(top), bottom: keyed(bottom) };
  });
  const counts = { top: new Map<string, number>(), bottom: new Map<string, number>() };
  for (const edge of edges) {
    for (const zone of ['top', 'bottom'] as const) {
      for (const k of new Set(edge[zone].values())) counts[zone].set(k, (counts[zone].get(k) ?? 0) + 1);
    }
  }
  // Text that also occurs away from the page edges is content (a repeated phrase), not a running line.
  const interior = new Set<string>();
  pages.forEach((lines, i) => {
    for (const l of lines) {
      if (!edges[i]!.top.has(l) && !edges[i]!.bottom.has(l)) interior.add(edgeKey(l.text, true)).add(edgeKey(l.text, false));
    }
  });
  const threshold = Math.max(2, Math.ceil(pages.length * 0.4));
  return pages.map((lines, i) => {
    const edge = edges[i]!;
    return lines.filter((l) => {
      for (const zone of ['top', 'bottom'] as const) {
        const key = edge[zone].get(l);
        if (key === undefined) continue;
        if (isPageNumber(l.text)) return false;
        if ((counts[zone].get(key) ?? 0) >= threshold && !interior.has(key)) return false;
      }
      return true;
    });
  });
}

function mode(values: number[], fallback: number): number {
  const counts = new Map<number, number>();
  let best = fallback;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function median(values: number[], fallback: number): number {
  if (values.length === 0) return fallback;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const HYPHEN_END = /[\p{L}][-\u2010\u00AD]$/u;
const TERMINAL = /[.!?…:;]["'”’»)\]]*$/;

/**
 * Appends line `b` to a paragraph kept as parts (each part at most a line, so every test here is O(1)):
 * "interna-" + "tional" -> "international"; "Anglo-" + "Saxon" -> "Anglo-Saxon"; else a space.
 */
function pushLine(parts: string[], b: string): void {
  const i = parts.length - 1;
  const a = parts[i];
  if (a === undefined) {
    parts.push(b);
    return;
  }
  if (a.endsWith('\u00AD')) parts[i] = a.slice(0, -1);
  else if (HYPHEN_END.test(a.slice(-3))) {
    if (/^\p{Ll}/u.test(b)) parts[i] = a.slice(0, -1);
  } else parts.push(' ');
  parts.push(b);
}

/** Joins two lines of one paragraph (see pushLine). */
export function joinLines(a: string, b: string): string {
  const parts = [a];
  pushLine(parts, b);
  return parts.join('');
}

interface OpenParagraph {
  kind: 'heading' | 'paragraph';
  level?: number;
  page: number;
  size: number;
  parts: string[];
  last: PdfLine;
}

/** Builds headings and paragraphs from cleaned lines of every page, joining paragraphs across pages. */
export function paragraphsOf(pages: PdfLine[][]): PdfParagraph[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  const roundSize = (s: number): number => Math.round(s * 2) / 2;
  const weighted: number[] = [];
  for (const l of all) for (let i = 0; i < Math.min(l.text.length, 200); i += 10) weighted.push(roundSize(l.size));
  const body = mode(weighted, 10);
  const headingSizes = [...new Set(all.filter((l) => l.size >= body * 1.2).map((l) => roundSize(l.size)))].sort((a, b) => b - a);
  const levelOf = (size: number): number => Math.min(6, headingSizes.indexOf(roundSize(size)) + 1 || 1);

  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      const dy = a.y - b.y;
      if (Math.abs(a.size - body) < 0.5 && Math.abs(b.size - body) < 0.5 && dy > 0 && dy < body * 3) gaps.push(dy);
    }
  }
  const leading = median(gaps, body * 1.2);

  const out: OpenParagraph[] = [];
  for (const lines of pages) {
    const bodyLines = lines.filter((l) => Math.abs(l.size - body) < 0.5);
    const margin = mode(bodyLines.map((l) => Math.round(l.x)), lines[0]?.x ?? 0);
    const rightEdge = median(bodyLines.map((l) => l.right), 0);
    const measure = Math.max(1, rightEdge - margin);
    const pageStart = out.length;
    let cur: OpenParagraph | null = null;
    for (const line of lines) {
      const isHeading = line.size >= body * 1.2;
      if (cur) {
        const prev = cur.last;
        const dy = prev.y - line.y;
        const sizeChange = Math.abs(line.size - prev.size) > 0.15 * Math.max(line.size, prev.size);
        const expected = (leading * Math.max(line.size, prev.size)) / body;
        const gap = dy <= 0 || dy > expected * 1.4 + 0.5;
        const indent = line.x - margin > line.size * 0.9 && line.x - margin < measure * 0.3 && prev.x < line.x - line.size * 0.5;
        const shortEnd = !isHeading && TERMINAL.test(prev.text.slice(-8)) && prev.right < margin + measure * 0.8 && prev.x - margin < measure * 0.3;
        if (sizeChange || gap || (!isHeading && (indent || shortEnd))) cur = null;
      }
      if (!cur) {
        cur = { kind: isHeading ? 'heading' : 'paragraph', page: line.page, size: line.size, parts: [line.text], last: line };
        if (isHeading) cur.level = levelOf(line.size);
        out.push(cur);
        continue;
      }
      pushLine(cur.parts, line.text);
      cur.last = line;
    }
    // A paragraph continuing from the previous page is joined to it (and keeps the earlier page).
    const first = out[pageStart];
    const before = out[pageStart - 1];
    if (first && before && first.kind === 'paragraph' && before.kind === 'paragraph' && first.page !== before.page) {
      const similar = Math.abs(first.size - before.size) <= 0.15 * Math.max(first.size, before.size);
      const indented = first.parts.length > 0 && lines[0] !== undefined && lines[0].x - margin > lines[0].size * 0.9;
      const tail = before.parts[before.parts.length - 1] ?? '';
      const head = first.parts[0] ?? '';
      const continues = /^\p{Ll}/u.test(head) || (!TERMINAL.test(tail.slice(-8)) && !indented) || HYPHEN_END.test(tail.slice(-3));
      if (similar && continues) {
        // Only the seam is re-joined; the rest of the page's parts are already joined.
        pushLine(before.parts, first.parts[0] ?? '');
        for (let k = 1; k < first.parts.length; k++) before.parts.push(first.parts[k]!);
        before.last = first.last;
        out.splice(pageStart, 1);
      }
    }
  }
  return out.map((p) => ({
    kind: p.kind,
    page: p.page,
    text: p.parts.join(''),
    size: p.size,
    ...(p.level ? { level: p.level } : {}),
  }));
}
