// The pattern views' Web Worker: a PatternService answering one message at a time, in the order sent.
import { PatternService, type PatternRequest } from './pattern-service';

const service = new PatternService();

self.onmessage = (event: MessageEvent<{ id: number; message: PatternRequest }>) => {
  const { id, message } = event.data;
  try {
    self.postMessage({ id, ok: true, value: service.handle(message) });
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
