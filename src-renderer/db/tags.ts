// Tag records (the codebook).
import type { DossierDb, TagRecord } from './schema';

export function createTagRepository(db: DossierDb) {
  return {
    all(): Promise<TagRecord[]> {
      return db.tags.orderBy('name').toArray();
    },
  };
}

export type TagRepository = ReturnType<typeof createTagRepository>;
