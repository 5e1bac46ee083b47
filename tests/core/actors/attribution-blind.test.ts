// The blind attribution set (attribution-blind-cases.ts), scored per language with every wrong or missing
// speaker printed, floors just below what the rules reach.
import { describe, expect, it } from 'vitest';
import { BLIND_CASES, BLIND_US_CASES } from './attribution-blind-cases';
import { scoreByLanguage, scoreCases } from './harness';

describe('blind attribution set (wire and broadcast political news, ТАСС and Интерфакс style)', () => {
  const scores = scoreByLanguage('Blind attribution set', BLIND_CASES);

  it('has at least 120 English and 30 Russian statements, each segmented as the case lists it', () => {
    expect(scores['en']!.results.length).toBeGreaterThanOrEqual(120);
    expect(scores['ru']!.results.length).toBeGreaterThanOrEqual(30);
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

// FIRST RUN, before any rule was changed for these cases (the honest blind figure): en 122 statements, 83
// with a named source, 77 suggested, 72 right: P 93.5 R 86.7; ru 35 statements, 23 named, 21 suggested, 20
// right: P 95.2 R 87.0. Wrong: 'Sir Keir' named Keir, 'U.S. Attorney Jay Clayton' with his title, 'U.S. State
// Department' with its country, 'Египта Бадр Абдель Ати' with his country, an appositive counterpart
// ('Abdelatty') not tied to his full name, and a spokesperson's words given to the mayor he speaks for.
// Missed: 'al-Ansari', 'the 69-year-old', 'Ukraine's Foreign Ministry', 'called for', 'the fund said', a
// spokesman named after two appositions, a long organisation name with 'on', 'в ведомстве' twice.
// After general rules (no longer blind: their misses were read): en P 96.3 R 94.0 (78 of 81 suggested right;
// wrong only by the name given: 'Keir' for Sir Keir, 'Abdelatty' not joined to 'Badr Abdelatty', 'U.S. State
// Department'), ru P 95.7 R 95.7. Still missed: 'called for' (the older cases count an urging as no speech), an
// organisation name with 'on' in it, and 'Египта' kept in a name.
// After the third blind set's rules (ANALYSIS_VERSION 5): en P 100 R 98.8 (82 of 82 suggested right: 'Sir Keir'
// joins Keir Starmer, 'Badr Abdelatty' is found and joined, 'State Department' without its country, the Kenya
// commission's name with 'on'); the one miss left is 'called for'. ru unchanged.
const FLOORS: Record<'en' | 'ru', [number, number]> = { en: [0.99, 0.98], ru: [0.95, 0.95] };

describe('second blind set (US campaign and Congress reporting)', () => {
  const pct = (x: number): string => (100 * x).toFixed(1);
  const s = scoreCases(BLIND_US_CASES);
  for (const r of s.results) if (r.got !== r.expected) console.log(`us: want ${r.expected ?? '-'} got ${r.got ?? '-'}: ${r.statement}`);
  console.log('Second blind attribution set (US)');
  console.table({ us: { statements: s.results.length, 'named source': s.expectedNamed, suggested: s.predicted, right: s.tp, 'precision %': pct(s.precision), 'recall %': pct(s.recall) } });

  it('segments every case as written and keeps its floors', () => {
    expect(s.missegmented).toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(US_FLOORS[0]);
    expect(s.recall).toBeGreaterThanOrEqual(US_FLOORS[1]);
  });
});

// FIRST RUN (written after the rules were changed for the first blind set, before any change for these): 36
// statements, 22 with a named source, 19 suggested, 14 right: P 73.7 R 63.6. Wrong: 'Warren', 'Sanders' and
// 'Doug Collins of Georgia' (a senator 'of Massachusetts' taken into the name, so the surname alone is another
// actor), a speaker from 'Advisers to Mr. Bloomberg'. Missed: 'Gov. Newsom on Monday accused', ', accusing',
// 'He said' after 'struggled to respond', a subject before a two-comma apposition ('South Bend, Ind.,').
// After general rules (no longer blind): P 100 R 95.5; the one miss is 'He said' after 'Mr. Bloomberg', whom the
// names take for the news agency Bloomberg (an organisation cannot be 'he').
// After the third blind set's rules: P 100 R 100 ('Michael Bloomberg' a person, so 'He said' reaches him).
const US_FLOORS: [number, number] = [0.99, 0.99];
