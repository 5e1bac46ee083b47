// Per-language knowledge: abbreviations by behaviour, words that typically start a sentence, and the
// prepositions that open an introductory phrase. Data only, plus lookups; the rules live in decide.ts.
import * as chars from './chars';

const { isUpper } = chars;

/**
 * How an abbreviation followed by a period behaves:
 * - title: prepositive (Mr., Gen., St. before a name, им.), never ends a sentence when text follows;
 * - medial: introduces more text (e.g., i.e., vs., т.е.), never ends a sentence;
 * - numeric: an abbreviation only before a number (No. 5, p. 12, Fig. 3), else an ordinary word;
 * - final: usually ends a list (etc., т.д.): a sentence ends when a capital follows;
 * - closing: closes a phrase and often the sentence (Co., Inc., p.m., Ave., 1998 г., 2 млн руб.): a sentence
 *   ends before a capitalised word unless that word reads as the phrase going on (a weekday, a time zone,
 *   an office such as "Chairman", a title-case run) or the abbreviation closes an introductory phrase;
 * - ambiguous: postpositive but often followed by a name it qualifies (U.S. Senate, Jr. Day, Jan. 5):
 *   a sentence ends only before a typical sentence starter.
 */
export type AbbrevKind = 'title' | 'medial' | 'numeric' | 'final' | 'closing' | 'ambiguous';

type Table = Partial<Record<AbbrevKind, string>>;

// Entries are space-separated; internal periods are written ("i.e"). An entry starting with a capital
// matches only capitalised words (Jan, Mass, Ft); a lower-case entry matches any case.
const COMMON: Table = {
  medial: 'e.g i.e vs viz cf approx ca',
  final: 'etc al',
  numeric: 'no nos nr nº n° № vol vols pp fig figs',
};

const LANGS: Record<string, Table> = {
  en: {
    title:
      'mr mrs ms messrs mmes dr drs prof profs gen lt col maj capt cmdr adm sgt cpl pvt spc ens gov govs sen sens rep reps ' +
      'Rev Revs hon pres supt insp det atty amb msgr Fr Br Rt Mt Ft Sec Pres Sra Srta Mme Mlle rt.hon',
    numeric: 'art ch chap sec sect para pt pts tel ext',
    // Company forms, clock times, street types and units: what follows them mid-sentence is lower case,
    // a number or a short list of capitalised words (see CONTINUATIONS).
    closing:
      'inc corp co cos ltd llc plc ave blvd rd hwy ln ' +
      'hr hrs mins secs yr yrs mos wk wks lb lbs oz mi km kg cm mm gal qt a.m p.m',
    ambiguous:
      'jr sr esq bros phd st ct pl sq dept div univ assn assoc govt natl ' +
      'intl mfg min max sec mo ft ' +
      'u.s u.k u.n e.u u.s.a d.c ph.d m.d b.a m.a b.sc m.sc ed eds trans ibid ' +
      'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun ' +
      'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev ' +
      'Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo',
  },
  ru: {
    title:
      'им г ул пр-т просп пер пл наб пос дер г-н г-жа проф акад доц ген полк св тов кн зам пред зав ' +
      'засл нар чл',
    medial: 'т.е т.к т.н т.о напр англ лат нем франц рус сокр ср',
    numeric: 'ст стр рис табл гл разд п.п тел ок',
    final: 'т.д т.п и.т.д и.т.п др',
    ambiguous:
      'гг в вв пр руб коп долл тыс млн млрд трлн км кг см мм куб кв мин сек ч чел обл р-н ред авт ' +
      'прим изд с.ш в.д ю.ш з.д янв февр фев апр авг сент сен окт нояб ноя дек',
    // "в I в. до н. э. Римляне…": an era closes a date, and often the sentence.
    closing: 'н.э до.н.э',
  },
  de: {
    title: 'hr hrn fr frl dr prof dipl ing st',
    medial: 'bzw z.b d.h u.a v.a z.t u.u bzgl vgl evtl ggf inkl zzgl sog ca',
    numeric: 'nr abs art bd kap abb tel',
    final: 'usw u.s.w etc',
    ambiguous: 'str jh mio mrd tsd gmbh ag kg e.v Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez',
  },
  fr: {
    title: 'mm mme mmes mlle mlles dr pr Me mgr st ste',
    medial: 'c.-à-d env cf',
    numeric: 'art chap vol',
    final: 'etc',
    ambiguous: 'av bd boul fg janv févr avr juil sept oct nov déc',
  },
  es: {
    title: 'sr sra srta sres dr dra lic ing arq ud uds vd vds dña sto sta',
    medial: 'p.ej aprox cf',
    numeric: 'pág págs núm art cap',
    final: 'etc',
    ambiguous: 'av avda ee.uu a.c d.c s.a s.l cía ene feb mar abr jun jul ago sept oct nov dic',
  },
};

