// Kill the writer at random moments, many times: every file the app writes (writeFileAtomic) is then
// either absent or whole, never half-written; a file reported written is there; an overwritten file is
// the old version or the new one, never gone; and the start-up clean-up (BackupService.cleanupTemps)
// leaves no temp file. The child is src-main/files/writer-child.ts, bundled once to plain JS so each of
// the many children starts fast. TORTURE_TRIALS sets the number of kills (default 20; `npm run torture`: 1000).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupService } from '../../src-main/backup/backup-service';
import { TEMP_SUFFIX } from '../../src-main/files/atomic-write';
import { checkContent, makeContent, type WriterMode } from '../../src-main/files/writer-child';

const TRIALS = Math.max(2, Number(process.env['TORTURE_TRIALS'] ?? 20));
const BYTES = 1 << 20;
const FILES = 3;
/** The kill lands this long after the child said it is ready: about 0 to 5 writes of 1 MB on a slow disk. */
const MAX_DELAY_MS = 100;

let root: string;
let bundle: string;

beforeAll(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'dossier-writer-kill-'));
  bundle = join(root, 'writer-child.cjs');
  await build({
    entryPoints: [resolve(__dirname, '../../src-main/files/writer-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
}, 60_000);

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

interface Child {
  process: ChildProcessWithoutNullStreams;
  lines: string[];
  /** Resolves when a line matching `test` arrives; rejects when the child exits first or after 20 s. */
  waitFor(test: (line: string) => boolean): Promise<string>;
  exited: Promise<NodeJS.Signals | number | null>;
}

function startChild(mode: WriterMode, dir: string, first: number): Child {
  const child = spawn(process.execPath, [bundle, mode, dir, String(FILES), String(BYTES), String(first)], { stdio: 'pipe' });
  const lines: string[] = [];
  const waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let buffered = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let end: number;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      lines.push(line);
      for (const waiter of waiters.splice(0)) {
        if (waiter.test(line)) waiter.resolve(line);
        else waiters.push(waiter);
      }
    }
  });
  const exited = new Promise<NodeJS.Signals | number | null>((done) => child.on('exit', (code, signal) => done(signal ?? code)));
  return {
    process: child,
    lines,
    exited,
    waitFor: (test) =>
      new Promise<string>((resolveLine, reject) => {
        const seen = lines.find(test);
        if (seen !== undefined) return resolveLine(seen);
        const timer = setTimeout(() => reject(new Error(`writer-child: no matching line in 20 s; stderr: ${stderr}`)), 20_000);
        waiters.push({
          test,
          resolve: (line) => {
            clearTimeout(timer);
            resolveLine(line);
          },
        });
        void exited.then((how) => {
          clearTimeout(timer);
          reject(new Error(`writer-child exited (${String(how)}) first; stderr: ${stderr}`));
        });
      }),
  };
}

const isTemp = (name: string): boolean => name.endsWith(TEMP_SUFFIX);
const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

async function killAt(child: Child, ms: number): Promise<void> {
  await pause(ms);
  child.process.kill('SIGKILL');
  expect(await child.exited).toBe('SIGKILL');
}

