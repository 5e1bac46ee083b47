// Re-anchoring after the kinds of revision a newsroom makes (sentences corrected, deleted, rewritten
// entirely, paragraphs swapped, straight quotes turned curly), with nested, overlapping, identical and
// adjacent annotations: every annotation comes back either placed on text that resembles its quote, or as
// an orphan (listed under Unplaced); none is lost, none is placed on something else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAll, describeRange, type AnnotationTarget } from '../../src-renderer/core/anchoring';
import { quoteErrorBudget } from '../../src-renderer/core/anchoring/candidates';

const WORDS = ['the', 'ministry', 'said', 'talks', 'would', 'resume', 'in', 'Geneva', 'next', 'month', 'grain', 'exports', 'rose', 'by', '16%', 'last', 'year', 'officials', 'expect', 'a', 'deal', 'before', 'winter', 'Aliyev', 'Putin', 'met', 'on', 'Monday', 'corridor', 'ships', 'ports', 'insurance', 'costs', 'fell', 'sharply', 'analysts', 'warned', '"we', 'will', 'not', 'accept"', 'any', 'terms'];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 14 }).map((ws) => {
  const s = ws.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 });
const article = fc.array(paragraph, { minLength: 2, maxLength: 6 });

type Doc = string[][];
const render = (doc: Doc) => doc.map((p) => p.join(' ')).join('\n\n');

/** Offsets of each sentence in the rendered text. */
function spans(doc: Doc): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const [pi, p] of doc.entries()) {
    if (pi > 0) at += 2;
    for (const [si, s] of p.entries()) {
      if (si > 0) at += 1;
      out.push({ start: at, end: at + s.length });
      at += s.length;
    }
  }
  return out;
}

type Revision =
  | { kind: 'delete'; at: number }
  | { kind: 'rewrite'; at: number; words: string[] }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'curly' }
  | { kind: 'correct'; at: number; word: number };

const revision: fc.Arbitrary<Revision> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rewrite' as const), at: fc.nat(), words: fc.array(fc.constantFrom('entirely', 'different', 'wording', 'now', 'reads', 'here', 'instead', 'of', 'that'), { minLength: 5, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('curly' as const) }),
  fc.record({ kind: fc.constant('correct' as const), at: fc.nat(), word: fc.nat() }),
);

function revise(doc: Doc, r: Revision): Doc {
  const out = doc.map((p) => [...p]);
  const flat = out.flatMap((p, pi) => p.map((_, si) => [pi, si] as const));
  const pick = (n: number) => flat[n % flat.length]!;
  switch (r.kind) {
    case 'delete': {
      const [pi, si] = pick(r.at);
      if (out[pi]!.length > 1) out[pi]!.splice(si, 1);
      return out;
    }
    case 'rewrite': {
      const [pi, si] = pick(r.at);
      out[pi]![si] = `${r.words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
      return out;
    }
    case 'swap': {
      const a = r.a % out.length;
      const b = r.b % out.length;
      [out[a], out[b]] = [out[b]!, out[a]!];
      return out;
    }
    case 'curly':
      return out.map((p) => p.map((s) => s.replace(/"(\w)/g, '“$1').replace(/(\w)"/g, '$1”')));
    case 'correct': {
      const [pi, si] = pick(r.at);
      const words = out[pi]![si]!.split(' ');
      const w = r.word % words.length;
      words[w] = words[w]!.length > 3 ? words[w]!.slice(0, -2) + words[w]!.slice(-1) : words[w]!;
      out[pi]![si] = words.join(' ');
      return out;
    }
  }
}

/** Annotations of every shape: whole sentences, phrases inside them, spans across two, duplicates, neighbours. */
function annotationsOn(text: string, sentences: readonly { start: number; end: number }[], picks: readonly [number, number, number][]): AnnotationTarget[] {
  const targets: AnnotationTarget[] = [];
  for (const [kind, a, b] of picks) {
    const s = sentences[a % sentences.length]!;
    const next = sentences[(a + 1) % sentences.length]!;
    let start = s.start;
    let end = s.end;
    if (kind === 1) {
      // A phrase inside the sentence (nested in the sentence's own annotation when that is there too).
      const len = s.end - s.start;
      start = s.start + (b % Math.max(1, len - 6));
      end = Math.min(s.end, start + 6 + (b % 20));
    } else if (kind === 2 && next.start > s.start) {
      end = next.end; // across two sentences (overlapping both)
    } else if (kind === 3) {
      end = s.start + Math.max(1, Math.floor((s.end - s.start) / 2)); // adjacent halves
      targets.push(describeRange(text, end, s.end, 'v1'));
    }
    targets.push(describeRange(text, start, end, 'v1'));
    if (kind === 4) targets.push(describeRange(text, start, end, 'v1')); // an identical second one
  }
  return targets;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** Quote marks are equal whatever their shape (a revision that curls quotes changes nothing a reader sees). */
const plainQuotes = (s: string) => s.replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'");

describe('anchoring after revisions', () => {
  it('places every annotation on text resembling its quote, or leaves it an orphan; none is lost', () => {
    let orphans = 0;
    let total = 0;
    fc.assert(
      fc.property(
        article,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }),
        fc.array(revision, { minLength: 1, maxLength: 4 }),
        (doc, picks, revisions) => {
          const text = render(doc);
          const targets = annotationsOn(text, spans(doc), picks);
          const revised = render(revisions.reduce(revise, doc));
          const results = anchorAll(revised, 'v2', targets);
          expect(results).toHaveLength(targets.length);
          for (const [i, r] of results.entries()) {
            total++;
            expect(['anchored', 'orphan']).toContain(r?.state);
            if (r?.state !== 'anchored') {
              orphans++;
              continue;
            }
            const quote = targets[i]!.quote.exact;
            const placed = revised.slice(r.start, r.end);
            expect(r.end).toBeGreaterThan(r.start);
            expect(levenshtein(plainQuotes(placed), plainQuotes(quote))).toBeLessThanOrEqual(quoteErrorBudget(quote.length));
          }
        },
      ),
      { numRuns: 400 },
    );
    // Most survive: revisions touch a few sentences of each article.
    expect(orphans / total).toBeLessThan(0.5);
  });
});
