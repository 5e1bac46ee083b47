// patch-package applies each file in patches/ to the exact version named in the file's name, and only
// warns when another version is installed: the patch would then be skipped, or land on code it was not
// written for. So the patched packages are pinned, and this test fails loudly if anything drifts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

interface PatchedPackage {
  file: string;
  name: string;
  version: string;
}

/** `@mozilla+readability+0.6.0.patch` -> @mozilla/readability 0.6.0 (patch-package's naming). */
function patchedPackages(): PatchedPackage[] {
  return readdirSync(join(ROOT, 'patches'))
    .filter((file) => file.endsWith('.patch'))
    .map((file) => {
      const parts = file.slice(0, -'.patch'.length).split('+');
      const version = parts.pop()!;
      return { file, name: parts.join('/'), version };
    });
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

describe('patched dependencies', () => {
  const patched = patchedPackages();

  it('finds the patches (linkedom and Readability)', () => {
    expect(patched.map((p) => p.name).sort()).toEqual(['@mozilla/readability', 'linkedom']);
  });

  it('declares each patched package at exactly the patch’s version, in package.json and the lock file', () => {
    const manifest = readJson(join(ROOT, 'package.json'));
    const lock = readJson(join(ROOT, 'package-lock.json')) as { packages: Record<string, { version?: string; dependencies?: Record<string, string> }> };
    const declared = { ...(manifest['dependencies'] as Record<string, string>), ...(manifest['devDependencies'] as Record<string, string>) };
    for (const { file, name, version } of patched) {
      expect(declared[name], `package.json must pin ${name} to ${version} exactly (patches/${file} is made for it), not a range`).toBe(version);
      expect(lock.packages['']?.dependencies?.[name], `package-lock.json's root entry for ${name}: run npm install`).toBe(version);
      expect(lock.packages[`node_modules/${name}`]?.version, `package-lock.json locks ${name} at another version than patches/${file}`).toBe(version);
    }
  });

  it('has exactly the patch’s version installed', () => {
    for (const { file, name, version } of patched) {
      const installed = readJson(join(ROOT, 'node_modules', ...name.split('/'), 'package.json'))['version'];
      expect(
        installed,
        `node_modules has ${name} ${String(installed)}, but patches/${file} is for ${version}: ` +
          `run npm ci, or remake the patch for the new version (npx patch-package ${name}) and re-run the guards in tests/main/import/readability.test.ts`,
      ).toBe(version);
    }
  });
});
