// Shared helpers of the library tests: fresh temp folders and small file writers.
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A new empty folder under the system temp folder. */
export async function tempDir(prefix = 'dossier-library-'): Promise<string> {
  return fs.mkdtemp(join(tmpdir(), prefix));
}

/** A fresh library root (created) and a separate folder for source files. */
export async function libraryAndSources(): Promise<{ root: string; sources: string }> {
  const base = await tempDir();
  const root = join(base, 'Library');
  const sources = join(base, 'Incoming');
  await fs.mkdir(root, { recursive: true });
  await fs.mkdir(sources, { recursive: true });
  return { root, sources };
}

export async function write(path: string, content: string | Uint8Array): Promise<string> {
  await fs.mkdir(dirname(path), { recursive: true });
  await fs.writeFile(path, content);
  return path;
}

export function article(title: string, body = 'A plain paragraph of the article.'): string {
  return `${title}\n\n${body}\n`;
}

/** Every file name in a folder, hidden ones included, sorted. */
export async function namesIn(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}
