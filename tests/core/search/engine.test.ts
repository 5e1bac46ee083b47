import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDEX_VERSION, SearchIndex } from '../../../src-renderer/core/search/engine';
import type { ArticleDoc, ArticleFacts, SearchOptions, SearchResults } from '../../../src-renderer/core/search/types';

/** Filler so that articles have realistic lengths and the words tested are not the only ones. */
const FILLER = 'The committee met on Tuesday and the minutes were published later that week by the office.';

function article(id: string, text: string, extra: Partial<ArticleDoc> = {}): ArticleDoc {
  return { id, title: `Report ${id}`, text: `${FILLER} ${text} ${FILLER}`, lang: 'en', ...extra };
}

function run(index: SearchIndex, query: string, options?: SearchOptions): SearchResults {
  const r = index.search(query, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function ids(index: SearchIndex, query: string, options?: SearchOptions): string[] {
  return run(index, query, options).hits.map((h) => h.id);
}

describe('matching', () => {
  it('matches whole words only: Putin does not find computing', () => {
    const index = new SearchIndex();
    index.putArticle(article('a', 'US top of supercomputing charts'));
    index.putArticle(article('b', 'Putin spoke at length.'));
    expect(ids(index, 'Putin')).toEqual(['b']);
    expect(ids(index, 'comput')).toEqual([]);
  });

  it('finds inflections by stem in English and Russian', () => {
    const index = new SearchIndex();
    index.putArticle(article('en', 'They were negotiating a ceasefire.'));
    index.putArticle(article('ru', 'Стороны договорились о переговорах в Стамбуле.', { lang: 'ru' }));
    expect(ids(index, 'negotiations')).toEqual(['en']);
    expect(ids(index, 'переговоры')).toEqual(['ru']);
  });

  it('does not stem Latin words in an article of another Latin-script language', () => {
    const index = new SearchIndex();
    index.putArticle(article('fr', 'Les négociations continuent.', { lang: 'fr' }));
    // 'continue' and 'continuent' share an English stem, but this is French.
    expect(ids(index, 'continue')).toEqual([]);
    // Exact (folded) words still match.
    expect(ids(index, 'negociations')).toEqual(['fr']);
    index.putArticle(article('en', 'Talks continuent.'));
    expect(ids(index, 'continue')).toEqual(['en']);
  });

  it('is case- and diacritic-insensitive, with ё as е', () => {
    const index = new SearchIndex();
    index.putArticle(article('a', 'Die Straße nach München.', { lang: 'de' }));
    index.putArticle(article('b', 'Ещё одна ёлка.', { lang: 'ru' }));
    expect(ids(index, 'MUNCHEN')).toEqual(['a']);
    expect(ids(index, 'елка')).toEqual(['b']);
    expect(ids(index, 'ЁЛКА')).toEqual(['b']);
  });

  it('forgives one typo in words of five letters or more, a swap of two letters included, but not in shorter ones', () => {
    const index = new SearchIndex();
    index.putArticle(article('a', 'Gazprom signed a gas deal.'));
    expect(ids(index, 'Gazporm')).toEqual(['a']);
    expect(ids(index, 'Gazprm')).toEqual(['a']);
    expect(ids(index, 'Gzaprom')).toEqual(['a']);
    expect(ids(index, 'Gazprxx')).toEqual([]);
    expect(ids(index, 'dael')).toEqual([]);
  });

  it('needs all words, in any part of the article or its notes', () => {
    const index = new SearchIndex();
    index.putArticle(article('a', 'A gas deal was signed.'));
    index.putArticle(article('b', 'A gas pipeline was built.'));
    index.putAnnotation({ id: 'n1', articleId: 'a', note: 'Gazprom is behind this' });
    expect(ids(index, 'gazprom gas deal')).toEqual(['a']);
    expect(ids(index, 'gas').sort()).toEqual(['a', 'b']);
  });

  it('supports phrases, exclusions, prefixes and OR', () => {
    const index = new SearchIndex();
    index.putArticle(article('a', 'The gas deal was signed.'));
    index.putArticle(article('b', 'A deal on gas was signed.'));
    index.putArticle(article('c', 'Oil prices and a price cap.'));
    expect(ids(index, '"gas deal"')).toEqual(['a']);
    expect(ids(index, 'gas -"gas deal"')).toEqual(['b']);
    expect(ids(index, 'deal -gas')).toEqual([]);
    expect(ids(index, 'pric*').sort()).toEqual(['c']);
    expect(ids(index, 'oil OR "gas deal"').sort()).toEqual(['a', 'c']);
  });

  it('returns the parse error for a query it cannot read', () => {
    const r = new SearchIndex().search('"gas deal');
    expect(r.ok).toBe(false);
  });
});

describe('robustness', () => {
  it('answers any query string with results or a parse error, never an exception', () => {
    const index = new SearchIndex();
    index.putArticle(article('a', 'Gazprom negotiating a gas deal; «Газпром» ведёт переговоры.'));
    index.putAnnotation({ id: 'n1', articleId: 'a', note: 'Sechin', tags: ['Actor/Igor Sechin'] });
    index.putBriefing({ id: 'b1', text: 'Weekly gas briefing.' });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^(?:gas|деал|"|-|\*|OR| |tag:|on:2024|has:note|ptuin)*$/)), (q) => {
        const r = index.search(q, { facts: () => ({ tags: ['Claim'], date: '2024-01-02' }) });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('phrases', () => {
  it('find exactly the articles and notes whose words contain the phrase in order', () => {
    const vocabulary = ['alpha', 'beta', 'gamma', 'delta'];
    const words = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.record({ text: words, note: words }), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...vocabulary), { minLength: 2, maxLength: 3 }), (docs, phrase) => {
        const index = new SearchIndex();
        docs.forEach((d, i) => {
          index.putArticle({ id: `d${i}`, title: 'x', text: d.text.join(' '), lang: 'en' });
          index.putAnnotation({ id: `n${i}`, articleId: `d${i}`, note: d.note.join(' ') });
        });
        const has = (ws: string[]) => ` ${ws.join(' ')} `.includes(` ${phrase.join(' ')} `);
        const expected = docs.flatMap((d, i) => (has(d.text) || has(d.note) ? [`d${i}`] : [])).sort();
        expect(ids(index, `"${phrase.join(' ')}"`).sort()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ranking', () => {
  it('ranks an exact match above a stemmed one, and a stemmed one above a forgiven typo', () => {
    const index = new SearchIndex();
    index.putArticle(article('typo', 'The sanctiond list grew.'));
    index.putArticle(article('stem', 'The sanctioned list grew.'));
    index.putArticle(article('exact', 'The sanctions list grew.'));
    expect(ids(index, 'sanctions')).toEqual(['exact', 'stem', 'typo']);
  });

  it('ranks a match in the title or a note above one in body text', () => {
    const index = new SearchIndex();
    index.putArticle(article('body', 'Rosneft was mentioned here.'));
    index.putArticle(article('title', 'Nothing here.', { title: 'Rosneft results' }));
    index.putArticle(article('note', 'Nothing here.'));
    index.putAnnotation({ id: 'n1', articleId: 'note', note: 'Rosneft again' });
    const order = ids(index, 'rosneft');
    expect(order.indexOf('title')).toBeLessThan(order.indexOf('body'));
    expect(order.indexOf('note')).toBeLessThan(order.indexOf('body'));
  });

  it('ranks words near each other above scattered ones', () => {
    const index = new SearchIndex();
    index.putArticle(article('far', `Pipeline works began. ${FILLER} ${FILLER} The tender was later cancelled.`));
    index.putArticle(article('near', `Pipeline tender began. ${FILLER} ${FILLER} The works were later cancelled.`));
    expect(ids(index, 'pipeline tender')).toEqual(['near', 'far']);
  });
});

describe('results', () => {
  it('groups hits by article, with up to three labelled snippets whose highlights are the matched words', () => {
    const index = new SearchIndex();
    const text = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} says sanctions were ${FILLER}`).join('\n');
    index.putArticle(article('a', text));
    index.putAnnotation({ id: 'n1', articleId: 'a', quote: 'sanctions were', note: 'New sanctioned entities listed' });
    index.putMemo({ id: 'm1', articleId: 'a', text: 'Follow the sanctions story' });
    const r = run(index, 'sanctions');
    expect(r.total).toBe(1);
    const [hit] = r.hits;
    expect(hit!.snippets.length).toBe(3);
    expect(new Set(hit!.snippets.map((s) => s.where))).toContain('note');
    for (const s of hit!.snippets) {
      expect(s.highlights.length).toBeGreaterThan(0);
      for (const h of s.highlights) expect(s.text.slice(h.start, h.end).toLowerCase()).toMatch(/^sanction/);
    }
    expect(hit!.terms).toEqual(expect.arrayContaining(['sanctions', 'sanctioned']));
  });

  it('gives offsets of text snippets in the article text', () => {
    const index = new SearchIndex();
    const doc = article('a', 'Gazprom signed.');
    index.putArticle(doc);
    const s = run(index, 'gazprom').hits[0]!.snippets[0]!;
    expect(s.where).toBe('text');
    expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds briefings of their own as results, and attached ones through their article', () => {
    const index = new SearchIndex();
    index.putArticle(article('a', 'Nothing relevant.'));
    index.putBriefing({ id: 'b1', title: 'Weekly', text: 'Novatek expands in the Arctic.' });
    index.putBriefing({ id: 'b2', text: 'Novatek again.', articleId: 'a' });
    const r = run(index, 'novatek');
    expect(r.hits.map((h) => `${h.kind}:${h.id}`).sort()).toEqual(['article:a', 'briefing:b1']);
    expect(r.hits.find((h) => h.kind === 'article')!.snippets[0]!.where).toBe('briefing');
  });
});

describe('filters', () => {
  const facts: Record<string, ArticleFacts> = {
    a: { tags: ['Actor/Vladimir Putin', 'Claim'], collections: ['Ukraine'], unread: true, date: '2024-03-15', format: 'pdf', hasNote: true },
    b: { tags: ['Claim/Disputed'], collections: [], unread: false, date: '2023-11-02T10:00:00Z', format: 'html' },
    c: { tags: [], collections: ['Energy'], unread: false, format: 'html' },
  };
  const index = new SearchIndex();
  index.putArticle(article('a', 'Energy talks.', { source: 'TASS' }));
  index.putArticle(article('b', 'Energy prices.', { title: 'Gas market weekly', source: 'Reuters' }));
  index.putArticle(article('c', 'Energy security.', { lang: 'ru' }));
  const options: SearchOptions = { facts: (id) => facts[id] };
  const found = (q: string) => ids(index, q, options).sort();

  it('tag: includes sub-tags and names a tag by its path or its own name', () => {
    expect(found('tag:Claim')).toEqual(['a', 'b']);
    expect(found('tag:"Actor/Vladimir Putin"')).toEqual(['a']);
    expect(found('tag:"vladimir putin"')).toEqual(['a']);
    expect(found('tag:Actor')).toEqual(['a']);
    expect(found('tag:Act')).toEqual([]);
    expect(found('energy -tag:Claim')).toEqual(['c']);
  });

  it('dates: a year, a month or a day', () => {
    expect(found('on:2024')).toEqual(['a']);
    expect(found('on:2023-11-02')).toEqual(['b']);
    expect(found('before:2024')).toEqual(['b']);
    expect(found('after:2023-11')).toEqual(['a']);
    expect(found('after:2023')).toEqual(['a']);
  });

  it('the other filters', () => {
    expect(found('collection:ukraine')).toEqual(['a']);
    expect(found('is:unread')).toEqual(['a']);
    expect(found('has:note')).toEqual(['a']);
    expect(found('has:tag')).toEqual(['a', 'b']);
    expect(found('format:pdf')).toEqual(['a']);
    expect(found('lang:ru')).toEqual(['c']);
    expect(found('source:reuters')).toEqual(['b']);
    expect(found('title:"gas market"')).toEqual(['b']);
    expect(found('energy source:tass OR source:reuters')).toEqual(['a', 'b']);
  });
});

describe('incremental updates', () => {
  it('follows an article added, changed and removed', () => {
    const index = new SearchIndex();
    index.putArticle(article('a', 'Rosatom builds a plant.'));
    expect(ids(index, 'rosatom')).toEqual(['a']);
    index.putArticle(article('a', 'Novatek builds a plant.'));
    expect(ids(index, 'rosatom')).toEqual([]);
    expect(ids(index, 'novatek')).toEqual(['a']);
    index.removeArticle('a');
    expect(ids(index, 'novatek')).toEqual([]);
    expect(index.has('article', 'a')).toBe(false);
  });

  it('follows a note edited and removed', () => {
    const index = new SearchIndex();
    index.putArticle(article('a', 'Nothing.'));
    index.putAnnotation({ id: 'n1', articleId: 'a', note: 'Check Sechin' });
    expect(ids(index, 'sechin')).toEqual(['a']);
    index.putAnnotation({ id: 'n1', articleId: 'a', note: 'Check Miller' });
    expect(ids(index, 'sechin')).toEqual([]);
    expect(ids(index, 'miller')).toEqual(['a']);
    index.removeAnnotation('n1');
    expect(ids(index, 'miller')).toEqual([]);
  });

  it('stays correct through the rewrite that drops many dead records', () => {
    const index = new SearchIndex();
    index.putArticle(article('a', 'Base text.'));
    for (let i = 0; i < 2500; i++) index.putAnnotation({ id: 'n1', articleId: 'a', note: `draft number${i}` });
    expect(ids(index, 'number2499')).toEqual(['a']);
    expect(ids(index, 'number1000')).toEqual([]);
    expect(index.size).toBe(2);
  });
});

describe('serialisation', () => {
  function sample(): SearchIndex {
    const index = new SearchIndex();
    index.putArticle(article('a', 'They were negotiating a gas deal.', { source: 'TASS' }));
    index.putArticle(article('b', 'Стороны договорились о переговорах.', { lang: 'ru' }));
    index.putArticle(article('gone', 'Removed before saving.'));
    index.removeArticle('gone');
    index.putAnnotation({ id: 'n1', articleId: 'a', note: 'Sechin', tags: ['Actor/Igor Sechin'] });
    index.putBriefing({ id: 'b1', text: 'Weekly gas briefing.' });
    return index;
  }
  const queries = ['negotiations', 'переговоры', '"gas deal"', 'gas', 'sechin', 'tag:actor', 'removed', 'negot*', 'Sehcin'];

  it('loads what it saved, answering every query the same', () => {
    const index = sample();
    const loaded = SearchIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    if (!loaded.ok) throw new Error(loaded.error.message);
    for (const q of queries) expect(run(loaded.value, q)).toEqual(run(index, q));
    // And it goes on updating after loading.
    loaded.value.putArticle(article('c', 'Novatek gas.'));
    expect(ids(loaded.value, 'novatek')).toEqual(['c']);
    expect(ids(loaded.value, 'gas').sort()).toEqual(['a', 'b1', 'c']);
  });

  it('never throws on a load that a small damage got past: every query still answers', () => {
    const good = sample().toJSON();
    for (let at = 1; at < good.postings.length - 1; at += 3) {
      const flipped = good.postings[at] === 'B' ? 'C' : 'B';
      const r = SearchIndex.fromJSON({ ...good, postings: good.postings.slice(0, at) + flipped + good.postings.slice(at + 1) });
      if (!r.ok) continue;
      for (const q of queries) expect(r.value.search(q).ok).toBe(true);
    }
  });

  it('refuses an index of another version', () => {
    const data = { ...sample().toJSON(), version: INDEX_VERSION - 1 };
    const r = SearchIndex.fromJSON(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('UNSUPPORTED');
  });

  it('refuses a damaged index rather than answering wrongly', () => {
    const good = sample().toJSON();
    const damaged: unknown[] = [
      null,
      'text',
      { ...good, terms: 42 },
      { ...good, postings: `${good.postings.slice(0, 40)}${'/'.repeat(32)}${good.postings.slice(72)}` },
      { ...good, postings: good.postings.slice(0, good.postings.length / 2) },
      { ...good, recordData: '!!!!' },
      { ...good, terms: good.terms.split('\n').reverse().join('\n') },
      { ...good, recordIds: good.recordIds.slice(1) },
    ];
    for (const [i, d] of damaged.entries()) {
      const r = SearchIndex.fromJSON(d);
      expect(r.ok, `damaged sample ${i}`).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('DAMAGED');
    }
  });
});
