import { describe, expect, it } from 'vitest';
import { pdfPrinter, type PrintWindow } from '../../../src-main/desktop/print-pdf';

function fakeWindow(print: () => Promise<Uint8Array>) {
  const log: string[] = [];
  const window: PrintWindow = {
    loadURL: async (url) => void log.push(`load ${url}`),
    webContents: {
      printToPDF: async (options) => {
        log.push(`print ${JSON.stringify(options)}`);
        return print();
      },
    },
    destroy: () => void log.push('destroy'),
  };
  return { window, log };
}

describe('pdfPrinter', () => {
  it('loads the page as a data URL in a fresh window, prints A4 with backgrounds, then destroys the window', async () => {
    const { window, log } = fakeWindow(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    let opened = 0;
    const pdf = await pdfPrinter(() => (opened++, window))('<p>Ä & #</p>');
    expect(opened).toBe(1);
    expect(Array.from(pdf)).toEqual([0x25, 0x50, 0x44, 0x46]);
    expect(log).toEqual([
      `load data:text/html;charset=utf-8,${encodeURIComponent('<p>Ä & #</p>')}`,
      'print {"printBackground":true,"pageSize":"A4"}',
      'destroy',
    ]);
  });

  it('destroys the window when printing fails, and reports the failure', async () => {
    const { window, log } = fakeWindow(async () => {
      throw new Error('printing failed');
    });
    await expect(pdfPrinter(() => window)('<p>x</p>')).rejects.toThrow('printing failed');
    expect(log.at(-1)).toBe('destroy');
  });
});
