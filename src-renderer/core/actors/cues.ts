// Cue words of speech in both languages: whether a token is a verb of saying, and how long the cue is
// ("pointed out" is two tokens).
import { EN_CUE_VERBS, EN_PARTICIPLE_CUES, EN_PHRASAL_CUES, EN_WEAK_CUES } from './lexicon-en';
import { RU_CUE_FORMS, RU_CUE_PAST_STEMS, RU_GERUND_CUES } from './lexicon-ru';
import type { Token } from './tokens';

const RU_PAST = /^(.+?)(л|ла|ло|ли)(?:сь|ся)?$/;

/** A Russian verb of saying (any past form of a listed stem, or a listed present form). */
export function isRuCue(lower: string): boolean {
  if (RU_CUE_FORMS.has(lower)) return true;
  const m = RU_PAST.exec(lower);
  if (!m) return false;
  const stem = m[1]!;
  for (const s of RU_CUE_PAST_STEMS) if (stem === s || (stem.startsWith(s) && stem.length - s.length <= 1)) return true;
  return false;
}

/** The gender a Russian past-tense cue agrees with: заявил → m, заявила → f, заявили → plural. */
export function ruCueGender(lower: string): 'm' | 'f' | 'p' | undefined {
  if (/ла(сь)?$/.test(lower)) return 'f';
  if (/ли(сь)?$/.test(lower)) return 'p';
  if (/л(ся)?$/.test(lower)) return 'm';
  return undefined;
}

export function isEnCue(lower: string): boolean {
  return EN_CUE_VERBS.has(lower) && !EN_PARTICIPLE_CUES.has(lower);
}

export function isWeakEnCue(lower: string): boolean {
  return EN_WEAK_CUES.has(lower);
}

/** The number of tokens of the cue starting at i (0 when there is none). */
export function cueLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  // A capitalised "State" or "Says" is a name's word (or a headline's), not the verb.
  if (!t || t.kind !== 'word' || t.cap) return 0;
  if (t.cyr) return isRuCue(t.lower) ? 1 : 0;
  // "was quoted as saying": the passive of a cue that still names its speaker as the subject.
  if (t.lower === 'quoted' && tokens[i + 1]?.lower === 'as' && tokens[i + 2]?.lower === 'saying') return 3;
  // "as Trump put it,", "she put it bluntly:": the phrase of saying, not putting a thing somewhere.
  if ((t.lower === 'put' || t.lower === 'puts') && tokens[i + 1]?.lower === 'it') {
    // A comma, colon or quotation within three words ("put it on Sunday,"), or the end of the sentence.
    for (let n = i + 2; n < tokens.length && n <= i + 5 && tokens[n]!.statement === t.statement; n++) {
      const a = tokens[n]!;
      if (a.kind === 'punct') return /^[,:.;"“”«—–-]$/.test(a.text) ? 2 : 0;
    }
    return 0;
  }
  const second = EN_PHRASAL_CUES[t.lower];
  const next = tokens[i + 1];
  // "The Trump campaign issued a statement accusing…": the statement names its source as the subject.
  if ((t.lower === 'issued' || t.lower === 'released') && next?.lower === 'a' && tokens[i + 2]?.lower === 'statement' && tokens[i + 2]!.statement === t.statement) return 3;
  if (second && next && second.includes(next.lower)) {
    // "went on to say/thank": the whole phrase.
    if (next.lower === 'on' && tokens[i + 2]?.lower === 'to' && tokens[i + 3] && (EN_CUE_VERBS.has(tokens[i + 3]!.lower))) return 4;
    if (next.lower === 'on') return 0;
    return 2;
  }
  if (!isEnCue(t.lower)) return 0;
  // "four Black Sea states agreed", "the claims were": a plural noun, not the verb, when a verb follows.
  if (PLURAL_NOUN_CUES.has(t.lower) && next && next.kind === 'word' && !next.cap && (FOLLOWING_VERBS.has(next.lower) || /[a-z]ed$/.test(next.lower))) return 0;
  return 1;
}

/** Cue verbs that are also plural nouns ("states", "claims", "reports"). */
const PLURAL_NOUN_CUES = new Set(
  'states claims notes remarks comments reports promises pledges thanks calls estimates warnings vows replies denies complaints'.split(' '),
);

/** Words after such a noun that show it is the subject, not the verb ("the claims were…", "states agreed"). */
const FOLLOWING_VERBS = new Set(
  'are were is was have had has will would can could should may might must do did agree agreed met meet signed sign say said want wanted remain remained'.split(' '),
);

export function isCueToken(tokens: readonly Token[], i: number): boolean {
  return cueLength(tokens, i) > 0;
}

export function isParticipleCue(t: Token): boolean {
  return t.kind === 'word' && (t.cyr ? RU_GERUND_CUES.has(t.lower) : EN_PARTICIPLE_CUES.has(t.lower));
}
