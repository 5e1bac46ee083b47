// The segmenters compared on the UD documents, each as a `Segmenter` (paragraph in, boundary offsets out):
// ours (bundled, as the app runs it), Intl.Segmenter, sbd and sentencex (devDependencies).
import sbd from 'sbd';
import { segment as sentencex } from 'sentencex';
import { bundled } from './bundled';
import { boundariesOfStrings, type Segmenter } from './ud-boundaries';

const { segmentFlat } = bundled<typeof import('../../src-renderer/core/segment')>('src-renderer/core/segment/index.ts');

const dossier: Segmenter = (p, lang) => {
  const flat = segmentFlat(p, [{ start: 0, end: p.length, kind: 'paragraph' }], lang);
  const ends: number[] = [];
  for (let i = 1; i < flat.length; i += 2) ends.push(flat[i]!);
  return ends;
};

const intlCache = new Map<string, Intl.Segmenter>();
const intl: Segmenter = (p, lang) => {
  let s = intlCache.get(lang);
  if (!s) intlCache.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  const ends: number[] = [];
  for (const seg of s.segment(p)) ends.push(seg.index + seg.segment.length);
  return ends;
};

// sbd knows English abbreviations only; it is given each paragraph with no newline rules (there are none).
const sbdSegmenter: Segmenter = (p) => boundariesOfStrings(p, sbd.sentences(p, { newline_boundaries: false }));

const sentencexSegmenter: Segmenter = (p, lang) => boundariesOfStrings(p, sentencex(lang, p));

export const SEGMENTERS: readonly { name: string; run: Segmenter }[] = [
  { name: 'Dossier', run: dossier },
  { name: 'Intl.Segmenter', run: intl },
  { name: 'sbd', run: sbdSegmenter },
  { name: 'sentencex', run: sentencexSegmenter },
];
