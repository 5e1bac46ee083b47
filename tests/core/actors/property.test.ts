// Properties of analyseArticle on any text: it never throws; every offset is inside the text; each entity's
// text is its slice; each speaker's range is one of the statements, at most one per statement, with its cue
// and source inside the text. Plus a linear-time check on a long text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src-renderer/core/article';
import { analyseArticle } from '../../../src-renderer/core/actors';
import { segmentFlat } from '../../../src-renderer/core/segment';

const fragment = fc.oneof(
  fc.constantFrom(
    'Putin', 'Vladimir', 'Путин', 'Путина', 'Владимир', 'В.', 'Mr', 'Mr.', 'said', 'says', 'told', 'заявил', 'заявили', 'по', 'словам', 'according', 'to',
    'he', 'she', 'он', 'она', 'the', 'Russian', 'president', 'президент', 'России', 'МИД', 'в', 'Kremlin', 'Кремле', 'of', 'Bank', 'Ministry',
    'Министерства', 'иностранных', 'дел', 'who', 'который', 'noting', 'отметив', '16%', '$2.5', 'billion', '22', 'February', 'февраля', '2022',
    'года', 'млн', 'рублей', 'percent', 'people', '44-day', 'went', 'on', 'pointed', 'out', '"', '“', '”', '«', '»', '„', ',', '.', ':', '—', '-', '–',
    '(', ')', "'s", '’s', ' ', ' ', '  ', '\n', '\n\n', '\u00a0', 'A', 'Я', 'Ivanov', 'Иванова', 'Ростов', 'Голос', 'Америки', 'Lenta.ru', 'VII',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
);
const textArb = fc.array(fragment, { maxLength: 90 }).map((parts) => parts.join(' '));
const kinds: Block['kind'][] = ['title', 'heading', 'paragraph', 'list-item', 'quote', 'figure', 'caption'];

/** A text cut into ordered blocks of random kinds (gaps allowed), segmented with one language's rules. */
const articleArb = fc.tuple(textArb, fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 8 }), fc.array(fc.constantFrom(...kinds), { minLength: 9, maxLength: 9 }), fc.constantFrom('en', 'ru', undefined)).map(([text, cuts, ks, lang]) => {
  const points = [0, ...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
  points.push(text.length);
  const blocks: Block[] = [];
  for (let i = 0; i + 1 < points.length; i++) if (points[i + 1]! > points[i]!) blocks.push({ kind: ks[i]!, start: points[i]!, end: points[i + 1]! });
  return { text, blocks, spans: segmentFlat(text, blocks, lang ?? 'en'), lang };
});

describe('analyseArticle properties', () => {
  it('never throws and gives offsets inside the text, entity texts equal to their slices, one speaker per statement on a statement', () => {
    fc.assert(
      fc.property(articleArb, ({ text, blocks, spans, lang }) => {
        const a = analyseArticle({ text, blocks, spans, ...(lang ? { lang } : {}) });
        for (const e of a.entities) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(e.start).toBeLessThan(e.end);
          expect(e.text).toBe(text.slice(e.start, e.end));
          expect(e.name.length).toBeGreaterThan(0);
        }
        const statements = new Set<string>();
        for (let i = 0; i < spans.length; i += 2) statements.add(`${spans[i]}:${spans[i + 1]}`);
        const seen = new Set<string>();
        for (const s of a.speakers) {
          const key = `${s.start}:${s.end}`;
          expect(statements.has(key)).toBe(true);
          expect(seen.has(key)).toBe(false);
          seen.add(key);
          expect(s.speaker.length).toBeGreaterThan(0);
          for (const r of [s.source, ...(s.cue ? [s.cue] : [])]) {
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.end).toBeLessThanOrEqual(text.length);
            expect(r.start).toBeLessThan(r.end);
          }
          if (s.cue) expect(s.cue.text).toBe(text.slice(s.cue.start, s.cue.end));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('takes about linear time: eight times the text costs well under thirty-two times as long', () => {
    const unit = 'Russian President Vladimir Putin said that "the talks, which lasted 3 hours, were useful," adding that Russia would invest $2 billion. ' +
      '«Мы готовы», — заявил глава МИД Сергей Лавров. По словам Лаврова, встреча пройдет 22 февраля. He noted the 16% rise, according to Rosstat. ';
    const make = (n: number) => {
      const text = Array.from({ length: n }, () => unit).join('\n');
      const blocks: Block[] = [];
      let pos = 0;
      for (let i = 0; i < n; i++) {
        blocks.push({ kind: 'paragraph', start: pos, end: pos + unit.length });
        pos += unit.length + 1;
      }
      return { text, blocks, spans: segmentFlat(text, blocks, 'en') };
    };
    const time = (n: number) => {
      const input = make(n);
      analyseArticle(input);
      const t0 = performance.now();
      analyseArticle(input);
      return performance.now() - t0;
    };
    const small = time(200);
    const large = time(1600);
    expect(large).toBeLessThan(Math.max(32 * small, 50));
  });
});
