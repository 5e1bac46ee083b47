// Serialises the renderer's writes so they reach the database in the order they were typed, and says
// whether everything typed so far is stored ("Saved") or not yet.
export class WriteQueue {
  pending = $state(0);
  failure = $state<string | null>(null);
  #tail: Promise<void> = Promise.resolve();

  /** Runs `write` after every earlier write; resolves when it is done (never rejects). */
  run(write: () => Promise<unknown>): Promise<void> {
    this.pending++;
    this.#tail = this.#tail.then(async () => {
      try {
        await write();
        this.failure = null;
      } catch (error) {
        this.failure = error instanceof Error ? error.message : 'unknown error';
      } finally {
        this.pending--;
      }
    });
    return this.#tail;
  }

  /** Resolves once every write queued so far is done. */
  flush(): Promise<void> {
    return this.#tail;
  }
}
