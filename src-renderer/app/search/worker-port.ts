// A SearchPort over the search Web Worker: each request gets the reply with its id.
import type { SearchPort, SearchRequest, SearchReply } from './search-service';

export function workerPort(): SearchPort {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'dossier-search' });
  let next = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  worker.onmessage = (event: MessageEvent<{ id: number; ok: boolean; value?: unknown; error?: string }>) => {
    const pending = waiting.get(event.data.id);
    if (!pending) return;
    waiting.delete(event.data.id);
    if (event.data.ok) pending.resolve(event.data.value);
    else pending.reject(new Error(event.data.error ?? 'The search worker failed.'));
  };
  return {
    request<R extends SearchRequest>(message: R): Promise<SearchReply<R>> {
      const id = ++next;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, message });
      });
    },
    close: () => worker.terminate(),
  };
}
