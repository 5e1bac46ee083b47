// BackupService in real temp folders: atomic named backups, keeping the last N, listing and reading,
// the note-count record and sharp-drop check, and clean-up of temp files left by a crash.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupService, droppedSharply } from '../../src-main/backup/backup-service';

const BACKUP = '{"formatName":"dexie","formatVersion":1,"dossier":{},"data":{"databaseName":"dossier","databaseVersion":2,"tables":[],"data":[]}}';

let root: string;
let clock: Date;
const now = (): Date => clock;

beforeEach(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'dossier-backup-'));
  clock = new Date('2026-03-01T09:30:05.000Z');
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

function tick(seconds: number): void {
  clock = new Date(clock.getTime() + seconds * 1000);
}

describe('BackupService', () => {
  it('writes dossier-YYYYMMDD-HHMMSS.json into .dossier/backups and reads it back', async () => {
    const service = new BackupService(root, { now });
    const written = await service.write(BACKUP);
    expect(written).toEqual({ ok: true, value: { name: 'dossier-20260301-093005.json', size: BACKUP.length, createdAt: '2026-03-01T09:30:05.000Z' } });
    expect(await fs.readFile(join(root, '.dossier', 'backups', 'dossier-20260301-093005.json'), 'utf8')).toBe(BACKUP);
    expect(await service.read('dossier-20260301-093005.json')).toEqual({ ok: true, value: BACKUP });
    // Same second: a new name, never over the first.
    expect(await service.write(BACKUP + ' ')).toMatchObject({ ok: true, value: { name: 'dossier-20260301-093005-2.json' } });
    expect((await service.list()).ok && (await service.list())).toMatchObject({ value: [{ name: 'dossier-20260301-093005-2.json' }, { name: 'dossier-20260301-093005.json' }] });
    // No temp files left behind.
    expect((await fs.readdir(join(root, '.dossier', 'backups'))).filter((n) => n.endsWith('.dossier-tmp'))).toEqual([]);
  });

  it('refuses what is not a backup, names it did not write, and reports missing ones', async () => {
    const service = new BackupService(root, { now });
    expect(await service.write('hello')).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await service.read('../library.json')).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await service.read('dossier-20200101-000000.json')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await service.list()).toEqual({ ok: true, value: [] });
  });

  it('keeps the newest N (default 14) and never touches other files', async () => {
    const service = new BackupService(root, { now });
    await fs.mkdir(join(root, '.dossier', 'backups'), { recursive: true });
    await fs.writeFile(join(root, '.dossier', 'backups', 'my-notes.json'), 'mine');
    for (let i = 0; i < 16; i++) {
      expect((await service.write(BACKUP)).ok).toBe(true);
      tick(3600);
    }
    let list = await service.list();
    expect(list.ok && list.value.length).toBe(14);
    expect(list.ok && list.value[0]?.name).toBe('dossier-20260302-003005.json');
    expect(list.ok && list.value[13]?.name).toBe('dossier-20260301-113005.json');
    service.setKeep(3);
    expect(await service.prune()).toMatchObject({ ok: true });
    list = await service.list();
    expect(list.ok && list.value.map((b) => b.name)).toEqual(['dossier-20260302-003005.json', 'dossier-20260301-233005.json', 'dossier-20260301-223005.json']);
    expect(await fs.readFile(join(root, '.dossier', 'backups', 'my-notes.json'), 'utf8')).toBe('mine');
  });

  it('records the note count atomically and keeps other keys of state.json', async () => {
    const service = new BackupService(root, { now });
    await fs.mkdir(join(root, '.dossier'), { recursive: true });
    await fs.writeFile(join(root, '.dossier', 'state.json'), JSON.stringify({ other: 'kept' }));
    expect(await service.recordNoteCount(120)).toEqual({ ok: true, value: undefined });
    const state = JSON.parse(await fs.readFile(join(root, '.dossier', 'state.json'), 'utf8'));
    expect(state).toEqual({ other: 'kept', noteCount: 120, noteCountAt: '2026-03-01T09:30:05.000Z' });
    expect(await service.recordNoteCount(-1)).toMatchObject({ ok: false });
  });

  it('tells a sharp drop from ordinary deletions and offers the newest backup made before it', async () => {
    const service = new BackupService(root, { now });
    expect(await service.checkDrop(0)).toEqual({ ok: true, value: { dropped: false, lastCount: null, currentCount: 0, newestBackup: null } });
    await service.write(BACKUP, 100);
    tick(60);
    await service.recordNoteCount(100);
    tick(60);
    // A backup written after the loss (30 notes) must not be the one offered.
    await service.write(BACKUP, 30);
    const check = await service.checkDrop(30);
    expect(check).toMatchObject({ ok: true, value: { dropped: true, lastCount: 100, currentCount: 30, newestBackup: { name: 'dossier-20260301-093005.json' } } });
    expect((await service.checkDrop(60)).ok && (await service.checkDrop(60))).toMatchObject({ value: { dropped: false } });
  });

  it('drop rule: from >= 20 to under half, or to 0 from >= 5', () => {
    expect(droppedSharply(20, 9)).toBe(true);
    expect(droppedSharply(20, 10)).toBe(false);
    expect(droppedSharply(19, 1)).toBe(false);
    expect(droppedSharply(5, 0)).toBe(true);
    expect(droppedSharply(4, 0)).toBe(false);
    expect(droppedSharply(1000, 499)).toBe(true);
  });

  it('cleanupTemps removes stray writeFileAtomic temp files in .dossier and the export folder only', async () => {
    const exportDir = join(root, 'exports');
    const nested = join(root, '.dossier', 'backups');
    await fs.mkdir(nested, { recursive: true });
    await fs.mkdir(join(exportDir, 'sub'), { recursive: true });
    const stray = [
      join(root, '.dossier', '.library.json.0123456789ab.dossier-tmp'),
      join(nested, '.dossier-20260301-093005.json.a1b2c3d4e5f6.dossier-tmp'),
      join(exportDir, '.briefing.md.ffffffffffff.dossier-tmp'),
    ];
    const kept = [
      join(root, '.dossier', 'library.json'),
      join(root, 'article.dossier-tmp'), // the user's own file in the library, not in .dossier
      join(root, '.dossier', 'notes.dossier-tmp'), // not our temp pattern
      join(exportDir, 'sub', '.x.md.0123456789ab.dossier-tmp'), // export folder: top level only
    ];
    for (const file of [...stray, ...kept]) await fs.writeFile(file, 'x');
    const service = new BackupService(root, { now, exportDir });
    const result = await service.cleanupTemps();
    expect(result.ok && [...result.value].sort()).toEqual([...stray].sort());
    for (const file of stray) await expect(fs.access(file)).rejects.toThrow();
    for (const file of kept) await expect(fs.access(file)).resolves.toBeUndefined();
    // Nothing to do in a library without .dossier.
    expect(await new BackupService(join(root, 'nowhere')).cleanupTemps()).toEqual({ ok: true, value: [] });
  });
});
