// What is open on screen (palette, shortcut sheet, find bar) and the reading preferences, kept in settings.
import type { Repositories } from '../db';

export const FONT_SIZES = [14, 16, 18, 20, 22, 24, 28] as const;
export const LINE_WIDTHS = { narrow: '34rem', medium: '42rem', wide: '56rem' } as const;
export type LineWidth = keyof typeof LINE_WIDTHS;

export class UiState {
  paletteOpen = $state(false);
  helpOpen = $state(false);
  findOpen = $state(false);
  detailsOpen = $state(false);
  backupsOpen = $state(false);
  exportOpen = $state(false);
  settingsOpen = $state(false);
  /** The left pane's view: the article list or the codebook. */
  sideView = $state<'library' | 'tags' | 'briefings'>('library');
  /** Bumped to ask the find field to take focus again (Ctrl+F while it is open). */
  findFocusRequest = $state(0);
  /**
   * The words of a search the find bar steps through (an article opened from the search results): the
   * folded words that matched, stems and forgiven typos included, shown under the query's own text.
   */
  findHits = $state.raw<{ terms: readonly string[]; label: string } | null>(null);
  /** Bumped to ask the search field to take focus (Ctrl+Shift+F, or / outside a field). */
  searchFocusRequest = $state(0);
  fontSize = $state<number>(18);
  lineWidth = $state<LineWidth>('medium');

  readonly #settings: Repositories['settings'];

  constructor(settings: Repositories['settings']) {
    this.#settings = settings;
    void settings.get('reading.fontSize', 18).then((v) => (this.fontSize = FONT_SIZES.includes(v as never) ? v : 18));
    void settings.get<LineWidth>('reading.lineWidth', 'medium').then((v) => (this.lineWidth = v in LINE_WIDTHS ? v : 'medium'));
  }

  changeFontSize(step: 1 | -1): void {
    const i = FONT_SIZES.indexOf(this.fontSize as (typeof FONT_SIZES)[number]);
    const next = FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, (i < 0 ? 2 : i) + step))]!;
    this.fontSize = next;
    void this.#settings.set('reading.fontSize', next);
  }

  setLineWidth(width: LineWidth): void {
    this.lineWidth = width;
    void this.#settings.set('reading.lineWidth', width);
  }

  openFind(): void {
    this.findHits = null;
    this.findOpen = true;
    this.findFocusRequest++;
  }

  /** Opens the find bar on a search's hits: every one highlighted, Enter steps to the next. */
  showHits(terms: readonly string[], label: string): void {
    this.findHits = { terms, label };
    this.findOpen = true;
  }
}
