// Speakers: the hand-written attribution cases scored (precision and recall printed, floors asserted just
// below what the rules reach), the seed article's speakers, and the behaviours the rules promise.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src-renderer/core/article';
import { analyseArticle } from '../../../src-renderer/core/actors';
import { segmentFlat } from '../../../src-renderer/core/segment';
import { ATTRIBUTION_CASES, HELD_OUT_CASES, HELD_OUT_POLITICS, HELD_OUT_WIRE, type AttributionCase } from './attribution-cases';
import { analyse, build, scoreCases } from './harness';

const pct = (x: number): string => (100 * x).toFixed(1);

function table(sets: Record<string, readonly AttributionCase[]>): Record<string, ReturnType<typeof scoreCases>> {
  const out: Record<string, ReturnType<typeof scoreCases>> = {};
  const rows: Record<string, Record<string, string | number>> = {};
  for (const [name, cases] of Object.entries(sets)) {
    const s = scoreCases(cases);
    out[name] = s;
    rows[name] = { statements: s.results.length, 'named source': s.expectedNamed, suggested: s.predicted, right: s.tp, 'precision %': pct(s.precision), 'recall %': pct(s.recall) };
  }
  console.log('Speaker attribution (hand-written cases)');
  console.table(rows);
  return out;
}

describe('speaker attribution cases', () => {
  const byLang = (cases: readonly AttributionCase[], lang: string) => cases.filter((c) => c.lang === lang);
  const scores = table({
    'tuned en': byLang(ATTRIBUTION_CASES, 'en'),
    'tuned ru': byLang(ATTRIBUTION_CASES, 'ru'),
    'held-out en': byLang(HELD_OUT_CASES, 'en'),
    'held-out ru': byLang(HELD_OUT_CASES, 'ru'),
    'politics en': byLang(HELD_OUT_POLITICS, 'en'),
    'politics ru': byLang(HELD_OUT_POLITICS, 'ru'),
    'wire en': byLang(HELD_OUT_WIRE, 'en'),
    'wire ru': byLang(HELD_OUT_WIRE, 'ru'),
    all: [...ATTRIBUTION_CASES, ...HELD_OUT_CASES, ...HELD_OUT_POLITICS, ...HELD_OUT_WIRE],
  });

  it('has at least 150 statements in English and Russian, each segmented as the case lists it', () => {
    expect(scores['all']!.results.length).toBeGreaterThanOrEqual(150);
    expect(scores['all']!.missegmented).toEqual([]);
  });

  it('keeps precision and recall above their floors (a regression fails here)', () => {
    // The held-out sets scored as first written (before the fixes they prompted): held-out en P 68.8 R 61.1,
    // held-out ru P 87.5 R 70.0, politics en P 85.0 R 81.0, politics ru P 100 R 77.8, wire en P 66.7 R 80.0,
    // wire ru P 75.0 R 42.9 (its dateline then listed as one statement where the segmenter makes three).
    const floors: Record<string, [number, number]> = {
      'tuned en': [0.97, 0.97],
      'tuned ru': [0.97, 0.97],
      'held-out en': [0.92, 0.97],
      'held-out ru': [0.85, 0.85],
      'politics en': [0.97, 0.92],
      'politics ru': [0.97, 0.97],
      'wire en': [0.97, 0.97],
      'wire ru': [0.97, 0.97],
      all: [0.96, 0.96],
    };
    for (const [name, [p, r]] of Object.entries(floors)) {
      const s = scores[name]!;
      expect(s.precision, `${name} precision`).toBeGreaterThanOrEqual(p);
      expect(s.recall, `${name} recall`).toBeGreaterThanOrEqual(r);
    }
  });
});

const SEED = path.resolve(__dirname, '../../../../shared/corpora/seed-article.txt');

