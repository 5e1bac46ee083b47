// The desktop wiring end to end in Node: the services started with fake Electron dialogs, shell and print
// window, driven through the same handlers IPC calls.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DialogApi } from '../../../src-main/desktop/dialogs';
import { startDesktopServices } from '../../../src-main/desktop/desktop-services';
import type { SwitchableServices } from '../../../src-main/app-settings';

const ROOT = resolve(__dirname, '../../..');
const running: SwitchableServices[] = [];
afterEach(async () => {
  for (const services of running.splice(0)) await services.close();
});

async function start() {
  const base = await fs.mkdtemp(join(tmpdir(), 'dossier-desktop-'));
  const paths = { userData: join(base, 'userData'), documents: join(base, 'Documents'), appPath: ROOT };
  await fs.mkdir(paths.documents, { recursive: true });
  const answers = { savePath: '', folder: '', response: 1 };
  const dialog = {
    showSaveDialog: vi.fn<DialogApi['showSaveDialog']>(async () => ({ canceled: answers.savePath === '', filePath: answers.savePath })),
    showOpenDialog: vi.fn<DialogApi['showOpenDialog']>(async () => ({ canceled: answers.folder === '', filePaths: [answers.folder] })),
    showMessageBox: vi.fn<DialogApi['showMessageBox']>(async () => ({ response: answers.response })),
  };
  const shell = {
    openExternal: vi.fn(async (_url: string) => {}),
    trashItem: vi.fn(async (path: string) => fs.rm(path)),
    showItemInFolder: vi.fn((_path: string) => {}),
  };
  const clipboard = { writeText: vi.fn((_text: string) => {}) };
  const printed: string[] = [];
  const services = await startDesktopServices(
    {
      dialog,
      shell,
      clipboard,
      openPrintWindow: () => ({
        loadURL: async (url) => void printed.push(decodeURIComponent(url)),
        webContents: { printToPDF: async () => new TextEncoder().encode('%PDF-1.7 fake') },
        destroy: () => {},
      }),
      paths,
      emit: () => {},
      log: () => {},
    },
    { parsing: 'in-process', watch: false },
  );
  running.push(services);
  return { base, paths, answers, dialog, shell, clipboard, printed, services };
}

describe('startDesktopServices', () => {
  it('makes the library in Documents with the sample articles, and keeps the settings in the app data folder', async () => {
    const { paths, answers, services } = await start();
    expect(services.settings()).toMatchObject({ libraryRoot: join(paths.documents, 'Dossier Library'), exportDir: paths.documents });
    const listed = await services.handlers.listLibrary();
    expect(listed.ok && listed.value.length).toBe((await fs.readdir(join(ROOT, 'resources', 'samples'))).length);
    answers.folder = join(paths.documents, 'Exports');
    await services.handlers.chooseExportFolder();
    expect(JSON.parse(await fs.readFile(join(paths.userData, 'settings.json'), 'utf8'))).toEqual({ exportDir: answers.folder });
  });

  it('exports through the save dialog with the type’s filter, starting in the export folder from the settings', async () => {
    const { base, paths, answers, dialog, services } = await start();
    answers.savePath = join(base, 'codes');
    const written = await services.handlers.writeExport({ fileName: 'codes.csv', content: 'a,b\n' });
    expect(written).toEqual({ ok: true, value: { fileName: 'codes.csv', path: join(base, 'codes.csv') } });
    expect(await fs.readFile(join(base, 'codes.csv'), 'utf8')).toBe('a,b\n');
    expect(dialog.showSaveDialog.mock.calls[0]![0]).toMatchObject({
      defaultPath: join(paths.documents, 'codes.csv'),
      filters: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }],
    });

    answers.folder = join(base, 'Shared');
    await services.handlers.chooseExportFolder();
    answers.savePath = '';
    expect(await services.handlers.writeExport({ fileName: 'project.qdpx', content: new Uint8Array([1]) })).toEqual({ ok: true, value: null });
    expect(dialog.showSaveDialog.mock.calls[1]![0]).toMatchObject({
      defaultPath: join(base, 'Shared', 'project.qdpx'),
      filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
    });
  });

  it('prints a briefing to PDF in the print window and saves it with the PDF filter', async () => {
    const { base, answers, dialog, printed, services } = await start();
    answers.savePath = join(base, 'brief.pdf');
    const written = await services.handlers.writePdf({ fileName: 'brief.pdf', markdown: '# Grain talks\n\nThey met.', title: 'Grain talks' });
    expect(written).toMatchObject({ ok: true, value: { fileName: 'brief.pdf' } });
    expect(await fs.readFile(join(base, 'brief.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Grain talks');
    expect(dialog.showSaveDialog.mock.calls[0]![0].filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });

  it('shows an exported file in its folder and copies its path, and nothing it did not export', async () => {
    const { base, answers, shell, clipboard, services } = await start();
    answers.savePath = join(base, 'notes.md');
    const written = await services.handlers.writeExport({ fileName: 'notes.md', content: '# Notes\n' });
    expect(written).toEqual({ ok: true, value: { fileName: 'notes.md', path: answers.savePath } });
    expect(await services.handlers.revealExport({ path: answers.savePath })).toEqual({ ok: true, value: undefined });
    expect(shell.showItemInFolder.mock.calls).toEqual([[answers.savePath]]);
    expect(await services.handlers.copyExportPath({ path: answers.savePath })).toEqual({ ok: true, value: undefined });
    expect(clipboard.writeText.mock.calls).toEqual([[answers.savePath]]);

    const other = join(base, 'other.md');
    await fs.writeFile(other, 'not ours');
    expect(await services.handlers.revealExport({ path: other })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await services.handlers.copyExportPath({ path: other })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await fs.rm(answers.savePath);
    expect(await services.handlers.revealExport({ path: answers.savePath })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(shell.showItemInFolder).toHaveBeenCalledTimes(1);
  });

  it('opens a web address only after the user agrees, and moves deleted articles to the system trash', async () => {
    const { answers, shell, services } = await start();
    expect(await services.handlers.openExternal({ url: 'https://example.org/story' })).toEqual({ ok: true, value: false });
    answers.response = 0;
    expect(await services.handlers.openExternal({ url: 'https://example.org/story' })).toEqual({ ok: true, value: true });
    expect(shell.openExternal.mock.calls).toEqual([['https://example.org/story']]);

    const listed = await services.handlers.listLibrary();
    const first = listed.ok ? listed.value[0]! : null;
    expect(await services.handlers.deleteArticle({ id: first!.id })).toMatchObject({ ok: true });
    expect(shell.trashItem.mock.calls).toEqual([[join(services.settings().libraryRoot, first!.path)]]);
  });
});
