// The user's side of each article: edited metadata, collections, read state, a chosen encoding and language.
import type { ArticleMetaRecord, DossierDb } from './schema';

export type ArticleMetaEdit = Partial<Pick<ArticleMetaRecord, 'title' | 'source' | 'byline' | 'published' | 'collections' | 'encoding' | 'lang'>>;

export function createArticleMetaRepository(db: DossierDb) {
  async function update(articleId: string, change: Partial<ArticleMetaRecord>): Promise<void> {
    await db.transaction('rw', db.articleMeta, async () => {
      const old = (await db.articleMeta.get(articleId)) ?? { articleId, collections: [], updatedAt: 0 };
      await db.articleMeta.put({ ...old, ...change, articleId, updatedAt: Date.now() });
    });
  }

  return {
    all(): Promise<ArticleMetaRecord[]> {
      return db.articleMeta.toArray();
    },
    get(articleId: string): Promise<ArticleMetaRecord | undefined> {
      return db.articleMeta.get(articleId);
    },
    markDeleted(articleId: string): Promise<void> {
      return update(articleId, { deletedAt: Date.now() });
    },
    markRead(articleId: string): Promise<void> {
      return update(articleId, { readAt: Date.now() });
    },
    /** Saves edits; an empty string clears a field (the file's own value shows again). */
    edit(articleId: string, change: ArticleMetaEdit): Promise<void> {
      const clean: Partial<ArticleMetaRecord> = {};
      for (const [key, value] of Object.entries(change) as [keyof ArticleMetaEdit, unknown][]) {
        if (key === 'collections') clean.collections = [...new Set((value as string[]).map((c) => c.trim()).filter(Boolean))];
        else (clean as Record<string, unknown>)[key] = typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
      }
      return update(articleId, clean);
    },
    /**
     * Dossier's own trash: the notes of articles that are no longer in the library (deleted, or their file
     * forgotten). Kept until emptied; emptying removes their annotations, memos and metadata, nothing else.
     */
    async emptyTrash(articleIds: readonly string[]): Promise<number> {
      return db.transaction('rw', db.annotations, db.memos, db.articleMeta, async () => {
        const ids = [...articleIds];
        const removed = await db.annotations.where('articleId').anyOf(ids).delete();
        await db.memos.where('articleId').anyOf(ids).delete();
        await db.articleMeta.where('articleId').anyOf(ids).delete();
        return removed;
      });
    },

    /** Annotation counts per article id. */
    async annotationCounts(): Promise<Map<string, number>> {
      // All the index's keys in one request: a cursor step per key (eachKey) took 7.9 s for 100,000
      // annotations in Chromium, this 1.1 s.
      const counts = new Map<string, number>();
      for (const key of await db.annotations.orderBy('articleId').keys()) {
        const id = String(key);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return counts;
    },
  };
}

export type ArticleMetaRepository = ReturnType<typeof createArticleMetaRepository>;
