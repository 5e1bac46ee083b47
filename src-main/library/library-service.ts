// The library folder: creating and seeding it, listing its articles, and reading one into the article
// model. Pure Node: Electron only tells it where the folder is.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Article, ArticleFormat } from '../../src-renderer/core/article';
import type { LibraryEntry } from '../../src-renderer/core/contract';
import { err, ok, type Result } from '../../src-renderer/core/result';
import { parseArticleFile, SUPPORTED_EXTENSIONS } from '../import';
import type { ParsedArticle } from '../import/model';

/** The app's own folder inside the library: never imported as articles. */
export const APP_DIR = '.dossier';

/** Stable article id from the library-relative path (URL- and key-safe). */
export function articleIdFor(relPath: string): string {
  return createHash('sha256').update(relPath.normalize('NFC')).digest('base64url').slice(0, 22);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

interface CachedParse {
  size: number;
  mtimeMs: number;
  result: Result<ParsedArticle>;
}

export class LibraryService {
  readonly root: string;
  #paths = new Map<string, string>();
  #parsed = new Map<string, CachedParse>();

  constructor(root: string) {
    this.root = root;
  }

  /** Creates the library folder on first run, seeded with copies of the sample articles. */
  async ensure(samplesDir?: string): Promise<void> {
    const existed = await isDirectory(this.root);
    await fs.mkdir(join(this.root, APP_DIR), { recursive: true });
    if (existed || !samplesDir) return;
    for (const name of await fs.readdir(samplesDir)) {
      await fs.copyFile(join(samplesDir, name), join(this.root, name));
    }
  }

  async list(): Promise<Result<LibraryEntry[]>> {
    let files: string[];
    try {
      files = await walk(this.root);
    } catch (error) {
      return err('IO', `The library folder cannot be read: ${(error as Error).message}`);
    }
    const entries: LibraryEntry[] = [];
    for (const file of files) entries.push(await this.#entryFor(file));
    entries.sort((a, b) => a.title.localeCompare(b.title));
    return ok(entries);
  }

  async read(id: string): Promise<Result<Article>> {
    let relPath = this.#paths.get(id);
    if (!relPath) {
      await this.list();
      relPath = this.#paths.get(id);
    }
    if (!relPath) return err('NOT_FOUND', 'This article is no longer in the library.');
    const parsed = await this.#parse(relPath);
    if (!parsed.ok) return parsed;
    const { value } = parsed;
    return ok({ ...value, id, path: relPath, contentHash: sha256Hex(value.text) });
  }

  async #entryFor(absPath: string): Promise<LibraryEntry> {
    const relPath = relative(this.root, absPath).split(sep).join('/');
    const id = articleIdFor(relPath);
    this.#paths.set(id, relPath);
    const name = relPath.split('/').pop() ?? relPath;
    const base: LibraryEntry = { id, path: relPath, title: name, format: formatOf(name), size: 0, modifiedAt: 0 };
    const parsed = await this.#parse(relPath);
    const cached = this.#parsed.get(relPath);
    if (cached) Object.assign(base, { size: cached.size, modifiedAt: cached.mtimeMs });
    if (!parsed.ok) return { ...base, problem: parsed.error };
    const { title, source, published } = parsed.value;
    return { ...base, title: title || name, ...(source ? { source } : {}), ...(published ? { published } : {}) };
  }

  /** Parses a file, reusing the last result while its size and modification time are unchanged. */
  async #parse(relPath: string): Promise<Result<ParsedArticle>> {
    const absPath = join(this.root, relPath);
    let stat;
    try {
      stat = await fs.stat(absPath);
    } catch {
      return err('NOT_FOUND', 'The file is missing.');
    }
    const cached = this.#parsed.get(relPath);
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.result;
    let result: Result<ParsedArticle>;
    try {
      const bytes = await fs.readFile(absPath);
      result = await parseArticleFile(relPath.split('/').pop() ?? relPath, new Uint8Array(bytes));
    } catch (error) {
      result = err('IO', `The file cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'I/O error'}.`);
    }
    this.#parsed.set(relPath, { size: stat.size, mtimeMs: stat.mtimeMs, result });
    return result;
  }
}

function formatOf(name: string): ArticleFormat | 'unknown' {
  const ext = extname(name).toLowerCase();
  const known: Record<string, ArticleFormat> = {
    '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html',
    '.pdf': 'pdf', '.docx': 'docx', '.epub': 'epub', '.eml': 'eml',
  };
  return SUPPORTED_EXTENSIONS.includes(ext) ? (known[ext] ?? 'unknown') : 'unknown';
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Every non-hidden file below `root`, skipping hidden folders (the app's `.dossier` among them). */
async function walk(root: string): Promise<string[]> {
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
