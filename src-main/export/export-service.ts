// Writes exported briefings. Where they go is a strategy: the Electron save dialog, or a fixed folder
// (tests, and a default export folder). A user's existing file is never overwritten without asking.
import { promises as fs } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { ExportAttachment, ExportRequest, ExportWritten } from '../../src-renderer/core/contract';
import { attachmentFolder, attachmentLink, linkViews } from '../../src-renderer/core/patterns/briefing-views';
import { err, ok, type Result } from '../../src-renderer/core/result';
import { writeFileAtomic } from '../files/atomic-write';
import { exportExtensionOf } from './export-types';

/** Where to write: a path, and whether the user already agreed to replace a file there. */
export interface ExportTarget {
  path: string;
  /** True only when the user confirmed replacing an existing file (e.g. in the native save dialog). */
  confirmedOverwrite: boolean;
}

/** Chooses the target for a suggested file name; null when the user cancelled. */
export type ChooseTarget = (fileName: string) => Promise<ExportTarget | null>;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A file name that is safe on every desktop OS, with the given extension (default: the name's own, or .md). */
export function safeFileName(name: string, extension: string = exportExtensionOf(name) ?? '.md'): string {
  let base = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (extname(base).toLowerCase() === extension) base = base.slice(0, -extension.length);
  base = base.replace(/[.\s]+$/, '');
  if (base === '' || WINDOWS_RESERVED.test(base)) base = `briefing${base ? `-${base}` : ''}`;
  // Keep names comfortably under common 255-byte limits even for multi-byte scripts.
  base = Array.from(base).slice(0, 100).join('');
  return `${base}${extension}`;
}

/** Writes into `dir`, choosing `name.md`, `name-2.md`, ... so that no existing file is touched. */
export function folderTarget(dir: string): ChooseTarget {
  return async (fileName) => ({ path: join(dir, fileName), confirmedOverwrite: false });
}

export class ExportService {
  /** Every file written since start: the only paths the renderer may ask to show or copy. */
  readonly #written = new Set<string>();

  constructor(private readonly chooseTarget: ChooseTarget) {}

  /** True for a path this service wrote (the renderer names it back after an export). */
  wrote(path: string): boolean {
    return this.#written.has(path);
  }

  async write(request: ExportRequest): Promise<Result<ExportWritten | null>> {
    const written = await this.#write(request);
    if (written.ok && written.value) this.#written.add(written.value.path);
    return written;
  }

  async #write(request: ExportRequest): Promise<Result<ExportWritten | null>> {
    const fileName = safeFileName(request.fileName);
    const target = await this.chooseTarget(fileName);
    if (!target) return ok(null);
    const data = typeof request.content === 'string' && fileName.endsWith('.md') ? request.content.replace(/\r\n?/g, '\n') : request.content;
    const pictures = request.attachments ?? [];
    // The folder first, once: an EEXIST from it (a file where the folder should be) is no name clash.
    try {
      await fs.mkdir(dirname(target.path), { recursive: true });
    } catch (error) {
      return err('IO', `Could not write the export: the folder ${dirname(target.path)} cannot be made (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    }
    if (target.confirmedOverwrite) {
      try {
        if (pictures.length > 0 && typeof data === 'string') {
          await writeBriefingWithPictures(target.path, data, pictures, true);
        } else {
          await writeFileAtomic(target.path, data, { overwrite: true });
        }
      } catch (error) {
        return err('IO', `Could not write the export: ${(error as Error).message}`);
      }
      return ok({ fileName: baseName(target.path), path: target.path });
    }
    const ext = extname(target.path);
    const stem = target.path.slice(0, target.path.length - ext.length);
    for (let n = 1; n <= 10_000; n++) {
      const path = n === 1 ? target.path : `${stem}-${n}${ext}`;
      try {
        if (pictures.length > 0 && typeof data === 'string') await writeBriefingWithPictures(path, data, pictures, false);
        else await writeFileAtomic(path, data, { overwrite: false });
        return ok({ fileName: baseName(path), path });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          return err('IO', `Could not write the export: ${(error as Error).message}`);
        }
      }
    }
    return err('IO', 'Could not find a free file name for the export.');
  }
}

/**
 * A briefing and its pictures as one export: `name.md` and `name-files/<picture>`, the Markdown's
 * `dossier-view:` links pointed at the folder actually written. Without `overwrite`, a name whose .md or
 * folder exists is an EEXIST (the caller tries the next name) and nothing is left behind; the folder is
 * made first, the pictures written into it atomically, the .md last, so a briefing never links to a
 * picture that is not there.
 */
async function writeBriefingWithPictures(path: string, markdown: string, pictures: readonly ExportAttachment[], overwrite: boolean): Promise<void> {
  const folderName = attachmentFolder(baseName(path));
  const folder = join(dirname(path), folderName);
  if (!overwrite) {
    // The .md's own name first: a clash there must not leave a folder behind.
    const free = await fs.lstat(path).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
    );
    if (!free) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
  }
  let made = false;
  try {
    if (overwrite) await fs.mkdir(folder, { recursive: true });
    else {
      await fs.mkdir(folder);
      made = true;
    }
    for (const picture of pictures) await writeFileAtomic(join(folder, picture.name), picture.content, { overwrite });
    const known = new Set(pictures.map((p) => p.name));
    const linked = linkViews(markdown, (name) => (known.has(name) ? attachmentLink(folderName, name) : null));
    await writeFileAtomic(path, linked, { overwrite });
  } catch (error) {
    if (made) await fs.rm(folder, { recursive: true, force: true });
    throw error;
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
