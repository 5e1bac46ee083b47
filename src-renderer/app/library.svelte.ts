// The library list as the renderer knows it: loaded through the bridge, with a readable error.
import type { LibraryEntry } from '../core/contract';

export class LibraryState {
  entries = $state.raw<LibraryEntry[]>([]);
  loaded = $state(false);
  error = $state<string | null>(null);

  async load(): Promise<void> {
    const result = await window.api.listLibrary();
    if (result.ok) {
      this.entries = result.value;
      this.error = null;
    } else {
      this.error = result.error.message;
    }
    this.loaded = true;
  }
}
