// Tag records (the codebook): listing, and creating tags by path ("Actor/Vladimir Putin").
import { NEW_TAG_COLORS } from '../core/codebook';
import type { DossierDb, TagRecord } from './schema';

/** How much user work hangs on a tag: shown before it is deleted or merged. */
export interface TagUsage {
  annotations: number;
  withNotes: number;
  children: number;
}

export function createTagRepository(db: DossierDb) {
  return {
    /** Annotations per tag id, through the multi-entry index. */
    async counts(): Promise<Map<string, number>> {
      // All the multi-entry index's keys (one per tag of each annotation) in one request, not a cursor step each.
      const counts = new Map<string, number>();
      for (const key of await db.annotations.orderBy('tagIds').keys()) {
        const id = String(key);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return counts;
    },

    async usage(id: string): Promise<TagUsage> {
      const tagged = await db.annotations.where('tagIds').equals(id).toArray();
      return {
        annotations: tagged.length,
        withNotes: tagged.filter((a) => a.note.trim() !== '').length,
        children: await db.tags.where('parentId').equals(id).count(),
      };
    },

    /** Adds or updates tags from an imported codebook (ids kept, so re-importing updates in place). */
    async importCodebook(tags: readonly TagRecord[]): Promise<number> {
      await db.tags.bulkPut([...tags]);
      return tags.length;
    },

    async rename(id: string, name: string): Promise<void> {
      const clean = name.replace(/\//g, '-').trim();
      if (clean) await db.tags.update(id, { name: clean });
    },

    /** Moves a tag under another (null: to the top); refuses moves that would make a cycle. */
    async move(id: string, parentId: string | null): Promise<boolean> {
      return db.transaction('rw', db.tags, async () => {
        for (let at = parentId; at; at = (await db.tags.get(at))?.parentId ?? null) if (at === id) return false;
        await db.tags.update(id, { parentId });
        return true;
      });
    },

    /** Gives key 1-9 (or none) to a tag; the tag that had the key loses it. */
    async setKey(id: string, key: number | null): Promise<void> {
      await db.transaction('rw', db.tags, async () => {
        if (key !== null) await db.tags.where('key').equals(key).modify({ key: null });
        await db.tags.update(id, { key });
      });
    },

    /**
     * Merges `fromId` into `intoId`: every annotation tagged `fromId` carries `intoId` instead, the
     * children move under `intoId`, and `fromId` is removed. Notes are never touched.
     */
    async merge(fromId: string, intoId: string): Promise<void> {
      if (fromId === intoId) return;
      await db.transaction('rw', db.tags, db.annotations, async () => {
        await db.annotations
          .where('tagIds')
          .equals(fromId)
          .modify((a) => {
            a.tagIds = [...new Set(a.tagIds.map((t) => (t === fromId ? intoId : t)))];
            a.updatedAt = Date.now();
          });
        await db.tags.where('parentId').equals(fromId).modify({ parentId: intoId });
        await db.tags.delete(fromId);
      });
    },

    /**
     * Deletes a tag: it is taken off every annotation (their notes stay), its children move up to its
     * parent. An annotation left with neither tags nor a note is removed with it.
     */
    async remove(id: string): Promise<void> {
      await db.transaction('rw', db.tags, db.annotations, async () => {
        const tag = await db.tags.get(id);
        if (!tag) return;
        const tagged = await db.annotations.where('tagIds').equals(id).toArray();
        for (const a of tagged) {
          const tagIds = a.tagIds.filter((t) => t !== id);
          if (tagIds.length === 0 && a.note.trim() === '') await db.annotations.delete(a.id);
          else await db.annotations.update(a.id, { tagIds, updatedAt: Date.now() });
        }
        await db.tags.where('parentId').equals(id).modify({ parentId: tag.parentId });
        await db.tags.delete(id);
      });
    },

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
