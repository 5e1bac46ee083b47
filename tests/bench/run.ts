// `npm run bench`: runs every case in tests/bench/cases/ and prints one table of figures.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchCase, BenchRow } from './types';

async function main(): Promise<void> {
  const dir = join(__dirname, 'cases');
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const rows: (BenchRow & { file: string })[] = [];
  for (const file of files) {
    process.stderr.write(`bench: ${file}…\n`);
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: BenchCase | { default: BenchCase } };
    // tsx may load a case as CommonJS, which nests its default export one level deeper.
    const run = typeof mod.default === 'function' ? mod.default : mod.default.default;
    for (const row of await run()) rows.push({ ...row, file });
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
