// IPC fuzzing: random and malicious payloads on every channel of the contract, through the real dispatch
// and the real services over a temp library (in-process parsing, no watcher, exports into a folder).
// Every call must resolve to a Result; payloads that break the schema get INVALID_PAYLOAD; nothing is read
// or written outside the library, the export folder and the importer's own drop folders (traced on
// fs.promises and the sync fs calls, with symlinks resolved); a sentinel folder outside, reachable through
// symlinks inside the library, stays byte for byte the same and its content never comes back; and
// Object.prototype is not polluted. FUZZ_RUNS scales the random runs (default below keeps it < 20 s).
import { createHash } from 'node:crypto';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, lstatSync, readlinkSync, writeFileSync, symlinkSync, rmSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../src-main/ipc/dispatch';
import { folderTarget } from '../../src-main/export/export-service';
import { startServices, type RunningServices } from '../../src-main/services';
import { apiNames, EXPORT_EXTENSIONS, type ApiName } from '../../src-renderer/core/contract';

const ROOT = resolve(__dirname, '../..');
// The CommonJS fs object: writable, and the one whose functions `import { x } from 'node:fs'` gets after
// syncBuiltinESMExports(); `fs.promises` is shared by both.
const nodeFs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1) || 1;
const SECRET = `SENTINEL-${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 24)}`;

const realTmp = realpathSync(tmpdir());
const base = mkdtempSync(join(realTmp, 'dossier-ipcfuzz-'));
const library = join(base, 'library');
const exportDir = join(base, 'export');
const sentinel = join(base, 'sentinel');

// ---- file-system tracing -------------------------------------------------------------------------------

type Access = { op: string; path: string; real: string; write: boolean };
const accesses: Access[] = [];
let tracing = false;
const restores: (() => void)[] = [];

// Captured before tracing replaces realpathSync (the wrapper has no `.native`).
const realpathNative = realpathSync.native;

/** The real location of `path`: following the last component, or (lstat, unlink...) only its parent. */
function realOf(path: string, follow: boolean): string {
  const abs = resolve(path);
  const tryReal = (p: string): string | null => {
    try {
      return realpathNative(p);
    } catch {
      return null;
    }
  };
  if (follow) {
    const r = tryReal(abs);
    if (r) return r;
  }
  // Not existing (yet), or not followed: resolve the parent and keep the name.
  let parent = dirname(abs);
  let rest = basename(abs);
  for (;;) {
    const r = tryReal(parent);
    if (r) return join(r, rest);
    if (dirname(parent) === parent) return abs;
    rest = join(basename(parent), rest);
    parent = dirname(parent);
  }
}

function asPath(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value instanceof URL && value.protocol === 'file:') return value.pathname;
  if (Buffer.isBuffer(value)) return value.toString();
  return null;
}

/** fs functions and which of their arguments are paths; `nofollow`: they act on a link, not its target. */
const OPS: Record<string, { paths: number[]; write: boolean; nofollow?: boolean }> = {
  access: { paths: [0], write: false },
  appendFile: { paths: [0], write: true },
  chmod: { paths: [0], write: true },
  copyFile: { paths: [0, 1], write: true },
  cp: { paths: [0, 1], write: true },
  link: { paths: [0, 1], write: true, nofollow: true },
  lstat: { paths: [0], write: false, nofollow: true },
  mkdir: { paths: [0], write: true },
  mkdtemp: { paths: [0], write: true },
  open: { paths: [0], write: false },
  opendir: { paths: [0], write: false },
  readdir: { paths: [0], write: false },
  readFile: { paths: [0], write: false },
  readlink: { paths: [0], write: false, nofollow: true },
  realpath: { paths: [0], write: false },
  rename: { paths: [0, 1], write: true, nofollow: true },
  rm: { paths: [0], write: true, nofollow: true },
  rmdir: { paths: [0], write: true, nofollow: true },
  stat: { paths: [0], write: false },
  symlink: { paths: [1], write: true, nofollow: true },
  truncate: { paths: [0], write: true },
  unlink: { paths: [0], write: true, nofollow: true },
  utimes: { paths: [0], write: true },
  writeFile: { paths: [0], write: true },
};

