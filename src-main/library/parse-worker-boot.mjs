// Dev/test bootstrap of the parse worker: registers tsx's loaders, then loads the TypeScript entry named in
// workerData.entry. Only used when running from source (Vitest, tsx); the bundled app runs parse-worker.js.
import { createRequire } from 'node:module';
import { workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
// A worker thread does not inherit `--import tsx`, and `execArgv: ['--import', 'tsx']` is not applied before
// the entry loads (Node 20): register both of tsx's hooks here, CommonJS first (the project's .ts files are
// CommonJS for Node: package.json has no "type"), ESM for dynamic import() of the format parsers.
require('tsx/cjs/api').register();
(await import('tsx/esm/api')).register();
require(workerData.entry);
