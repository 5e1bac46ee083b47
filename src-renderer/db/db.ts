// The single database instance of the app and the repositories over it. Only `app/browser-deps.ts`, which
// builds the running app's dependencies, imports this module; everything else is handed the repositories.
import { createRepositories } from './index';
import { createDb } from './schema';

export const db = createDb();
export const appRepositories = createRepositories(db);
