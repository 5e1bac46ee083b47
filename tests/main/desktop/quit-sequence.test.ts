import { describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../src-renderer/core/contract';
import { QuitSequence, type QuittingServices } from '../../../src-main/desktop/quit-sequence';

function quitEvent() {
  return { prevented: false, preventDefault() { this.prevented = true; } };
}

function setup(options: { hasWindow?: boolean } = {}) {
  const events: AppEvent[] = [];
  const quit = vi.fn();
  let backupWritten: () => void = () => {};
  const services: QuittingServices & { waits: number[] } = {
    waits: [],
    waitForBackup(ms) {
      this.waits.push(ms);
      return new Promise<void>((resolve) => (backupWritten = resolve));
    },
    close: vi.fn(async () => {}),
  };
  const sequence = new QuitSequence({ emit: (e) => void events.push(e), hasWindow: () => options.hasWindow ?? true, quit });
  return { sequence, services, events, quit, backupWritten: () => backupWritten() };
}

describe('QuitSequence', () => {
  it('holds the first quit, asks the renderer for a backup, and quits again once it is written', async () => {
    const { sequence, services, events, quit, backupWritten } = setup();
    sequence.attach(services);
    const first = quitEvent();
    sequence.beforeQuit(first);
    expect(first.prevented).toBe(true);
    expect(events).toEqual([{ kind: 'backup-request', reason: 'quit' }]);
    expect(services.waits).toEqual([8000]);
    expect(quit).not.toHaveBeenCalled();
    backupWritten();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    // The second quit goes through: no second backup, no loop.
    const second = quitEvent();
    sequence.beforeQuit(second);
    expect(second.prevented).toBe(false);
    expect(events).toHaveLength(1);
  });

  it('quits at once when the services have not started or no window is open', () => {
    const early = setup();
    const event = quitEvent();
    early.sequence.beforeQuit(event);
    expect(event.prevented).toBe(false);

    const windowless = setup({ hasWindow: false });
    windowless.sequence.attach(windowless.services);
    const closing = quitEvent();
    windowless.sequence.beforeQuit(closing);
    expect(closing.prevented).toBe(false);
    expect(windowless.events).toEqual([]);
  });

  it('stops the services on will-quit, and does nothing when they never started', async () => {
    const { sequence, services } = setup();
    await sequence.willQuit();
    sequence.attach(services);
    await sequence.willQuit();
    expect(services.close).toHaveBeenCalledOnce();
  });
});
