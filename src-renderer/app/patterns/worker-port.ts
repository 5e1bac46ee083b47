// A PatternPort over the patterns Web Worker: each request gets the reply with its id.
import type { PatternPort, PatternReply, PatternRequest } from './pattern-service';

export function patternWorkerPort(): PatternPort {
  const worker = new Worker(new URL('./patterns.worker.ts', import.meta.url), { type: 'module', name: 'dossier-patterns' });
  let next = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  worker.onmessage = (event: MessageEvent<{ id: number; ok: boolean; value?: unknown; error?: string }>) => {
    const pending = waiting.get(event.data.id);
    if (!pending) return;
    waiting.delete(event.data.id);
    if (event.data.ok) pending.resolve(event.data.value);
    else pending.reject(new Error(event.data.error ?? 'The patterns worker failed.'));
  };
  return {
    request<R extends PatternRequest>(message: R): Promise<PatternReply<R>> {
      const id = ++next;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, message });
      });
    },
    close: () => worker.terminate(),
  };
}