function record(op: string, args: unknown[]): void {
  if (!tracing) return;
  const spec = OPS[op.replace(/Sync$/, '')]!;
  for (const i of spec.paths) {
    const path = asPath(args[i]);
    if (path === null) continue; // a FileHandle or fd: its path was recorded when it was opened
    const flags = op.startsWith('open') ? args[1] : undefined;
    const writing = spec.write || (typeof flags === 'string' && /[wax+]/.test(flags)) || (typeof flags === 'number' && (flags & 3) !== 0);
    accesses.push({ op, path, real: realOf(path, !spec.nofollow), write: writing });
  }
}

function traceFs(): void {
  const promises = nodeFs.promises as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const sync = nodeFs as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const op of Object.keys(OPS)) {
    const original = promises[op];
    if (typeof original === 'function') {
      promises[op] = async function traced(...args: unknown[]) {
        const result = await original.apply(nodeFs.promises, args);
        record(op, args); // only calls that succeeded touched anything
        return result;
      };
      restores.push(() => (promises[op] = original));
    }
    const syncName = `${op}Sync`;
    const originalSync = sync[syncName];
    if (typeof originalSync === 'function') {
      sync[syncName] = function traced(...args: unknown[]) {
        const result = originalSync.apply(nodeFs, args);
        record(syncName, args);
        return result;
      };
      restores.push(() => (sync[syncName] = originalSync));
    }
  }
  const originalExists = nodeFs.existsSync;
  (sync as Record<string, unknown>)['existsSync'] = (p: unknown) => {
    const r = originalExists(p as string);
    if (r) record('statSync', [p]);
    return r;
  };
  restores.push(() => ((sync as Record<string, unknown>)['existsSync'] = originalExists));
  restores.push(() => syncBuiltinESMExports());
  syncBuiltinESMExports();
}

const inside = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);
const isDropDir = (path: string) => inside(path, realTmp) && /^dossier-drop-/.test(path.slice(realTmp.length + 1));

/** Writes may go to the library, the export folder and the importer's own drop folders; reads also to code. */
/**
 * Reads a native module's loader makes of the system while it loads (detect-libc reads /usr/bin/ldd to
 * tell glibc from musl when pdf.js's canvas package loads): fixed paths no payload can choose.
 */
const LOADER_READS = new Set(['/usr/bin/ldd']);

function allowed(a: Access): boolean {
  if (inside(a.real, library) || inside(a.real, exportDir) || isDropDir(a.real)) return true;
  return !a.write && (inside(a.real, ROOT) || a.real === realTmp || LOADER_READS.has(a.real));
}

// ---- the sentinel ---------------------------------------------------------------------------------------

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = lstatSync(p);
      const key = p.slice(dir.length);
      if (st.isDirectory()) {
        out[key] = `dir ${st.mode}`;
        walk(p);
      } else if (st.isSymbolicLink()) out[key] = `link -> ${readlinkSync(p)}`;
      else out[key] = `file ${st.size} ${st.mode} ${st.mtimeMs} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
    }
  };
  walk(dir);
  return out;
}

let services: RunningServices;
let dispatch: Dispatch;
let sentinelBefore: Record<string, string>;
const protoBefore = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  func: Object.getOwnPropertyNames(Function.prototype).sort(),
};
const stats = { calls: 0, ok: 0, invalid: 0, otherErrors: new Map<string, number>(), perChannel: new Map<string, number>() };

/**
 * Every channel of the contract, by name: a channel added to the contract fails the first test until it is
 * written here (and given its payloads in `shaped`), so none goes unfuzzed.
 */
const FUZZED: readonly ApiName[] = [
  'listLibrary',
  'readArticle',
  'writeExport',
  'importFiles',
  'importDropped',
  'cancelImport',
  'pasteArticle',
  'deleteArticle',
  'forgetArticle',
  'writeBackup',
  'listBackups',
  'readBackup',
  'checkNotes',
  'openForImport',
  'getSettings',
  'chooseLibraryFolder',
  'chooseExportFolder',
  'setKeepBackups',
  'writePdf',
  'openExternal',
  'revealExport',
  'copyExportPath',
];
let articleIds: string[] = [];
const internals: string[] = [];

beforeAll(async () => {
  mkdirSync(library);
  mkdirSync(exportDir);
  mkdirSync(join(sentinel, 'nested'), { recursive: true });
  writeFileSync(join(sentinel, 'secret.txt'), `${SECRET}\nThe sentinel article must never be read.\n`);
  writeFileSync(join(sentinel, 'secret.md'), `# ${SECRET}\n\nNever read.\n`);
  writeFileSync(join(sentinel, 'nested', 'deep.html'), `<p>${SECRET}</p>`);
  writeFileSync(join(library, 'harbour.txt'), 'Harbour report\n\nThe cranes were idle for three days.\n');
  writeFileSync(join(library, 'notes.md'), '# Notes\n\nA short note about the convoy.\n');
  // Ways out of the library: a folder link, a file link, a link to an absolute system file.
  symlinkSync(sentinel, join(library, 'escape'));
  symlinkSync(join(sentinel, 'secret.txt'), join(library, 'leak.txt'));
  symlinkSync(join(sentinel, 'secret.md'), join(library, 'leak.md'));
  symlinkSync('/etc/hostname', join(library, 'host.txt'));
  sentinelBefore = snapshot(sentinel);

  traceFs();
  tracing = true;
  services = await startServices({
    libraryRoot: library,
    exportDir,
    chooseExportTarget: folderTarget(exportDir),
    pickImportPaths: async () => null,
    pickFile: async () => null,
    parsing: 'in-process',
    watch: false,
  });
  dispatch = createDispatch(services.handlers);
  const listed = await dispatch('listLibrary', undefined);
  if (listed.ok) articleIds = (listed.value as { id: string }[]).map((e) => e.id);
}, 60_000);

