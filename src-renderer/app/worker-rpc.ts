// Requests to a Web Worker and its answers, matched by id: the page side (`callsTo`) and the worker side
// (`answerInOrder`, one message at a time in the order sent, so an answer sees every update sent before it).
// The search index and the pattern views' numbers each run in a worker this way.

interface Answer {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

/** Sends each message to `worker` and resolves with its answer; `name` says which worker failed. */
export function callsTo(worker: Worker, name: string): { call(message: unknown): Promise<unknown>; close(): void } {
  let next = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  worker.onmessage = (event: MessageEvent<Answer>) => {
    const pending = waiting.get(event.data.id);
    if (!pending) return;
    waiting.delete(event.data.id);
    if (event.data.ok) pending.resolve(event.data.value);
    else pending.reject(new Error(event.data.error ?? `The ${name} worker failed.`));
  };
  return {
    call(message) {
      const id = ++next;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, message });
      });
    },
    close: () => worker.terminate(),
  };
}

/** In a worker: answers each message with `handle`, one at a time, in the order they came. */
export function answerInOrder<M>(handle: (message: M) => Promise<unknown>): void {
  let queue: Promise<unknown> = Promise.resolve();
  self.onmessage = (event: MessageEvent<{ id: number; message: M }>) => {
    const { id, message } = event.data;
    queue = queue.then(async () => {
      try {
        self.postMessage({ id, ok: true, value: await handle(message) });
      } catch (error) {
        self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    });
  };
}
