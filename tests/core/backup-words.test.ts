import { describe, expect, it } from 'vitest';
import { backupHolds, backupSize, backupWhen, mergeWords, replaceWords } from '../../src-renderer/core/backup-words';
import type { BackupSummary, RestorePreview } from '../../src-renderer/core/exports/backup-format';

const summary: BackupSummary = {
  createdAt: '2026-12-06T14:05:00.000Z',
  databaseName: 'dossier',
  databaseVersion: 3,
  tables: { annotations: 340, tags: 25, memos: 1, settings: 9, briefings: 0, articleMeta: 14 },
  totalRows: 389,
  articlesWithNotes: 12,
};

describe('backup words', () => {
  it('says when, how big and what a backup holds, without table names', () => {
    const now = new Date('2026-12-06T18:00:00.000Z');
    expect(backupWhen('2026-12-06T14:05:00.000Z', now, 'en-GB', 'UTC')).toBe('Today at 14:05');
    expect(backupWhen('2026-12-05T23:59:00.000Z', now, 'en-GB', 'UTC')).toBe('Yesterday at 23:59');
    expect(backupWhen('2026-11-28T09:00:00.000Z', now, 'en-GB', 'UTC')).toMatch(/^Saturday,? 28 November 2026( at|,) 09:00$/);
    expect(backupSize(840 * 1024)).toBe('840 KB');
    expect(backupSize(1.44 * 1024 * 1024)).toBe('1.4 MB');
    const holds = backupHolds(summary);
    expect(holds).toBe('12 articles with notes: 340 annotations, 25 tags, 1 article memo and no briefings.');
    expect(holds).not.toMatch(/articleMeta|settings|: 0/);
    expect(backupHolds({ ...summary, articlesWithNotes: 0, tables: {} })).toBe('No articles with notes: no annotations, no tags, no article memos and no briefings.');
  });

  it('says what a merge would add and update, and that it removes nothing', () => {
    const preview: RestorePreview = {
      merge: { annotations: { added: 12, updated: 3, kept: 325 }, tags: { added: 0, updated: 0, kept: 25 }, briefings: { added: 1, updated: 0, kept: 0 } },
      replace: {},
    };
    expect(mergeWords(preview)).toBe("Adds 12 annotations and 1 briefing; updates 3 annotations to the backup's newer versions. Nothing is removed.");
    expect(mergeWords({ merge: { annotations: { added: 0, updated: 0, kept: 5 } }, replace: {} })).toMatch(/^Changes nothing/);
  });

  it('says what a replace would leave and what it would remove', () => {
    const preview: RestorePreview = {
      merge: {},
      replace: {
        annotations: { now: 352, after: 340, dropped: 12 },
        tags: { now: 25, after: 25, dropped: 0 },
        memos: { now: 1, after: 1, dropped: 0 },
        briefings: { now: 2, after: 0, dropped: 2 },
      },
    };
    expect(replaceWords(preview)).toBe(
      'Leaves exactly what the backup holds: 340 annotations, 25 tags, 1 article memo and no briefings. Removes 12 annotations and 2 briefings that it does not have; what is here now is backed up first.',
    );
  });
});
