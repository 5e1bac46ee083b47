// Named entities on the factRuEval-2016 development set (../shared/corpora/ner): per-type precision, recall
// and F1 printed, exact spans and overlaps (matching rule in tests/bench/ner-factrueval.ts); floors just below
// what the rules reach, so a regression fails here.
import { describe, expect, it } from 'vitest';
import { halfOf, loadFactRuEval, nerTable, scoreNer } from '../../bench/ner-factrueval';

const docs = loadFactRuEval();

describe.skipIf(!docs)('factRuEval-2016 dev entities (needs ../shared/corpora)', () => {
  it('keeps exact-span F1 per type above its floor', () => {
    const s = scoreNer(docs!);
    console.log(`factRuEval-2016 dev, ${docs!.length} texts: person, org (Org), place (Location, LocOrg)`);
    console.table(nerTable(s));
    expect(s.exact.person.f1).toBeGreaterThanOrEqual(0.87);
    expect(s.exact.org.f1).toBeGreaterThanOrEqual(0.675);
    expect(s.exact.place.f1).toBeGreaterThanOrEqual(0.85);
    expect(s.relaxed.person.f1).toBeGreaterThanOrEqual(0.89);
  });

  it('keeps organisations above the floor on half B (odd book numbers, never used to tune rules)', () => {
    const b = scoreNer(docs!.filter((d) => halfOf(d) === 'B'));
    console.log('half B (held out from tuning)');
    console.table(nerTable(b));
    expect(b.exact.org.f1).toBeGreaterThanOrEqual(0.66);
  });
});
