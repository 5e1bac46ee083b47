// A pattern view as a standalone SVG picture to take away (a file, a briefing, a PDF): always the light
// theme, whatever the app's, since it is printed and pasted onto white pages. Matrix and co-occurrence are
// heat cells (shade and size by count, the number written in), a timeline is one lane per row with a mark
// per period sized by its count, the periods on a time axis as the view places them. Text is measured by
// estimate (no DOM here), labels are escaped and cut at LABEL_CHARS with the whole label kept in a <title>
// for viewers that show it.
import { periodStart } from './axes';
import type { PatternAxisItem, PatternTable } from './table';

/** The colour-blind-safe default palette (Okabe and Ito) for rows without a tag colour. */
export const DEFAULT_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#999933', '#000000'] as const;

const FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif";
const PAD = 16;
const TITLE_H = 28;
const CAPTION_H = 22;
const CHAR_W = 7; // an estimate of the 12 px font's average advance, wide enough for capitals
const LABEL_CHARS = 40;
const INDENT = 12;
const CELL = 30;
const LANE = 26;
const INK = '#1f2937';
const MUTED = '#6b7280';
const EMPTY = '#f3f4f6';

/** Text safe in XML content and attribute values: markup escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A row's colour: its own when it is a plain #rrggbb, else the palette's by position. */
export function rowColor(row: PatternAxisItem, index: number): string {
  return row.color && /^#[0-9a-f]{6}$/i.test(row.color) ? row.color : DEFAULT_PALETTE[index % DEFAULT_PALETTE.length]!;
}

function cut(label: string): string {
  const chars = Array.from(label);
  return chars.length <= LABEL_CHARS ? label : chars.slice(0, LABEL_CHARS - 1).join('').trimEnd() + '…';
}

/** At most `chars` characters, an ellipsis marking a cut. */
function fit(text: string, chars: number): string {
  const all = Array.from(text);
  return all.length <= chars ? text : all.slice(0, Math.max(1, chars - 1)).join('') + '…';
}

function textWidth(label: string): number {
  return Array.from(cut(label)).length * CHAR_W;
}

/** A label as SVG text with the full label as its tooltip when it had to be cut. */
function label(text: string, attrs: string): string {
  const shown = cut(text);
  const tip = shown === text ? '' : `<title>${escapeXml(text)}</title>`;
  return `<text ${attrs}>${tip}${escapeXml(shown)}</text>`;
}

function maxCount(table: PatternTable): number {
  let max = 0;
  for (const row of table.counts) for (const n of row) if (n > max) max = n;
  return max;
}

function total(table: PatternTable): number {
  let sum = 0;
  for (const row of table.counts) for (const n of row) sum += n;
  return sum;
}

const round = (n: number): string => String(Math.round(n * 10) / 10);

/** Where each column sits: its centre, and whether its header is written (a timeline labels a few ticks). */
interface ColumnPlaces {
  x: number[];
  labelled: boolean[];
  /** The width the lanes or cells take. */
  width: number;
  /** x of the line between dated periods and the undated column, when there is one. */
  divider: number | null;
}

/** Cells side by side, every column labelled. */
function cellPlaces(count: number, x0: number): ColumnPlaces {
  return { x: Array.from({ length: count }, (_, i) => x0 + i * CELL + CELL / 2), labelled: Array.from({ length: count }, () => true), width: count * CELL, divider: null };
}

/**
 * A timeline's columns on a time axis, as the view draws them: periods placed by their dates, at most eight
 * of them labelled, columns that are no period (undated) apart at the right. Columns that are none of them
 * periods are spaced evenly.
 */
function timePlaces(columns: readonly PatternAxisItem[], x0: number): ColumnPlaces {
  const starts = columns.map((c) => periodStart(c.key));
  const dated = starts.flatMap((t, i) => (Number.isNaN(t) ? [] : [i]));
  if (dated.length === 0) {
    const step = Math.max(18, Math.min(48, 720 / Math.max(1, columns.length)));
    return { x: columns.map((_, i) => x0 + i * step + step / 2), labelled: columns.map(() => true), width: columns.length * step, divider: null };
  }
  const plot = Math.max(480, Math.min(720, dated.length * 36));
  const lo = Math.min(...dated.map((i) => starts[i]!));
  const hi = Math.max(...dated.map((i) => starts[i]!));
  const every = Math.ceil(dated.length / 8);
  const ticks = new Set(dated.filter((_, k) => k % every === 0));
  const others = columns.length - dated.length;
  const x: number[] = [];
  let other = 0;
  starts.forEach((t) => {
    if (Number.isNaN(t)) x.push(x0 + plot + 24 + other++ * 36 + 18);
    else x.push(hi === lo ? x0 + plot / 2 : x0 + 12 + ((t - lo) / (hi - lo)) * (plot - 24));
  });
  return {
    x,
    labelled: starts.map((t, i) => Number.isNaN(t) || ticks.has(i)),
    width: others > 0 ? plot + 24 + others * 36 : plot,
    divider: others > 0 ? x0 + plot + 12 : null,
  };
}

/** Column headers slanted up to the right, so long titles fit over narrow columns. */
function columnHeaders(columns: readonly PatternAxisItem[], places: ColumnPlaces, baseline: number): string {
  return columns
    .map((c, i) => {
      if (!places.labelled[i]) return '';
      const x = round(places.x[i]!);
      return label(c.label, `x="${x}" y="${round(baseline)}" transform="rotate(-45 ${x} ${round(baseline)})" font-size="11" fill="${INK}"`);
    })
    .join('');
}

function headerHeight(columns: readonly PatternAxisItem[]): number {
  const longest = Math.max(0, ...columns.map((c) => textWidth(c.label)));
  return Math.ceil(longest * Math.SQRT1_2) + 14;
}

