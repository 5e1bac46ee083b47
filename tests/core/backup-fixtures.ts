// A generated database for backup tests and the backup benchmark: annotations with Unicode notes, a
// nested codebook, memos, briefings and settings of every JSON shape. Deterministic for a given seed.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb, type AnnotationRecord, type BriefingRecord, type DossierDb, type MemoRecord, type SettingRecord, type TagRecord } from '../../src-renderer/db/schema';

const NOTES = [
  '',
  'Путин заявил, что «переговоры прошли конструктивно».',
  'Emoji 😀👍🏽 and astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, combining e\u0301, RTL עברית العربية',
  '**bold** _em_ `code`\n\n- list\n- items\r\nCRLF kept',
  'Tabs\tand\u00a0nbsp, zero\u200bwidth, quote " and backslash \\',
  '中文注释，日本語のメモ、한국어 메모',
];

/** A small linear congruential generator: the same rows every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface GeneratedRows {
  annotations: AnnotationRecord[];
  tags: TagRecord[];
  memos: MemoRecord[];
  briefings: BriefingRecord[];
  settings: SettingRecord[];
}

export function generateRows(annotations: number, articles: number, seed = 1): GeneratedRows {
  const rand = rng(seed);
  const tags: TagRecord[] = [];
  for (let r = 0; r < 5; r++) {
    tags.push({ id: `root-${r}`, name: `Корень ${r}`, parentId: null, color: '#2563eb', key: r < 3 ? r + 6 : null, order: r });
    for (let c = 0; c < 8; c++) tags.push({ id: `tag-${r}-${c}`, name: `Child ${c} 😀`, parentId: `root-${r}`, color: '#16a34a', key: null, order: c });
  }
  const rows: AnnotationRecord[] = [];
  for (let i = 0; i < annotations; i++) {
    const start = Math.floor(rand() * 10_000);
    const exact = `Statement ${i} — «цитата» 😀`;
    rows.push({
      id: `ann-${String(i).padStart(7, '0')}-${Math.floor(rand() * 1e9).toString(36)}`,
      articleId: `art-${i % articles}`,
      createdAt: 1_700_000_000_000 + i * 1000,
      updatedAt: 1_700_000_000_000 + i * 1000 + Math.floor(rand() * 100_000),
      target: {
        quote: { type: 'TextQuoteSelector', exact, prefix: 'before 𝔘 ', suffix: ' after\n' },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
        contentHash: `hash-${i % articles}`,
      },
      tagIds: i % 7 === 0 ? [] : [tags[Math.floor(rand() * tags.length)]!.id, tags[i % tags.length]!.id].filter((v, k, a) => a.indexOf(v) === k),
      note: NOTES[i % NOTES.length]! + (i % 3 === 0 ? ` #${i}` : ''),
      state: i % 11 === 0 ? 'orphan' : 'anchored',
    });
  }
  const memos: MemoRecord[] = [];
  for (let a = 0; a < articles; a += 2) memos.push({ articleId: `art-${a}`, body: `Memo ${a}: ${NOTES[a % NOTES.length]}`, updatedAt: 1_700_000_000_000 + a });
  const briefings: BriefingRecord[] = [];
  for (let b = 0; b < 12; b++) briefings.push({ id: `brief-${b}`, title: `Брифинг ${b}`, body: `# Body ${b}\n\n${NOTES[b % NOTES.length]}`, updatedAt: 1_700_000_500_000 + b });
  const settings: SettingRecord[] = [
    { key: 'theme', value: 'dark' },
    { key: 'fontSize', value: 17.5 },
    { key: 'showNotes', value: false },
    { key: 'lastArticle', value: null },
    { key: 'recent', value: ['art-1', 'art-2', 'статья'] },
    { key: 'layout', value: { sidebar: 280, panes: [{ id: 'a', open: true }], nested: { deep: { emoji: '😀' } } } },
    { key: 'backups.keep', value: 14 },
  ];
  return { annotations: rows, tags, memos, briefings, settings };
}

export function freshDb(name = `backup-${Math.random()}`): DossierDb {
  return createDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Fills the database with generated rows, 1,000 rows per write. */
export async function fill(db: DossierDb, rows: GeneratedRows): Promise<void> {
  await db.open();
  await db.tags.bulkPut(rows.tags);
  for (let i = 0; i < rows.annotations.length; i += 1000) await db.annotations.bulkPut(rows.annotations.slice(i, i + 1000));
  await db.memos.bulkPut(rows.memos);
  await db.briefings.bulkPut(rows.briefings);
  await db.settings.bulkPut(rows.settings);
}

/** Every table's rows in primary-key order. */
export async function snapshot(db: DossierDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
