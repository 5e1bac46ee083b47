// The schema and repositories against a real IndexedDB implementation (fake-indexeddb) in Node.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../src-renderer/core/anchoring';
import { createAnnotationRepository } from '../../src-renderer/db/annotations';
import { createMemoRepository } from '../../src-renderer/db/memos';
import { createDb } from '../../src-renderer/db/schema';
import { createTagRepository } from '../../src-renderer/db/tags';

function freshDb() {
  return createDb(`test-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

const text = 'First statement. Second statement.';

describe('database', () => {
  it('seeds the default codebook on first open', async () => {
    const tags = await createTagRepository(freshDb()).all();
    expect(tags.filter((t) => t.key !== null).map((t) => t.name).sort()).toEqual(
      ['Assessment', 'Claim', 'Commitment', 'Figure', 'Quote'],
    );
  });

  it('stores an annotation with its selectors and finds it by article and by tag', async () => {
    const db = freshDb();
    const repo = createAnnotationRepository(db);
    const created = await repo.create({ articleId: 'a1', target: describeRange(text, 0, 16, 'h1'), tagIds: ['type-claim'] });
    expect((await repo.forArticle('a1')).map((a) => a.id)).toEqual([created.id]);
    expect((await repo.withTag('type-claim')).map((a) => a.id)).toEqual([created.id]);
    expect(await repo.withTag('type-figure')).toEqual([]);
    const [stored] = await repo.forArticle('a1');
    expect(stored?.target.quote.exact).toBe('First statement.');
    expect(stored?.target.position).toMatchObject({ start: 0, end: 16 });
  });

  it('toggles tags on and off', async () => {
    const repo = createAnnotationRepository(freshDb());
    const { id } = await repo.create({ articleId: 'a', target: describeRange(text, 0, 16, 'h'), tagIds: ['x'] });
    expect(await repo.toggleTag(id, 'y')).toEqual(['x', 'y']);
    expect(await repo.toggleTag(id, 'x')).toEqual(['y']);
    expect(await repo.toggleTag('missing', 'x')).toBeNull();
  });

  it('removes an annotation only when it has neither tags nor a note', async () => {
    const repo = createAnnotationRepository(freshDb());
    const withNote = await repo.create({ articleId: 'a', target: describeRange(text, 0, 16, 'h'), note: 'keep me' });
    const empty = await repo.create({ articleId: 'a', target: describeRange(text, 17, 34, 'h') });
    expect(await repo.removeIfEmpty(withNote.id)).toBe(false);
    expect(await repo.removeIfEmpty(empty.id)).toBe(true);
    expect((await repo.forArticle('a')).map((a) => a.note)).toEqual(['keep me']);
  });

  it('saves notes and memos', async () => {
    const db = freshDb();
    const repo = createAnnotationRepository(db);
    const { id } = await repo.create({ articleId: 'a', target: describeRange(text, 0, 16, 'h') });
    expect(await repo.setNote(id, 'Ünïcode ✓')).toBe(true);
    expect((await repo.forArticle('a'))[0]?.note).toBe('Ünïcode ✓');
    expect(await repo.setNote('gone', 'x')).toBe(false);
    const memos = createMemoRepository(db);
    await memos.set('a', 'Overall: credible.');
    expect((await memos.get('a'))?.body).toBe('Overall: credible.');
  });
});
