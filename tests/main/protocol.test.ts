import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAppRequest, respondFromRenderer } from '../../src-main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../src-main/security/policy';

let base: string;
let rendererDir: string;

beforeAll(async () => {
  base = await fs.mkdtemp(join(tmpdir(), 'dossier-protocol-'));
  rendererDir = join(base, 'renderer');
  await fs.mkdir(join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
  await fs.writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await fs.writeFile(join(base, 'secret.txt'), 'secret');
  await fs.symlink(join(base, 'secret.txt'), join(rendererDir, 'assets', 'leak.js'));
});

describe('resolveAppRequest', () => {
  it('maps app URLs to files in the renderer folder, / to index.html', () => {
    expect(resolveAppRequest('/r', 'app://dossier/')).toBe('/r/index.html');
    expect(resolveAppRequest('/r', 'app://dossier/assets/app.js?v=1')).toBe('/r/assets/app.js');
  });

  it('keeps dot segments that URL parsing normalises inside the renderer folder', () => {
    expect(resolveAppRequest('/r', 'app://dossier/../secret.txt')).toBe('/r/secret.txt');
    expect(resolveAppRequest('/r', 'app://dossier/%2e%2e/%2e%2e/secret.txt')).toBe('/r/secret.txt');
  });

  it('refuses other hosts, other schemes and traversal, also percent-encoded', () => {
    for (const url of [
      'app://other/index.html',
      'file:///r/index.html',
      'app://dossier/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://dossier/%00index.html',
      'app://dossier/%E0%A4%A',
    ]) {
      expect(resolveAppRequest('/r', url), url).toBeNull();
    }
  });
});

describe('respondFromRenderer', () => {
  it('serves files with their type and the Content-Security-Policy', async () => {
    const response = await respondFromRenderer(rendererDir, 'app://dossier/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files, traversal and symlinks that lead outside', async () => {
    for (const url of ['app://dossier/missing.js', 'app://dossier/%2e%2e/secret.txt', 'app://dossier/assets/leak.js']) {
      const response = await respondFromRenderer(rendererDir, url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});
