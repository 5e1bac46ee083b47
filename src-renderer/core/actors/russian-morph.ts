// A small rule-based Russian morphology for names: the case forms of first names and places (generated from
// nominative lists, so lookup is one Map get), and a stem key plus a nominative guess for surnames and the
// words of organisation names. It knows only the endings of proper names, which is all the analysis needs.

const stem = (w: string): string => w.slice(0, -1);
const SIBILANT_OR_VELAR = /[гкхжшчщ]$/;
const HUSHING = /[жшчщц]$/;

/** The six case forms [nom, gen, dat, acc, ins, prep] of one lower-case word, by its ending. Animate: acc = gen. */
function caseForms(word: string, animate: boolean, neuter = false): string[][] {
  const w = word;
  if (neuter && /[^и]е$/.test(w)) return [[w, stem(w) + 'я', stem(w) + 'ю', w, stem(w) + 'ем', stem(w) + 'и']];
  if (neuter && w.endsWith('ие')) return [[w, stem(w) + 'я', stem(w) + 'ю', w, stem(w) + 'ем', stem(w) + 'и']];
  if (neuter && w.endsWith('о')) return [[w, stem(w) + 'а', stem(w) + 'у', w, stem(w) + 'ом', stem(w) + 'е']];
  if (w.endsWith('ы') && w.length > 4) return [[w, stem(w) + 'ов', stem(w) + 'ам', w, stem(w) + 'ами', stem(w) + 'ах']];
  const stem1 = w.slice(0, -1);
  const stem2 = w.slice(0, -2);
  if (w.endsWith('ия')) return [[w, stem2 + 'ии', stem2 + 'ии', stem2 + 'ию', stem2 + 'ией', stem2 + 'ии']];
  if (w.endsWith('ья')) return [[w, stem1 + 'и', stem1 + 'е', stem1 + 'ю', stem1 + 'ей', stem1 + 'е']];
  if (w.endsWith('а')) {
    const gen = SIBILANT_OR_VELAR.test(stem1) ? stem1 + 'и' : stem1 + 'ы';
    const ins = HUSHING.test(stem1) ? stem1 + 'ей' : stem1 + 'ой';
    return [[w, gen, stem1 + 'е', stem1 + 'у', ins, stem1 + 'е']];
  }
  if (w.endsWith('я')) return [[w, stem1 + 'и', stem1 + 'е', stem1 + 'ю', stem1 + 'ей', stem1 + 'е']];
  if (w.endsWith('ий')) return [[w, stem2 + 'ия', stem2 + 'ию', animate ? stem2 + 'ия' : w, stem2 + 'ием', stem2 + 'ии']];
  if (w.endsWith('й')) return [[w, stem1 + 'я', stem1 + 'ю', animate ? stem1 + 'я' : w, stem1 + 'ем', stem1 + 'е']];
  if (w.endsWith('ь')) {
    return [
      [w, stem1 + 'я', stem1 + 'ю', animate ? stem1 + 'я' : w, stem1 + 'ем', stem1 + 'е'],
      [w, stem1 + 'и', stem1 + 'и', w, stem1 + 'ью', stem1 + 'и'],
    ];
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(w)) {
    const ins = HUSHING.test(w) ? w + 'ем' : w + 'ом';
    return [[w, w + 'а', w + 'у', animate ? w + 'а' : w, ins, w + 'е']];
  }
  return [[w, w, w, w, w, w]];
}

/** Case forms of an adjective that opens a multi-word name ("Нижний Новгород", "Саудовская Аравия"). */
function adjectiveForms(word: string): string[][] | null {
  const m = /^(.+?)(ая|ый|ий|ой|ое|ые|ие)$/.exec(word);
  if (!m) return null;
  const stem = m[1]!;
  const soft = m[2] === 'ий' && !SIBILANT_OR_VELAR.test(stem);
  if (m[2] === 'ая') return [[word, stem + 'ой', stem + 'ой', stem + 'ую', stem + 'ой', stem + 'ой']];
  if (m[2] === 'ые' || m[2] === 'ие') return [[word, stem + 'ых', stem + 'ым', word, stem + 'ыми', stem + 'ых']];
  const o = soft ? 'е' : 'о';
  const y = soft || SIBILANT_OR_VELAR.test(stem) ? 'и' : 'ы';
  return [[word, `${stem}${o}го`, `${stem}${o}му`, word, `${stem}${y}м`, `${stem}${o}м`]];
}

/** Every case form (lower case) of a name written in the nominative, one or several words. */
export function declineName(name: string, animate = false, neuter = false): string[] {
  const words = name.toLowerCase().replace(/ё/g, 'е').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const perWord = words.map((w, i) => (i < words.length - 1 && adjectiveForms(w)) || caseForms(w, animate, neuter));
  const out = new Set<string>();
  for (let c = 0; c < 6; c++) {
    // The first variant of each word, and each variant of the last word (the noun that carries the case).
    const last = perWord[perWord.length - 1]!;
    for (const variant of last) {
      const parts = perWord.slice(0, -1).map((v) => v[0]![c]!);
      parts.push(variant[c]!);
      out.add(parts.join(' '));
    }
  }
  return [...out];
}

