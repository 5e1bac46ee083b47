// The export notice in Node: what an export wrote (with Show in folder and Copy path sent to the main
// process), the error in words when the write fails, and nothing for a cancelled dialog.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, textArticle } from '../fake-api';
import { startApp, type StartedApp } from './start-app.svelte';

const article = textArticle('a1', 'Grain talks resume', ['Ministers met in Geneva. Talks resume next month.']);
let started: StartedApp | undefined;
afterEach(() => started?.stop());

describe('ExportNotice', () => {
  it('shows the file an export wrote and acts on it through the main process', async () => {
    const api = fakeApi([article]);
    started = startApp(api, { now: () => Date.UTC(2026, 11, 6) });
    const { reader, exportNotice } = started.app;
    await reader.open('a1');
    await reader.exportBriefing();
    expect(reader.message).toBe('Exported grain-talks-resume.md');
    expect(exportNotice.shown).toEqual({ kind: 'written', fileName: 'grain-talks-resume.md', path: '/x/grain-talks-resume.md' });
    await exportNotice.reveal();
    expect(api.revealExport).toHaveBeenCalledWith({ path: '/x/grain-talks-resume.md' });
    await exportNotice.copyPath();
    expect(api.copyExportPath).toHaveBeenCalledWith({ path: '/x/grain-talks-resume.md' });
    expect(exportNotice.feedback).toBe('Path copied.');
    exportNotice.dismiss();
    expect(exportNotice.shown).toBeNull();
  });

  it('says in words why an export was not written, and why a file cannot be shown', async () => {
    const api = fakeApi([article], {
      writeExport: vi.fn(async () => ({ ok: false as const, error: { code: 'IO' as const, message: 'Could not write the export: no space left on the disk' } })),
    });
    started = startApp(api);
    const { reader, exportNotice } = started.app;
    await reader.open('a1');
    await reader.exportBriefing();
    expect(exportNotice.shown).toEqual({ kind: 'failed', message: 'Export failed: Could not write the export: no space left on the disk' });
    expect(reader.message).toBe('Export failed: Could not write the export: no space left on the disk');

    api.revealExport = vi.fn(async () => ({ ok: false as const, error: { code: 'NOT_FOUND' as const, message: 'The exported file is no longer there: /gone/b.md' } }));
    exportNotice.report({ ok: true, value: { fileName: 'b.md', path: '/gone/b.md' } });
    await exportNotice.reveal();
    expect(exportNotice.feedback).toBe('The exported file is no longer there: /gone/b.md');
  });

  it('shows nothing when the save dialog was cancelled, and says when a selection has nothing to export', async () => {
    started = startApp(fakeApi([article], { writeExport: vi.fn(async () => ({ ok: true as const, value: null })) }));
    const { app } = started;
    expect(app.exportNotice.report({ ok: true, value: null })).toBe('Export cancelled');
    expect(app.exportNotice.shown).toBeNull();
    await app.library.load();
    const message = await app.runExport({ format: 'md', scope: { kind: 'all' }, layout: 'tag', title: 'Briefing' }, []);
    expect(message).toBe('Nothing to export: no annotations in that selection.');
    expect(app.exportNotice.shown).toEqual({ kind: 'failed', message: 'Nothing to export: no annotations in that selection.' });
  });
});
