// The system dialogs with a fake Electron `dialog` and `shell`: what each one asks, and what it answers.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EXPORT_EXTENSIONS } from '../../../src-renderer/core/contract';
import { createSystemDialogs, type DialogApi } from '../../../src-main/desktop/dialogs';

function fakes(answers: { save?: { canceled: boolean; filePath?: string }; open?: { canceled: boolean; filePaths: string[] }; response?: number } = {}) {
  const dialog = {
    showSaveDialog: vi.fn<DialogApi['showSaveDialog']>(async () => answers.save ?? { canceled: true, filePath: '' }),
    showOpenDialog: vi.fn<DialogApi['showOpenDialog']>(async () => answers.open ?? { canceled: true, filePaths: [] }),
    showMessageBox: vi.fn<DialogApi['showMessageBox']>(async () => ({ response: answers.response ?? 1 })),
  };
  const shell = { openExternal: vi.fn(async (_url: string) => {}) };
  let exportDir = '/home/analyst/Documents';
  const dialogs = createSystemDialogs({ dialog, shell, exportDir: () => exportDir });
  return { dialog, shell, dialogs, setExportDir: (dir: string) => (exportDir = dir) };
}

describe('the export save dialog', () => {
  it('offers each export type its own filter and starts with the suggested name and extension', async () => {
    const { dialog, dialogs } = fakes();
    for (const extension of EXPORT_EXTENSIONS) await dialogs.chooseExportTarget(`briefing${extension}`);
    const asked = dialog.showSaveDialog.mock.calls.map(([options]) => ({ defaultPath: options.defaultPath, filters: options.filters }));
    expect(asked).toEqual([
      { defaultPath: join('/home/analyst/Documents', 'briefing.md'), filters: [{ name: 'Markdown', extensions: ['md'] }] },
      { defaultPath: join('/home/analyst/Documents', 'briefing.csv'), filters: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }] },
      { defaultPath: join('/home/analyst/Documents', 'briefing.json'), filters: [{ name: 'JSON', extensions: ['json'] }] },
      { defaultPath: join('/home/analyst/Documents', 'briefing.qdpx'), filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }] },
      { defaultPath: join('/home/analyst/Documents', 'briefing.qdc'), filters: [{ name: 'REFI-QDA codebook', extensions: ['qdc'] }] },
      { defaultPath: join('/home/analyst/Documents', 'briefing.pdf'), filters: [{ name: 'PDF document', extensions: ['pdf'] }] },
      { defaultPath: join('/home/analyst/Documents', 'briefing.svg'), filters: [{ name: 'SVG picture', extensions: ['svg'] }] },
      { defaultPath: join('/home/analyst/Documents', 'briefing.png'), filters: [{ name: 'PNG picture', extensions: ['png'] }] },
    ]);
    expect(dialog.showSaveDialog.mock.calls[0]![0].properties).toEqual(['showOverwriteConfirmation', 'createDirectory']);
  });

  it('starts in the export folder the settings hold at the time of the export', async () => {
    const { dialog, dialogs, setExportDir } = fakes();
    setExportDir('/mnt/share/exports');
    await dialogs.chooseExportTarget('codes.csv');
    expect(dialog.showSaveDialog.mock.calls[0]![0].defaultPath).toBe(join('/mnt/share/exports', 'codes.csv'));
  });

  it('answers null when the user cancels', async () => {
    const { dialogs } = fakes({ save: { canceled: true, filePath: '' } });
    expect(await dialogs.chooseExportTarget('codes.csv')).toBeNull();
  });

  it('trusts the dialog to have asked before replacing the file it returned', async () => {
    const { dialogs } = fakes({ save: { canceled: false, filePath: '/x/codes.csv' } });
    expect(await dialogs.chooseExportTarget('codes.csv')).toEqual({ path: '/x/codes.csv', confirmedOverwrite: true });
  });

  it('adds the extension to a name typed without it, and then never replaces a file the dialog did not show', async () => {
    const { dialogs } = fakes({ save: { canceled: false, filePath: '/x/codes' } });
    expect(await dialogs.chooseExportTarget('codes.csv')).toEqual({ path: '/x/codes.csv', confirmedOverwrite: false });
  });
});

describe('the open dialogs', () => {
  it('imports many files of the supported formats, or one folder', async () => {
    const { dialog, dialogs } = fakes({ open: { canceled: false, filePaths: ['/a.md', '/b.pdf'] } });
    expect(await dialogs.pickImportPaths('files')).toEqual(['/a.md', '/b.pdf']);
    const files = dialog.showOpenDialog.mock.calls[0]![0];
    expect(files.properties).toEqual(['openFile', 'multiSelections']);
    expect(files.filters![0]!.extensions).toEqual(expect.arrayContaining(['md', 'txt', 'html', 'pdf', 'docx', 'epub', 'eml']));
    await dialogs.pickImportPaths('folder');
    expect(dialog.showOpenDialog.mock.calls[1]![0]).toMatchObject({ properties: ['openDirectory'], filters: [] });
  });

  it('opens one codebook, project or backup, each with its filter', async () => {
    const { dialog, dialogs } = fakes({ open: { canceled: false, filePaths: ['/p/project.qdpx'] } });
    expect(await dialogs.pickFile('qdpx')).toBe('/p/project.qdpx');
    await dialogs.pickFile('qdc');
    await dialogs.pickFile('backup');
    expect(dialog.showOpenDialog.mock.calls.map(([o]) => o.filters![0]!.extensions)).toEqual([['qdpx'], ['qdc'], ['json']]);
  });

  it('picks a folder for the settings, and answers null when cancelled', async () => {
    const chosen = fakes({ open: { canceled: false, filePaths: ['/lib'] } });
    expect(await chosen.dialogs.pickFolder('library')).toBe('/lib');
    expect(chosen.dialog.showOpenDialog.mock.calls[0]![0].properties).toEqual(['openDirectory', 'createDirectory']);
    const cancelled = fakes({ open: { canceled: true, filePaths: [] } });
    expect(await cancelled.dialogs.pickFolder('export')).toBeNull();
    expect(await cancelled.dialogs.pickFile('qdc')).toBeNull();
    expect(await cancelled.dialogs.pickImportPaths('files')).toBeNull();
  });
});

describe('opening a web address', () => {
  it('shows the address and opens it only when the user agrees', async () => {
    const agreed = fakes({ response: 0 });
    expect(await agreed.dialogs.openExternal('https://example.org/a')).toBe(true);
    expect(agreed.dialog.showMessageBox.mock.calls[0]![0]).toMatchObject({ detail: 'https://example.org/a', cancelId: 1, defaultId: 1 });
    expect(agreed.shell.openExternal).toHaveBeenCalledWith('https://example.org/a');

    const declined = fakes({ response: 1 });
    expect(await declined.dialogs.openExternal('https://example.org/a')).toBe(false);
    expect(declined.shell.openExternal).not.toHaveBeenCalled();
  });
});
