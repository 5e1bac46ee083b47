import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_FIELDS, formatQuery, isQueryDate, parseQuery, type Clause, type Query } from '../../../src-renderer/core/search/query';

function parsed(input: string): Clause[] {
  const r = parseQuery(input);
  if (!r.ok) throw new Error(`did not parse: ${r.error.message}`);
  return r.value.clauses;
}

function errorOf(input: string): string {
  const r = parseQuery(input);
  if (r.ok) throw new Error(`parsed: ${JSON.stringify(r.value)}`);
  return r.error.message;
}

describe('parseQuery', () => {
  it('reads words, phrases, exclusions and prefixes', () => {
    expect(parsed('gas "gas deal" -oil -"price cap" negotiat*')).toEqual([
      { type: 'word', text: 'gas', prefix: false, negated: false },
      { type: 'phrase', text: 'gas deal', negated: false },
      { type: 'word', text: 'oil', prefix: false, negated: true },
      { type: 'phrase', text: 'price cap', negated: true },
      { type: 'word', text: 'negotiat', prefix: true, negated: false },
    ]);
  });

  it('joins clauses around OR (and a chain of them) into one clause', () => {
    expect(parsed('gazprom OR rosneft OR "novatek" deal')).toEqual([
      {
        type: 'or',
        options: [
          { type: 'word', text: 'gazprom', prefix: false, negated: false },
          { type: 'word', text: 'rosneft', prefix: false, negated: false },
          { type: 'phrase', text: 'novatek', negated: false },
        ],
      },
      { type: 'word', text: 'deal', prefix: false, negated: false },
    ]);
    // Lower-case 'or' is a word.
    expect(parsed('this or that').map((c) => c.type)).toEqual(['word', 'word', 'word']);
  });

  it('reads filters, quoted values and negated filters', () => {
    expect(parsed('tag:Claim tag:"Actor/Vladimir Putin" -source:tass has:note is:unread collection:Ukraine lang:ru format:pdf')).toEqual([
      { type: 'filter', field: 'tag', value: 'Claim', negated: false },
      { type: 'filter', field: 'tag', value: 'Actor/Vladimir Putin', negated: false },
      { type: 'filter', field: 'source', value: 'tass', negated: true },
      { type: 'filter', field: 'has', value: 'note', negated: false },
      { type: 'filter', field: 'is', value: 'unread', negated: false },
      { type: 'filter', field: 'collection', value: 'Ukraine', negated: false },
      { type: 'filter', field: 'lang', value: 'ru', negated: false },
      { type: 'filter', field: 'format', value: 'pdf', negated: false },
    ]);
  });

  it('accepts a year, a month or a day for dates, and refuses anything else', () => {
    expect(parsed('before:2024 after:2023-03 on:2024-02-29').map((c) => (c.type === 'filter' ? c.value : ''))).toEqual(['2024', '2023-03', '2024-02-29']);
    expect(errorOf('on:2023-02-29')).toMatch(/date/);
    expect(errorOf('before:yesterday')).toMatch(/date/);
    expect(errorOf('after:2024-13')).toMatch(/date/);
    expect(isQueryDate('2024-12-31')).toBe(true);
    expect(isQueryDate('2024-1')).toBe(false);
  });

  it('gives a short message for what it cannot read', () => {
    expect(errorOf('"gas deal')).toBe('A quotation mark is not closed');
    expect(errorOf('OR gas')).toMatch(/OR needs/);
    expect(errorOf('gas OR')).toMatch(/OR needs/);
    expect(errorOf('gas OR OR oil')).toMatch(/OR needs/);
    expect(errorOf('gas OR -oil')).toMatch(/excluded/);
    expect(errorOf('tag:')).toMatch(/tag: needs a value/);
    expect(errorOf('has:everything')).toMatch(/has: takes note or tag/);
    expect(errorOf('*')).toMatch(/\*/);
  });

  it('treats unknown prefixes with a colon as words and drops empty phrases', () => {
    expect(parsed('http://x.org ""')).toEqual([{ type: 'word', text: 'http://x.org', prefix: false, negated: false }]);
    expect(parsed('')).toEqual([]);
    expect(parsed('   ')).toEqual([]);
  });
});

/** Arbitrary syntax trees the parser can produce. */
const wordText = fc.stringMatching(/^[^\s"*-][^\s"]{0,8}$/).filter((t) => t !== 'OR' && !/^[a-z]+:/i.test(t) && !t.endsWith('*'));
const word = fc.record({ type: fc.constant('word' as const), text: wordText, prefix: fc.boolean(), negated: fc.boolean() });
const phrase = fc.record({ type: fc.constant('phrase' as const), text: fc.stringMatching(/^[^"]{1,12}$/).filter((t) => t.trim() !== ''), negated: fc.boolean() });
const filterValue = fc.oneof(fc.stringMatching(/^[^\s"][^\s"]{0,8}$/), fc.stringMatching(/^[^"]{0,4}\s[^"]{0,4}$/).filter((t) => t.trim() !== ''));
// Fields whose values are checked (has:, is:, dates) are covered by the example tests above.
const freeFields = FILTER_FIELDS.filter((f) => !['has', 'is', 'before', 'after', 'on'].includes(f));
const filter = fc.record({ type: fc.constant('filter' as const), field: fc.constantFrom(...freeFields), value: filterValue, negated: fc.boolean() });
const single = fc.oneof(word, phrase, filter);
const positive = single.map((c) => ({ ...c, negated: false }));
const clause: fc.Arbitrary<Clause> = fc.oneof(single, fc.array(positive, { minLength: 2, maxLength: 3 }).map((options) => ({ type: 'or' as const, options })));
const query: fc.Arbitrary<Query> = fc.record({ clauses: fc.array(clause, { maxLength: 5 }) });

describe('parseQuery properties', () => {
  it('never throws, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[a-z :"*()\-OR]{0,30}$/)), (input) => {
        const r = parseQuery(input);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back what it writes: format(parse(q)) parses to the same tree', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(?:[a-z]{1,3}|tag:|"|-|\*| |OR|x y|has:note|on:2024)*$/)), (input) => {
        const r = parseQuery(input);
        if (!r.ok) return;
        const again = parseQuery(formatQuery(r.value));
        expect(again).toEqual(r);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes any tree as text that parses back to it', () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(parseQuery(formatQuery(q))).toEqual({ ok: true, value: q });
      }),
      { numRuns: 1000 },
    );
  });
});
