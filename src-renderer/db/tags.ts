// Tag records (the codebook): listing, and creating tags by path ("Actor/Vladimir Putin").
import type { DossierDb, TagRecord } from './schema';

/** Colours given to new tags, in turn: distinct in light and dark themes. */
const PALETTE = ['#0891b2', '#c026d3', '#ea580c', '#0d9488', '#4f46e5', '#be123c', '#65a30d', '#a16207'];

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
              color: PALETTE[all.length % PALETTE.length]!,
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
