// Settings as key/value rows: reading preferences and other small choices that follow the user.
import type { DossierDb } from './schema';

export function createSettingsRepository(db: DossierDb) {
  return {
    async get<T>(key: string, fallback: T): Promise<T> {
      const row = await db.settings.get(key);
      return row === undefined ? fallback : (row.value as T);
    },
    async set(key: string, value: unknown): Promise<void> {
      await db.settings.put({ key, value });
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
