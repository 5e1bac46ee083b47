// Tag records (the codebook): listing, and creating tags by path ("Actor/Vladimir Putin").
import { NEW_TAG_COLORS } from '../core/codebook';
import type { DossierDb, TagRecord } from './schema';

export function createTagRepository(db: DossierDb) {
  return {
    all(): Promise<TagRecord[]> {
      return db.tags.orderBy('name').toArray();
    },

    /**
     * Finds or creates every level of `path` ("Actor/Vladimir Putin") and returns the last one. Names are
     * matched case-insensitively within their parent, so "actor/putin" reuses "Actor".
     */
    async ensurePath(path: string): Promise<TagRecord | null> {
      const names = path.split('/').map((n) => n.trim()).filter((n) => n.length > 0);
      if (names.length === 0) return null;
      return db.transaction('rw', db.tags, async () => {
        const all = await db.tags.toArray();
        let parentId: string | null = null;
        let tag: TagRecord | null = null;
        for (const name of names) {
          const existing: TagRecord | undefined = all.find(
            (t) => t.parentId === parentId && t.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
          );
          if (existing) {
            tag = existing;
          } else {
            const siblings = all.filter((t) => t.parentId === parentId).length;
            tag = {
              id: crypto.randomUUID(),
              name,
              parentId,
              color: NEW_TAG_COLORS[all.length % NEW_TAG_COLORS.length]!,
              key: null,
              order: siblings,
            };
            await db.tags.add(tag);
            all.push(tag);
          }
          parentId = tag.id;
        }
        return tag;
      });
    },
  };
}

export type TagRepository = ReturnType<typeof createTagRepository>;
