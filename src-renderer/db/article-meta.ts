// The user's side of each article: edited metadata, collections, read state and a chosen encoding.
import type { ArticleMetaRecord, DossierDb } from './schema';

export type ArticleMetaEdit = Partial<Pick<ArticleMetaRecord, 'title' | 'source' | 'byline' | 'published' | 'collections' | 'encoding'>>;

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
    /** Annotation counts per article id. */
    async annotationCounts(): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      await db.annotations.orderBy('articleId').eachKey((key) => {
        const id = String(key);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      });
      return counts;
    },
  };
}

export type ArticleMetaRepository = ReturnType<typeof createArticleMetaRepository>;
