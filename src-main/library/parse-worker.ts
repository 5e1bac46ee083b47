// Worker-thread entry of the parse pool: receives { id, fileName, bytes, options }, answers { id, result }.
// Runs `parseArticleFile`, or for tests the `parseArticleFile` of the module named in workerData.parserModule.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { err, type Result } from '../../src-renderer/core/result';
import { parseArticleFile, type ParseOptions } from '../import';
import type { ParsedArticle } from '../import/model';

export interface ParseTask {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  options: ParseOptions;
}

export interface ParseReply {
  id: number;
  result: Result<ParsedArticle>;
}

/** Sent once the parser code is loaded: the pool starts a file's time limit only from then on. */
export interface ReadyMessage {
  ready: true;
}

type ParseFn = typeof parseArticleFile;

const data = (workerData ?? {}) as { parserModule?: string };

const parserReady: Promise<ParseFn> = data.parserModule
  ? (import(/* @vite-ignore */ pathToFileURL(data.parserModule).href) as Promise<{ parseArticleFile: ParseFn }>).then(
      (m) => m.parseArticleFile,
    )
  : Promise.resolve(parseArticleFile);

const port = parentPort;
if (port) {
  void parserReady.then(
    () => port.postMessage({ ready: true } satisfies ReadyMessage),
    () => port.postMessage({ ready: true } satisfies ReadyMessage), // each parse then answers DAMAGED
  );
  port.on('message', (task: ParseTask) => {
    void (async () => {
      let result: Result<ParsedArticle>;
      try {
        const parse = await parserReady;
        result = await parse(task.fileName, task.bytes, task.options);
      } catch {
        result = err('DAMAGED', 'The file could not be read; it may be damaged.');
      }
      const reply: ParseReply = { id: task.id, result };
      port.postMessage(reply);
    })();
  });
}
