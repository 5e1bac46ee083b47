// The pattern views' Web Worker: a PatternService over its own connection to the app's database (it reads
// the annotations itself, so the page never deserialises them), answering one message at a time in the order
// sent (so a computation sees every update sent before it).
import { createDb, createRepositories } from '../../db';
import { PatternService, type PatternRequest } from './pattern-service';

const service = new PatternService(createRepositories(createDb()).annotations);
let queue: Promise<unknown> = Promise.resolve();

self.onmessage = (event: MessageEvent<{ id: number; message: PatternRequest }>) => {
  const { id, message } = event.data;
  queue = queue.then(async () => {
    try {
      self.postMessage({ id, ok: true, value: await service.handle(message) });
    } catch (error) {
      self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
};
