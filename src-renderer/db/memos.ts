// Article memos: one Markdown note per article, saved as typed.
import type { DossierDb, MemoRecord } from './schema';

export function createMemoRepository(db: DossierDb) {
  return {
    all(): Promise<MemoRecord[]> {
      return db.memos.toArray();
    },
    get(articleId: string): Promise<MemoRecord | undefined> {
      return db.memos.get(articleId);
    },
    async set(articleId: string, body: string): Promise<void> {
      await db.memos.put({ articleId, body, updatedAt: Date.now() });
    },
  };
}

export type MemoRepository = ReturnType<typeof createMemoRepository>;
