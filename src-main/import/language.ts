// The language of an article whose file does not declare one (plain text, most PDFs, HTML without lang):
// detected from its text with tinyld's light model, so segmentation uses the right abbreviations.
//
// Why tinyld (light): measured on Universal Dependencies dev text (../shared/corpora/ud), English and
// Russian, against franc, franc-min and eld (large, small, extrasmall):
// - accuracy on 150-character windows: tinyld light en 95.7%, ru 100%; eld extrasmall en 100%, ru 99.9%;
//   on 500-character windows tinyld light en 98.8%, ru 100%; on paragraphs over 400 characters both 98-100%;
//   on one short sentence (20-80 characters) tinyld light en 82%, ru 99.8%; eld en 96%, ru 94% (other
//   Cyrillic languages); franc and franc-min 48-75% (they need longer text);
// - cost per worker: tinyld light loads in about 30 ms with 7 MB of heap; eld extrasmall 300 ms and 36 MB,
//   eld large 1.1 s and 160 MB; parsing runs in up to six workers, each loading its own copy;
// - speed: under 0.2 ms for a sentence, about 1 ms for 3,000 characters;
// - it is maintained (releases in 2026), MIT, and ships CommonJS and ESM builds for Node and the browser.
// tinyld's English errors are other Latin-script languages scoring close to English; preferring English
// when it scores at least half the top language (ENGLISH_MARGIN) brings it to 97.8% on 150-character
// windows and 100% on 500 (60: 95.1%; sentences of 40-100 letters 97.0%), while French, German, Spanish,
// Italian, Dutch and Portuguese news sentences keep their own answer.
import { detectAll } from 'tinyld/light';
import type { Block } from '../../src-renderer/core/article';

/** How much of the text is read: enough for a reliable answer, bounded so a long article costs ~1 ms. */
const SAMPLE = 3000;
/** Fewer letters than this give no answer. */
const MIN_LETTERS = 12;
/**
 * Below this many letters only a non-Latin script is trusted: short Russian is told right 99.6% of the time
 * (12-40 letters), short English 81%, and English rules are the default anyway.
 */
const SHORT_LETTERS = 40;
const ENGLISH_MARGIN = 0.5;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** The language of `text` as an ISO 639-1 code ('en', 'ru', ...), or undefined when it cannot be told. */
export function detectLanguage(text: string): string | undefined {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let letters = 0;
  let latin = 0;
  for (const ch of sample) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) latin++;
    if (letters >= SHORT_LETTERS) break;
  }
  if (letters < MIN_LETTERS || (letters < SHORT_LETTERS && latin * 2 >= letters)) return undefined;
  const ranked = detectAll(sample);
  const top = ranked[0];
  if (!top || !/^[a-z]{2,3}$/.test(top.lang)) return undefined;
  const english = ranked.find((r) => r.lang === 'en');
  return english && english.accuracy >= top.accuracy * ENGLISH_MARGIN ? 'en' : top.lang;
}

/** Languages written in Cyrillic among those tinyld tells (the rest we meet are Latin or own scripts). */
const CYRILLIC_LANGS = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn', 'tt', 'ba', 'cv']);
/** How much of a block is read to tell its script. */
const BLOCK_SAMPLE = 400;

/**
 * 'latin' or 'cyrillic': the script most letters of `text[start, end)` are in (first 400 characters), by
 * code ranges (Basic Latin and Latin-1 to Extended-B; Cyrillic and its Supplement); 'other' when neither
 * has a letter. Runs over every block, so it reads char codes, not regular expressions.
 */
function scriptOf(text: string, start: number, end: number): 'latin' | 'cyrillic' | 'other' {
  let latin = 0;
  let cyrillic = 0;
  const stop = Math.min(end, start + BLOCK_SAMPLE);
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else if (c >= 0x400 && c <= 0x52f) cyrillic++;
  }
  if (latin === 0 && cyrillic === 0) return 'other';
  return latin >= cyrillic ? 'latin' : 'cyrillic';
}

function scriptOfLang(lang: string): 'latin' | 'cyrillic' | 'other' {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return CYRILLIC_LANGS.has(primary) ? 'cyrillic' : 'latin';
}

/**
 * The blocks, each written in another script than the article's language (a Russian paragraph quoted in
 * an English article) given its own detected `lang`, so it is segmented with its own rules. Blocks in the
 * article's script keep the article's language: within one script a paragraph is too short to tell, say,
 * English from French reliably, and the rules differ little. Unchanged blocks are returned as they are.
 */
export function detectBlockLanguages<B extends Pick<Block, 'start' | 'end' | 'lang'>>(text: string, blocks: readonly B[], lang: string | undefined): B[] {
  const articleScript = scriptOfLang(lang ?? 'en');
  return blocks.map((block) => {
    const script = scriptOf(text, block.start, block.end);
    if (block.lang || script === 'other' || script === articleScript) return block;
    const own = detectLanguage(text.slice(block.start, Math.min(block.end, block.start + SAMPLE)));
    return own && own !== lang ? { ...block, lang: own } : block;
  });
}
