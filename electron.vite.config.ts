import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          // Parsing runs in worker threads; the pool looks for this file next to the main bundle.
          'parse-worker': resolve(__dirname, 'src-main/library/parse-worker.ts'),
        },
      },
    },
  },
  preload: {
    // Sandboxed preloads must be one CommonJS file: bundle the contract in, require only electron.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
      // Everything is local: no inline module preload polyfill, no remote chunks.
      modulePreload: { polyfill: false },
    },
    plugins: [svelte({ configFile: resolve(__dirname, 'svelte.config.mjs') })],
  },
});
