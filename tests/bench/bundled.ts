// The app never runs its TypeScript through tsx: the renderer and the parse worker are bundles, where a
// call into another module is a plain call. Under tsx each imported binding is a getter, a call per use,
// which adds 10-20% to tight loops (segmenting, rendering a briefing). Bench cases for pure core code
// therefore time a bundle of the module, built here with esbuild, as the app's bundler would build it.
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** The module at `entry` (a path from the project root), bundled with its imports and loaded. */
export function bundled<T>(entry: string): T {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-bundle-'));
  const outfile = join(dir, 'module.cjs');
  try {
    buildSync({ entryPoints: [join(root, entry)], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(outfile) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
