// What the state classes need from outside: the main process's API, the repositories over a database, and
// a clock. The running app builds the real ones (`browser-deps.ts`); Node tests build them over
// fake-indexeddb and a fake API, so tagging, reading and library behaviour is tested without a browser.
import type { DossierApi } from '../core/contract';
import type { Repositories } from '../db';
import type { SearchPort } from './search/search-service';
import type { PatternPort } from './patterns/pattern-service';

export interface AppDeps {
  api: DossierApi;
  repos: Repositories;
  /** Milliseconds since the epoch, as `Date.now`. */
  now: () => number;
  /** Opens the search index (a Web Worker in the app, in process in tests). */
  searchPort: () => SearchPort;
  /** Opens the pattern views' computing service (a Web Worker in the app; in process when left out). */
  patternsPort?: () => PatternPort;
}

/** Fills in the defaults of what a caller may leave out. */
export function withDefaults(deps: Omit<AppDeps, 'now'> & { now?: () => number }): AppDeps {
  return { now: () => Date.now(), ...deps };
}
