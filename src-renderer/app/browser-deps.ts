// The running app's dependencies: the preload's `window.api` and the repositories over the app's single
// database. The one place in the renderer that touches either; everything else is handed them.
import { appRepositories } from '../db/db';
import type { AppDeps } from './deps';

export function browserDeps(): AppDeps {
  return { api: window.api, repos: appRepositories, now: () => Date.now() };
}
