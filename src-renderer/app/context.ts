// The app's state, built over its dependencies (the main process's API, the repositories, a clock) and
// shared with every component through one context pair.
import { getContext, setContext } from 'svelte';
import type { TagDef } from '../core/codebook';
import { LibraryState } from './library.svelte';
import { ReaderState } from './reader.svelte';
import { BackupState } from './backups.svelte';
import { SettingsState } from './settings.svelte';
import { ComposerState } from './composer.svelte';
import { TagsState } from './tags.svelte';
import { UiState } from './ui.svelte';
import { PaneLayout } from './layout.svelte';
import { CentreState } from './centre.svelte';
import { SearchState } from './search.svelte';
import { PatternsState } from './patterns.svelte';
import { inProcessPatternPort } from './patterns/pattern-service';
import { ActorsState } from './actors.svelte';
import type { SearchHit, Snippet } from '../core/search/types';
import { withDefaults, type AppDeps } from './deps';
import { markdownFor, runExport, type ExportRequestUi } from './exports';
import { ExportNotice } from './export-notice.svelte';

export class AppState {
  readonly deps: AppDeps;
  readonly library: LibraryState;
  readonly reader: ReaderState;
  readonly ui: UiState;
  /** The side panes' widths and folding. */
  readonly layout: PaneLayout;
  /** What the centre pane shows (reader, composer, a corpus view), with its history. */
  readonly centre: CentreState;
  /** Search across the library, and its index. */
  readonly search: SearchState;
  /** Who said what across the library (the "What did X say" view), with the user's merged actors. */
  readonly actors: ActorsState;
  readonly tags: TagsState;
  /** The pattern views (matrix, co-occurrence, timeline): options, shared filters, numbers, opened cells. */
  readonly patterns: PatternsState;
  readonly composer: ComposerState;
  readonly backups: BackupState;
  readonly settings: SettingsState;
  /** What the last export wrote (or why it failed), with the actions on that file. */
  readonly exportNotice: ExportNotice;

  /** Builds every state class over `deps`; call it where effects may be created (a component, `$effect.root`). */
  constructor(deps: Omit<AppDeps, 'now'> & { now?: () => number }) {
    this.deps = withDefaults(deps);
    this.exportNotice = new ExportNotice(this.deps.api);
    this.library = new LibraryState(this.deps);
    this.reader = new ReaderState(this.deps, this.exportNotice);
    this.centre = new CentreState(this.reader);
    this.search = new SearchState(this.deps, this.library, this.deps.searchPort());
    this.actors = new ActorsState(this.deps, this.library, this.search);
    this.ui = new UiState(this.deps.repos.settings);
    this.layout = new PaneLayout(this.deps.repos.settings);
    this.tags = new TagsState(this.deps);
    this.patterns = new PatternsState(this.deps, this.library, this.tags, this.search, this.deps.patternsPort?.() ?? inProcessPatternPort(this.deps.repos.annotations));
    this.composer = new ComposerState(this.deps, this.library, this.exportNotice);
    this.backups = new BackupState(this.deps);
    this.settings = new SettingsState(this.deps);
  }

  /**
   * Opens a search result: the article at its first hit with every hit highlighted (the find bar steps
   * through them), or, for a hit in a note, at that annotation as the current one.
   */
  async openSearchHit(hit: SearchHit, snippet?: Snippet): Promise<void> {
    if (snippet?.field === 'note' || snippet?.field === 'quote' || snippet?.field === 'tags') {
      const record = await this.deps.repos.annotations.get(snippet.recordId);
      if (record) {
        await this.centre.openArticle(hit.id, record.target);
        return;
      }
    }
    await this.centre.openArticle(hit.id);
    this.ui.showHits(hit.terms, this.search.query);
  }

  /** Writes an export chosen in the Export dialog; returns the message for the user (the notice shows it too). */
  async runExport(request: ExportRequestUi, tags: readonly TagDef[]): Promise<string> {
    return this.exportNotice.report(await runExport(this.deps, request, tags, this.library.rows));
  }

  /** The Markdown of an export request (for the clipboard), or null when nothing is in it. */
  exportMarkdown(request: ExportRequestUi, tags: readonly TagDef[]): Promise<string | null> {
    return markdownFor(this.deps, request, tags, this.library.rows);
  }
}

const KEY = Symbol('dossier-app');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function useAppState(): AppState {
  return getContext<AppState>(KEY);
}
