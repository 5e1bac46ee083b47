// The packaging configuration (electron-builder.yml): valid for electron-builder itself (its own loader and
// schema check, the one `electron-builder` runs before any build), naming only files the build produces,
// with the fuses we promise and a file association for every format the importer reads.
//
// Building installers needs the Electron binary (downloaded by electron-builder), so it cannot run here.
// It also packs the app with a stand-in Electron folder (`--linux dir`), which
// builds the real app.asar, and checks what is inside it (about 20 s).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_EXTENSIONS } from '../../src-main/import';

const ROOT = resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const CONFIG_FILE = join(ROOT, 'electron-builder.yml');

interface FileAssociation {
  name?: string;
  ext: string | string[];
  role?: string;
  rank?: string;
  mimeType?: string;
}

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack?: string[];
  icon: string;
  directories?: { output?: string; buildResources?: string };
  protocols: { name: string; schemes: string[] }[];
  fileAssociations: FileAssociation[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  mac: { target: string | string[] };
  win: { target: string | string[] };
}

const config = parse(readFileSync(CONFIG_FILE, 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

/** Every file under `dir`, as project-relative paths with '/'. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...walk(rel));
    else out.push(rel);
  }
  return out;
}

/**
 * The patterns we use are plain paths or `folder/**`; anything fancier must be added here on purpose, so a
 * pattern can never silently match nothing.
 */
function matches(pattern: string, file: string): boolean {
  if (/[*?{}[\]!]/.test(pattern.replace(/\/\*\*$/, ''))) throw new Error(`unsupported pattern in the test: ${pattern}`);
  return pattern.endsWith('/**') ? file.startsWith(pattern.slice(0, -2)) : file === pattern;
}

/** Files the build must produce and the packaged app loads (main entry, worker, preload, page, icon). */
const REQUIRED = [
  'out/main/index.js',
  'out/main/parse-worker.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'resources/icon.png',
  'resources/samples',
  'package.json',
];

beforeAll(() => {
  // `npm test` builds before the unit tests; build here only when the output is missing.
  if (!existsSync(join(ROOT, 'out/main/index.js')) || !existsSync(join(ROOT, 'out/renderer/index.html'))) {
    execFileSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
}, 180_000);

describe('electron-builder.yml', () => {
  it('is accepted by electron-builder\'s own loader and schema check, which refuses a misspelt key', async () => {
    // app-builder-lib's config module: getConfig reads electron-builder.yml the way the CLI does, and
    // validateConfiguration checks it against the scheme.json shipped with this electron-builder version.
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig(projectDir: string, configPath: string | null, fromOptions: unknown): Promise<Record<string, unknown>>;
      validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    const debug = { isEnabled: false, add() {} };
    const loaded = await getConfig(ROOT, null, null);
    expect(loaded['appId']).toBe(config.appId);
    await expect(validateConfiguration(structuredClone(loaded), debug)).resolves.toBeUndefined();
    // The check is live: a misspelt fuse and an unknown top-level key are refused.
    const badFuse = { ...structuredClone(loaded), electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(badFuse, debug)).rejects.toThrow(/electronFuses/);
    await expect(validateConfiguration({ ...structuredClone(loaded), asarUnpak: [] }, debug)).rejects.toThrow(/Invalid configuration/);
  }, 60_000);

  it('names the app and its targets: AppImage and deb, dmg, nsis', () => {
    expect(config.productName).toBe('Dossier');
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect([...config.linux.target].sort()).toEqual(['AppImage', 'deb']);
    expect([config.mac.target].flat()).toEqual(['dmg']);
    expect([config.win.target].flat()).toEqual(['nsis']);
  });

  it('flips every fuse as promised', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('associates every extension the importer supports, as a viewer, and registers dossier://', () => {
    const associated = config.fileAssociations.flatMap((a) => [a.ext].flat().map((e) => `.${e.toLowerCase()}`));
    expect(new Set(associated).size).toBe(associated.length);
    expect([...associated].sort()).toEqual([...SUPPORTED_EXTENSIONS].sort());
    for (const a of config.fileAssociations) {
      expect(a.name, JSON.stringify(a)).toBeTruthy();
      expect(a.role).toBe('Viewer');
      expect(a.mimeType, `${a.name}: Linux needs a MIME type`).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    }
    expect(config.protocols.flatMap((p) => p.schemes)).toEqual(['dossier']);
  });

  it('packs only the build output, resources and package.json, and each pattern names files the build produced', () => {
    expect([...config.files].sort()).toEqual(['out/**', 'package.json', 'resources/**']);
    const present = [...walk('out'), ...walk('resources'), 'package.json'];
    for (const pattern of config.files) {
      expect(present.filter((f) => matches(pattern, f)).length, pattern).toBeGreaterThan(0);
    }
    for (const required of REQUIRED) {
      expect(existsSync(join(ROOT, required)), `${required} (run electron-vite build)`).toBe(true);
      const files = statSync(join(ROOT, required)).isDirectory() ? walk(required) : [required];
      expect(files.length, required).toBeGreaterThan(0);
      for (const f of files) expect(config.files.some((p) => matches(p, f)), `${f} is not packed`).toBe(true);
    }
    // package.json's main is what Electron starts.
    expect(relative(ROOT, resolve(ROOT, pkg.main)).replaceAll('\\', '/')).toBe('out/main/index.js');
    // The worker's chunks are packed with it (the worker requires them at run time).
    const chunkRefs = [...readFileSync(join(ROOT, 'out/main/parse-worker.js'), 'utf8').matchAll(/require\("\.\/(chunks\/[^"]+)"\)/g)];
    expect(chunkRefs.length).toBeGreaterThan(0);
    for (const [, chunk] of chunkRefs) expect(existsSync(join(ROOT, 'out/main', chunk!)), chunk).toBe(true);
  });

  it('keeps the worker inside the archive (covered by the integrity check) and the build resources folder apart from resources/', () => {
    // Nothing is unpacked on purpose (see the comment in electron-builder.yml); if that changes, every
    // pattern must name a file the build produces.
    for (const pattern of config.asarUnpack ?? []) {
      expect(walk('out').some((f) => matches(pattern, f)), pattern).toBe(true);
    }
    expect(config.asarUnpack ?? []).toEqual([]);
    // electron-builder leaves `directories.buildResources` out of the app: it must not be resources/.
    expect(config.directories?.buildResources).not.toBe('resources');
  });

  it('uses the PNG icon in resources/', () => {
    expect(config.icon).toBe('resources/icon.png');
    const png = readFileSync(join(ROOT, config.icon));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(height);
    // The dmg (512) and nsis (256) builds need at least this size.
    expect(width).toBeGreaterThanOrEqual(512);
  });

  it('has the dist script and electron-builder as a devDependency only', () => {
    expect(pkg.devDependencies['electron-builder']).toBeTruthy();
    expect(pkg.dependencies['electron-builder']).toBeUndefined();
    expect(pkg.scripts['dist']).toMatch(/electron-vite build && electron-builder/);
  });
});

describe('the packed app (stand-in Electron, --linux dir)', () => {
  it('holds the build and production dependencies in app.asar, no dev tools, only native code unpacked', () => {
    const work = mkdtempSync(join(tmpdir(), 'dossier-pack-'));
    try {
      const fake = join(work, 'electron');
      mkdirSync(fake);
      writeFileSync(join(fake, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
      writeFileSync(join(fake, 'version'), '41.10.0');
      writeFileSync(join(fake, 'LICENSE'), '');
      writeFileSync(join(fake, 'LICENSES.chromium.html'), '');
      // Fuses are written into the real Electron binary, which the stand-in is not: leave them out here.
      const { electronFuses: _fuses, ...rest } = parse(readFileSync(CONFIG_FILE, 'utf8')) as Record<string, unknown>;
      const cfg = join(work, 'config.yml');
      writeFileSync(cfg, JSON.stringify({ ...rest, electronDist: fake, electronVersion: '41.10.0', directories: { output: join(work, 'dist'), buildResources: 'build' } }));
      const run = spawnSync(process.execPath, [require.resolve('electron-builder/cli.js'), '--linux', 'dir', '--x64', '--config', cfg], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const asar = require('@electron/asar') as { listPackage(file: string): string[] };
      const resources = join(work, 'dist', 'linux-unpacked', 'resources');
      const files = asar.listPackage(join(resources, 'app.asar')).map((f) => f.replaceAll('\\', '/'));
      for (const f of ['/out/main/index.js', '/out/main/parse-worker.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json', '/resources/icon.png']) {
        expect(files, f).toContain(f);
      }
      for (const dep of ['pdfjs-dist', 'mammoth', 'linkedom', 'valibot']) expect(files).toContain(`/node_modules/${dep}/package.json`);
      for (const dev of ['electron', 'vitest', 'typescript', 'electron-builder', 'fast-check']) expect(files).not.toContain(`/node_modules/${dev}/package.json`);
      expect(files.some((f) => f.startsWith('/src-') || f.startsWith('/tests/'))).toBe(false);
      // Only native modules (pdf.js's optional canvas, N-API) are unpacked; no JavaScript of ours.
      const unpacked = existsSync(join(resources, 'app.asar.unpacked')) ? walkAbs(join(resources, 'app.asar.unpacked')) : [];
      expect(unpacked.filter((f) => f.endsWith('.js') || f.endsWith('.mjs') || f.endsWith('.cjs'))).toEqual([]);
      console.log(`app.asar: ${files.length} entries; unpacked: ${unpacked.map((f) => relative(resources, f)).join(', ') || 'nothing'}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);
});

function walkAbs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkAbs(join(dir, e.name)) : [join(dir, e.name)]));
}
