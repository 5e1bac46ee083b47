import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';

const svelteConfig = fileURLToPath(new URL('./svelte.config.mjs', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/core/**/*.test.ts', 'tests/main/**/*.test.ts'],
          setupFiles: ['tests/fast-check-setup.ts'],
        },
      },
      {
        // The renderer's state classes in Node (no DOM), over fake-indexeddb and a fake API, with runes
        // compiled for Svelte's client runtime so effects and live queries really run.
        plugins: [svelte({ configFile: svelteConfig })],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'state',
          environment: './tests/state/node-client-environment.ts',
          include: ['tests/state/**/*.test.ts'],
          setupFiles: ['tests/fast-check-setup.ts'],
        },
      },
      {
        plugins: [svelte({ configFile: svelteConfig }), svelteTesting()],
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.ts'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // One Chromium at a time: the machines have 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
