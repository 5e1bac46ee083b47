// Who said what, as the user decided it: accepted and rejected speaker suggestions, one record per
// statement, and the actors the user merged. The suggestions themselves are derived from the text (the parse
// worker's analysis) and never stored.
import type { ActorMergeRecord, DossierDb, SpeakerDecisionRecord } from './schema';

export type NewSpeakerDecision = Omit<SpeakerDecisionRecord, 'id' | 'createdAt' | 'updatedAt'>;

export function createSpeakerRepository(db: DossierDb) {
  return {
    forArticle(articleId: string): Promise<SpeakerDecisionRecord[]> {
      return db.speakerDecisions.where('articleId').equals(articleId).toArray();
    },

    all(): Promise<SpeakerDecisionRecord[]> {
      return db.speakerDecisions.toArray();
    },

    /**
     * Records the user's word on the suggestion for a statement, replacing any earlier decision on the same
     * statement (`replaces`), in one transaction.
     */
    async decide(input: NewSpeakerDecision, replaces: readonly string[] = []): Promise<SpeakerDecisionRecord> {
      const now = Date.now();
      const record: SpeakerDecisionRecord = { ...input, id: crypto.randomUUID(), createdAt: now, updatedAt: now };
      await db.transaction('rw', db.speakerDecisions, async () => {
        if (replaces.length > 0) await db.speakerDecisions.bulkDelete([...replaces]);
        await db.speakerDecisions.add(record);
      });
      return record;
    },

    /** Takes decisions back (the statement is offered its suggestion again). */
    async remove(ids: readonly string[]): Promise<void> {
      await db.speakerDecisions.bulkDelete([...ids]);
    },

    merges: {
      all(): Promise<ActorMergeRecord[]> {
        return db.actorMerges.toArray();
      },
      /** The actor `key` (named `name`) is from now on the actor `into`. */
      async merge(key: string, into: string, name: string): Promise<void> {
        if (key === into) return;
        await db.transaction('rw', db.actorMerges, async () => {
          // Whatever was merged into `key` follows it, so no chain is left behind.
          await db.actorMerges.where('into').equals(key).modify({ into, updatedAt: Date.now() });
          await db.actorMerges.put({ key, into, name, updatedAt: Date.now() });
        });
      },
      /** Splits `key` off again. */
      async split(key: string): Promise<void> {
        await db.actorMerges.delete(key);
      },
    },
  };
}

export type SpeakerRepository = ReturnType<typeof createSpeakerRepository>;
