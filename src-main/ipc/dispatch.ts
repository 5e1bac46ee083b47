// Turns an untrusted (name, payload) pair into a validated handler call whose promise never rejects.
// Used by the Electron IPC registration and by the browser test harness, so both run the same path.
import * as v from 'valibot';
import { apiNames, type ApiName, type Handlers, type Requests } from '../../src-renderer/core/contract';
import { err, type Result } from '../../src-renderer/core/result';
import { requestSchemas } from './schemas';

export type Dispatch = (name: string, payload: unknown) => Promise<Result<unknown>>;

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && (apiNames as string[]).includes(name);
}

export function createDispatch(handlers: Handlers, log: (message: string) => void = () => {}): Dispatch {
  return async (name, payload) => {
    if (!isApiName(name)) return err('INVALID_PAYLOAD', 'Unknown request.');
    const parsed = v.safeParse(requestSchemas[name] as v.GenericSchema<unknown>, payload);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue ? v.getDotPath(issue) : null;
      return err('INVALID_PAYLOAD', `Invalid request${where ? ` (${where})` : ''}: ${issue?.message ?? 'rejected'}.`);
    }
    try {
      const handler = handlers[name] as (request: Requests[ApiName]) => Promise<Result<unknown>>;
      return await handler(parsed.output as Requests[ApiName]);
    } catch (error) {
      log(`handler ${name} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
      return err('INTERNAL', 'Something went wrong. The error was logged.');
    }
  };
}
