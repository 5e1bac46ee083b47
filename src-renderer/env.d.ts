/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { DossierApi } from './core/contract';

declare global {
  interface Window {
    /** The typed bridge built by the preload (or the test harness) from the IPC contract. */
    api: DossierApi;
  }
}

export {};