/**
 * Abbreviations that close a phrase when they follow a number (or a Roman numeral, or тыс./млн before a
 * unit), whatever they mean elsewhere: "в 1998 г." is a year but "г. Москва" a city; "XXI в." a century.
 */
const AFTER_NUMBER: Record<string, string> = {
  ru: 'г гг в вв руб коп долл тыс млн млрд трлн км кг см мм ч мин сек чел',
};

/** Bits of LangRules.contextual. */
export const AFTER_A_NUMBER = 1;
export const AFTER_A_NAME = 2;

/**
 * Abbreviations that close a phrase when they follow a capitalised word or an ordinal: "Main St." is a
 * street (often the end of a sentence), "St. Louis" a saint before a name.
 */
const AFTER_NAME: Record<string, string> = {
  en: 'st',
};

/**
 * Capitalised words that go on a phrase closed by a "closing" abbreviation instead of starting a sentence:
 * weekdays and months after a clock time ("4 p.m. Monday"), time zones ("p.m. EST"), offices after a
 * company ("Acme Corp. Chairman Jane Doe"), quadrants after a street ("Pennsylvania Ave. NW").
 */
const CONTINUATIONS: Record<string, string> = {
  en:
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December EST EDT CST CDT MST MDT PST PDT AKST HST GMT UTC BST CET CEST EET MSK JST ' +
    'IST AEST AEDT ET PT CT MT Eastern Pacific Central Mountain Chairman Chairwoman Chair Chief CEO CFO COO CTO President Vice Executive Director ' +
    'Founder Spokesman Spokeswoman Spokesperson Managing Treasurer Limited Group Holdings NW NE SW SE',
};

/** Endings of plural nouns for people: agents (-ers, -ors), -ists, -ians, -ants, -ents, -als ("Officials"). */
const PEOPLE_PLURAL: Record<string, RegExp> = {
  en: /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ants|ents|als)$/u,
};

/** Verbs of saying: a name followed by one after a quoted question ("Is it legal?" Ruiz asked) attributes it. */
const SPEECH_VERBS: Record<string, string> = {
  en:
    'said says asked asks added adds wanted wondered replied replies told tells wrote writes shouted shouts cried ' +
    'exclaimed demanded demands insisted insists recalled recalls noted notes quipped tweeted posted explained ' +
    'argued argues countered answered continued urged warned pleaded yelled whispered declared responded',
};

