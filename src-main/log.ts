// The main process's log file: one line per event (time, level, message) in `<dir>/dossier.log`, rotated
// at about 1 MB with the last 3 files kept (dossier.log, dossier.log.1, dossier.log.2).
// What is logged is codes, counts and file names only: never note text, article text or a payload. The
// callers keep to that (tests/main/log.test.ts pushes a note through the IPC path and reads the file);
// this module only makes sure a line stays one short line and that logging never throws.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_FILE = 'dossier.log';
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 3;
/** A message longer than this is cut: a log line is a code, a count or a file name, not a document. */
export const LOG_MAX_MESSAGE = 400;

export type LogLevel = 'INFO' | 'WARN' | 'ERROR';

export interface LoggerOptions {
  /** Rotate when the file would grow past this many bytes (default 1 MB). */
  maxBytes?: number;
  /** Files kept, the current one included (default 3). */
  keep?: number;
  now?: () => Date;
}

export interface Logger {
  /** The current log file. */
  readonly path: string;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** `(line) => void` at INFO: what `startServices({ log })` and `createDispatch(handlers, log)` take. */
  readonly log: (message: string) => void;
}

/** One line: no control characters (so a message can never forge a second line), at most LOG_MAX_MESSAGE. */
export function formatLine(time: Date, level: LogLevel, message: string): string {
  let clean = message.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  if (clean.length > LOG_MAX_MESSAGE) clean = `${clean.slice(0, LOG_MAX_MESSAGE)}…`;
  return `${time.toISOString()} ${level} ${clean}\n`;
}

/**
 * A logger writing to `<dir>/dossier.log` (the folder is created on the first line). In the app: `dir` is
 * `<library>/.dossier/logs` (or `<userData>/logs`). Writes are synchronous appends, so lines keep their
 * order and the last one before a crash is on disk; the main process logs rarely.
 */
export function createLogger(dir: string, options: LoggerOptions = {}): Logger {
  const maxBytes = Math.max(256, options.maxBytes ?? LOG_MAX_BYTES);
  const keep = Math.max(1, Math.floor(options.keep ?? LOG_KEEP));
  const now = options.now ?? (() => new Date());
  const path = join(dir, LOG_FILE);
  let size: number | null = null;

  const rotate = (): void => {
    rmSync(`${path}.${keep - 1}`, { force: true });
    for (let i = keep - 2; i >= 1; i--) {
      try {
        renameSync(`${path}.${i}`, `${path}.${i + 1}`);
      } catch {
        // Not there yet.
      }
    }
    if (keep > 1) renameSync(path, `${path}.1`);
    else rmSync(path, { force: true });
    size = 0;
  };

  const write = (level: LogLevel, message: string): void => {
    try {
      const line = formatLine(now(), level, message);
      const bytes = Buffer.byteLength(line);
      if (size === null) {
        mkdirSync(dir, { recursive: true });
        try {
          size = statSync(path).size;
        } catch {
          size = 0;
        }
      }
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(path, line, { mode: 0o600 });
      size += bytes;
    } catch {
      // A full disk or a removed folder must never stop the app; forget the size and try again next time.
      size = null;
    }
  };

  return {
    path,
    info: (message) => write('INFO', message),
    warn: (message) => write('WARN', message),
    error: (message) => write('ERROR', message),
    log: (message) => write('INFO', message),
  };
}
