// The search index's Web Worker: a SearchService over its own database, answering one message at a time in
// the order sent (so a search sees every update sent before it).
import { openSearchCache } from '../../db/search-cache';
import { SearchService, type SearchRequest } from './search-service';

const service = new SearchService(openSearchCache());
let queue: Promise<unknown> = Promise.resolve();

self.onmessage = (event: MessageEvent<{ id: number; message: SearchRequest }>) => {
  const { id, message } = event.data;
  queue = queue.then(async () => {
    try {
      self.postMessage({ id, ok: true, value: await service.handle(message) });
    } catch (error) {
      self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
};
