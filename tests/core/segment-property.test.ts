// Properties of segment/segmentText on random texts and blocks: spans are sorted, disjoint, inside their
// blocks, non-empty, trimmed, and cover every non-whitespace character; plus a linear-time check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src-renderer/core/article';
import { segment, segmentText, type Span } from '../../src-renderer/core/segment';

type B = Pick<Block, 'start' | 'end' | 'kind'>;

// Fragments that exercise the rules (abbreviations, quotes, lists, ellipses, URLs, CJK, Cyrillic) mixed
// with single characters of every kind, including whitespace and lone surrogates.
const fragment = fc.oneof(
  fc.constantFrom(
    'Mr.', 'U.S.', 'a.m.', 'Inc.', 'т.д.', 'г.', 'В.', 'e.g.', 'No.', '1.', '2)', '(a)', 'iv.', '...', '. . .', '…',
    '?!', '!', '?', '.', '。', '」', '「', '“', '”', '"', "'", '’', '«', '»', '(', ')', '[', ']', '•', '⁃',
    'word', 'The', 'Он', 'said', 'http://x.y/z.', 'a@b.co', '1,000.5', ' ', ' ', '  ', '\n', '\n\n', ' \n', '\t',
    '\u00a0', '\u2028', '\u3000', '\r',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
);
const textArb = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

const kinds: B['kind'][] = ['heading', 'paragraph', 'list-item', 'quote', 'table-cell', 'caption', 'figure'];

/** A text with ordered, non-overlapping blocks (gaps allowed). */
const articleArb = textArb.chain((text) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 12 })
    .chain((cuts) => fc.tuple(fc.constant(cuts.sort((a, b) => a - b)), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 })))
    .chain(([cuts, keep]) =>
      fc.constantFrom(...kinds).map((kind) => {
        const points = [0, ...cuts, text.length];
        const blocks: B[] = [];
        for (let i = 0; i + 1 < points.length; i++) {
          if (keep[i % keep.length]) blocks.push({ kind, start: points[i]!, end: points[i + 1]! });
        }
        return { text, blocks };
      }),
    ),
);

function checkSpans(text: string, blocks: readonly B[], spans: Span[]): void {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    expect(s.end).toBeGreaterThan(s.start);
    const slice = text.slice(s.start, s.end);
    expect(slice).toBe(slice.trim());
    if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    expect(blocks.some((b) => b.start <= s.start && s.end <= b.end)).toBe(true);
  }
  for (const b of blocks) {
    for (let p = b.start; p < b.end; p++) {
      if (/\s/.test(text[p]!)) continue;
      expect(spans.some((s) => s.start <= p && p < s.end)).toBe(true);
    }
  }
}

describe('segment properties', () => {
  it('spans are sorted, disjoint, inside blocks, non-empty, trimmed and cover all non-whitespace', () => {
    fc.assert(
      fc.property(articleArb, ({ text, blocks }) => {
        checkSpans(text, blocks, segment(text, blocks, 'en'));
        checkSpans(text, blocks, segment(text, blocks, 'ru'));
      }),
      { numRuns: 300 },
    );
  });

  it('segmentText is segment with one block over the whole text', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('en', 'ru', 'de', 'ja', 'xx'), (text, lang) => {
        const spans = segmentText(text, lang);
        const whole: B[] = [{ kind: 'paragraph', start: 0, end: text.length }];
        checkSpans(text, whole, spans);
        expect(segment(text, whole, lang)).toEqual(spans);
      }),
      { numRuns: 300 },
    );
  });

  it('no sentence boundary falls inside a block: splitting a text into blocks only adds boundaries', () => {
    fc.assert(
      fc.property(articleArb, ({ text, blocks }) => {
        const ends = new Set(segment(text, blocks).map((s) => s.end));
        for (const b of blocks) {
          for (const s of segmentText(text.slice(b.start, b.end))) expect(ends.has(s.end + b.start)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('segment performance', () => {
  it('runs in linear time on pathological input (no spaces, only periods, deep brackets, many lines)', () => {
    const size = 200_000;
    const inputs = ['a.'.repeat(size / 2), '.'.repeat(size), '('.repeat(size), '"'.repeat(size), 'U.S. '.repeat(size / 5), '1. '.repeat(size / 3), 'x\n'.repeat(size / 2)];
    for (const text of inputs) {
      const t0 = performance.now();
      segmentText(text);
      // Generous for loaded machines: a quadratic algorithm would take minutes here.
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});