describe('a writer killed at random moments', () => {
  it('the checker catches a torn file (control: a plain write killed halfway)', async () => {
    const dir = join(root, 'plain');
    const child = startChild('plain', dir, 1);
    await child.waitFor((line) => line.startsWith('half '));
    await killAt(child, 0);
    const text = await fs.readFile(join(dir, 'plain-0.txt'), 'utf8');
    expect(text.length).toBeGreaterThan(0);
    expect(checkContent('plain-0.txt', text)).toBeNull();
    // And it accepts a whole file, and only under its own name.
    const whole = makeContent('a.json', 7, 1000);
    expect(checkContent('a.json', whole)).toBe(7);
    expect(checkContent('b.json', whole)).toBeNull();
    expect(checkContent('a.json', whole.slice(0, -1))).toBeNull();
    expect(checkContent('a.json', whole.replace(/A/, 'B'))).toBeNull();
  });

  it(`leaves every file whole or absent and no temp after the clean-up (${TRIALS} kills)`, async () => {
    const library = join(root, 'Dossier Library');
    const backupDir = join(library, '.dossier', 'backups');
    const exportDir = join(root, 'exports');
    await fs.mkdir(backupDir, { recursive: true });
    await fs.mkdir(exportDir, { recursive: true });
    const service = new BackupService(library, { exportDir });
    /** Backup-style names: the newest sequence number reported written, kept over every trial. */
    const newestWritten = new Map<string, number>();
    const figures = { kills: 0, writes: 0, filesChecked: 0, corrupt: 0, missing: 0, killsMidWrite: 0, tempsLeft: 0, strayAfterCleanup: 0 };
    const problems: string[] = [];

    for (let trial = 0; trial < TRIALS; trial++) {
      const mode: WriterMode = trial % 2 === 0 ? 'rename' : 'link';
      const dir = mode === 'rename' ? backupDir : exportDir;
      const child = startChild(mode, dir, (trial + 1) * 1_000_000);
      await child.waitFor((line) => line === 'ready');
      await killAt(child, Math.random() * MAX_DELAY_MS);
      figures.kills++;

      const written = child.lines.filter((l) => l.startsWith('wrote ')).map((l) => l.split(' ') as [string, string, string]);
      figures.writes += written.length;
      const names = await fs.readdir(dir);
      const temps = names.filter(isTemp);
      if (temps.length > 0) figures.killsMidWrite++;
      figures.tempsLeft += temps.length;
      const onDisk = new Map<string, number | null>();
      for (const name of names.filter((n) => !isTemp(n))) {
        const seq = checkContent(name, await fs.readFile(join(dir, name), 'utf8'));
        figures.filesChecked++;
        onDisk.set(name, seq);
        if (seq === null) {
          figures.corrupt++;
          problems.push(`trial ${trial}: ${name} is not whole`);
        }
      }
      for (const [, name, seq] of written) {
        if (mode === 'rename') newestWritten.set(name, Math.max(newestWritten.get(name) ?? 0, Number(seq)));
        else if (!onDisk.has(name)) {
          figures.missing++;
          problems.push(`trial ${trial}: ${name} was reported written but is gone`);
        }
      }
      if (mode === 'rename') {
        // An overwrite is the old version or a newer one; a file once written is never gone.
        for (const [name, seq] of newestWritten) {
          const found = onDisk.get(name);
          if (found === undefined) {
            figures.missing++;
            problems.push(`trial ${trial}: ${name} (written up to seq ${seq}) is gone`);
          } else if (found !== null && found < seq) {
            figures.corrupt++;
            problems.push(`trial ${trial}: ${name} holds seq ${found}, older than the ${seq} reported written`);
          }
        }
      }

      // The next start: temp files removed, nothing else.
      const cleaned = await service.cleanupTemps();
      expect(cleaned.ok).toBe(true);
      figures.strayAfterCleanup += [...(await fs.readdir(backupDir)), ...(await fs.readdir(exportDir))].filter(isTemp).length;
      // Only temps went: every whole file is still there.
      expect((await fs.readdir(dir)).sort()).toEqual([...onDisk.keys()].sort());
      // Export-style files are checked once; remove them so the folder stays small over 1,000 trials.
      if (mode === 'link') for (const name of onDisk.keys()) await fs.rm(join(exportDir, name));
    }

    console.log(
      `writer kills: ${figures.kills} kills, ${figures.writes} completed writes, ${figures.filesChecked} files checked, ` +
        `${figures.corrupt} corrupt, ${figures.missing} missing, ${figures.killsMidWrite} kills left a temp file ` +
        `(${figures.tempsLeft} temps), ${figures.strayAfterCleanup} stray temps after clean-up`,
    );
    expect(problems).toEqual([]);
    expect(figures.strayAfterCleanup).toBe(0);
    // The kills really landed during writes (else this test proves nothing): with 10+ kills, at least one.
    if (TRIALS >= 10) expect(figures.killsMidWrite).toBeGreaterThan(0);
    expect(figures.writes).toBeGreaterThan(0);
  }, 60_000 + TRIALS * 1_000);
});
