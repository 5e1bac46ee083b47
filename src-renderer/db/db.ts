// The single database instance of the app. Only repositories import it.
import { createDb } from './schema';

export const db = createDb();
