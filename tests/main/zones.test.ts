// The zone rules of ARCHITECTURE.md, enforced: each zone imports only what it may.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../src-renderer/core/contract';

const ROOT = resolve(__dirname, '../..');
/**
 * The renderer modules that build the running app's dependencies: over `window.api` and the db instance, and
 * the search worker's entry over the search index's own database, and the pattern views' worker over its own
 * connection to the app's database.
 */
const APP_DEPS_BUILDERS = ['src-renderer/app/browser-deps.ts', 'src-renderer/app/search/search.worker.ts', 'src-renderer/app/patterns/patterns.worker.ts'];

function filesUnder(dir: string, exts = ['.ts', '.svelte']): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(full);
  }
  return out;
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)) {
    specs.push((m[1] ?? m[2] ?? m[3])!);
  }
  return specs;
}

function resolved(file: string, spec: string): string {
  return spec.startsWith('.') ? relative(ROOT, resolve(file, '..', spec)).split('\\').join('/') : spec;
}

describe('zone boundaries', () => {
  it('core imports nothing from electron, node, the DOM, dexie, svelte or the other zones', () => {
    const core = join(ROOT, 'src-renderer/core');
    const allowedPackages = ['approx-string-match', 'valibot', 'fflate', '@orama/stemmers/english', '@orama/stemmers/russian'];
    const offences: string[] = [];
    for (const file of filesUnder(core)) {
      for (const spec of importsOf(file)) {
        const target = resolved(file, spec);
        const ok = spec.startsWith('.') ? target.startsWith('src-renderer/core/') || target === 'src-renderer/core' : allowedPackages.includes(spec);
        if (!ok) offences.push(`${relative(ROOT, file)} -> ${spec}`);
      }
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (/\b(document|window|localStorage|indexedDB)\s*\./.test(text)) offences.push(`${relative(ROOT, file)} uses a DOM global`);
    }
    expect(offences).toEqual([]);
  });

  it('the preload imports only electron and the contract', () => {
    const offences = filesUnder(join(ROOT, 'src-main/preload')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec !== 'electron' && resolved(file, spec) !== 'src-renderer/core/contract')
        .map((spec) => `${relative(ROOT, file)} -> ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('main imports electron only at its edges (the entry and the window); other modules take it as parameters', () => {
    // A type-only import is erased in the build, so such a module still loads in Node (and in unit tests).
    const edges = ['src-main/index.ts', 'src-main/window.ts'];
    const offences = filesUnder(join(ROOT, 'src-main')).flatMap((file) => {
      const rel = relative(ROOT, file).split('\\').join('/');
      if (edges.includes(rel) || rel.startsWith('src-main/preload/')) return [];
      const typeOnly = [...readFileSync(file, 'utf8').matchAll(/import\s+type\s[^'"]*?from\s+['"]electron['"]/g)].length;
      const all = importsOf(file).filter((spec) => spec === 'electron').length;
      return all > typeOnly ? [`${rel} imports electron`] : [];
    });
    expect(offences).toEqual([]);
  });

  it('the importers use Uint8Array and TextDecoder, never Node\'s Buffer', () => {
    // They take and give Uint8Array; a Node global there hid Node-only decoding (latin1, lenient base64)
    // in code that reads as portable. The replacements are checked against Buffer in
    // tests/main/formats/mime-bytes.test.ts.
    const offences = filesUnder(join(ROOT, 'src-main/import')).flatMap((file) => {
      const rel = relative(ROOT, file).split('\\').join('/');
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const found = /\bBuffer\b/.test(code) ? [`${rel} uses Buffer`] : [];
      return [...found, ...importsOf(file).filter((spec) => spec === 'buffer' || spec === 'node:buffer').map((spec) => `${rel} -> ${spec}`)];
    });
    expect(offences).toEqual([]);
  });

  it('main reaches the renderer only through core', () => {
    const offences = filesUnder(join(ROOT, 'src-main')).flatMap((file) =>
      importsOf(file)
        .map((spec) => resolved(file, spec))
        .filter((target) => target.startsWith('src-renderer/') && !target.startsWith('src-renderer/core/'))
        .map((target) => `${relative(ROOT, file)} -> ${target}`),
    );
    expect(offences).toEqual([]);
  });

  it('the renderer never imports main-process code, node or electron', () => {
    const offences = filesUnder(join(ROOT, 'src-renderer')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec === 'electron' || spec.startsWith('node:') || resolved(file, spec).startsWith('src-main/'))
        .map((spec) => `${relative(ROOT, file)} -> ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('only the db folder imports dexie, and only the builder of the app\'s dependencies imports the db instance', () => {
    const offences = filesUnder(join(ROOT, 'src-renderer')).flatMap((file) => {
      const rel = relative(ROOT, file).split('\\').join('/');
      return importsOf(file)
        .filter((spec) => spec === 'dexie' || resolved(file, spec) === 'src-renderer/db/db')
        .filter(() => !rel.startsWith('src-renderer/db/') && !APP_DEPS_BUILDERS.includes(rel))
        .map((spec) => `${rel} -> ${spec}`);
    });
    expect(offences).toEqual([]);
  });

  it('state classes and components are handed the API and the repositories, never reach for them', () => {
    const renderer = [...filesUnder(join(ROOT, 'src-renderer/app')), ...filesUnder(join(ROOT, 'src-renderer/features')), join(ROOT, 'src-renderer/App.svelte')];
    const offences = renderer.flatMap((file) => {
      const rel = relative(ROOT, file).split('\\').join('/');
      if (APP_DEPS_BUILDERS.includes(rel)) return [];
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const found: string[] = [];
      if (/\bwindow\.api\b/.test(text)) found.push(`${rel} uses window.api`);
      // Values from the db folder (repositories, the instance) come through AppDeps; types may be imported.
      for (const m of text.matchAll(/import\s+(type\s+)?([^'"]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
        const target = resolved(file, m[3]!);
        if (!target.startsWith('src-renderer/db') || m[1]) continue;
        const names = m[2]!.replace(/[{}]/g, '').split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '));
        // Dexie's liveQuery holds no database: it follows whichever one its query reads.
        const values = names.filter((n) => !(rel === 'src-renderer/app/live-query.svelte.ts' && n === 'liveQuery'));
        if (values.length > 0) found.push(`${rel} imports ${values.join(', ')} from ${m[3]}`);
      }
      return found;
    });
    expect(offences).toEqual([]);
  });

  it('no channel string is written outside the contract', () => {
    const offences = [...filesUnder(join(ROOT, 'src-main')), ...filesUnder(join(ROOT, 'src-renderer'))]
      .filter((file) => !file.endsWith('core/contract.ts'))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return Object.values(channels)
          .filter((channel) => text.includes(`'${channel}'`) || text.includes(`"${channel}"`) || text.includes(`\`${channel}\``))
          .map((channel) => `${relative(ROOT, file)} writes ${channel}`);
      });
    expect(offences).toEqual([]);
  });
});
