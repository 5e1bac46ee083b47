// A SearchPort over the search Web Worker (app/worker-rpc.ts matches each request with its reply).
import { callsTo } from '../worker-rpc';
import type { SearchPort, SearchRequest, SearchReply } from './search-service';

export function workerPort(): SearchPort {
  const worker = callsTo(new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'dossier-search' }), 'search');
  return {
    request: <R extends SearchRequest>(message: R) => worker.call(message) as Promise<SearchReply<R>>,
    close: worker.close,
  };
}
