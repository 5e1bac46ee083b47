// The `app://dossier/` protocol that serves the built renderer: a stable, privileged origin, so the
// renderer's IndexedDB survives rebuilds and launches. Requests cannot escape the renderer folder.
import { promises as fs } from 'node:fs';
import { extname, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY, resolveInside } from './security/policy';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Maps an `app://dossier/...` URL to a file inside `rendererDir`, or null if it is not ours or escapes. */
export function resolveAppRequest(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const relativePath = pathname.replace(/^\/+/, '') || 'index.html';
  return resolveInside(rendererDir, relativePath);
}

/** Builds the protocol's response for a request URL: the file with its type and the CSP, or 404. */
export async function respondFromRenderer(rendererDir: string, url: string): Promise<Response> {
  const path = resolveAppRequest(rendererDir, url);
  if (!path) return new Response('Not found', { status: 404 });
  try {
    // A symlink inside the renderer folder must not lead outside it.
    const root = await fs.realpath(rendererDir);
    const real = await fs.realpath(path);
    if (!real.startsWith(root + sep)) return new Response('Not found', { status: 404 });
    const body = await fs.readFile(real);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': MIME[extname(real).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Scheme privileges: must be registered before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
} as const;
