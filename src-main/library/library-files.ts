// Small file helpers shared by the library services: walking folders, hashing bytes, library-relative paths,
// and placing a file in the library under a free name without ever overwriting (temp file, then link).
import { createHash, randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { ArticleFormat } from '../../src-renderer/core/article';
import { TEMP_SUFFIX } from '../files/atomic-write';
import { SUPPORTED_EXTENSIONS } from '../import';

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Library-relative path with '/' separators. */
export function toRelPath(root: string, absPath: string): string {
  return relative(root, absPath).split(sep).join('/');
}

export function formatOf(name: string): ArticleFormat | 'unknown' {
  const ext = extname(name).toLowerCase();
  const known: Record<string, ArticleFormat> = {
    '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
    '.mhtml': 'mhtml', '.mht': 'mhtml', '.pdf': 'pdf', '.docx': 'docx', '.epub': 'epub', '.eml': 'eml',
  };
  return SUPPORTED_EXTENSIONS.includes(ext) ? (known[ext] ?? 'unknown') : 'unknown';
}

/** Every non-hidden regular file below `root`, skipping hidden folders (the app's `.dossier` among them) and symlinks. */
export async function walkFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) out.push(full);
    }
  }
  return out;
}

export class AbortedError extends Error {
  constructor() {
    super('Cancelled.');
  }
}

export interface PlaceOptions {
  signal?: AbortSignal;
  /** Bytes written per step; the signal is checked between steps. */
  chunkBytes?: number;
  /** Test hook: called after each chunk is written to the temp file. */
  onTempWrite?: (tempPath: string, written: number) => void;
}

/**
 * Writes `bytes` into `dir` as `name`, or "name (2).ext", "name (3).ext"... when taken; never overwrites.
 * The bytes go to a hidden temp file (`.<name>.<random>.dossier-tmp`, which the watcher ignores) that is then
 * hard-linked under the final name in one step, so a reader sees the whole file or none. On abort or error
 * the temp file is removed and nothing appears. No fsync: the original still exists while importing.
 * Returns the final file name.
 */
/**
 * A name every desktop OS can hold: Windows refuses device names (`CON`, `aux.md`, `LPT1.txt`...) and
 * names ending in a dot or space, so such a name gets a leading underscore or loses the trailing dots.
 */
export function portableName(name: string): string {
  let out = name.replace(/[. ]+$/, '') || '_';
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i.test(out)) out = `_${out}`;
  return out;
}

export async function placeNewFile(dir: string, rawName: string, bytes: Uint8Array, options: PlaceOptions = {}): Promise<string> {
  const { signal, chunkBytes = 1024 * 1024 } = options;
  const name = portableName(rawName);
  if (signal?.aborted) throw new AbortedError();
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    try {
      let written = 0;
      do {
        const end = Math.min(bytes.byteLength, written + chunkBytes);
        await handle.write(bytes, written, end - written, written);
        written = end;
        options.onTempWrite?.(temp, written);
        if (signal?.aborted) throw new AbortedError();
      } while (written < bytes.byteLength);
    } finally {
      await handle.close();
    }
    for (let n = 1; n < 10_000; n++) {
      const candidate = n === 1 ? name : numbered(name, n);
      if (await linkNoClobber(temp, join(dir, candidate))) return candidate;
    }
    throw new Error('No free file name.');
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** "Report.pdf", 2 -> "Report (2).pdf"; "notes", 3 -> "notes (3)". */
export function numbered(name: string, n: number): string {
  const ext = extname(name);
  const stem = ext && ext !== name ? name.slice(0, -ext.length) : name;
  return `${stem} (${n})${ext && ext !== name ? ext : ''}`;
}

/** True when `to` was created; false when it already exists. Falls back to an exclusive copy without hard links. */
async function linkNoClobber(from: string, to: string): Promise<boolean> {
  try {
    await fs.link(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
  }
  try {
    await fs.copyFile(from, to, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** A file name safe on Windows, macOS and Linux, from a title typed or pasted by the user. */
export function safeFileStem(title: string, fallback: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80)
    .trim();
  return cleaned || fallback;
}

/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, run));
  return results;
}
