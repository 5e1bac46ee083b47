// Briefings saved as PDF: the page is printed by Chromium in a hidden window made for that one page
// (window.ts: createPrintWindow), which is destroyed whatever happens, so a failed print leaves no window.
import type { PrintToPDFOptions } from 'electron';

/** The part of a BrowserWindow the printer uses. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
  destroy(): void;
}

/** Prints a complete HTML page (with its own CSP) to A4 PDF bytes, in a fresh window from `openWindow`. */
export function pdfPrinter(openWindow: () => PrintWindow): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    const printer = openWindow();
    try {
      // A data: URL, not a file: nothing is written to disk, and the page has no origin to reach back to.
      await printer.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      return new Uint8Array(await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }));
    } finally {
      printer.destroy();
    }
  };
}
