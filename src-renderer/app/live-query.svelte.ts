// Dexie's liveQuery as Svelte 5 state: `current` follows the database; the subscription ends with the
// component that created it. `deps` names the reactive values the query depends on. Each result is a fresh
// snapshot from the database, replaced whole, never changed in place: it is held as raw state, so reading
// a thousand records does not wrap each in a proxy and track each field as a dependency.
import { liveQuery } from '../db';

export class LiveQuery<T> {
  current = $state.raw<T | undefined>(undefined);
  error = $state<unknown>(null);
  isLoading = $state(true);

  constructor(querier: () => T | Promise<T>, deps: () => unknown = () => undefined) {
    $effect(() => {
      deps();
      this.isLoading = true;
      const subscription = liveQuery(querier).subscribe({
        next: (value) => {
          this.current = value;
          this.isLoading = false;
          this.error = null;
        },
        error: (error: unknown) => {
          this.error = error;
          this.isLoading = false;
        },
      });
      return () => subscription.unsubscribe();
    });
  }
}
