// Type stub for pdf.js's worker module, imported only to run pdf.js's worker in-process (see pdf.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
