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
 * - ambiguous: postpositive (Inc., Jr., a.m., U.S.): a sentence ends only before a typical sentence starter.
 */
export type AbbrevKind = 'title' | 'medial' | 'numeric' | 'final' | 'ambiguous';

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
    ambiguous:
      'inc corp co cos ltd llc plc jr sr bros esq phd st ave blvd rd hwy ln ct pl sq dept div univ assn assoc govt natl ' +
      'intl mfg est min max hr hrs mins sec secs yr yrs mo mos wk wks lb lbs oz ft mi km kg cm mm sq gal qt ' +
      'a.m p.m u.s u.k u.n e.u u.s.a d.c ph.d m.d b.a m.a b.sc m.sc ed eds trans ibid ' +
      'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun ' +
      'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev ' +
      'Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo',
  },
  ru: {
    title:
      'им ул пр-т просп пер пл наб пос дер г-н г-жа проф акад доц ген полк св тов кн зам пред зав ' +
      'засл нар чл',
    medial: 'т.е т.к т.н т.о напр англ лат нем франц рус сокр ср',
    numeric: 'ст стр рис табл гл разд п.п тел ок',
    final: 'т.д т.п и.т.д и.т.п др',
    ambiguous:
      'г гг в вв пр н.э до.н.э руб коп долл тыс млн млрд трлн км кг см мм куб кв мин сек ч обл р-н ред авт ' +
      'прим изд с.ш в.д ю.ш з.д',
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

const STARTERS: Record<string, string> = {
  en:
    'The A An He She It They We I You This That These Those There Here His Her Its Their Our My Your But And Or So Yet ' +
    'Then However Meanwhile Also Still Now Today Yesterday Tomorrow In On At For If As After Before When While Where ' +
    'Why What Who Whom Whose How Which Did Do Does Is Are Was Were Will Would Can Could Should Shall Might Must ' +
    'Has Have Had Not No Some Many Most All One Both Each Every Such Since Although Though Because According Last ' +
    'Other Another Earlier Later Under By From With Without Despite During Let Please Instead Otherwise Nevertheless ' +
    'Moreover Furthermore Thus Therefore Indeed Even Only Just Neither Nor Unlike Like Once Until Among About Over ' +
    'Between Through Whether Why Nobody Nothing Everyone Everything Someone Something Yes',
  ru:
    'Он Она Оно Они Мы Я Вы Ты Это Этот Эта Эти Тот Та Те Там Тут Здесь Но И А Однако Также Кроме Поэтому Потом ' +
    'Затем Тогда Сейчас Теперь Сегодня Вчера Завтра В Во На По С Со К О Об От До Из За Для При После Перед Между ' +
    'Как Так Что Кто Когда Где Почему Зачем Если Хотя Чтобы Ведь Впрочем Не Ни Нет Да Все Всё Его Ее Её Их Наш ' +
    'Согласно Именно Лишь Только Уже Еще Ещё Около Более Менее Таким Причем Причём Зато Или Либо Тем Этого Этой',
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
    for (const kind of ['ambiguous', 'final', 'numeric', 'medial', 'title'] as const) {
      for (const w of words(table[kind])) {
        if (!w.includes('.')) maxLength = Math.max(maxLength, w.length);
        const lower = w.toLowerCase();
        if (w === lower) spellings.set(lower, kind);
        for (const v of [capitalise(w), capitaliseParts(w), w.toUpperCase()]) spellings.set(v, kind);
      }
    }
  }
  const starters = new Set(words(STARTERS.en));
  for (const w of words(STARTERS[lang])) starters.add(w);
  const prepositions = new Set(words(PREPOSITIONS[lang] ?? PREPOSITIONS.en));
  const honorifics = new Set(words(HONORIFICS));
  return {
    abbreviation: (word) => spellings.get(word),
    isStarter: (word) => hasCapitalised(starters, word),
    isPreposition: (word) => hasCapitalised(prepositions, word),
    isHonorific: (word) => hasCapitalised(honorifics, word),
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
