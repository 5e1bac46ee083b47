// A PatternPort over the patterns Web Worker (app/worker-rpc.ts matches each request with its reply).
import { callsTo } from '../worker-rpc';
import type { PatternPort, PatternReply, PatternRequest } from './pattern-service';

export function patternWorkerPort(): PatternPort {
  const worker = callsTo(new Worker(new URL('./patterns.worker.ts', import.meta.url), { type: 'module', name: 'dossier-patterns' }), 'patterns');
  return {
    request: <R extends PatternRequest>(message: R) => worker.call(message) as Promise<PatternReply<R>>,
    close: worker.close,
  };
}