afterAll(async () => {
  tracing = false;
  for (const restore of restores.splice(0)) restore();
  syncBuiltinESMExports();
  await services?.close();
  rmSync(base, { recursive: true, force: true });
});

// ---- payloads -------------------------------------------------------------------------------------------

const NASTY_STRINGS = [
  '', ' ', '.', '..', '../', '../../etc/passwd', '..\\..\\windows\\win.ini', '/etc/passwd', 'C:\\Windows\\win.ini',
  '\\\\?\\C:\\x', '\\\\server\\share\\x.md', 'file:///etc/passwd', 'a\u0000b', 'a\u0000.md', 'x.md\u0000.exe', 'CON', 'con.md',
  'aux.md', 'NUL', 'nul.txt', 'COM1.md', 'LPT9.csv', 'PRN', 'escape/secret.txt', 'leak.txt', 'leak.md', '.dossier', '.dossier/library.json',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'dossier-2024-01-01.json', '../dossier-1.json', 'a'.repeat(256),
  '\u202Eexe.md', 'é.md', 'e\u0301.md', '\uD800.md', '💥.md', 'report.md.', 'report.md ', ' .md', '.md', '~/x.md', '$HOME/x.md', '%APPDATA%\\x.md',
  '<script>alert(1)</script>.md', 'a:b.md', 'a|b.md', 'a*b?.md', 'secret.txt', 'nested/deep.html',
];

const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constantFrom(...EXPORT_EXTENSIONS).chain((ext) => fc.constantFrom(...NASTY_STRINGS).map((s) => s + ext)) },
);

function deep(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const wrongBytes = fc.constantFrom<unknown>(
  new Uint16Array(4), new Int8Array(4), new Float64Array(2), new Uint8ClampedArray(4), new BigInt64Array(1), new DataView(new ArrayBuffer(4)),
  new ArrayBuffer(8), [1, 2, 3], { 0: 65, length: 1 }, 'bytes', null, { byteLength: 1 }, new SharedArrayBuffer(4),
);

const pollution = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"id": "a", "__proto__": {"polluted": true}}'),
  Object.assign(Object.create({ polluted: true }), { id: 'abc' }),
);

/** Anything at all, including prototype-ish keys, typed arrays, sparse arrays, nulls and bigints. */
const anyValue = fc.anything({
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'name', 'bytes', 'files', 'json', 'text')),
  maxDepth: 4,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** A payload shaped like the channel's request, with nasty values in its fields (may be valid). */
