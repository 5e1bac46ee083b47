// The app's state, shared with every component through one context pair.
import { getContext, setContext } from 'svelte';
import { LibraryState } from './library.svelte';
import { ReaderState } from './reader.svelte';
import { BackupState } from './backups.svelte';
import { SettingsState } from './settings.svelte';
import { ComposerState } from './composer.svelte';
import { TagsState } from './tags.svelte';
import { UiState } from './ui.svelte';

export class AppState {
  readonly library = new LibraryState();
  readonly reader = new ReaderState();
  readonly ui = new UiState();
  readonly tags = new TagsState();
  readonly composer = new ComposerState(this.library);
  readonly backups = new BackupState();
  readonly settings = new SettingsState();
}

const KEY = Symbol('dossier-app');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function useAppState(): AppState {
  return getContext<AppState>(KEY);
}
