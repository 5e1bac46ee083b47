// A generated library for the search benchmarks: English and Russian news-like articles over a Zipf-
// distributed vocabulary of invented stems with real inflection endings (so the Snowball stemmers have
// work to do and the vocabulary grows like a real one: a few hundred thousand distinct words), with
// annotations quoting the text, notes and tags. Deterministic: the same seed gives the same library.
import type { AnnotationDoc, ArticleDoc, ArticleFacts } from '../../src-renderer/core/search/types';
import { makeRandom } from './generate';

const EN_SYLLABLES = 'ba be bi bo bu ca co cu da de di do fa fe fi fo ga go gu ha he ho ja jo ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo wa we wi ya yo za zo str pl tr gr cl br sh ch th'.split(' ');
const EN_ENDINGS = ['', '', '', 's', 'ed', 'ing', 'ation', 'ations', 'er', 'ers', 'ly'];
const EN_FUNCTION = 'the of and to in a that is was for on with as by at from said it be has have were are will an not this which'.split(' ');
const RU_SYLLABLES = 'ба бе би бо бу ва ве ви во га го гу да де ди до жа жи за зе зи зо ка ке ки ко ку ла ле ли ло лу ма ме ми мо му на не ни но ну па пе пи по пу ра ре ри ро ру са се си со су та те ти то ту фа фо ха хо ча че чи ша ши ща пр тр гр кр бл ст ск'.split(' ');
const RU_ENDINGS = ['', 'а', 'ы', 'ов', 'ах', 'ами', 'ом', 'е', 'у', 'ой', 'ая', 'ые', 'ого', 'ить', 'ает', 'али', 'ение', 'ения', 'ениях'];
const RU_FUNCTION = 'и в не на что с по к из за от о для как это было также его при их но он она они'.split(' ');

export interface Language {
  lang: 'en' | 'ru';
  stems: string[];
  endings: string[];
  functionWords: string[];
}

function makeStems(rand: () => number, syllables: string[], count: number): string[] {
  const seen = new Set<string>();
  while (seen.size < count) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syllables[Math.floor(rand() * syllables.length)]!;
    seen.add(w);
  }
  return [...seen];
}

/** An index drawn from a Zipf distribution over `n` ranks (s = 1), by inverting its cumulative sum. */
function zipf(rand: () => number, cumulative: Float64Array): number {
  const x = rand() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cumulativeZipf(n: number): Float64Array {
  const c = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) c[i] = sum += 1 / (i + 1);
  return c;
}

export interface Library {
  articles: ArticleDoc[];
  annotations: AnnotationDoc[];
  facts: Map<string, ArticleFacts>;
  languages: Language[];
  tags: string[];
  bytes: number;
}

export function generateLibrary(articleCount = 10_000, annotationsPerArticle = 10, seed = 12): Library {
  const rand = makeRandom(seed);
  const languages: Language[] = [
    { lang: 'en', stems: makeStems(rand, EN_SYLLABLES, 20_000), endings: EN_ENDINGS, functionWords: EN_FUNCTION },
    { lang: 'ru', stems: makeStems(rand, RU_SYLLABLES, 20_000), endings: RU_ENDINGS, functionWords: RU_FUNCTION },
  ];
  const cumulative = cumulativeZipf(20_000);
  const word = (l: Language): string => {
    if (rand() < 0.35) return l.functionWords[Math.floor(rand() * l.functionWords.length)]!;
    return l.stems[zipf(rand, cumulative)]! + l.endings[Math.floor(rand() * l.endings.length)]!;
  };
  const sentence = (l: Language): string => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 16) }, () => word(l));
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const tags = Array.from({ length: 200 }, (_, i) => (i < 20 ? `Dimension ${i}` : `Dimension ${i % 20}/Tag ${i}`));
  const articles: ArticleDoc[] = [];
  const annotations: AnnotationDoc[] = [];
  const facts = new Map<string, ArticleFacts>();
  let bytes = 0;
  for (let a = 0; a < articleCount; a++) {
    const l = languages[a % 2]!;
    // About 1,700 characters on average (2.5 KB in UTF-8 with the Russian half), a few much longer.
    const target = rand() < 0.01 ? 15_000 : 400 + rand() * 2300;
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      const p = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => sentence(l)).join(' ');
      paragraphs.push(p);
      length += p.length + 2;
    }
    const text = paragraphs.join('\n\n');
    const id = `art${a}`;
    articles.push({ id, title: sentence(l).slice(0, 80), source: `Source ${a % 50}`, text, lang: l.lang });
    bytes += new TextEncoder().encode(text).length;
    const articleTags = new Set<string>();
    for (let k = 0; k < annotationsPerArticle; k++) {
      const start = Math.floor(rand() * Math.max(1, text.length - 150));
      const tag = tags[Math.floor(rand() * tags.length)]!;
      articleTags.add(tag);
      annotations.push({ id: `${id}-n${k}`, articleId: id, quote: text.slice(start, start + 40 + Math.floor(rand() * 110)), note: rand() < 0.5 ? sentence(l) : undefined, tags: [tag] });
    }
    facts.set(id, {
      tags: [...articleTags],
      collections: [`Collection ${a % 30}`],
      unread: rand() < 0.3,
      date: `20${String(15 + (a % 10)).padStart(2, '0')}-${String(1 + (a % 12)).padStart(2, '0')}-${String(1 + (a % 28)).padStart(2, '0')}`,
      lang: l.lang,
      format: a % 3 === 0 ? 'pdf' : 'html',
    });
  }
  return { articles, annotations, facts, languages, tags, bytes };
}