const STARTERS: Record<string, string> = {
  en:
    'The A An He She It They We I You This That These Those There Here His Her Its Their Our My Your But And Or So Yet ' +
    'Then However Meanwhile Also Still Now Today Yesterday Tomorrow In On At For If As After Before When While Where ' +
    'Why What Who Whom Whose How Which Did Do Does Is Are Was Were Will Would Can Could Should Shall Might Must ' +
    'Has Have Had Not No Some Many Most All One Both Each Every Such Since Although Though Because According Last ' +
    'Other Another Earlier Later Under By From With Without Despite During Let Please Instead Otherwise Nevertheless ' +
    'Moreover Furthermore Thus Therefore Indeed Even Only Just Neither Nor Unlike Like Once Until Among About Over ' +
    'Between Through Whether Why Nobody Nothing Everyone Everything Someone Something Yes ' +
    // Determiners, quantifiers and sentence adverbs that begin sentences but rarely follow U.S. or Jr. in a name.
    'Several Few Much More Less Any Either Neither Nor Nearly Almost Roughly Overall Separately Elsewhere ' +
    'Still Yet Next First Second Third Finally Recently Currently Previously Already Again Perhaps Maybe ' +
    'Clearly Sometimes Often Asked Speaking Given Having Being Unless Whereas Besides Plus Millions Thousands ' +
    'Hundreds Dozens Some Such Those',
  ru:
    'Он Она Оно Они Мы Я Вы Ты Это Этот Эта Эти Тот Та Те Там Тут Здесь Но И А Однако Также Кроме Поэтому Потом ' +
    'Затем Тогда Сейчас Теперь Сегодня Вчера Завтра В Во На По С Со К О Об От До Из За Для При После Перед Между ' +
    'Как Так Что Кто Когда Где Почему Зачем Если Хотя Чтобы Ведь Впрочем Не Ни Нет Да Все Всё Его Ее Её Их Наш ' +
    'Согласно Именно Лишь Только Уже Еще Ещё Около Более Менее Таким Причем Причём Зато Или Либо Тем Этого Этой ' +
    'Позднее Позже Ранее Прежде Впоследствии Сначала Наконец Несмотря Вместе Всего Многие Некоторые Большинство ' +
    'Каждый Никто Ничто Следовательно Кстати Например Итак Иначе Вот Сам Сама Сами Такой Такая Такие Этим Эту ' +
    'Этих Почти Даже Тогда Сейчас Пока Особенно Помимо Кроме Благодаря Вопреки',
  de:
    'Der Die Das Ein Eine Er Sie Es Wir Ich Ihr Aber Und Doch Dann Im In Am Auf Mit Nach Bei Von Zu Wie Was Wer ' +
    'Wenn Als Dies Diese Dieser Auch Noch Nicht Man So Da Damit Denn Deshalb Seit Heute Gestern Jetzt Nun',
  fr:
    'Le La Les Un Une Il Elle Ils Elles Nous Je On Ce Cette Ces Mais Et Puis Dans En Pour Selon Si Quand Comme ' +
    'Au Aux Du Des Depuis Alors Ainsi Cependant Pourtant Aujourd Hier Après Avant Il Lui Leur',
  es:
    'El La Los Las Un Una Él Ella Ellos Ellas Nosotros Yo Pero Y En Con Para Por Según Si Cuando Como Este Esta ' +
    'Esto Ese Esa Eso Hay No También Sin Aunque Además Después Antes Ayer Hoy Ahora Entonces Luego Lo Le Se Su Sus',
};

/** Personal honorifics: after an ambiguous abbreviation they start a sentence ("at 6 P.M. Mr. Smith left"),
 * unlike offices ("the U.S. Sen. Smith"). */
const HONORIFICS = 'Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Hr Frau Sr Sra Srta Г-н Г-жа';

const PREPOSITIONS: Record<string, string> = {
  en: 'At In On By Before After Around Until Till Since From During About Near Within Throughout Through Across Under Over Toward Towards Between Among Beyond Shortly Early Late',
  ru: 'В Во На С Со К По От До Из У За Под Над При Около После Перед Между Через Для О Об',
  de: 'In Im Am An Auf Bei Mit Nach Seit Von Vom Zu Zum Zur Vor Bis Um Gegen Unter Über',
  fr: 'À A Au Aux En Dans Depuis Pendant Avant Après Vers Sur Sous Chez Par Pour Avec Sans Selon',
  es: 'A En Desde Hasta Durante Antes Después Hacia Sobre Bajo Con Sin Según Por Para Entre',
};

