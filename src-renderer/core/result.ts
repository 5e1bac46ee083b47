// Failure as a value: every call across the IPC bridge resolves to a Result and never rejects.

export type ErrorCode =
  | 'INVALID_PAYLOAD'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'TOO_LARGE'
  | 'UNSUPPORTED'
  | 'DAMAGED'
  | 'NOT_TEXT'
  | 'EMPTY'
  | 'IO'
  | 'CANCELLED'
  | 'INTERNAL';

export interface AppError {
  code: ErrorCode;
  /** A sentence a user can read; never a stack trace. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
