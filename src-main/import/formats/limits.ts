// Size caps shared by the binary-format importers (PDF, DOCX, EPUB, EML) and the messages they return.
// A per-file time limit is enforced by the import worker; these caps keep memory and loops bounded.
import { err, type Result } from '../../../src-renderer/core/result';

const MB = 1024 * 1024;

export const LIMITS = {
  /** Largest input file accepted by any binary-format importer. */
  maxFileBytes: 150 * MB,
  /** Largest total declared uncompressed size of a zip archive (DOCX, EPUB). */
  maxUnzippedBytes: 200 * MB,
  /** Most entries a zip archive may list. */
  maxZipEntries: 20_000,
  /** Compression ratio (uncompressed / archive size) above which a large archive is refused. */
  maxZipRatio: 100,
  /** The ratio rule applies once the declared uncompressed total exceeds this. */
  ratioFloorBytes: 10 * MB,
  /** Most pages read from a PDF. */
  maxPdfPages: 5_000,
  /** Most characters of article text produced by one file. */
  maxTextChars: 50_000_000,
  /** Most MIME parts walked in one e-mail, and the deepest nesting followed. */
  maxMimeParts: 2_000,
  maxMimeDepth: 20,
} as const;

/** Formats a byte count for messages: "200 MB". */
export function formatBytes(n: number): string {
  if (n >= MB) return `${Math.round(n / MB)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** TOO_LARGE when the input file itself is over the cap, else null. */
export function checkFileSize<T>(bytes: Uint8Array, what: string): Result<T> | null {
  if (bytes.byteLength > LIMITS.maxFileBytes) {
    return err('TOO_LARGE', `This ${what} is ${formatBytes(bytes.byteLength)}, over the ${formatBytes(LIMITS.maxFileBytes)} limit.`);
  }
  return null;
}

/** EMPTY when there is no text at all. */
export function emptyError<T>(what: string): Result<T> {
  return err('EMPTY', `This ${what} contains no readable text.`);
}

/** The one-line reason from an unknown thrown value, for logs only (never shown as a stack). */
export function reasonOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
