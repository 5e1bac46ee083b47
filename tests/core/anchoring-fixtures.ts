// Deterministic article-like text for the anchoring tests and benchmark (seeded, so failures reproduce).

/** A small seeded PRNG (mulberry32) returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'so', 'vi', 'pe', 'da', 'gor', 'lin', 'str', 'en', 'ox', 'bel'];

/** A vocabulary of `size` pseudo-words, so texts repeat words like real prose does. */
export function vocabulary(random: () => number, size = 400): string[] {
  const words: string[] = [];
  for (let i = 0; i < size; i++) {
    const n = 1 + Math.floor(random() * 3);
    let w = '';
    for (let j = 0; j < n; j++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.push(w);
  }
  return words;
}

/** One paragraph of 3-6 sentences of 6-16 words. */
export function paragraph(random: () => number, words: string[]): string {
  const sentences: string[] = [];
  const count = 3 + Math.floor(random() * 4);
  for (let s = 0; s < count; s++) {
    const n = 6 + Math.floor(random() * 11);
    const picked: string[] = [];
    for (let i = 0; i < n; i++) picked.push(words[Math.floor(random() * words.length)] ?? 'x');
    const sentence = picked.join(' ');
    sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.');
  }
  return sentences.join(' ');
}

/** Paragraphs separated by blank lines until the text reaches `length` code units. */
export function articleText(seed: number, length: number): string {
  const random = seededRandom(seed);
  const words = vocabulary(random);
  const parts: string[] = [];
  let total = 0;
  while (total < length) {
    const p = paragraph(random, words);
    parts.push(p);
    total += p.length + 2;
  }
  return parts.join('\n\n');
}
