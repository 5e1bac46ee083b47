// The common start of the importers whose files are zips (DOCX, EPUB): the file-size cap, the zip opened
// under its bomb caps (zip-safety.ts), and damage, wherever it shows, reported in the format's own words.
import { err, type Result } from '../../../src-renderer/core/result';
import { checkFileSize } from './limits';
import { openZip, type SafeZip } from './zip-safety';

export interface ZipFormat {
  /** The file's kind in messages, e.g. "EPUB" or "Word document" ("This EPUB is 300 MB, over ..."). */
  what: string;
  /** The whole message for a damaged file of this kind. */
  damaged: string;
}

/**
 * Opens `bytes` as a zip and hands it to `parse`; never throws. A file over the size cap is TOO_LARGE. Damage
 * the zip finds (when it is opened, or an entry when `parse` reads it) and anything `parse` throws come back
 * as DAMAGED with `format.damaged` as the message: the zip's own words name entries, not the book or the
 * document. Its other errors (TOO_LARGE for a bomb) and whatever `parse` returns pass as they are.
 */
export async function parseZipContainer<T>(
  bytes: Uint8Array,
  format: ZipFormat,
  parse: (zip: SafeZip) => Result<T> | Promise<Result<T>>,
): Promise<Result<T>> {
  const tooBig = checkFileSize<T>(bytes, format.what);
  if (tooBig) return tooBig;
  const damaged = <V>(got: Result<V>): Result<V> => (!got.ok && got.error.code === 'DAMAGED' ? err('DAMAGED', format.damaged) : got);
  try {
    const opened = openZip(bytes);
    if (!opened.ok) return damaged(opened);
    const zip = opened.value;
    return await parse({
      ...zip,
      read: (name) => {
        const got = zip.read(name);
        return got && damaged(got);
      },
      readText: (name) => {
        const got = zip.readText(name);
        return got && damaged(got);
      },
    });
  } catch {
    return err('DAMAGED', format.damaged);
  }
}
