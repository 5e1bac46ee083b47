// The parser the app runs: the worker pool over the bundled worker (out/main/parse-worker.js, which
// `npm run bench` builds first). From source, the workers would run the parser under tsx, which is slower
// than the bundle (module bindings become getters, nested functions get names at run time).
import fs from 'node:fs';
import path from 'node:path';
import { createParser, type ArticleParser, type ParsePoolOptions } from '../../src-main/library/parse-pool';

export function appParser(options: ParsePoolOptions = {}): { parser: ArticleParser; mode: string } {
  const built = path.resolve(__dirname, '../../out/main/parse-worker.js');
  const bundled = fs.existsSync(built);
  const { parser, mode } = createParser(bundled ? { ...options, entry: { file: built, workerData: {} } } : options);
  return { parser, mode: mode === 'worker' ? (bundled ? 'built worker' : 'tsx worker') : mode };
}
