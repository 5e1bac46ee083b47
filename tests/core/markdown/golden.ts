// Golden files for the Markdown tests: the output must equal the reviewed file in tests/core/golden/, byte
// for byte. UPDATE_GOLDEN=1 rewrites the files instead (then review the diff by eye before committing).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const goldenDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../golden');

export function checkGolden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(goldenDir, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}
