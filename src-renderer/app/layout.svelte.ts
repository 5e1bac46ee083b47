// The window's three panes: how wide the library and notes panes are (dragged by their edges or moved with
// the arrow keys) and whether each is folded away (Ctrl/Cmd+\ folds both, for reading alone). Kept in
// settings, so the layout comes back as it was left.
import type { Repositories } from '../db';

export type SidePane = 'library' | 'editor';

/** Widths in CSS pixels: narrow enough to leave the reader room, wide enough to read a title. */
export const PANE_LIMITS: Record<SidePane, { min: number; max: number; initial: number }> = {
  library: { min: 200, max: 640, initial: 288 },
  editor: { min: 260, max: 720, initial: 352 },
};

interface Stored {
  width: number;
  collapsed: boolean;
}

export class PaneLayout {
  library = $state<Stored>({ width: PANE_LIMITS.library.initial, collapsed: false });
  editor = $state<Stored>({ width: PANE_LIMITS.editor.initial, collapsed: false });
  readonly #settings: Repositories['settings'];

  constructor(settings: Repositories['settings']) {
    this.#settings = settings;
    for (const pane of ['library', 'editor'] as const) {
      void settings.get<Partial<Stored> | null>(`layout.${pane}`, null).then((stored) => {
        if (!stored) return;
        this[pane] = {
          width: clampWidth(pane, typeof stored.width === 'number' ? stored.width : PANE_LIMITS[pane].initial),
          collapsed: stored.collapsed === true,
        };
      });
    }
  }

  /** Sets a pane's width (clamped to its limits); `save: false` while a drag is still moving. */
  resize(pane: SidePane, width: number, save = true): void {
    this[pane] = { width: clampWidth(pane, width), collapsed: false };
    if (save) this.#save(pane);
  }

  toggle(pane: SidePane): void {
    this[pane] = { ...this[pane], collapsed: !this[pane].collapsed };
    this.#save(pane);
  }

  /** Folds both side panes away, or brings them back when either is folded. */
  toggleSides(): void {
    const fold = !(this.library.collapsed || this.editor.collapsed);
    for (const pane of ['library', 'editor'] as const) {
      this[pane] = { ...this[pane], collapsed: fold };
      this.#save(pane);
    }
  }

  #save(pane: SidePane): void {
    void this.#settings.set(`layout.${pane}`, { ...this[pane] });
  }
}

function clampWidth(pane: SidePane, width: number): number {
  const { min, max } = PANE_LIMITS[pane];
  return Math.round(Math.min(max, Math.max(min, Number.isFinite(width) ? width : PANE_LIMITS[pane].initial)));
}
