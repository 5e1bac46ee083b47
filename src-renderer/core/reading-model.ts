// Turns an article and its statements into what the reader draws: blocks grouped into lists, each block
// split into statements and the gaps between them, each statement split by its inline marks. Pure.
import type { Article, Block, Mark } from './article';
import { firstPassing } from './search-sorted';

export interface Statement {
  /** Stable within one text version: derived from the offsets. */
  id: string;
  start: number;
  end: number;
  /** Index of the block that holds it. */
  block: number;
}

/** A run of statement text with the inline marks that cover all of it. */
export interface Segment {
  text: string;
  marks: Mark['kind'][];
  href?: string;
}

export type Part = { kind: 'gap'; text: string } | { kind: 'statement'; statement: Statement; segments: Segment[] };

export interface BlockView {
  index: number;
  /** 1-based paragraph number shown in the margin and cited in exports (the title is not counted). */
  number: number;
  block: Block;
  parts: Part[];
  /**
   * A list item's bullet or number ("•", "3."), drawn beside it and never part of its text or statements;
   * absent when the item's text starts with its own number (plain-text lists).
   */
  marker?: string;
}

/** Blocks shown but never split into statements: a figure is a picture's placeholder, not a claim. */
export function yieldsStatements(block: Pick<Block, 'kind'>): boolean {
  return block.kind !== 'figure';
}

/** The 1-based paragraph number of block `index` (blocks after a title count from 1); undefined for the title. */
export function paragraphNumber(blocks: readonly Pick<Block, 'kind'>[], index: number): number | undefined {
  if (index < 0 || index >= blocks.length) return undefined;
  if (blocks[index]!.kind === 'title') return undefined;
  return blocks[0]?.kind === 'title' ? index : index + 1;
}

/** Bullets by nesting depth, as browsers draw them. */
const BULLETS = ['•', '◦', '▪'];

/** A list item's bullet (by depth) or number; undefined when its text starts with its own number. */
export function listMarkerOf(text: string, block: Block): string | undefined {
  if (block.ordinal === undefined) return BULLETS[Math.max(0, (block.level ?? 1) - 1) % BULLETS.length];
  return showsOwnNumber(text, block) ? undefined : `${block.ordinal}.`;
}

/**
 * A block, or a run of list items. `numbered`: the items' text starts with their own numbers ("1. …", kept
 * by the plain-text importer), so the list must not number them again.
 */
export type Unit = { kind: 'block'; view: BlockView } | { kind: 'list'; ordered: boolean; numbered?: true; items: BlockView[] };

/** Whether the list item's text starts with its own number: "3. …", "3) …". */
function showsOwnNumber(text: string, block: Block): boolean {
  if (block.ordinal === undefined) return false;
  const number = String(block.ordinal);
  const after = text.charAt(block.start + number.length);
  return text.startsWith(number, block.start) && (after === '.' || after === ')');
}

export function statementId(start: number, end: number): string {
  return `s${start}-${end}`;
}

/** The start offset an id `s<start>-<end>` names, or -1 when `id` is not of that form. Read by hand: it
 * runs for every annotation each time the looks are worked out. */
function idStart(id: string): number {
  if (id.charCodeAt(0) !== 115 /* s */) return -1;
  let start = 0;
  let i = 1;
  for (; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c === 45 /* - */) break;
    if (c < 48 || c > 57) return -1;
    start = start * 10 + (c - 48);
  }
  if (i === 1 || i >= id.length - 1) return -1;
  for (let k = i + 1; k < id.length; k++) {
    const c = id.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
  }
  return start;
}

/**
 * Statement id -> position in the list, without building a map: the id names the statement's offsets,
 * so a binary search over the (ordered) statements finds it. Free to make for an article of 10,000s.
 */
export class StatementIndex {
  readonly #statements: readonly Statement[];

  constructor(statements: readonly Statement[]) {
    this.#statements = statements;
  }

