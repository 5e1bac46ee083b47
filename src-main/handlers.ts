// The contract's handlers, built from the main-process services. Electron's ipcMain and the browser test
// harness both call these through the same validating dispatch.
import type { Handlers } from '../src-renderer/core/contract';
import type { ExportService } from './export/export-service';
import type { LibraryService } from './library/library-service';

export interface Services {
  library: LibraryService;
  exporter: ExportService;
}

export function createHandlers({ library, exporter }: Services): Handlers {
  return {
    listLibrary: () => library.list(),
    readArticle: ({ id }) => library.read(id),
    writeExport: (request) => exporter.write(request),
  };
}
