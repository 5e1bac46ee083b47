// Deleting an article: its file goes to the trash (Electron's shell.trashItem in the app, a folder in tests);
// nothing else is removed, and its notes stay in the renderer's database.
import { promises as fs } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { err, ok, type Result } from '../../src-renderer/core/result';
import { APP_DIR } from './library-meta';
import type { LibraryService } from './library-service';
import { numbered } from './library-files';

/** Moves one file to a trash; rejects on failure. The app injects `(path) => shell.trashItem(path)`. */
export type TrashItem = (absolutePath: string) => Promise<void>;

/** A trash for tests and systems without one: moves files into `<library>/.dossier/trash/`, never overwriting. */
export function folderTrash(libraryRoot: string): TrashItem {
  const dir = join(libraryRoot, APP_DIR, 'trash');
  return async (absolutePath) => {
    await fs.mkdir(dir, { recursive: true });
    const name = basename(absolutePath);
    for (let n = 1; n < 10_000; n++) {
      const target = join(dir, n === 1 ? name : numbered(name, n));
      try {
        await fs.link(absolutePath, target); // fails if taken: never replaces an earlier trashed file
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw error;
      }
      await fs.unlink(absolutePath);
      return;
    }
    throw new Error('The trash folder is full.');
  };
}

export interface TrashedArticle {
  id: string;
  /** The library-relative path it had. */
  path: string;
}

/**
 * `delete(id)`: checks that the id names a regular file inside the library (not the app's folder, not a
 * symlink), hands it to the trash, then tells the library to forget the file, so it is not listed as
 * "removed from the library folder". Annotations for the id are the renderer's and are kept.
 */
export class ArticleTrash {
  readonly #library: LibraryService;
  readonly #trashItem: TrashItem;

  constructor(library: LibraryService, trashItem: TrashItem) {
    this.#library = library;
    this.#trashItem = trashItem;
  }

  async delete(id: string): Promise<Result<TrashedArticle>> {
    const relPath = await this.#library.pathOf(id);
    if (!relPath) return err('NOT_FOUND', 'This article is no longer in the library.');
    const root = resolve(this.#library.root);
    const absolute = resolve(root, relPath);
    if (!absolute.startsWith(root + sep) || relPath.split('/').some((part) => part.startsWith('.') || part === APP_DIR)) {
      return err('FORBIDDEN', 'Only articles in the library folder can be deleted.');
    }
    const stat = await fs.lstat(absolute).catch(() => null);
    if (!stat) {
      return err('NOT_FOUND', 'The file was removed from the library folder.');
    }
    if (!stat.isFile()) return err('FORBIDDEN', 'Only article files can be deleted.');
    try {
      await this.#trashItem(absolute);
    } catch (error) {
      return err('IO', `The file could not be moved to the trash: ${(error as Error).message}`);
    }
    await this.#library.noteDeleted(relPath);
    return ok({ id, path: relPath });
  }
}