describe.skipIf(!existsSync(SEED))('the seed article (needs ../shared/corpora)', () => {
  /** The seed as the plain-text importer gives it: the first line is the title block, each other line a paragraph. */
  function seed() {
    const text = readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n');
    const blocks: Block[] = [];
    let pos = 0;
    for (const line of text.split('\n')) {
      const start = pos + (line.length - line.trimStart().length);
      const end = pos + line.trimEnd().length;
      if (end > start) blocks.push({ kind: blocks.length === 0 ? 'title' : 'paragraph', start, end });
      pos += line.length + 1;
    }
    const spans = segmentFlat(text, blocks, 'en');
    return { text, analysis: analyseArticle({ text, blocks, spans, lang: 'en' }) };
  }
  const { text, analysis } = seed();
  /** The speaker of the statement holding `words`. */
  const speakerOf = (words: string) => {
    const at = text.indexOf(words);
    expect(at, words).toBeGreaterThanOrEqual(0);
    return analysis.speakers.find((s) => s.start <= at && at < s.end);
  };

  it('names the speaker of each reported statement, the pronouns and the roles', () => {
    expect(speakerOf('Putin said that while there were still ongoing issues')).toMatchObject({ speaker: 'Vladimir Putin', kind: 'reported' });
    expect(speakerOf('For his part, Aliyev said that')).toMatchObject({ speaker: 'Ilham Aliyev', kind: 'reported' });
    expect(speakerOf('The Azerbaijani president also stated')).toMatchObject({ speaker: 'Ilham Aliyev', kind: 'reference' });
    expect(speakerOf('In particular, he pointed to trade')).toMatchObject({ speaker: 'Ilham Aliyev', kind: 'reference' });
    expect(speakerOf('He went on to thank Russia')).toMatchObject({ speaker: 'Ilham Aliyev', kind: 'reference' });
    expect(speakerOf('Finally, he noted that')).toMatchObject({ speaker: 'Ilham Aliyev', kind: 'reference' });
    expect(speakerOf('The Russian president noted')).toMatchObject({ speaker: 'Vladimir Putin', kind: 'reference' });
    expect(speakerOf('Putin welcomed Aliyev, noting that')).toMatchObject({ speaker: 'Vladimir Putin' });
  });

  it('suggests nothing for the statements that report no speech', () => {
    expect(speakerOf('Putin and Aliyev meet in Russia')).toBeUndefined();
    expect(speakerOf('The president of Azerbaijan, Ilham Aliyev, was in Russia')).toBeUndefined();
    expect(speakerOf('As part of the meeting, Putin and Aliyev signed')).toBeUndefined();
    expect(speakerOf('commonspace.eu')).toBeUndefined();
  });

  it('points the cue and the source at the text', () => {
    const s = speakerOf('The Azerbaijani president also stated')!;
    expect(s.cue?.text).toBe('stated');
    expect(text.slice(s.cue!.start, s.cue!.end)).toBe('stated');
    expect(text.slice(s.source.start, s.source.end)).toBe('The Azerbaijani president');
  });

  it('merges the mentions of each president and ties the roles the text gives them', () => {
    const names = (name: string) => analysis.entities.filter((e) => e.name === name).map((e) => e.text);
    expect(names('Vladimir Putin')).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin', 'The Russian president']));
    expect(names('Ilham Aliyev')).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Aliyev', 'The Azerbaijani president']));
    expect(analysis.entities.find((e) => e.text === '16%')?.type).toBe('percent');
    expect(analysis.entities.find((e) => e.text === 'Nagorno-Karabakh')?.type).toBe('place');
  });
});

