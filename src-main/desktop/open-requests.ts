// dossier:// links and article files that the system hands to Dossier (file associations, "Open with",
// links in exported briefings), from the first launch's arguments, a second launch, or macOS's open-url
// and open-file events. Until the window is ready to listen they wait here; then each is shown in turn.
import { extname } from 'node:path';
import type { AppEvent } from '../../src-renderer/core/contract';
import { dossierLink } from '../../src-renderer/core/links';
import { SUPPORTED_EXTENSIONS } from '../import';

const DOSSIER_LINK = /^dossier:\/\//i;

/** The first dossier:// link among command-line arguments, or null. */
export function linkIn(args: readonly string[]): string | null {
  return args.find((arg) => DOSSIER_LINK.test(arg)) ?? null;
}

/** Command-line arguments that are article files Dossier can open (options and other files left out). */
export function articleFiles(args: readonly string[]): string[] {
  return args.filter((arg) => !arg.startsWith('-') && SUPPORTED_EXTENSIONS.includes(extname(arg).toLowerCase()));
}

/** Where requests go once the app is up. */
export interface OpenTarget {
  /** Restores and focuses the main window; false when there is none (then the request waits). */
  focusWindow(): boolean;
  emit(event: AppEvent): void;
  /** Imports the files (a file already in the library is recognised); the article id to show, or null. */
  openFiles(paths: readonly string[]): Promise<string | null>;
}

export class OpenRequests {
  #link: string | null;
  #files: string[];
  #target: OpenTarget | null = null;

  /** `argv`: this process's arguments (the executable first), which may carry a link or files. */
  constructor(argv: readonly string[]) {
    this.#link = linkIn(argv);
    this.#files = articleFiles(argv.slice(1));
  }

  /** Another launch of Dossier handed over its arguments (Windows and Linux). */
  secondInstance(argv: readonly string[]): void {
    const url = linkIn(argv);
    if (url) this.openLink(url);
    const files = articleFiles(argv.slice(1));
    if (files.length > 0) void this.openFiles(files);
  }

  openLink(url: string): void {
    if (!this.#target?.focusWindow()) {
      this.#link = url;
      return;
    }
    this.#target.emit({ kind: 'open-link', url });
  }

  async openFiles(paths: readonly string[]): Promise<void> {
    if (!this.#target) {
      this.#files.push(...paths);
      return;
    }
    const id = await this.#target.openFiles(paths);
    if (id) this.openLink(dossierLink(id));
  }

  /** The renderer listens now: what waited is delivered (files first, then the link), the rest goes straight through. */
  async attach(target: OpenTarget): Promise<void> {
    this.#target = target;
    const files = this.#files.splice(0);
    const link = this.#link;
    this.#link = null;
    if (files.length > 0) await this.openFiles(files);
    if (link) this.openLink(link);
  }
}
