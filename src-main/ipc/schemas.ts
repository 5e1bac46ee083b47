// Runtime validation of every IPC payload: the renderer is not trusted, so each request is checked
// against a schema before any handler sees it.
import * as v from 'valibot';
import { EXPORT_EXTENSIONS, type ApiName, type Requests } from '../../src-renderer/core/contract';
import { VIEW_FILE_NAME } from '../../src-renderer/core/patterns/briefing-views';

/** Largest export we accept over IPC (UTF-16 code units): far beyond any real briefing. */
export const MAX_EXPORT_CHARS = 50_000_000;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(128), v.regex(/^[A-Za-z0-9_-]+$/));
const importId = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/));

/** Largest pasted article (UTF-16 code units) and largest dropped batch. */
export const MAX_PASTE_CHARS = 20_000_000;
export const MAX_DROPPED_FILES = 500;
export const MAX_DROPPED_BYTES = 200 * 1024 * 1024;
/** A backup of a very large profile (100,000 annotations is about 50 M characters). */
export const MAX_BACKUP_CHARS = 400_000_000;

const fileName = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(255),
  v.check((s) => !/[\u0000-\u001f/\\]/.test(s), 'must not contain control characters or path separators'),
  v.check((s) => s !== '.' && s !== '..', 'must be a file name'),
);

/** Pictures of one briefing (its pattern views): at most this many, of at most MAX_EXPORT_CHARS together. */
export const MAX_ATTACHMENTS = 100;

const exportContent = v.union([
  v.pipe(v.string(), v.maxLength(MAX_EXPORT_CHARS)),
  v.pipe(v.instance(Uint8Array), v.check((b) => b.byteLength <= MAX_EXPORT_CHARS, 'too large')),
]);

/** A briefing's pictures: names like "tag-matrix-1.svg" (no path, no dot file), each once, bounded in size. */
const attachments = v.pipe(
  v.array(v.strictObject({ name: v.pipe(v.string(), v.maxLength(120), v.regex(VIEW_FILE_NAME)), content: exportContent })),
  v.maxLength(MAX_ATTACHMENTS),
  v.check((list) => new Set(list.map((a) => a.name)).size === list.length, 'picture names must differ'),
  v.check((list) => list.reduce((n, a) => n + (typeof a.content === 'string' ? a.content.length : a.content.byteLength), 0) <= MAX_EXPORT_CHARS, 'the pictures are too large'),
);

export const requestSchemas = {
  listLibrary: v.undefined(),
  readArticle: v.strictObject({
    id,
    encoding: v.optional(v.pipe(v.string(), v.maxLength(40), v.regex(/^[A-Za-z0-9_.:-]+$/))),
  }),
  writeExport: v.pipe(
    v.strictObject({
      fileName: v.pipe(
        fileName,
        v.check((name) => EXPORT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)), 'unsupported export type'),
      ),
      content: exportContent,
      attachments: v.optional(attachments),
    }),
    v.check((r) => !r.attachments || (r.fileName.toLowerCase().endsWith('.md') && typeof r.content === 'string'), 'only a Markdown briefing has pictures'),
  ),
  writeBackup: v.strictObject({
    json: v.pipe(v.string(), v.minLength(2), v.maxLength(MAX_BACKUP_CHARS)),
    noteCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    reason: v.picklist(['manual', 'daily', 'quit']),
  }),
  listBackups: v.undefined(),
  readBackup: v.strictObject({ name: v.pipe(v.string(), v.maxLength(64), v.regex(/^dossier-[0-9-]+\.json$/)) }),
  checkNotes: v.strictObject({ noteCount: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  openForImport: v.strictObject({ kind: v.picklist(['qdc', 'qdpx', 'backup']) }),
  getSettings: v.undefined(),
  chooseLibraryFolder: v.undefined(),
  chooseExportFolder: v.undefined(),
  setKeepBackups: v.strictObject({ keep: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)) }),
  openExternal: v.strictObject({ url: v.pipe(v.string(), v.maxLength(4096)) }),
  revealExport: v.strictObject({ path: v.pipe(v.string(), v.minLength(1), v.maxLength(4096)) }),
  copyExportPath: v.strictObject({ path: v.pipe(v.string(), v.minLength(1), v.maxLength(4096)) }),
  writePdf: v.strictObject({
    fileName: v.pipe(fileName, v.check((n) => n.toLowerCase().endsWith('.pdf'), 'must be a .pdf name')),
    markdown: v.pipe(v.string(), v.maxLength(MAX_EXPORT_CHARS)),
    title: v.pipe(v.string(), v.maxLength(300)),
    images: v.optional(attachments),
  }),
  importFiles: v.strictObject({ importId, kind: v.picklist(['files', 'folder']) }),
  importDropped: v.strictObject({
    importId,
    files: v.pipe(
      v.array(v.strictObject({ name: fileName, bytes: v.instance(Uint8Array) })),
      v.maxLength(MAX_DROPPED_FILES),
      v.check((files) => files.reduce((n, f) => n + f.bytes.byteLength, 0) <= MAX_DROPPED_BYTES, 'the dropped files are too large'),
    ),
  }),
  cancelImport: v.strictObject({ importId }),
  pasteArticle: v.strictObject({
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PASTE_CHARS)),
    html: v.boolean(),
    title: v.optional(v.pipe(v.string(), v.maxLength(300))),
  }),
  deleteArticle: v.strictObject({ id }),
  forgetArticle: v.strictObject({ id }),
} satisfies { [K in ApiName]: v.GenericSchema<Requests[K]> };