function rowLabelWidth(rows: readonly PatternAxisItem[]): number {
  return Math.max(60, ...rows.map((r) => textWidth(r.label) + (r.depth ?? 0) * INDENT)) + 12;
}

function rowLabels(rows: readonly PatternAxisItem[], x: number, y0: number, step: number): string {
  return rows
    .map((r, i) => label(r.label, `x="${x + (r.depth ?? 0) * INDENT}" y="${round(y0 + i * step + step / 2 + 4)}" font-size="12" fill="${INK}"`))
    .join('');
}

function heatCells(table: PatternTable, x0: number, y0: number): string {
  const max = maxCount(table) || 1;
  let out = '';
  table.rows.forEach((row, r) => {
    const color = rowColor(row, r);
    table.columns.forEach((column, c) => {
      const n = table.counts[r]?.[c] ?? 0;
      const x = x0 + c * CELL;
      const y = y0 + r * CELL;
      out += `<rect x="${x + 1}" y="${y + 1}" width="${CELL - 2}" height="${CELL - 2}" fill="${EMPTY}"/>`;
      if (n <= 0) return;
      const share = n / max;
      const side = (CELL - 2) * (0.45 + 0.55 * Math.sqrt(share));
      const inset = (CELL - side) / 2;
      const opacity = 0.3 + 0.7 * share;
      out += `<rect x="${round(x + inset)}" y="${round(y + inset)}" width="${round(side)}" height="${round(side)}" fill="${color}" fill-opacity="${round(opacity)}"><title>${escapeXml(`${row.label} × ${column.label}: ${n}`)}</title></rect>`;
      const ink = opacity > 0.6 ? '#ffffff' : INK;
      out += `<text x="${x + CELL / 2}" y="${y + CELL / 2 + 4}" font-size="11" text-anchor="middle" fill="${ink}">${n}</text>`;
    });
  });
  return out;
}

function timelineLanes(table: PatternTable, x0: number, y0: number, places: ColumnPlaces): string {
  const max = maxCount(table) || 1;
  let out = '';
  table.rows.forEach((row, r) => {
    const color = rowColor(row, r);
    const y = y0 + r * LANE;
    if (r % 2 === 0) out += `<rect x="${x0}" y="${y}" width="${round(places.width)}" height="${LANE}" fill="${EMPTY}"/>`;
    out += `<line x1="${x0}" y1="${y + LANE / 2}" x2="${round(x0 + places.width)}" y2="${y + LANE / 2}" stroke="#d1d5db" stroke-width="1"/>`;
    table.columns.forEach((column, c) => {
      const n = table.counts[r]?.[c] ?? 0;
      if (n <= 0) return;
      const radius = 3 + 7 * Math.sqrt(n / max);
      out += `<circle cx="${round(places.x[c]!)}" cy="${y + LANE / 2}" r="${round(radius)}" fill="${color}" fill-opacity="0.85"><title>${escapeXml(`${row.label}, ${column.label}: ${n}`)}</title></circle>`;
    });
  });
  if (places.divider !== null) {
    out += `<line x1="${round(places.divider)}" y1="${y0}" x2="${round(places.divider)}" y2="${y0 + table.rows.length * LANE}" stroke="${MUTED}" stroke-width="1"/>`;
  }
  return out;
}

/** The picture's size and content, laid out from the table alone. */
export function patternSvg(table: PatternTable): string {
  const timeline = table.kind === 'timeline';
  const labelW = rowLabelWidth(table.rows);
  const x0 = PAD + labelW;
  const places = timeline ? timePlaces(table.columns, x0) : cellPlaces(table.columns.length, x0);
  const headerH = headerHeight(table.columns.filter((_, i) => places.labelled[i]));
  const rowStep = timeline ? LANE : CELL;
  const y0 = PAD + TITLE_H + headerH;
  const gridW = places.width;
  const gridH = table.rows.length * rowStep;
  const height = Math.ceil(y0 + gridH + CAPTION_H + PAD);
  const summary = `${table.rowsLabel} by ${table.columnsLabel.toLowerCase()}: ${table.rows.length} × ${table.columns.length}, ${total(table)} in all.`;
  const desc = table.caption ? `${table.caption}. ${summary}` : summary;
  const captionW = Math.min(Array.from(desc).length, 120) * 6;
  // Slanted column headers reach right of their column by their length's horizontal share.
  const headersRight = Math.max(0, ...table.columns.map((c, i) => (places.labelled[i] ? places.x[i]! + textWidth(c.label) * Math.SQRT1_2 + 8 : 0)));
  const width = Math.ceil(Math.max(x0 + gridW + PAD + 40, headersRight + PAD, PAD * 2 + textWidth(table.title) * 1.3, PAD * 2 + captionW));
  const empty = table.rows.length === 0 || table.columns.length === 0;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>\n`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="view-title view-desc" font-family="${escapeXml(FONT)}">`,
    `<title id="view-title">${escapeXml(table.title)}</title>`,
    `<desc id="view-desc">${escapeXml(desc)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${PAD + 16}" font-size="16" font-weight="600" fill="${INK}">${escapeXml(table.title)}</text>`,
    empty ? `<text x="${PAD}" y="${y0}" font-size="12" fill="${MUTED}">Nothing to show.</text>` : '',
    columnHeaders(table.columns, places, y0 - 6),
    rowLabels(table.rows, PAD, y0, rowStep),
    timeline ? timelineLanes(table, x0, y0, places) : heatCells(table, x0, y0),
    `<text x="${PAD}" y="${y0 + gridH + 18}" font-size="11" fill="${MUTED}">${escapeXml(fit(desc, Math.floor((width - 2 * PAD) / 6)))}</text>`,
    `</svg>\n`,
  ].join('');
}
