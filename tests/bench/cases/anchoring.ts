// Benchmark: re-anchoring 1,000 annotations on a generated 1 MB article, unchanged, shifted and with
// 10% of the quotes edited (fuzzy). Under `tsx -e` this CommonJS-compiled module's function is at
// `m.default.default`: npx tsx -e "import('./tests/bench/cases/anchoring.ts').then(m=>m.default.default()).then(console.log)"
import { anchor, anchorAll, describeRange, type AnnotationTarget } from '../../../src-renderer/core/anchoring';
import { articleText, seededRandom } from '../../core/anchoring-fixtures';
import { medianMs, type BenchRow } from '../types';

const COUNT = 1000;

function makeTargets(text: string, random: () => number): AnnotationTarget[] {
  const step = Math.floor(text.length / COUNT);
  const targets: AnnotationTarget[] = [];
  for (let i = 0; i < COUNT; i++) {
    const start = i * step + Math.floor(random() * (step / 2));
    const length = 20 + Math.floor(random() * 180);
    targets.push(describeRange(text, start, start + length, 'v1'));
  }
  return targets;
}

/** Replaces a few characters in the middle of every tenth quote (from the end, so offsets stay valid). */
function editQuotes(text: string, targets: AnnotationTarget[]): string {
  let out = text;
  for (let i = targets.length - 1; i >= 0; i -= 10) {
    const t = targets[i];
    if (t === undefined) continue;
    const mid = Math.floor((t.position.start + t.position.end) / 2);
    out = out.slice(0, mid - 2) + 'XYZ' + out.slice(mid + 2);
  }
  return out;
}

function check(results: ReturnType<typeof anchorAll>, label: string): void {
  const orphans = results.filter((r) => r.state === 'orphan').length;
  if (orphans > 0) console.warn(`anchoring bench (${label}): ${orphans} orphans`);
}

export default async function anchoringBench(): Promise<BenchRow[]> {
  const random = seededRandom(2024);
  const text = articleText(11, 1_000_000);
  const targets = makeTargets(text, random);
  const lead = articleText(12, 3000) + '\n\n';
  const shifted = lead + text;
  const scattered = (() => {
    let out = text;
    for (let k = 9; k >= 1; k--) {
      const at = out.indexOf('\n\n', Math.floor((out.length * k) / 10));
      out = out.slice(0, at) + '\n\nAn inserted paragraph of new reporting.' + out.slice(at);
    }
    return lead + out;
  })();
  const fuzzy = lead + editQuotes(text, targets);

  check(anchorAll(text, 'v1', targets), 'unchanged');
  check(anchorAll(shifted, 'v2', targets), 'shifted');
  check(anchorAll(scattered, 'v3', targets), 'scattered');
  const fuzzyResults = anchorAll(fuzzy, 'v4', targets);
  check(fuzzyResults, 'fuzzy');
  const inexact = fuzzyResults.filter((r) => r.state === 'anchored' && !r.exact).length;
  if (inexact !== 100) console.warn(`anchoring bench (fuzzy): ${inexact} fuzzy anchors, expected 100`);

  return [
    { case: 'anchor 1,000 annotations, 1 MB, unchanged', value: await medianMs(() => anchorAll(text, 'v1', targets)), unit: 'ms', target: '< 5 ms' },
    { case: 'anchor 1,000 annotations, 1 MB, shifted', value: await medianMs(() => anchorAll(shifted, 'v2', targets)), unit: 'ms', target: '< 20 ms' },
    {
      case: 'anchor 1,000 annotations, 1 MB, 10 insertions',
      value: await medianMs(() => anchorAll(scattered, 'v3', targets)),
      unit: 'ms',
    },
    {
      case: 'anchor 1,000 annotations, 1 MB, shifted, one by one',
      value: await medianMs(() => targets.map((t) => anchor(shifted, 'v2', t))),
      unit: 'ms',
    },
    { case: 'anchor 1,000 annotations, 1 MB, 10% fuzzy', value: await medianMs(() => anchorAll(fuzzy, 'v4', targets)), unit: 'ms', target: '< 100 ms' },
  ];
}
