// `npm run bench`: runs every case in tests/bench/cases/ and prints one table of figures. Each case file
// runs in a fresh Node process of its own: a case that launched Chromium or filled the heap must not slow
// the next one (segmenting after the reader case took twice as long, and so did the bare charCodeAt
// reference, in one shared process).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchCase, BenchRow } from './types';

const ROWS_MARK = '@@bench-rows ';

/** Runs one case file in this process and prints its rows as JSON on one marked line. */
async function runCase(path: string): Promise<void> {
  const mod = (await import(pathToFileURL(path).href)) as { default: BenchCase | { default: BenchCase } };
  // tsx may load a case as CommonJS, which nests its default export one level deeper.
  const run = typeof mod.default === 'function' ? mod.default : mod.default.default;
  const rows = await run();
  process.stdout.write(`${ROWS_MARK}${JSON.stringify(rows)}\n`);
}

/** Runs one case file in a child process (same Node, same loader flags) and returns its rows. */
function runIsolated(path: string): Promise<BenchRow[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, '--case', path], { stdio: ['ignore', 'pipe', 'inherit'] });
    let rows: BenchRow[] | null = null;
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      // Anything else the case prints goes through.
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line.startsWith(ROWS_MARK)) rows = JSON.parse(line.slice(ROWS_MARK.length)) as BenchRow[];
        else process.stdout.write(`${line}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (out) process.stdout.write(`${out}\n`);
      if (code === 0 && rows) resolve(rows);
      else reject(new Error(`bench case ${path} failed (exit ${code})`));
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--case' && args[1]) return runCase(args[1]);
  const dir = join(__dirname, 'cases');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => args.length === 0 || args.some((o) => f.includes(o)))
    .sort();
  const rows: (BenchRow & { file: string })[] = [];
  for (const file of files) {
    process.stderr.write(`bench: ${file}…\n`);
    for (const row of await runIsolated(join(dir, file))) rows.push({ ...row, file });
  }
  const table = rows.map((r) => ({
    case: r.case,
    value: Number.isInteger(r.value) ? r.value : Number(r.value.toFixed(2)),
    unit: r.unit,
    target: r.target ?? '',
  }));
  console.table(table);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
