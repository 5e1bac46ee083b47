// Telling the renderer that tables changed, without running a query: for whole-table summaries (annotation
// counts per article and per tag) that would cost a full index scan on every write if they were live
// queries, since saving a note as it is typed writes its annotation on every keystroke.
import { Dexie } from 'dexie';

/**
 * Calls `onChange` after any transaction (in this window or another one on the same database) that wrote
 * to one of `tables` of `db`; returns the unsubscribe. Reads Dexie's `storagemutated` parts, which name
 * what was written as `idb://<database>/<table>/<index>`.
 */
export function watchTables(db: Dexie, tables: readonly string[], onChange: () => void): () => void {
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  const listener = (parts: Record<string, unknown>): void => {
    for (const part of Object.keys(parts)) {
      if (prefixes.some((prefix) => part.startsWith(prefix))) {
        onChange();
        return;
      }
    }
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