function shaped(name: ApiName): fc.Arbitrary<unknown> {
  const id = fc.oneof(nastyString, fc.constantFrom(...(articleIds.length ? articleIds : ['x'])));
  const importId = fc.oneof(nastyString, fc.constantFrom('imp-1', 'imp_2'));
  const bytes = fc.uint8Array({ maxLength: 2000 }).map((b) => b as unknown);
  const file = fc.record({ name: nastyString, bytes: fc.oneof({ weight: 4, arbitrary: bytes }, { weight: 1, arbitrary: wrongBytes }) });
  switch (name) {
    case 'listLibrary':
    case 'listBackups':
    case 'getSettings':
    case 'chooseLibraryFolder':
    case 'chooseExportFolder':
      return fc.constantFrom<unknown>(undefined, null, {}, [], 0, '', deep(50, 1));
    case 'setKeepBackups':
      return fc.record({ keep: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom(0.5, Number.NaN, Infinity)) });
    case 'readArticle':
      return fc.record({ id, encoding: fc.option(nastyString, { nil: undefined }) }, { requiredKeys: ['id'] });
    case 'writeExport':
      return fc.record({ fileName: nastyString, content: fc.oneof(fc.string({ maxLength: 500 }), bytes, wrongBytes) });
    case 'importFiles':
      return fc.record({ importId, kind: fc.oneof(fc.constantFrom('files', 'folder'), nastyString) });
    case 'importDropped':
      return fc.record({ importId, files: fc.array(file, { maxLength: 4 }) });
    case 'cancelImport':
      return fc.record({ importId });
    case 'pasteArticle':
      return fc.record(
        { text: fc.oneof(nastyString, fc.string({ maxLength: 2000 })), html: fc.oneof(fc.boolean(), nastyString.map((s) => s as unknown)), title: nastyString },
        { requiredKeys: ['text', 'html'] },
      );
    case 'deleteArticle':
    case 'forgetArticle':
      return fc.record({ id });
    case 'writeBackup':
      return fc.record({
        json: fc.oneof(nastyString, fc.json({ maxDepth: 3 })),
        noteCount: fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, Number.NaN, Infinity, 2 ** 53)),
        reason: fc.oneof(fc.constantFrom('manual', 'daily', 'quit'), nastyString),
      });
    case 'readBackup':
      return fc.record({ name: nastyString });
    case 'checkNotes':
      return fc.record({ noteCount: fc.oneof(fc.nat(), fc.constantFrom(-1, 0.5, Number.NaN, -Infinity)) });
    case 'openForImport':
      return fc.record({ kind: fc.oneof(fc.constantFrom('qdc', 'qdpx', 'backup'), nastyString) });
    case 'openExternal':
      return fc.record({ url: fc.oneof(nastyString, fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', 'https://example.com/', 'http://a:b@x.test/')) });
    case 'writePdf':
      return fc.record({ fileName: nastyString, markdown: fc.string({ maxLength: 300 }), title: nastyString });
    case 'revealExport':
    case 'copyExportPath':
      return fc.record({ path: fc.oneof(nastyString, fc.constantFrom('/etc/passwd', join(sentinel, 'secret.txt'), '../../secret.txt', exportDir)) });
  }
}

/** Payloads no schema may accept: wrong outer types, extra keys, deep nesting, pollution, wrong byte types. */
function invalid(name: ApiName): fc.Arbitrary<unknown> {
  const voidCall = ['listLibrary', 'listBackups', 'getSettings', 'chooseLibraryFolder', 'chooseExportFolder'].includes(name);
  const wrongOuter = voidCall
    ? fc.constantFrom<unknown>(null, 0, '', [], {}, { a: 1 }, deep(100, 1), new Uint8Array(1))
    : fc.constantFrom<unknown>(undefined, null, 0, 1, true, '', 'x', [], [{}], new Uint8Array(2), new Uint16Array(2), () => 1, Symbol('x'), 10n);
  const withExtraKey = shaped(name).chain((p) =>
    fc.constantFrom('extra', '__proto__', 'constructor', 'polluted').map((k) => {
      if (voidCall || typeof p !== 'object' || p === null) return { [k]: 1 };
      const copy: Record<string, unknown> = { ...(p as Record<string, unknown>) };
      Object.defineProperty(copy, k, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      return copy;
    }),
  );
  const nested = fc.integer({ min: 1000, max: 20_000 }).map((d) => (voidCall ? deep(d, 1) : deep(d, 'x')));
  const arrays = shaped(name).map((p) => (voidCall ? [p] : [p, p]));
  const list: fc.Arbitrary<unknown>[] = [wrongOuter, withExtraKey, nested, arrays];
  if (!voidCall) list.push(pollution);
  if (name === 'importDropped') list.push(fc.record({ importId: fc.constant('imp'), files: fc.array(fc.record({ name: fc.constant('a.txt'), bytes: wrongBytes }), { minLength: 1, maxLength: 3 }) }));
  if (name === 'writeExport') list.push(fc.record({ fileName: fc.constant('ok.md'), content: wrongBytes.filter((b) => typeof b !== 'string') }));
  return fc.oneof(...list);
}

// ---- checks ---------------------------------------------------------------------------------------------

function textOf(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Uint8Array) return Buffer.from(v).toString('latin1');
    if (typeof v === 'bigint') return String(v);
    return v;
  });
}