  get(id: string): number | undefined {
    const start = idStart(id);
    if (start < 0) return undefined;
    const list = this.#statements;
    const index = firstPassing(list.length, (i) => list[i]!.start >= start);
    return list[index]?.start === start && list[index].id === id ? index : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

/** Statements with their block, from spans that never cross a block boundary. */
export function toStatements(blocks: readonly Block[], spans: readonly { start: number; end: number }[]): Statement[] {
  return statementsFromFlat(blocks, spans.flatMap((s) => [s.start, s.end]));
}

/** Statements with their block, from the parser's flat spans [start, end, start, end, …] (no span objects between). */
export function statementsFromFlat(blocks: readonly Block[], flat: readonly number[]): Statement[] {
  const out: Statement[] = [];
  let b = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const start = flat[i]!;
    const end = flat[i + 1]!;
    while (b < blocks.length && blocks[b]!.end <= start) b++;
    if (b >= blocks.length) break;
    if (!yieldsStatements(blocks[b]!)) continue;
    out.push({ id: statementId(start, end), start, end, block: b });
  }
  return out;
}

/** The marks cut at statement boundaries into segments of uniform styling. */
export function segmentsOf(text: string, start: number, end: number, marks: readonly Mark[]): Segment[] {
  const inside = marks.filter((m) => m.start < end && m.end > start);
  if (inside.length === 0) return [{ text: text.slice(start, end), marks: [] }];
  const cuts = new Set([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(m.start, start));
    cuts.add(Math.min(m.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = inside.filter((m) => m.start <= from && m.end >= to);
    const link = covering.find((m) => m.kind === 'link');
    segments.push({
      text: text.slice(from, to),
      marks: covering.map((m) => m.kind),
      ...(link?.href ? { href: link.href } : {}),
    });
  }
  return segments;
}

/**
 * The reader's units. A block's parts (statements, gaps, mark segments) are computed when the block is
 * first drawn, so opening a long article costs little more than its first screen.
 */
export function buildReadingModel(article: Pick<Article, 'text' | 'blocks' | 'marks'>, statements: readonly Statement[]): Unit[] {
  const byBlock: Statement[][] = article.blocks.map(() => []);
  for (const s of statements) byBlock[s.block]?.push(s);
  const marksByBlock = marksPerBlock(article.blocks, article.marks);
  const units: Unit[] = [];
  article.blocks.forEach((block, index) => {
    // The title is drawn as the article's heading (titleView), not among the units.
    if (block.kind === 'title') return;
    const view = blockView(article, index, byBlock[index] ?? [], marksByBlock[index] ?? []);
    const last = units[units.length - 1];
    if (block.kind === 'list-item') {
      const ordered = block.ordinal !== undefined;
      const numbered = showsOwnNumber(article.text, block);
      if (last?.kind === 'list' && last.ordered === ordered && (last.numbered ?? false) === numbered) last.items.push(view);
      else units.push(numbered ? { kind: 'list', ordered, numbered, items: [view] } : { kind: 'list', ordered, items: [view] });
    } else {
      units.push({ kind: 'block', view });
    }
  });
  return units;
}

function blockView(article: Pick<Article, 'text' | 'blocks'>, index: number, statements: readonly Statement[], marks: readonly Mark[]): BlockView {
  const block = article.blocks[index]!;
  let parts: Part[] | null = null;
  const view: BlockView = {
    index,
    number: paragraphNumber(article.blocks, index) ?? 0,
    block,
    get parts() {
      parts ??= partsOf(article.text, block, statements, marks);
      return parts;
    },
  };
  if (block.kind === 'list-item') {
    const marker = listMarkerOf(article.text, block);
    if (marker !== undefined) view.marker = marker;
  }
  return view;
}

/**
 * The article's title as a block to draw (its statements taggable like any other), when the text starts
 * with one (see the importers' title block); null when the title is not part of the text.
 */
export function titleView(article: Pick<Article, 'text' | 'blocks' | 'marks'>, statements: readonly Statement[]): BlockView | null {
  const block = article.blocks[0];
  if (block?.kind !== 'title') return null;
  const own: Statement[] = [];
  for (const s of statements) {
    if (s.block !== 0) break;
    own.push(s);
  }
  return blockView(article, 0, own, article.marks.filter((m) => m.start < block.end));
}

function partsOf(text: string, block: Block, statements: readonly Statement[], marks: readonly Mark[]): Part[] {
  const parts: Part[] = [];
  let at = block.start;
  for (const statement of statements) {
    if (statement.start > at) parts.push({ kind: 'gap', text: text.slice(at, statement.start) });
    parts.push({ kind: 'statement', statement, segments: segmentsOf(text, statement.start, statement.end, marks) });
    at = statement.end;
  }
  if (block.end > at) parts.push({ kind: 'gap', text: text.slice(at, block.end) });
  return parts;
}

/** The marks overlapping each block, in one sweep over both (both in document order). */
function marksPerBlock(blocks: readonly Block[], marks: readonly Mark[]): Mark[][] {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const out: Mark[][] = blocks.map(() => []);
  let first = 0;
  blocks.forEach((block, i) => {
    while (first < sorted.length && sorted[first]!.end <= block.start) first++;
    for (let m = first; m < sorted.length && sorted[m]!.start < block.end; m++) {
      if (sorted[m]!.end > block.start) out[i]!.push(sorted[m]!);
    }
  });
  return out;
}

/** The block (0-based) holding offset `at`, by binary search; -1 when none does. */
export function blockIndexAt(blocks: readonly Block[], at: number): number {
  // Blocks are ordered and disjoint: the first one ending after `at` holds it, if it starts at or before it.
  const index = firstPassing(blocks.length, (i) => blocks[i]!.end > at);
  const block = blocks[index];
  return block && block.start <= at ? index : -1;
}