/** Capitalises each word and each part after a hyphen: "санкт-петербург" → "Санкт-Петербург". */
export function capitalise(lower: string): string {
  return lower.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A map from each case form (lower case) to its nominative as listed. */
export function formMap(names: readonly string[], animate: boolean, neuter = false): Map<string, string> {
  const map = new Map<string, string>();
  for (const name of names) {
    for (const form of declineName(name, animate, neuter)) if (!map.has(form)) map.set(form, name);
  }
  return map;
}

/** Case endings a surname or another declined name may carry, longest first. */
const ENDINGS = ['ыми', 'ами', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ой', 'ей', 'ую', 'юю', 'ах', 'ях', 'а', 'я', 'ы', 'и', 'у', 'ю', 'е'];

export interface SurnameReading {
  /** Groups all case forms of one surname, of either gender: "путин" for Путин, Путина, Путину, Путиным. */
  key: string;
  /** The masculine nominative, when the form can be masculine. */
  male?: string;
  /** The feminine nominative, when the form can be feminine. */
  female?: string;
}

/** Reads a capitalised Russian surname form (as written) into its stem key and nominative guesses. */
export function readSurname(form: string): SurnameReading {
  const lower = form.toLowerCase();
  const cap = (s: string): string => form.slice(0, 1) + s.slice(1);
  let m = /^(.+?[сц]к)(ий|ого|ому|им|ом)$/.exec(lower);
  if (m) return { key: m[1]! + 'ий', male: cap(m[1]! + 'ий') };
  m = /^(.+?[сц]к)(ая|ой|ую)$/.exec(lower);
  if (m) return { key: m[1]! + 'ий', female: cap(m[1]! + 'ая') };
  m = /^(.+?(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ую)?$/.exec(lower);
  if (m) {
    const stem = m[1]!;
    const ending = m[2] ?? '';
    const reading: SurnameReading = { key: stem };
    if (ending === '' || ending === 'а' || ending === 'у' || ending === 'ым' || ending === 'е') reading.male = cap(stem);
    if (ending === 'а' || ending === 'у' || ending === 'ой' || ending === 'ую') reading.female = cap(stem + 'а');
    return reading;
  }
  m = /^(.+?(?:ович|евич|ич))(а|у|ем|е)?$/.exec(lower);
  if (m) return { key: m[1]!, male: cap(m[1]!) };
  m = /^(.+?(?:овн|евн|ичн))(а|ы|е|у|ой)$/.exec(lower);
  if (m) return { key: m[1]! + 'а', female: cap(m[1]! + 'а') };
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(lower)) return { key: lower, male: form };
  for (const e of ENDINGS) {
    if (lower.length - e.length >= 3 && lower.endsWith(e)) {
      const stem = lower.slice(0, -e.length);
      if (e === 'ом' || e === 'ем') return { key: stem, male: cap(stem) };
      if (e === 'а' || e === 'я') return { key: stem, male: cap(stem), female: form };
      if (e === 'ы' || e === 'ой' || e === 'ей') return { key: stem, female: cap(stem + 'а') };
      return { key: stem };
    }
  }
  return { key: lower, male: form, female: form };
}

/** A stem key for any declined proper word, for grouping case forms of one name ("москв", "газпром"). */
const stemKeys = new Map<string, string>();

export function stemKey(word: string): string {
  let key = stemKeys.get(word);
  if (key === undefined) {
    // Words repeat within and across articles; a bounded memo keeps the regexes off the hot path.
    if (stemKeys.size > 50_000) stemKeys.clear();
    key = computeStemKey(word);
    stemKeys.set(word, key);
  }
  return key;
}

function computeStemKey(word: string): string {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  if (/^[\p{Lu}\d-]+$/u.test(word)) return lower;
  const acronym = /^([\p{Lu}]{2,})[\p{Ll}]{1,3}$/u.exec(word);
  if (acronym) return acronym[1]!.toLowerCase();
  for (const e of ENDINGS) {
    if (lower.length - e.length >= 3 && lower.endsWith(e)) return lower.slice(0, -e.length);
  }
  // Кремль / Кремле, Китай / Китая: the soft sign and й belong to the ending too.
  return /[ьй]$/.test(lower) && lower.length > 3 ? lower.slice(0, -1) : lower;
}

/** The nominative of an adjective in a name ("Европейского" → "Европейский"), or the word unchanged. */
export function adjectiveLemma(word: string): string {
  const m = /^(.+?)(ого|его|ому|ему|ым|им|ом|ем|ой|ую|ая|ый|ий|ое|ее|ых|их|ые|ие)$/u.exec(word);
  if (!m || m[1]!.length < 3) return word;
  const stem = m[1]!;
  const e = m[2]!;
  if (e === 'ая' || e === 'ую') return stem + 'ая';
  if (e === 'ое' || e === 'ее') return stem + e;
  if (e === 'ые' || e === 'ие' || e === 'ых' || e === 'их') return stem + (SIBILANT_OR_VELAR.test(stem) ? 'ие' : 'ые');
  // ой in the genitive of a feminine ("Государственной") is as common as the masculine nominative;
  // names are far more often feminine there, so -ой reads as feminine.
  if (e === 'ой') return stem + 'ая';
  return stem + (SIBILANT_OR_VELAR.test(stem) || e === 'его' || e === 'ему' || e === 'ем' ? 'ий' : 'ый');
}

/** True when the word looks like a Russian adjective (a possible first word of an organisation's name). */
export function isAdjectiveForm(lowerWord: string): boolean {
  return /(ого|его|ому|ему|ый|ий|ой|ая|ую|ое|ее|ые|ие|ых|их|ым|им|ыми|ими)$/.test(lowerWord) && lowerWord.length > 4;
}
