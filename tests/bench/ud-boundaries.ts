// Sentence-boundary scoring on the Universal Dependencies dev documents in ../shared/corpora/ud (boundaries
// set by people). Shared by the bench case (tests/bench/cases/segment-ud.ts) and by ad hoc error listings.
//
// Every segmenter gets the same input, one paragraph at a time (the documents separate paragraphs with a
// blank line, and no gold sentence crosses one), and is scored on the boundaries *inside* paragraphs:
// a paragraph's end is a boundary for every segmenter, so counting it would only dilute the difference.
// A boundary is the offset just after a sentence's last non-space character.
import fs from 'node:fs';
import path from 'node:path';

export const udDir = path.resolve(__dirname, '../../../shared/corpora/ud');

export interface UdDoc {
  doc_id: string;
  text: string;
  sentences: { start: number; end: number; sent_id: string }[];
}

export interface UdCorpus {
  name: string;
  lang: 'en' | 'ru';
  file: string;
}

export const UD_CORPORA: readonly UdCorpus[] = [
  { name: 'en_ewt', lang: 'en', file: 'en_ewt-ud-dev.docs.json' },
  { name: 'ru_gsd', lang: 'ru', file: 'ru_gsd-ud-dev.docs.json' },
  { name: 'ru_taiga', lang: 'ru', file: 'ru_taiga-ud-dev.docs.json' },
];

export function loadUd(corpus: UdCorpus): UdDoc[] | null {
  const file = path.join(udDir, corpus.file);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as UdDoc[]) : null;
}

/** A paragraph of a document: its offsets in the document text. */
export interface Paragraph {
  start: number;
  end: number;
}

/** The paragraphs of a document text (split at blank lines, trimmed), in order. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t]*\n/g;
  let from = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** End offset of `s` trimmed of trailing whitespace. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

/**
 * Boundaries (offsets into `paragraph`) of sentences a segmenter returned as strings. Found by counting
 * non-space characters, so a segmenter that normalises whitespace (sbd) or reports code-point offsets
 * (sentencex) is still placed exactly; a segmenter that drops characters is placed where its count runs out.
 */
export function boundariesOfStrings(paragraph: string, sentences: readonly string[]): number[] {
  const out: number[] = [];
  let pos = 0;
  for (const s of sentences) {
    let need = 0;
    for (const ch of s) if (!/\s/.test(ch)) need += ch.length;
    if (need === 0) continue;
    while (pos < paragraph.length && need > 0) {
      if (!/\s/.test(paragraph.charAt(pos))) need--;
      pos++;
    }
    out.push(pos);
  }
  return out;
}

export type Segmenter = (paragraph: string, lang: 'en' | 'ru') => number[];

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface BoundaryError {
  doc: string;
  /** 'missed': a gold boundary the segmenter did not find; 'extra': one it found that the gold has not. */
  kind: 'missed' | 'extra';
  /** Text around the boundary, with ‖ at the boundary. */
  context: string;
}

/** Scores `segmenter` on the corpus's inner-paragraph boundaries; collects errors when `errors` is given. */
export function scoreUd(docs: readonly UdDoc[], lang: 'en' | 'ru', segmenter: Segmenter, errors?: BoundaryError[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const doc of docs) {
    for (const para of paragraphsOf(doc.text)) {
      const gold = new Set<number>();
      for (const s of doc.sentences) {
        if (s.start < para.start || s.end > para.end) continue;
        const e = trimmedEnd(doc.text, s.start, s.end);
        if (e < para.end) gold.add(e);
      }
      const slice = doc.text.slice(para.start, para.end);
      const found = new Set<number>();
      for (const b of segmenter(slice, lang)) {
        const e = para.start + trimmedEnd(slice, 0, b);
        if (e > para.start && e < para.end) found.add(e);
      }
      for (const b of found) {
        if (gold.has(b)) tp++;
        else {
          fp++;
          errors?.push({ doc: doc.doc_id, kind: 'extra', context: around(doc.text, b) });
        }
      }
      for (const b of gold) {
        if (!found.has(b)) {
          fn++;
          errors?.push({ doc: doc.doc_id, kind: 'missed', context: around(doc.text, b) });
        }
      }
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function around(text: string, at: number): string {
  return `${text.slice(Math.max(0, at - 60), at)}‖${text.slice(at, at + 40)}`.replace(/\s+/g, ' ');
}
