// Builds the renderer's AppState in Node over a fresh fake-indexeddb database and a fake API, inside an
// effect root (the state classes' live queries are effects), and tears both down.
// Dexie's liveQuery only follows a database opened on the global indexedDB (one handed to the constructor
// as an option never reports), so the fake is installed globally and each app gets a database of its own.
import 'fake-indexeddb/auto';
import { flushSync } from 'svelte';
import { AppState } from '../../src-renderer/app/context';
import type { DossierApi } from '../../src-renderer/core/contract';
import { createDb, createRepositories, type Repositories } from '../../src-renderer/db';
import { openSearchCache } from '../../src-renderer/db/search-cache';
import { inProcessPort, SearchService } from '../../src-renderer/app/search/search-service';

let dbCount = 0;

export interface StartedApp {
  app: AppState;
  repos: Repositories;
  /**
   * Ends the effects. The database stays open: a read the app started without awaiting (marking an article
   * read, say) would otherwise fail after the test; a later app of the same `name` opens it again, as after
   * a restart.
   */
  stop: () => void;
}

/** `adjust` may replace repositories (to make writes fail, say) before the app is built over them. */
/**
 * `adjust` may replace repositories (to make writes fail, say) before the app is built over them; `name`
 * reopens the database of an earlier app (a restart).
 */
export function startApp(api: DossierApi, options: { adjust?: (repos: Repositories) => Repositories; now?: () => number; name?: string } = {}): StartedApp & { name: string } {
  const name = options.name ?? `dossier-state-${++dbCount}`;
  const db = createDb(name);
  const repos = (options.adjust ?? ((r) => r))(createRepositories(db));
  let app: AppState | undefined;
  const end = $effect.root(() => {
    const searchPort = () => inProcessPort(new SearchService(openSearchCache(`${name}-search`)));
    app = new AppState({ api, repos, searchPort, ...(options.now ? { now: options.now } : {}) });
  });
  flushSync();
  return {
    name,
    app: app!,
    repos,
    stop: end,
  };
}