describe('speaker rules', () => {
  const speakers = (paragraphs: string[], lang = 'en') => {
    const { text, spans, analysis } = analyse(paragraphs, lang);
    const out: (string | null)[] = [];
    for (let i = 0; i < spans.length; i += 2) out.push(analysis.speakers.find((s) => s.start === spans[i])?.speaker ?? null);
    return { out, analysis, text };
  };

  it('gives a quotation before and after its cue the kind direct, and its later statements continued', () => {
    const { analysis } = speakers(['"We will win," Vladimir Putin said. "Nobody doubts it."', 'Putin said: "The talks are over."']);
    expect(analysis.speakers.map((s) => s.kind)).toEqual(['direct', 'continued', 'direct']);
    expect(new Set(analysis.speakers.map((s) => s.speaker))).toEqual(new Set(['Vladimir Putin']));
  });

  it('reads «…», — заявил X and по словам X, with the speaker in the nominative', () => {
    const { out, analysis } = speakers(['«Мы готовы к переговорам», — заявил Владимир Путин.', 'По словам Путина, встреча пройдет в Москве.', 'Как сообщил пресс-секретарь Кремля Дмитрий Песков, дата еще не выбрана.'], 'ru');
    expect(out).toEqual(['Владимир Путин', 'Владимир Путин', 'Дмитрий Песков']);
    expect(analysis.speakers[0]!.cue?.text).toBe('заявил');
    expect(analysis.speakers[1]!.cue?.text).toBe('По словам');
  });

  it('leaves a pronoun unresolved when two people could be meant', () => {
    const { out } = speakers(['Joe Biden met Emmanuel Macron in Paris. He said the alliance was strong.']);
    expect(out).toEqual([null, null]);
  });

  it('resolves a pronoun by gender when only one person fits', () => {
    const { out } = speakers(['Maria Zakharova met Sergei Lavrov on Monday. She said the talks had been useful.']);
    expect(out).toEqual([null, 'Maria Zakharova']);
  });

  it('does not take the source of speech inside unnamed speech ("Officials said X told…")', () => {
    const { out } = speakers(['Officials said Putin told Aliyev that the deal was done.']);
    expect(out).toEqual([null]);
  });

  it('reads "according to a statement from X" and "X was quoted as saying"', () => {
    const { out } = speakers(['The talks will resume in March, according to a statement from the Kremlin. Vladimir Putin was quoted as saying that the talks were useful. Growth slowed, according to people familiar with the matter.']);
    expect(out).toEqual(['Kremlin', 'Vladimir Putin', null]);
  });

  it('knows a family name written first alone ("Xi" after "Xi Jinping") and stops a pronoun at a source it could not name', () => {
    const { out } = speakers([
      'Joe Biden met Chinese President Xi Jinping in California.',
      '"We made progress," Biden said. Xi, speaking through an interpreter, said the world was big enough for both. He also warned Washington over Taiwan.',
      'Officials said the talks were long. He added that more meetings were planned.',
    ]);
    expect(out).toEqual([null, 'Joe Biden', 'Xi Jinping', 'Xi Jinping', null, null]);
  });

  it('gives the quotation or block quote a colon introduces to the speaker of the colon', () => {
    const { text, blocks: paragraphs } = build(['In his speech, Vladimir Putin said:', 'We will not give up. The talks are over.', 'The audience applauded.'], 'en');
    const blocks: Block[] = paragraphs.map((b, i) => ({ ...b, kind: i === 1 ? 'quote' : 'paragraph' }));
    const spans = segmentFlat(text, blocks, 'en');
    const a = analyseArticle({ text, blocks, spans, lang: 'en' });
    expect(a.speakers.map((s) => [text.slice(s.start, s.end), s.speaker, s.kind])).toEqual([
      ['In his speech, Vladimir Putin said:', 'Vladimir Putin', 'reported'],
      ['We will not give up.', 'Vladimir Putin', 'continued'],
      ['The talks are over.', 'Vladimir Putin', 'continued'],
    ]);
  });

  it('reads a headline\'s name and colon as its speaker', () => {
    const { text, blocks, spans } = build(['Лавров: Москва готова к диалогу', 'Министр иностранных дел Сергей Лавров провел пресс-конференцию.'], 'ru', true);
    const a = analyseArticle({ text, blocks, spans, lang: 'ru' });
    expect(a.speakers.map((s) => [s.start, s.speaker, s.kind])).toEqual([[0, 'Сергей Лавров', 'direct']]);
  });

  it('ties a role to the person an abbreviated title names ("Sen. Marco Rubio" … "the senator")', () => {
    const { out } = speakers(['Sen. Marco Rubio met farmers in Iowa.', 'The senator said the tariffs would hurt exports.']);
    expect(out).toEqual([null, 'Marco Rubio']);
  });

  it('does not give a spokesman\'s words to the person the spokesman works for', () => {
    const { out } = speakers(['A spokesman for Senate Majority Leader Mitch McConnell said the vote would go ahead. McConnell told reporters that he was confident.']);
    expect(out).toEqual([null, 'Mitch McConnell']);
  });

  it('does not attribute a role that the text never tied to a person', () => {
    const { out } = speakers(['Vladimir Putin arrived in Baku on Monday.', 'The French president said the visit was a mistake.']);
    expect(out).toEqual([null, null]);
  });

  it('gives an organisation as the source of "according to" and of заявили в МИД', () => {
    expect(speakers(['Exports fell by 5 percent, according to Gazprom.']).out).toEqual(['Gazprom']);
    expect(speakers(['В МИД России заявили, что не получали уведомления.'], 'ru').out).toEqual(['МИД']);
    expect(speakers(['В правительстве России заявили, что бюджет будет исполнен. Посольство США опровергло эти данные.'], 'ru').out).toEqual(['Правительство России', 'Посольство США']);
  });

  it('never suggests a speaker for a figure', () => {
    const text = 'Putin said the talks were over.';
    const blocks: Block[] = [{ kind: 'figure', start: 0, end: text.length }];
    const analysis = analyseArticle({ text, blocks, spans: segmentFlat(text, blocks, 'en'), lang: 'en' });
    expect(analysis.speakers).toEqual([]);
  });
});
