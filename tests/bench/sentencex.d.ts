// sentencex (Wikimedia's Rust segmenter, Node bindings) ships no type declarations; the bench uses this.
declare module 'sentencex' {
  /** The sentences of `text` in `language` (ISO 639 code), whitespace kept with the sentence before it. */
  export function segment(language: string, text: string): string[];
}
