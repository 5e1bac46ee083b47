// SettledQuery: a whole-table summary read once at the start and again only after writes have stopped for
// a moment, never two reads at once, and nothing after it is disposed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { SettledQuery } from '../../src-renderer/app/settled-query.svelte';

function harness(settleMs = 50) {
  let notify: () => void = () => undefined;
  let watching = 0;
  let runs = 0;
  let release: (() => void) | null = null;
  let slow = false;
  const querier = async (): Promise<number> => {
    runs++;
    const run = runs;
    if (slow) await new Promise<void>((r) => (release = r));
    return run;
  };
  let query!: SettledQuery<number>;
  const stop = $effect.root(() => {
    query = new SettledQuery(querier, (onChange) => {
      notify = onChange;
      watching++;
      return () => watching--;
    }, settleMs);
  });
  flushSync();
  return {
    query, stop,
    write: () => notify(),
    get runs() { return runs; },
    get watching() { return watching; },
    setSlow: (v: boolean) => (slow = v),
    release: () => release?.(),
  };
}

describe('SettledQuery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads once at the start, then once after a burst of writes has settled', async () => {
    const h = harness();
    expect(h.query.isLoading).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.runs).toBe(1);
    expect(h.query.current).toBe(1);
    expect(h.query.isLoading).toBe(false);
    // Ten writes 20 ms apart (a note typed): nothing is read until they have stopped for 50 ms.
    for (let i = 0; i < 10; i++) {
      h.write();
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(h.runs).toBe(1);
    await vi.advanceTimersByTimeAsync(40);
    expect(h.runs).toBe(2);
    expect(h.query.current).toBe(2);
    h.stop();
    expect(h.watching).toBe(0);
  });

  it('never reads twice at once: a write during a read leads to one more read after it', async () => {
    const h = harness();
    await vi.advanceTimersByTimeAsync(0);
    h.setSlow(true);
    h.write();
    await vi.advanceTimersByTimeAsync(60); // the second read starts and waits
    expect(h.runs).toBe(2);
    h.write();
    await vi.advanceTimersByTimeAsync(60); // its settle time passes while the read is still running
    expect(h.runs).toBe(2);
    h.setSlow(false);
    h.release();
    await vi.advanceTimersByTimeAsync(60);
    expect(h.runs).toBe(3);
    expect(h.query.current).toBe(3);
    h.stop();
  });

  it('stops watching and reading when disposed', async () => {
    const h = harness();
    await vi.advanceTimersByTimeAsync(0);
    h.write();
    h.stop();
    await vi.advanceTimersByTimeAsync(500);
    expect(h.runs).toBe(1);
    expect(h.watching).toBe(0);
  });
});
