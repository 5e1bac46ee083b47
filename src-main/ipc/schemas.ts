// Runtime validation of every IPC payload: the renderer is not trusted, so each request is checked
// against a schema before any handler sees it.
import * as v from 'valibot';
import type { ApiName, Requests } from '../../src-renderer/core/contract';

/** Largest export we accept over IPC (UTF-16 code units): far beyond any real briefing. */
export const MAX_EXPORT_CHARS = 50_000_000;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(128), v.regex(/^[A-Za-z0-9_-]+$/));

const fileName = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(255),
  v.check((s) => !/[\u0000-\u001f/\\]/.test(s), 'must not contain control characters or path separators'),
);

export const requestSchemas = {
  listLibrary: v.undefined(),
  readArticle: v.strictObject({ id }),
  writeExport: v.strictObject({
    fileName,
    content: v.pipe(v.string(), v.maxLength(MAX_EXPORT_CHARS)),
  }),
} satisfies { [K in ApiName]: v.GenericSchema<Requests[K]> };
