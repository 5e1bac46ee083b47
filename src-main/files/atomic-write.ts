// Crash-safe file writes: the data goes to a temp file in the same folder, is flushed, and then appears
// under its final name in one step, so a reader sees the old file, the new file, or none: never half a file.
import { randomBytes } from 'node:crypto';
import { promises as fs, constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const TEMP_SUFFIX = '.dossier-tmp';

export interface AtomicWriteOptions {
  /** Replace an existing file (the app's own files). When false, an existing file makes the write fail with EEXIST. */
  overwrite: boolean;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (options.overwrite) {
      await fs.rename(temp, path);
    } else {
      await linkWithoutOverwrite(temp, path);
      await fs.unlink(temp);
    }
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** A hard link fails with EEXIST instead of replacing; file systems without links fall back to an exclusive copy. */
async function linkWithoutOverwrite(from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    await fs.copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

async function syncDirectory(dir: string): Promise<void> {
  // Flushing a directory is not possible on Windows; the rename is still atomic there.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
