// The attribution gaps: GAP_CASES scored per language, precision and recall printed with every wrong or
// missing speaker, floors just below what the rules reach.
import { describe, expect, it } from 'vitest';
import { GAP_CASES } from './attribution-gaps-cases';
import { scoreByLanguage } from './harness';

describe('attribution gaps (relative clauses, "He said" continued, spokesmen, headlines)', () => {
  const scores = scoreByLanguage('Attribution gaps', GAP_CASES);

  it('segments every case as written', () => {
    expect(scores['en']!.missegmented).toEqual([]);
    expect(scores['ru']!.missegmented).toEqual([]);
  });

  it('keeps precision and recall above their floors', () => {
    expect(scores['en']!.precision).toBeGreaterThanOrEqual(FLOORS.en[0]);
    expect(scores['en']!.recall).toBeGreaterThanOrEqual(FLOORS.en[1]);
    expect(scores['ru']!.precision).toBeGreaterThanOrEqual(FLOORS.ru[0]);
    expect(scores['ru']!.recall).toBeGreaterThanOrEqual(FLOORS.ru[1]);
  });
});

// First run, before any rule was changed for them: en P 94.7 R 85.7 (headlines 'Trump Says…' and a second
// spokesman missed), ru P 100 R 100. Now en P 95.5 R 100 (the one wrong: 'The European Commission has
// promised…', given to the Commission where these cases count a promise as no speech).
const FLOORS: Record<'en' | 'ru', [number, number]> = { en: [0.95, 0.99], ru: [0.99, 0.99] };
