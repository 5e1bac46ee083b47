// A summary of whole tables (annotation counts per article, per tag) as Svelte state, read again once the
// tables have been quiet for a moment rather than after every write: typing a note writes its annotation on
// every keystroke, and a live query over every annotation would scan the whole index each time (with
// 100,000 annotations, a second of database work per keystroke, which delayed the notes' own saves).
export class SettledQuery<T> {
  current = $state.raw<T | undefined>(undefined);
  /** True until the first result. */
  isLoading = $state(true);
  error = $state<unknown>(null);

  /**
   * `watch(onChange)` subscribes to writes to the tables `querier` reads and returns the unsubscribe;
   * after a write, the query runs again once no other write has come for `settleMs`. Runs never overlap:
   * a write during a run leads to one more run after it.
   */
  constructor(querier: () => Promise<T>, watch: (onChange: () => void) => () => void, settleMs = 300) {
    $effect(() => {
      let disposed = false;
      let running = false;
      let again = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const run = async (): Promise<void> => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          const value = await querier();
          if (!disposed) {
            this.current = value;
            this.error = null;
          }
        } catch (error) {
          if (!disposed) this.error = error;
        } finally {
          running = false;
          if (!disposed) this.isLoading = false;
          if (again && !disposed) {
            again = false;
            schedule();
          }
        }
      };
      const schedule = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => void run(), settleMs);
      };
      const unwatch = watch(schedule);
      void run();
      return () => {
        disposed = true;
        clearTimeout(timer);
        unwatch();
      };
    });
  }
}
