// "Insert view" in the composer and a view's own exports, in Node: the briefing gets an image link to the
// view and a caption, the view's numbers are kept with the briefing (across a restart), and the export sends
// the picture drawn from them with the Markdown (one export), the PDF with the picture in it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { patternCsv } from '../../src-renderer/core/patterns/csv';
import { patternSvg } from '../../src-renderer/core/patterns/svg';
import type { PatternTable } from '../../src-renderer/core/patterns/table';
import { exportView } from '../../src-renderer/app/view-export';
import { fakeApi, textArticle } from '../fake-api';
import { startApp, type StartedApp } from './start-app.svelte';

const article = textArticle('a1', 'Grain talks resume', ['Ministers met in Geneva. Talks resume next month.']);
const matrix: PatternTable = {
  kind: 'matrix',
  title: 'Tag matrix',
  rowsLabel: 'Tags',
  columnsLabel: 'Articles',
  rows: [{ key: 'type-claim', label: 'Type/Claim', color: '#2563eb' }],
  columns: [{ key: 'a1', label: 'Grain talks resume' }],
  counts: [[3]],
  caption: 'Collection: Grain',
};
const started: StartedApp[] = [];
afterEach(() => started.splice(0).forEach((s) => s.stop()));

/** A briefing open in the composer, with an editor that inserts at the end of the text as the real one does at its cursor. */
async function openBriefing(app: StartedApp['app'], body = 'Intro.') {
  await app.composer.create();
  await vi.waitFor(() => expect(app.composer.open).not.toBeNull());
  let text = body;
  app.composer.setBody(text);
  app.composer.insertText = (insert) => {
    text += insert;
    app.composer.setBody(text);
  };
  return { text: () => text };
}

describe('Insert view', () => {
  it('inserts an image link to the view with its caption, and keeps the numbers with the briefing across a restart', async () => {
    const api = fakeApi([article]);
    const first = startApp(api);
    started.push(first);
    const { app } = first;
    const editor = await openBriefing(app);
    app.patterns.lastTable = matrix;
    flushSync();
    app.composer.insertView(app.patterns.lastTable!);
    app.composer.insertView({ ...matrix, caption: 'Collection: [Oil] *all*' });
    expect(editor.text()).toBe(
      'Intro.\n\n![Tag matrix](dossier-view:tag-matrix-1.svg)\n\n*Tag matrix: Collection: Grain*\n\n' +
        '\n\n![Tag matrix](dossier-view:tag-matrix-2.svg)\n\n*Tag matrix: Collection: \\[Oil] \\*all\\**\n\n',
    );
    await app.composer.writes.flush();
    const id = app.composer.openId!;
    const stored = await first.repos.briefings.get(id);
    expect(Object.keys(stored!.views!)).toEqual(['tag-matrix-1.svg', 'tag-matrix-2.svg']);
    expect(stored!.views!['tag-matrix-1.svg']).toEqual(matrix);
    expect(stored!.body).toBe(editor.text());

    // After a restart the same names are taken: the next view is number 3.
    first.stop();
    const again = startApp(api, { name: first.name });
    started.push(again);
    again.app.composer.openId = id;
    await vi.waitFor(() => expect(again.app.composer.open?.views?.['tag-matrix-2.svg']).toBeDefined());
    let inserted = '';
    again.app.composer.insertText = (text) => (inserted = text);
    again.app.composer.insertView(matrix);
    expect(inserted).toContain('(dossier-view:tag-matrix-3.svg)');
  });

  it('exports the briefing with the pictures its links show, drawn from the stored numbers, as one write', async () => {
    const api = fakeApi([article]);
    const s = startApp(api, { now: () => Date.UTC(2026, 11, 7) });
    started.push(s);
    const { app } = s;
    const editor = await openBriefing(app, '# Weekly grain\n\nSee below.');
    app.composer.insertView(matrix);
    app.composer.insertView({ ...matrix, kind: 'timeline', title: 'Timeline' });
    // A view taken out of the text again is not written.
    app.composer.setBody(editor.text().replace(/!\[Timeline\]\(dossier-view:timeline-1\.svg\)/, ''));
    await app.composer.exportOpen();
    expect(api.writeExport).toHaveBeenCalledTimes(1);
    const request = vi.mocked(api.writeExport).mock.calls[0]![0];
    expect(request.fileName).toBe('untitled-briefing.md');
    expect(request.content).toContain('![Tag matrix](dossier-view:tag-matrix-1.svg)');
    expect(request.attachments).toEqual([{ name: 'tag-matrix-1.svg', content: patternSvg(matrix) }]);
    expect(app.composer.message).toBe('Exported untitled-briefing.md');

    await app.composer.exportOpenPdf();
    expect(api.writePdf).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'untitled-briefing.pdf', images: [{ name: 'tag-matrix-1.svg', content: patternSvg(matrix) }] }));
    expect(vi.mocked(api.writePdf).mock.calls[0]![0].markdown).toContain('![Tag matrix](dossier-view:tag-matrix-1.svg)');
  });

  it('sends no pictures for a briefing without views', async () => {
    const api = fakeApi([article]);
    const s = startApp(api);
    started.push(s);
    await openBriefing(s.app, 'Just text.');
    await s.app.composer.exportOpen();
    expect(vi.mocked(api.writeExport).mock.calls[0]![0]).not.toHaveProperty('attachments');
  });
});

describe('a view exported on its own', () => {
  it('writes SVG and CSV from the table, and PNG bytes from the rasteriser at twice the size', async () => {
    const api = fakeApi([article]);
    const deps = { api, now: () => Date.UTC(2026, 11, 7) };
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const rasterize = vi.fn(async () => png);
    await exportView(deps, matrix, 'svg', rasterize);
    await exportView(deps, matrix, 'csv', rasterize);
    await exportView(deps, matrix, 'png', rasterize);
    expect(vi.mocked(api.writeExport).mock.calls.map((c) => c[0])).toEqual([
      { fileName: 'tag-matrix-2026-12-07.svg', content: patternSvg(matrix) },
      { fileName: 'tag-matrix-2026-12-07.csv', content: patternCsv(matrix) },
      { fileName: 'tag-matrix-2026-12-07.png', content: png },
    ]);
    expect(rasterize).toHaveBeenCalledWith(patternSvg(matrix), 2);
  });

  it('says in words when the picture cannot be drawn, and writes nothing', async () => {
    const api = fakeApi([article]);
    const result = await exportView({ api, now: () => 0 }, matrix, 'png', async () => {
      throw new Error('the image did not decode');
    });
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'The picture could not be drawn: the image did not decode' } });
    expect(api.writeExport).not.toHaveBeenCalled();
  });
});
