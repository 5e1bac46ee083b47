// Dexie's liveQuery as Svelte 5 state: `current` follows the database; the subscription ends with the
// component that created it. `deps` names the reactive values the query depends on. Each result is a fresh
// snapshot from the database, replaced whole, never changed in place: it is held as raw state, so reading
// a thousand records does not wrap each in a proxy and track each field as a dependency.
import { liveQuery } from '../db';

export class LiveQuery<T> {
  current = $state.raw<T | undefined>(undefined);
  error = $state<unknown>(null);
  isLoading = $state(true);

  /**
   * `nextTask`: hand each result over in a task of its own rather than in the database's callback, so that
   * what the page does with it (anchoring a thousand annotations, drawing) is not added to the task that
   * read and decoded it.
   */
  constructor(querier: () => T | Promise<T>, deps: () => unknown = () => undefined, options: { nextTask?: boolean } = {}) {
    $effect(() => {
      deps();
      this.isLoading = true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const take = (value: T) => {
        this.current = value;
        this.isLoading = false;
        this.error = null;
      };
      const subscription = liveQuery(querier).subscribe({
        next: (value) => {
          if (!options.nextTask) return take(value);
          clearTimeout(timer);
          timer = setTimeout(() => take(value), 0);
        },
        error: (error: unknown) => {
          this.error = error;
          this.isLoading = false;
        },
      });
      return () => {
        clearTimeout(timer);
        subscription.unsubscribe();
      };
    });
  }
}
