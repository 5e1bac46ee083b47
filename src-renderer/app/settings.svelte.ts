// The Settings dialog's state: the library and export folders and backups kept (kept by the main
// process), and the export file-name pattern (kept in the database, so it follows the profile).
import type { AppSettingsView } from '../core/contract';
import { DEFAULT_FILE_NAME_PATTERN } from '../core/file-names';
import type { AppDeps } from './deps';

export class SettingsState {
  app = $state<AppSettingsView | null>(null);
  pattern = $state(DEFAULT_FILE_NAME_PATTERN);
  message = $state('');
  readonly #deps: AppDeps;

  constructor(deps: AppDeps) {
    this.#deps = deps;
  }

  async load(): Promise<void> {
    const result = await this.#deps.api.getSettings();
    if (result.ok) this.app = result.value;
    this.pattern = await this.#deps.repos.settings.get('export.fileNamePattern', DEFAULT_FILE_NAME_PATTERN);
  }

  async chooseLibrary(): Promise<boolean> {
    const result = await this.#deps.api.chooseLibraryFolder();
    if (!result.ok) this.message = result.error.message;
    else if (result.value) {
      this.app = result.value;
      this.message = `The library is now ${result.value.libraryRoot}.`;
      return true;
    }
    return false;
  }

  async chooseExportFolder(): Promise<void> {
    const result = await this.#deps.api.chooseExportFolder();
    if (!result.ok) this.message = result.error.message;
    else if (result.value) this.app = result.value;
  }

  async setKeep(keep: number): Promise<void> {
    const result = await this.#deps.api.setKeepBackups({ keep });
    if (result.ok) this.app = result.value;
    else this.message = result.error.message;
  }

  async setPattern(pattern: string): Promise<void> {
    this.pattern = pattern;
    await this.#deps.repos.settings.set('export.fileNamePattern', pattern);
  }
}
