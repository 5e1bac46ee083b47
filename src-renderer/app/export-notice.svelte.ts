// What the last export did, shown as an in-app notice (the window denies the Notification permission by
// design): the file written, with "Show in folder" and "Copy path" done by the main process, or the error in
// words. The status line keeps its one-line summary; this is where the user acts on the file.
import type { DossierApi, ExportWritten } from '../core/contract';
import type { Result } from '../core/result';

export type ExportResult = Result<ExportWritten | null>;

export type Notice = { kind: 'written'; fileName: string; path: string } | { kind: 'failed'; message: string };

export class ExportNotice {
  shown = $state.raw<Notice | null>(null);
  /** What the last action on the notice did ("Path copied"), or why it failed. */
  feedback = $state('');
  readonly #api: Pick<DossierApi, 'revealExport' | 'copyExportPath'>;

  constructor(api: Pick<DossierApi, 'revealExport' | 'copyExportPath'>) {
    this.#api = api;
  }

  /** Shows what an export did; returns the status line's summary. Nothing is shown for a cancelled dialog. */
  report(result: ExportResult): string {
    this.feedback = '';
    if (!result.ok) {
      // "Nothing to export" is the user's selection, not a failure of the write.
      const message = result.error.code === 'EMPTY' ? result.error.message : `Export failed: ${result.error.message}`;
      this.shown = { kind: 'failed', message };
      return message;
    }
    if (!result.value) {
      this.shown = null;
      return 'Export cancelled';
    }
    this.shown = { kind: 'written', fileName: result.value.fileName, path: result.value.path };
    return `Exported ${result.value.fileName}`;
  }

  async reveal(): Promise<void> {
    const shown = this.shown;
    if (shown?.kind !== 'written') return;
    const result = await this.#api.revealExport({ path: shown.path });
    this.feedback = result.ok ? '' : result.error.message;
  }

  async copyPath(): Promise<void> {
    const shown = this.shown;
    if (shown?.kind !== 'written') return;
    const result = await this.#api.copyExportPath({ path: shown.path });
    this.feedback = result.ok ? 'Path copied.' : result.error.message;
  }

  dismiss(): void {
    this.shown = null;
    this.feedback = '';
  }
}
