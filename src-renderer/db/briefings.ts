// Briefings the analyst writes in the composer: Markdown documents of their own, saved as typed.
import type { PatternTable } from '../core/patterns/table';
import type { BriefingRecord, DossierDb } from './schema';

export function createBriefingRepository(db: DossierDb) {
  return {
    all(): Promise<BriefingRecord[]> {
      return db.briefings.orderBy('updatedAt').reverse().toArray();
    },
    get(id: string): Promise<BriefingRecord | undefined> {
      return db.briefings.get(id);
    },
    async create(title: string): Promise<BriefingRecord> {
      const record: BriefingRecord = { id: crypto.randomUUID(), title, body: '', updatedAt: Date.now() };
      await db.briefings.add(record);
      return record;
    },
    async update(id: string, change: Partial<Pick<BriefingRecord, 'title' | 'body'>>): Promise<void> {
      await db.briefings.update(id, { ...change, updatedAt: Date.now() });
    },
    /** Keeps a pattern view's numbers with the briefing under `name`, the name its image link gives. */
    async addView(id: string, name: string, table: PatternTable): Promise<void> {
      await db.briefings
        .where('id')
        .equals(id)
        .modify((record) => {
          record.views = { ...record.views, [name]: table };
          record.updatedAt = Date.now();
        });
    },
  };
}

export type BriefingRepository = ReturnType<typeof createBriefingRepository>;
