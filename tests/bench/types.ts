// One row of `npm run bench`'s table. Each file in tests/bench/cases/ default-exports an async
// function returning its rows; tests/bench/run.ts runs them all and prints the table.
export interface BenchRow {
  /** What was measured, e.g. "segment 1 MB article". */
  case: string;
  /** The figure, e.g. 12.3. */
  value: number;
  /** The unit of `value`, e.g. "ms", "MB", "files/s". */
  unit: string;
  /** The target from the issue, e.g. "< 20 ms", when there is one. */
  target?: string;
}

export type BenchCase = () => Promise<BenchRow[]>;

/** Median wall time of `fn` over `runs` runs after `warmup` runs, in milliseconds. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
