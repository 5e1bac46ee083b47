// File-name slugs and Obsidian-valid hashtags from titles and tag paths. Latin letters are folded to
// ASCII in slugs; other scripts (Cyrillic, Greek, CJK...) are kept as letters.

const MAX_SLUG = 80;

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const LATIN_EXTRA: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŋ: 'ng',
  ĸ: 'q',
};

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const ASCII_ALNUM = /^[a-z0-9]+$/;
const APOSTROPHES = /['’ʼ`´]/;
/** Device names Windows refuses as file names, with or without an extension. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** One code point of a lowercased title as slug text, or '' to drop it, or '-' for a separator. */
function slugChar(ch: string, prevKept: string): string {
  const code = ch.codePointAt(0)!;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return ch;
  if (code < 0x80) return APOSTROPHES.test(ch) ? '' : '-';
  const extra = LATIN_EXTRA[ch];
  if (extra !== undefined) return extra;
  if (APOSTROPHES.test(ch)) return '';
  if (MARK.test(ch)) {
    // Marks stay with non-Latin letters (Devanagari vowel signs), go with Latin ones (folded).
    return prevKept !== '' && prevKept.codePointAt(0)! >= 0x80 ? ch : '';
  }
  const folded = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded !== '' && ASCII_ALNUM.test(folded)) return folded; // é -> e, ﬁ -> fi, ２ -> 2
  if (LETTER_OR_NUMBER.test(ch)) return ch;
  return '-';
}

/**
 * A file-name slug: lowercase, Latin folded to ASCII, other letters kept, anything else a single
 * hyphen; at most 80 characters (cut at a hyphen when one is near the end); never empty
 * ('untitled'); never a Windows device name.
 */
export function slugify(title: string): string {
  const lower = title.normalize('NFC').toLowerCase();
  const chars: string[] = [];
  let prevKept = '';
  for (const ch of lower) {
    const piece = slugChar(ch, prevKept);
    if (piece === '') continue;
    if (piece === '-') {
      if (chars.length > 0 && chars[chars.length - 1] !== '-') chars.push('-');
      prevKept = '';
      continue;
    }
    for (const c of piece) chars.push(c);
    prevKept = piece;
  }
  while (chars.length > 0 && chars[chars.length - 1] === '-') chars.pop();
  let out = chars;
  if (out.length > MAX_SLUG) {
    out = out.slice(0, MAX_SLUG);
    const cut = out.lastIndexOf('-');
    if (cut >= MAX_SLUG / 2) out = out.slice(0, cut);
    while (out.length > 0 && out[out.length - 1] === '-') out.pop();
  }
  const slug = out.join('').normalize('NFC');
  if (slug === '') return 'untitled';
  return WINDOWS_RESERVED.test(slug) ? slug + '-1' : slug;
}

const APOSTROPHES_G = /['’ʼ`´]/g;
const NOT_TAG_CHAR = /[^\p{L}\p{N}\p{M}_-]+/gu;

/** One segment of a tag: lowercase letters, numbers, marks, `_` and `-`; anything else a hyphen. */
function tagSegment(segment: string): string {
  return segment
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES_G, '')
    .replace(NOT_TAG_CHAR, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A tag path as an Obsidian tag: 'Actor/Vladimir Putin' -> '#actor/vladimir-putin'. Segments keep
 * letters of every script; spaces and punctuation become hyphens; empty segments are dropped; an
 * all-numeric tag (not valid in Obsidian) gets a leading '_'; an empty path gives '#untagged'.
 */
export function tagToHashtag(path: string): string {
  let hashtag = hashtagCache.get(path);
  if (hashtag === undefined) {
    if (hashtagCache.size >= 4096) hashtagCache.clear();
    hashtag = '#' + tagName(path);
    hashtagCache.set(path, hashtag);
  }
  return hashtag;
}

/** Tag paths repeat across thousands of annotations: remember the last few thousand. */
const tagCache = new Map<string, string>();
const hashtagCache = new Map<string, string>();

/** The tag without its '#', as written in YAML front matter `tags:`. */
export function tagName(path: string): string {
  let tag = tagCache.get(path);
  if (tag === undefined) {
    if (tagCache.size >= 4096) tagCache.clear();
    tag = computeTagName(path);
    tagCache.set(path, tag);
  }
  return tag;
}

function computeTagName(path: string): string {
  const segments = path.split('/').map(tagSegment).filter((s) => s !== '');
  if (segments.length === 0) return 'untagged';
  const tag = segments.join('/');
  return /^[0-9/]+$/.test(tag) ? '_' + tag : tag;
}
