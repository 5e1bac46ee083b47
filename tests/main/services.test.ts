// The services as the app starts them: files opened from the system are imported once and shown.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderTarget } from '../../src-main/export/export-service';
import { startServices } from '../../src-main/services';
import type { AppEvent } from '../../src-renderer/core/contract';

describe('startServices', () => {
  it('imports a file opened with Dossier, announces it, and recognises it when opened again', async () => {
    const base = await fs.mkdtemp(join(tmpdir(), 'dossier-services-'));
    const outside = join(base, 'Downloads');
    await fs.mkdir(outside);
    await fs.writeFile(join(outside, 'brief.txt'), 'Opened from the desktop\n\nA statement. Another one.');
    const events: AppEvent[] = [];
    const services = await startServices({
      libraryRoot: join(base, 'Library'),
      chooseExportTarget: folderTarget(join(base, 'exports')),
      parsing: 'in-process',
      watch: false,
      emit: (e) => events.push(e),
    });
    try {
      const id = await services.openFiles([join(outside, 'brief.txt')]);
      expect(id).toBeTruthy();
      expect(events).toContainEqual({ kind: 'library-changed', added: ['brief.txt'], changed: [], removed: [] });
      const read = await services.handlers.readArticle({ id: id! });
      expect(read.ok && read.value.title).toBe('Opened from the desktop');
      expect(await services.openFiles([join(outside, 'brief.txt')])).toBe(id);
      expect((await fs.readdir(join(base, 'Library'))).filter((n) => !n.startsWith('.'))).toEqual(['brief.txt']);
    } finally {
      await services.close();
    }
  });
});