/** Compiled lookups for one language. */
export interface LangRules {
  /** Kind of the abbreviation `word` (no trailing period; internal periods kept), or undefined. */
  abbreviation(word: string): AbbrevKind | undefined;
  /** Whether a capitalised `word` typically starts a sentence. */
  isStarter(word: string): boolean;
  /** Whether a capitalised `word` is a personal honorific written with a period (Mr, Dr, Sra). */
  isHonorific(word: string): boolean;
  /** Whether `word` is a preposition that opens an introductory phrase ("At 5 a.m."). */
  isPreposition(word: string): boolean;
  /**
   * Whether `word` closes its phrase ('closing') after a number ("1998 г.", "XXI в.": AFTER_NUMBER) or
   * after a capitalised word or an ordinal ("Main St.": AFTER_NAME), as bits; 0 for most words.
   */
  contextual(word: string): number;
  /** Whether a capitalised `word` goes on a phrase closed by a "closing" abbreviation ("p.m. Monday"). */
  isContinuation(word: string): boolean;
  /** Whether `word` is a verb of saying ("asked"), for attributions after a quoted question. */
  isSpeechVerb(word: string): boolean;
  /**
   * Whether a capitalised `word` is a plural noun for people ("Traders", "Negotiators", "Analysts"): such a
   * word before a lower-case verb opens a sentence, where a name after "U.S." would be an institution.
   */
  isPeoplePlural(word: string): boolean;
  /** Headlines are written in title case (English): a run of capitalised words is one phrase. */
  titleCase: boolean;
  /** In German a number followed by a period is usually an ordinal ("am 3. Oktober"). */
  ordinalNumbers: boolean;
  /** Length of the longest abbreviation without inner periods: longer words need no lookup. */
  maxLength: number;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** "ph.d" → "Ph.D": each period-separated part capitalised. */
function capitaliseParts(word: string): string {
  return word.split('.').map(capitalise).join('.');
}

function words(list: string | undefined): string[] {
  return list ? list.split(' ').filter((w) => w.length > 0) : [];
}

/** A capitalised word, or one in capitals ("THE"), found in `set` under its capitalised form. */
function hasCapitalised(set: ReadonlySet<string>, word: string): boolean {
  if (set.has(word)) return true;
  return word.length > 1 && isUpper(word.charCodeAt(1)) && word === word.toUpperCase() && set.has(capitalise(word));
}

function compile(lang: string): LangRules {
  // Every accepted spelling maps to its kind, so a lookup is one Map.get with no case folding: lower-case
  // entries match lower case, Capitalised and CAPITALS; capitalised entries only the last two.
  const spellings = new Map<string, AbbrevKind>();
  let maxLength = 0;
  const tables = lang === 'en' ? [COMMON, LANGS.en] : [COMMON, LANGS.en, LANGS[lang]];
  for (const table of tables) {
    if (!table) continue;
    for (const kind of ['ambiguous', 'closing', 'final', 'numeric', 'medial', 'title'] as const) {
      for (const w of words(table[kind])) {
        if (!w.includes('.')) maxLength = Math.max(maxLength, w.length);
        const lower = w.toLowerCase();
        if (w === lower) spellings.set(lower, kind);
        for (const v of [capitalise(w), capitaliseParts(w), w.toUpperCase()]) spellings.set(v, kind);
      }
    }
  }
  const contextual = new Map<string, number>();
  // After a number only the lower-case spelling: "1998 г." is a year, but "5 В. Путин" holds an initial.
  for (const w of words(AFTER_NUMBER[lang])) contextual.set(w, AFTER_A_NUMBER);
  for (const w of words(AFTER_NAME[lang])) {
    for (const v of [w, capitalise(w), w.toUpperCase()]) contextual.set(v, (contextual.get(v) ?? 0) | AFTER_A_NAME);
  }
  const continuations = new Set(words(CONTINUATIONS[lang]));
  const peoplePlural = PEOPLE_PLURAL[lang] ?? null;
  const speechVerbs = new Set(words(SPEECH_VERBS[lang]));
  const starters = new Set(words(STARTERS.en));
  for (const w of words(STARTERS[lang])) starters.add(w);
  const prepositions = new Set(words(PREPOSITIONS[lang] ?? PREPOSITIONS.en));
  const honorifics = new Set(words(HONORIFICS));
  return {
    abbreviation: (word) => spellings.get(word),
    isStarter: (word) => hasCapitalised(starters, word),
    isPreposition: (word) => hasCapitalised(prepositions, word),
    isHonorific: (word) => hasCapitalised(honorifics, word),
    contextual: (word) => contextual.get(word) ?? 0,
    isContinuation: (word) => continuations.has(word),
    isSpeechVerb: (word) => speechVerbs.has(word),
    isPeoplePlural: (word) => peoplePlural !== null && word.length >= 6 && peoplePlural.test(word),
    titleCase: lang === 'en',
    ordinalNumbers: lang === 'de',
    maxLength,
  };
}

const cache = new Map<string, LangRules>();

/** Rules for a BCP 47 tag (its primary subtag); unknown languages get English and the common table. */
export function rulesFor(lang: string | undefined): LangRules {
  const primary = (lang ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
  let rules = cache.get(primary);
  if (!rules) {
    rules = compile(primary);
    cache.set(primary, rules);
  }
  return rules;
}
