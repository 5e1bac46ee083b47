// The segmenters compared on the UD documents, each as a `Segmenter` (paragraph in, boundary offsets out):
// ours (bundled, as the app runs it), Intl.Segmenter, sbd (a devDependency), and sentencex when it is
// installed. sentencex is not a devDependency: it is a native addon whose other platforms' packages the
// registry these machines reach does not have, so a lock file with it breaks `npm ci`. To add its column:
// `npm install --no-save sentencex`.
import sbd from 'sbd';
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

type SentencexModule = { segment(lang: string, text: string): string[] };
// A string specifier, so the type checker does not require the package.
const SENTENCEX = 'sentencex';

/** The segmenters to compare: ours, Intl.Segmenter, sbd, and sentencex when it is installed. */
export async function loadSegmenters(): Promise<{ name: string; run: Segmenter }[]> {
  const sentencex = (await import(SENTENCEX).catch(() => null)) as SentencexModule | null;
  return [
    { name: 'Dossier', run: dossier },
    { name: 'Intl.Segmenter', run: intl },
    { name: 'sbd', run: sbdSegmenter },
    ...(sentencex ? [{ name: 'sentencex', run: ((p, lang) => boundariesOfStrings(p, sentencex.segment(lang, p))) as Segmenter }] : []),
  ];
}
