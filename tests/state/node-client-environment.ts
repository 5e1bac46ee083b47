// A Vitest environment that is plain Node (no DOM) but asks Vite for the client transform, so Svelte
// compiles the state classes' runes for the client runtime (effects and live queries run) rather than
// for server rendering, where effects never run.
import type { Environment } from 'vitest/environments';

export default {
  name: 'node-client',
  viteEnvironment: 'client',
  setup() {
    // Browser builds of the renderer's libraries look for the window's `self`.
    const g = globalThis as { self?: unknown };
    const had = 'self' in g;
    g.self ??= globalThis;
    return {
      teardown() {
        if (!had) delete g.self;
      },
    };
  },
} satisfies Environment;