async function call(name: string, payload: unknown): Promise<{ ok: boolean; error?: { code: string; message: string } }> {
  stats.calls++;
  stats.perChannel.set(name, (stats.perChannel.get(name) ?? 0) + 1);
  let result: unknown;
  try {
    result = await dispatch(name, payload);
  } catch (error) {
    throw new Error(`${name} rejected: ${String(error)}`);
  }
  expect(result).toBeTypeOf('object');
  const r = result as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) stats.ok++;
  else {
    expect(typeof r.error?.code).toBe('string');
    expect(r.error?.message.length).toBeGreaterThan(0);
    if (r.error!.code === 'INVALID_PAYLOAD') stats.invalid++;
    else if (r.error!.code === 'INTERNAL') internals.push(`${name} ${textOf(payload).slice(0, 200)}`);
    if (!r.ok && r.error!.code !== 'INVALID_PAYLOAD') stats.otherErrors.set(`${name}:${r.error!.code}`, (stats.otherErrors.get(`${name}:${r.error!.code}`) ?? 0) + 1);
  }
  expect(textOf(result)).not.toContain(SECRET);
  return r;
}

describe('IPC fuzzing through the real dispatch and services', () => {
  it('fuzzes every channel of the contract, named one by one', () => {
    expect([...FUZZED].sort()).toEqual([...apiNames].sort());
    expect(FUZZED).toHaveLength(22);
    expect(articleIds.length).toBe(2); // the two regular files; the four symlinks are not listed
  });

  it('refuses unknown and prototype-named channels', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'library:list', 'shell:openExternal', '', 'listLibrary\u0000']) {
      expect((await call(name, undefined)).error?.code).toBe('INVALID_PAYLOAD');
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }).filter((s) => !(apiNames as string[]).includes(s)), anyValue, async (name, payload) => {
        expect((await call(name, payload)).error?.code).toBe('INVALID_PAYLOAD');
      }),
      { numRuns: 200 * RUNS },
    );
  });

  for (const name of FUZZED) {
    it(`${name}: invalid payloads resolve to INVALID_PAYLOAD`, async () => {
      await fc.assert(
        fc.asyncProperty(invalid(name), async (payload) => {
          const r = await call(name, payload);
          expect(r.ok).toBe(false);
          expect(r.error?.code).toBe('INVALID_PAYLOAD');
        }),
        { numRuns: 120 * RUNS },
      );
    });

    it(`${name}: random and malicious payloads always resolve to a Result`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 1, arbitrary: anyValue }, { weight: 3, arbitrary: shaped(name) }), async (payload) => {
          await call(name, payload);
        }),
        { numRuns: 150 * RUNS },
      );
    });
  }

  it('refuses huge strings and byte arrays beyond the limits', async () => {
    const huge = 'x'.repeat(50_000_001);
    expect((await call('writeExport', { fileName: 'a.md', content: huge })).error?.code).toBe('INVALID_PAYLOAD');
    expect((await call('pasteArticle', { text: huge.slice(0, 20_000_001), html: false })).error?.code).toBe('INVALID_PAYLOAD');
    expect((await call('readArticle', { id: huge.slice(0, 129) })).error?.code).toBe('INVALID_PAYLOAD');
    expect((await call('writeExport', { fileName: `${'a'.repeat(253)}.md`, content: '' })).error?.code).toBe('INVALID_PAYLOAD');
    const big = new Uint8Array(201 * 1024 * 1024);
    expect((await call('importDropped', { importId: 'big', files: [{ name: 'a.txt', bytes: big }] })).error?.code).toBe('INVALID_PAYLOAD');
    const many = Array.from({ length: 501 }, (_, i) => ({ name: `${i}.txt`, bytes: new Uint8Array(1) }));
    expect((await call('importDropped', { importId: 'many', files: many })).error?.code).toBe('INVALID_PAYLOAD');
  }, 60_000);

  it('cannot read through the library\'s symlinks or by path: ids of links do not exist', async () => {
    for (const id of ['escape', 'leak', 'leak.txt', 'host.txt', '..', '.dossier']) {
      const r = await call('readArticle', { id });
      expect(r.ok).toBe(false);
    }
    const listed = (await call('listLibrary', undefined)) as { ok: boolean; value?: { path: string }[] };
    const paths = listed.value!.map((e) => e.path);
    for (const link of ['escape', 'leak.txt', 'leak.md', 'host.txt']) expect(paths).not.toContain(link);
  });

  it('dropped files named "." or ".." fail without writing anywhere (today as INTERNAL, not INVALID_PAYLOAD)', async () => {
    for (const name of ['.', '..']) {
      const r = await call('importDropped', { importId: 'dots', files: [{ name, bytes: new Uint8Array([65]) }] });
      expect(r.ok).toBe(false);
    }
  });

  it('writes exports only into the export folder, under safe names', async () => {
    for (const fileName of ['CON.md', 'aux.md', 'nul.csv', 'COM1.json', ' .md', '..md', 'a:b|c.md']) {
      const r = (await call('writeExport', { fileName, content: 'x' })) as { ok: boolean; value?: { path: string; fileName: string } };
      expect(r.ok, fileName).toBe(true);
      expect(dirname(r.value!.path)).toBe(exportDir);
      expect(r.value!.fileName).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
      expect(r.value!.fileName).not.toMatch(/[<>:"|?*\\/]/);
    }
  });

  it('touched nothing outside the allowed folders, left the sentinel and the links unchanged, polluted nothing', () => {
    // Positive control: the tracer sees a read of the sentinel through the library's link, and flags it.
    const before = accesses.length;
    nodeFs.readFileSync(join(library, 'leak.txt'));
    const control = accesses.splice(before);
    expect(control.length).toBeGreaterThan(0);
    for (const a of control) expect(allowed(a), `${a.op} ${a.real}`).toBe(false);
    tracing = false;
    const outside = accesses.filter((a) => !allowed(a));
    expect(outside.slice(0, 10)).toEqual([]);
    // The trace saw the real work (it is not vacuous).
    expect(accesses.some((a) => a.write && inside(a.real, library))).toBe(true);
    expect(accesses.some((a) => a.write && inside(a.real, exportDir))).toBe(true);
    expect(accesses.some((a) => isDropDir(a.real))).toBe(true);
    expect(snapshot(sentinel)).toEqual(sentinelBefore);
    expect(readlinkSync(join(library, 'escape'))).toBe(sentinel);
    expect(readlinkSync(join(library, 'leak.txt'))).toBe(join(sentinel, 'secret.txt'));
    // No file of the library or the export folder holds the sentinel's text.
    for (const dir of [library, exportDir]) {
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        expect(readFileSync(join(entry.parentPath, entry.name), 'latin1').includes(SECRET), entry.name).toBe(false);
      }
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore.object);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(protoBefore.array);
    expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(protoBefore.func);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // Every channel really was called, many times.
    for (const name of FUZZED) expect(stats.perChannel.get(name) ?? 0, name).toBeGreaterThanOrEqual(100);
    const reserved = readdirSync(library).filter((n) => /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(n));
    console.log(
      `IPC fuzz: ${stats.calls} calls over ${FUZZED.length} channels, ${stats.ok} ok, ${stats.invalid} INVALID_PAYLOAD, other errors ${JSON.stringify(Object.fromEntries(stats.otherErrors))}; ` +
        `${accesses.length} fs accesses traced, ${outside.length} outside; library files with Windows device names: ${reserved.join(', ') || 'none'}; INTERNAL: ${internals.join(' | ') || 'none'}`,
    );
  });
});
