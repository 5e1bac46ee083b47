// The running app's dependencies: the preload's `window.api`, the repositories over the app's single
// database, and the search index in its Web Worker. The one place in the renderer that touches the first
// two; everything else is handed them.
import { appRepositories } from '../db/db';
import type { AppDeps } from './deps';
import type { SearchPort } from './search/search-service';
import { workerPort } from './search/worker-port';
import { inProcessPatternPort, type PatternPort } from './patterns/pattern-service';
import { patternWorkerPort } from './patterns/worker-port';

export function browserDeps(): AppDeps {
  return { api: window.api, repos: appRepositories, now: () => Date.now(), searchPort, patternsPort };
}

/** The search worker; where there are no workers (a DOM emulation in tests), the same service in this thread, loaded on first use. */
function searchPort(): SearchPort {
  if (typeof Worker === 'function') return workerPort();
  const service = Promise.all([import('./search/search-service'), import('../db/search-cache')]).then(
    ([{ SearchService }, { openSearchCache }]) => new SearchService(openSearchCache()),
  );
  return {
    request: async (message) => (await service).handle(message) as never,
    close: () => {},
  };
}

/** The pattern views' worker (in this thread where there are no workers). */
function patternsPort(): PatternPort {
  return typeof Worker === 'function' ? patternWorkerPort() : inProcessPatternPort(appRepositories.annotations);
}
