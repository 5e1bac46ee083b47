// Deterministic news-like text for the benchmarks, so runs are comparable.

const WORDS = (
  'the president said that talks on trade transport and security would continue next week while officials ' +
  'from both countries noted a sixteen percent increase in turnover and new agreements on energy and grain'
).split(' ');

/** A seeded pseudo-random generator (LCG): the same seed gives the same text. */
export function makeRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A sentence of 8 to 25 words, capitalised, ending with a full stop. */
export function sentence(rand: () => number): string {
  const words = Array.from({ length: 8 + Math.floor(rand() * 18) }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/** A paragraph of 2 to 5 sentences. */
export function paragraph(rand: () => number): string {
  return Array.from({ length: 2 + Math.floor(rand() * 4) }, () => sentence(rand)).join(' ');
}
