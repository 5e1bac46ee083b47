// Security decisions as small pure functions, each with its own tests: which URLs are the app's,
// which IPC senders are trusted, which paths stay inside their root, and the Content-Security-Policy.
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** The renderer's origin in production: a custom privileged scheme, stable across builds and launches. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The renderer's Content-Security-Policy: nothing remote, no inline script, no eval, no plugins, no frames.
 * Images only from the app itself and data:/blob: (embedded images of imported pages).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "child-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True when `url` parses and has exactly one of the allowed origins. Malformed URLs are never allowed. */
export function isAllowedOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Custom schemes registered as "standard" report a real origin in Electron; compare by scheme+host too.
  const origin = parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  return allowedOrigins.includes(origin);
}

export interface SenderFrame {
  url: string;
  /** True when the frame is the window's top frame (not an iframe). */
  isMainFrame: boolean;
}

/** IPC is accepted only from the top frame of a page served from an allowed origin. */
export function isTrustedSender(frame: SenderFrame | null | undefined, allowedOrigins: readonly string[]): boolean {
  return !!frame && frame.isMainFrame && isAllowedOrigin(frame.url, allowedOrigins);
}

/**
 * Resolves `untrusted` (a relative path, possibly URL-decoded from a request) inside `root`.
 * Returns null for anything that would leave the root: `..`, absolute paths, NUL bytes, drive letters.
 */
export function resolveInside(root: string, untrusted: string): string | null {
  if (untrusted.includes('\0')) return null;
  if (isAbsolute(untrusted) || /^[a-zA-Z]:/.test(untrusted) || untrusted.startsWith('\\')) return null;
  const base = resolve(root);
  const target = resolve(base, untrusted);
  const rel = relative(base, target);
  if (rel === '') return target;
  if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return target;
}

/** A web address the system browser may open: http or https only, parsed, never a file or script URL. */
export function externalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}

/** Permission requests (camera, notifications, geolocation, ...): Dossier needs none, so all are denied. */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}
