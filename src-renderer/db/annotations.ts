// Annotation records: reading an article's annotations, toggling tags, saving notes as they are typed.
import type { AnnotationTarget } from '../core/anchoring';
import type { AnnotationRecord, DossierDb } from './schema';

export type NewAnnotation = Pick<AnnotationRecord, 'articleId' | 'target'> & Partial<Pick<AnnotationRecord, 'tagIds' | 'note'>>;

export function createAnnotationRepository(db: DossierDb) {
  return {
    forArticle(articleId: string): Promise<AnnotationRecord[]> {
      return db.annotations.where('articleId').equals(articleId).toArray();
    },

    withTag(tagId: string): Promise<AnnotationRecord[]> {
      return db.annotations.where('tagIds').equals(tagId).toArray();
    },

    /** Annotations carrying any of the tags (one indexed query), without duplicates. */
    withAnyTag(tagIds: readonly string[]): Promise<AnnotationRecord[]> {
      return db.annotations.where('tagIds').anyOf([...tagIds]).distinct().toArray();
    },

    /** Every annotation, newest first: the composer's passage picker searches these. */
    recent(limit = 5000): Promise<AnnotationRecord[]> {
      return db.annotations.orderBy('updatedAt').reverse().limit(limit).toArray();
    },

    /** Every annotation. */
    all(): Promise<AnnotationRecord[]> {
      return db.annotations.toArray();
    },

    /** Up to `limit` annotations after id `after` in id order: reading a big table a page at a time. */
    page(after: string | null, limit: number): Promise<AnnotationRecord[]> {
      return (after === null ? db.annotations.orderBy('id') : db.annotations.where('id').above(after)).limit(limit).toArray();
    },

    /** Annotations written at `since` (ms) or later, through the updatedAt index. */
    changedSince(since: number): Promise<AnnotationRecord[]> {
      return db.annotations.where('updatedAt').aboveOrEqual(since).toArray();
    },

    count(): Promise<number> {
      return db.annotations.count();
    },

    /** Every annotation's id (the primary keys only, one request): finding which ones went. */
    async ids(): Promise<string[]> {
      return (await db.annotations.toCollection().primaryKeys()) as string[];
    },

    /** The annotations of `ids` that still exist, in the order asked. */
    async getMany(ids: readonly string[]): Promise<AnnotationRecord[]> {
      return (await db.annotations.bulkGet([...ids])).filter((a): a is AnnotationRecord => a !== undefined);
    },


    get(id: string): Promise<AnnotationRecord | undefined> {
      return db.annotations.get(id);
    },

    async create(input: NewAnnotation): Promise<AnnotationRecord> {
      const now = Date.now();
      const record: AnnotationRecord = {
        id: crypto.randomUUID(),
        articleId: input.articleId,
        createdAt: now,
        updatedAt: now,
        target: input.target,
        tagIds: input.tagIds ?? [],
        note: input.note ?? '',
        state: 'anchored',
      };
      await db.annotations.add(record);
      return record;
    },

    /** Adds the tag if absent, removes it if present. Returns the new tag list, or null if the record is gone. */
    /**
     * Puts a tag on (`on`) or takes it off; doing what is already done changes nothing. Taking off the last tag
     * of an annotation without a note removes it in the same transaction (`removed`), so no empty annotation
     * is ever seen in between. Null when the record is gone.
     */
    async setTag(id: string, tagId: string, on: boolean): Promise<{ tagIds: string[]; removed: boolean } | null> {
      return db.transaction('rw', db.annotations, async () => {
        const record = await db.annotations.get(id);
        if (!record) return null;
        const has = record.tagIds.includes(tagId);
        if (has === on) return { tagIds: record.tagIds, removed: false };
        const tagIds = on ? [...record.tagIds, tagId] : record.tagIds.filter((t) => t !== tagId);
        if (tagIds.length === 0 && record.note.trim() === '') {
          await db.annotations.delete(id);
          return { tagIds, removed: true };
        }
        await db.annotations.update(id, { tagIds, updatedAt: Date.now() });
        return { tagIds, removed: false };
      });
    },

    /** Returns false if the record is gone. */
    async setNote(id: string, note: string): Promise<boolean> {
      return (await db.annotations.update(id, { note, updatedAt: Date.now() })) > 0;
    },

    async setPlacement(id: string, target: AnnotationTarget, state: AnnotationRecord['state']): Promise<void> {
      await db.annotations.update(id, { target, state });
    },

    /** Removes an annotation the user chose to delete; returns the record so it can be restored (undo). */
    async remove(id: string): Promise<AnnotationRecord | null> {
      return db.transaction('rw', db.annotations, async () => {
        const record = await db.annotations.get(id);
        if (!record) return null;
        await db.annotations.delete(id);
        return record;
      });
    },

    /** Puts back a removed record exactly as it was (undo of a deletion). */
    async restore(record: AnnotationRecord): Promise<void> {
      await db.annotations.put(record);
    },

    /** Removes an annotation that carries nothing: no tags and no note. Returns whether it was removed. */
  };
}

export type AnnotationRepository = ReturnType<typeof createAnnotationRepository>;
