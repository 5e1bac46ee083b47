// The main process's log file: one line per event, rotated at a size with 3 files kept, never throwing,
// and never holding note text, even when a note goes through every IPC path that can fail and log.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderTarget } from '../../src-main/export/export-service';
import { createDispatch } from '../../src-main/ipc/dispatch';
import { createLogger, formatLine, LOG_FILE } from '../../src-main/log';
import { startServices } from '../../src-main/services';
import type { Handlers } from '../../src-renderer/core/contract';

let root: string;

beforeEach(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'dossier-log-'));
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const LINE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z (INFO|WARN|ERROR) \S.*$/;

async function allLogText(dir: string): Promise<string> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(LOG_FILE));
  const texts = await Promise.all(names.map((n) => fs.readFile(join(dir, n), 'utf8')));
  return texts.join('');
}

describe('the log file', () => {
  it('writes one line per event with time, level and message', async () => {
    const dir = join(root, '.dossier', 'logs');
    const logger = createLogger(dir, { now: () => new Date('2026-03-01T09:30:05.000Z') });
    logger.info('services started');
    logger.warn('watcher: EMFILE');
    logger.error('handler writeExport failed: Error\nforged second line');
    logger.log('removed 2 temp files left by a crash');
    const lines = (await fs.readFile(join(dir, LOG_FILE), 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual([
      '2026-03-01T09:30:05.000Z INFO services started',
      '2026-03-01T09:30:05.000Z WARN watcher: EMFILE',
      '2026-03-01T09:30:05.000Z ERROR handler writeExport failed: Error forged second line',
      '2026-03-01T09:30:05.000Z INFO removed 2 temp files left by a crash',
    ]);
    expect(formatLine(new Date(0), 'INFO', 'x'.repeat(5000)).length).toBeLessThan(500);
  });

  it('rotates at the size limit and keeps 3 files, the newest lines in dossier.log', async () => {
    const logger = createLogger(root, { maxBytes: 4096 });
    for (let i = 0; i < 1000; i++) logger.info(`line ${i} ${'-'.repeat(40)}`);
    const names = (await fs.readdir(root)).sort();
    expect(names).toEqual(['dossier.log', 'dossier.log.1', 'dossier.log.2']);
    for (const name of names) {
      const text = await fs.readFile(join(root, name), 'utf8');
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096);
      for (const line of text.split('\n').slice(0, -1)) expect(line).toMatch(LINE);
    }
    const current = await fs.readFile(join(root, 'dossier.log'), 'utf8');
    expect(current.trimEnd().split('\n').at(-1)).toContain('line 999 ');
    // The files hold consecutive lines: .2 then .1 then the current one.
    const all = [...(await fs.readFile(join(root, 'dossier.log.2'), 'utf8')).split('\n'), ...(await fs.readFile(join(root, 'dossier.log.1'), 'utf8')).split('\n'), ...current.split('\n')]
      .filter(Boolean)
      .map((l) => Number(/ line (\d+) /.exec(l)?.[1]));
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => all[0]! + i));
    // A relaunch appends to the same file and keeps rotating from its size on disk.
    const again = createLogger(root, { maxBytes: 4096 });
    again.info('after relaunch');
    expect(await fs.readFile(join(root, 'dossier.log'), 'utf8')).toContain('after relaunch');
    expect((await fs.readdir(root)).length).toBe(3);
  });

  it('never throws when the folder cannot be written', async () => {
    const blocked = join(root, 'file');
    await fs.writeFile(blocked, 'not a folder');
    const logger = createLogger(join(blocked, 'logs'));
    expect(() => logger.error('disk trouble')).not.toThrow();
  });

  it('never holds note text, whatever path the note takes through IPC', async () => {
    const NOTE = 'Confidential source Kestrel-7731 says the minister will resign';
    const library = join(root, 'Dossier Library');
    const exportDir = join(root, 'exports');
    await fs.mkdir(join(library, '.dossier', 'backups'), { recursive: true });
    await fs.mkdir(exportDir);
    // A temp file a crash left: the next start removes it and says so in the log.
    await fs.writeFile(join(library, '.dossier', 'backups', '.dossier-20260301-093005.json.0123456789ab.dossier-tmp'), NOTE);
    const logDir = join(library, '.dossier', 'logs');
    const logger = createLogger(logDir);
    const services = await startServices({
      libraryRoot: library,
      chooseExportTarget: folderTarget(exportDir),
      parsing: 'in-process',
      watch: false,
      log: logger.log,
    });
    try {
      const dispatch = createDispatch(services.handlers, logger.error);
      const backup = JSON.stringify({
        formatName: 'dexie',
        formatVersion: 1,
        data: { databaseName: 'dossier', databaseVersion: 2, tables: [], data: [{ tableName: 'annotations', inbound: true, rows: [{ id: 'a1', note: NOTE }] }] },
      });
      // The note in every request that carries text: a backup, an export, a paste; valid and invalid.
      expect(await dispatch('writeBackup', { json: backup, noteCount: 1, reason: 'manual' })).toMatchObject({ ok: true });
      expect(await dispatch('writeExport', { fileName: 'briefing.md', content: `> quote\n\n${NOTE}\n` })).toMatchObject({ ok: true });
      expect(await dispatch('writeExport', { fileName: 'briefing.md', content: NOTE, extra: NOTE })).toMatchObject({ ok: expect.any(Boolean) });
      expect(await dispatch('writeBackup', { json: backup, noteCount: 1, reason: NOTE })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
      expect(await dispatch('writeBackup', { json: NOTE, noteCount: 1, reason: 'quit' })).toMatchObject({ ok: false });
      expect(await dispatch(NOTE, { note: NOTE })).toMatchObject({ ok: false });
      expect(await dispatch('pasteArticle', { text: NOTE, html: false, title: 'Pasted' })).toMatchObject({ ok: true });
      // The backups folder gone bad: the write fails with the file system's message.
      await fs.rm(join(library, '.dossier', 'backups'), { recursive: true });
      await fs.writeFile(join(library, '.dossier', 'backups'), 'blocked');
      expect(await dispatch('writeBackup', { json: backup, noteCount: 1, reason: 'quit' })).toMatchObject({ ok: false, error: { code: 'IO' } });
      // A handler that throws with the note in its message (a bug that echoes its payload): logged by name only.
      const throwing: Handlers = {
        ...services.handlers,
        writeBackup: async ({ json }) => {
          throw new Error(`could not store ${json}`);
        },
        writeExport: async ({ content }) => {
          throw new TypeError(String(content));
        },
      };
      const dispatchThrowing = createDispatch(throwing, logger.error);
      expect(await dispatchThrowing('writeBackup', { json: backup, noteCount: 1, reason: 'quit' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(await dispatchThrowing('writeExport', { fileName: 'b.md', content: NOTE })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    } finally {
      await services.close();
    }

    const text = await allLogText(logDir);
    // The log did get the events (so the check below is not vacuous)...
    expect(text).toContain('removed 1 temp files left by a crash');
    expect(text).toContain('services started');
    expect(text).toMatch(/ERROR handler writeBackup failed: Error$/m);
    expect(text).toMatch(/ERROR handler writeExport failed: TypeError$/m);
    for (const line of text.split('\n').slice(0, -1)) expect(line).toMatch(LINE);
    // ...and none of the note, not even a piece of it.
    expect(text).not.toContain(NOTE);
    for (const piece of ['Kestrel', 'minister', 'resign']) expect(text).not.toContain(piece);
  });
});
