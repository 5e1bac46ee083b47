// Node stand-ins for the two browser globals dexie-export-import reads (`self`, `FileReader`); the
// renderer (Chromium) has both. Import this before anything that loads dexie-export-import.
const g = globalThis as Record<string, unknown>;
g.self ??= globalThis;

if (g.FileReader === undefined) {
  class NodeFileReader {
    result: ArrayBuffer | null = null;
    error: unknown = null;
    onload: ((ev: { target: NodeFileReader }) => void) | null = null;
    onerror: ((ev: { target: NodeFileReader }) => void) | null = null;
    onabort: ((ev: { target: NodeFileReader }) => void) | null = null;
    readAsArrayBuffer(blob: Blob): void {
      blob.arrayBuffer().then(
        (buffer) => {
          this.result = buffer;
          this.onload?.({ target: this });
        },
        (error: unknown) => {
          this.error = error;
          this.onerror?.({ target: this });
        },
      );
    }
  }
  g.FileReader = NodeFileReader;
}
