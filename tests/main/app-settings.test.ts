// The settings file: the chosen library folder is used again at the next start; a damaged file is ignored.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings, startSwitchableServices } from '../../src-main/app-settings';
import { folderTarget } from '../../src-main/export/export-service';

async function start(base: string, answer: string | null) {
  return startSwitchableServices({
    settingsFile: join(base, 'userData', 'settings.json'),
    defaultLibraryRoot: join(base, 'Default Library'),
    defaultExportDir: join(base, 'exports'),
    pickFolder: async () => answer,
    chooseExportTarget: folderTarget(join(base, 'exports')),
    parsing: 'in-process',
    watch: false,
  });
}

describe('app settings', () => {
  it('keeps the chosen library folder, export folder and backups kept across restarts', async () => {
    const base = await fs.mkdtemp(join(tmpdir(), 'dossier-settings-'));
    const chosen = join(base, 'Chosen');
    await fs.mkdir(chosen);
    await fs.writeFile(join(chosen, 'a.txt'), 'Chosen article\n\nIt is here.');
    const first = await start(base, chosen);
    expect(await first.handlers.chooseLibraryFolder()).toMatchObject({ ok: true, value: { libraryRoot: chosen } });
    expect(await first.handlers.setKeepBackups({ keep: 30 })).toMatchObject({ ok: true, value: { keepBackups: 30 } });
    const listed = await first.handlers.listLibrary();
    expect(listed.ok && listed.value.map((e) => e.title)).toEqual(['Chosen article']);
    await first.close();

    const second = await start(base, null);
    expect(second.settings()).toMatchObject({ libraryRoot: chosen, keepBackups: 30 });
    expect(await second.handlers.chooseLibraryFolder()).toEqual({ ok: true, value: null });
    await second.close();
  });

  it('ignores a damaged settings file', async () => {
    const base = await fs.mkdtemp(join(tmpdir(), 'dossier-settings-bad-'));
    await fs.writeFile(join(base, 'settings.json'), '{not json');
    expect(await readSettings(join(base, 'settings.json'))).toEqual({});
  });
});