/**
 * The query mix: the kinds an analyst types, drawn from the library's own words. With `contentWords`, a
 * query's words are an article's distinct words of four letters or more other than function words (what
 * an analyst types: names, subjects); without, words are drawn as they occur in the text, so most are
 * function words and the most frequent stems (the harshest case for the index: the longest postings).
 */
export function queryMix(library: Library, count = 300, seed = 99, contentWords = true): { kind: string; query: string }[] {
  const rand = makeRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const functionWords = new Set(library.languages.flatMap((l) => l.functionWords));
  const wordsOf = (text: string) => {
    const all = text.split(/[^\p{L}]+/u).filter((w) => w.length >= 3);
    if (!contentWords) return all;
    const content = [...new Set(all.map((w) => w.toLowerCase()))].filter((w) => w.length >= 4 && !functionWords.has(w));
    return content.length >= 3 ? content : all;
  };
  const out: { kind: string; query: string }[] = [];
  const kinds = ['one word', 'two words', 'three words', 'phrase', 'prefix', 'typo', 'other inflection', 'word and filter', 'exclusion', 'OR', 'filter only'];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const article = pick(library.articles);
    const words = wordsOf(article.text);
    const w = () => pick(words).toLowerCase();
    const long = () => {
      for (let k = 0; k < 20; k++) {
        const x = w();
        if (x.length >= 6) return x;
      }
      return w();
    };
    let query: string;
    switch (kind) {
      case 'one word':
        query = w();
        break;
      case 'two words':
        query = `${w()} ${w()}`;
        break;
      case 'three words':
        query = `${w()} ${w()} ${w()}`;
        break;
      case 'phrase': {
        // Two words that follow each other in the text.
        const all = article.text.split(/[^\p{L}]+/u).filter((x) => x !== '');
        const at = Math.floor(rand() * (all.length - 1));
        query = `"${all[at]} ${all[at + 1]}"`;
        break;
      }
      case 'prefix':
        query = `${long().slice(0, 4)}*`;
        break;
      case 'typo': {
        const x = long();
        const at = 1 + Math.floor(rand() * (x.length - 3));
        query = x.slice(0, at) + x[at + 1] + x[at] + x.slice(at + 2);
        break;
      }
      case 'other inflection': {
        const l = library.languages.find((x) => x.lang === article.lang)!;
        const x = long();
        const stem = l.stems.find((s) => x.startsWith(s) && l.endings.includes(x.slice(s.length))) ?? x;
        query = stem + pick(l.endings);
        break;
      }
      case 'word and filter':
        query = `${w()} tag:"${pick(library.tags).split('/')[0]}"`;
        break;
      case 'exclusion':
        query = `${w()} -${w()}`;
        break;
      case 'OR':
        query = `${w()} OR ${w()}`;
        break;
      default:
        query = `is:unread on:20${15 + Math.floor(rand() * 10)}`;
    }
    out.push({ kind, query });
  }
  return out;
}
