// One reactive cell per statement: its tags' look, whether it is current or inside the range, whether Tab
// reaches it. Each cell is written only when that statement changes, so tagging or moving through an
// article of thousands of statements updates one or two elements, not all of them.
import { untrack } from 'svelte';
import type { Statement } from '../core/reading-model';
import { sameDecor, UNTAGGED, type Decor } from './tagging.svelte';

export class StatementCell {
  decor = $state.raw<Decor>(UNTAGGED);
  current = $state(false);
  inRange = $state(false);
  tabbable = $state(false);
}

/** What the cells follow, read through getters so the effects track them. */
export interface CellSources {
  statements(): readonly Statement[];
  isStatement(id: string): boolean;
  decorByKey(): ReadonlyMap<string, Decor>;
  currentId(): string | null;
  rangeIds(): ReadonlySet<string>;
}

export class StatementCells {
  readonly #from: CellSources;
  #decorShown = new Map<string, Decor>();
  #decorCells: Map<string, StatementCell> | null = null;
  #flagged: StatementCell[] = [];

  /** Statement id -> its cell, made when first needed; a new map for each text version. */
  cells = $derived.by(() => {
    void this.#from.statements();
    return new Map<string, StatementCell>();
  });

  constructor(from: CellSources) {
    this.#from = from;
    // Copy tag decorations into the cells that changed.
    $effect(() => {
      const cells = this.cells;
      const next = from.decorByKey();
      untrack(() => {
        if (this.#decorCells !== cells) {
          this.#decorCells = cells;
          this.#decorShown = new Map();
        }
        for (const [key] of this.#decorShown) {
          if (next.has(key)) continue;
          const cell = this.cellFor(key);
          if (cell) cell.decor = UNTAGGED;
          this.#decorShown.delete(key);
        }
        for (const [key, decor] of next) {
          const cell = this.cellFor(key);
          const old = this.#decorShown.get(key);
          if (!cell || (old && sameDecor(old, decor))) continue;
          cell.decor = decor;
          this.#decorShown.set(key, decor);
        }
      });
    });
    // Mark the current statement, the range and the Tab stop in their cells only.
    $effect(() => {
      void this.cells;
      const currentId = from.currentId();
      const range = from.rangeIds();
      const firstId = from.statements()[0]?.id ?? null;
      untrack(() => {
        for (const cell of this.#flagged) {
          cell.current = false;
          cell.inRange = false;
          cell.tabbable = false;
        }
        const flagged: StatementCell[] = [];
        for (const id of range) {
          const cell = this.cellFor(id);
          if (!cell) continue;
          cell.inRange = true;
          flagged.push(cell);
        }
        const current = this.cellFor(currentId ?? firstId ?? '');
        if (current) {
          current.tabbable = true;
          if (currentId) current.current = true;
          flagged.push(current);
        }
        this.#flagged = flagged;
      });
    });
  }

  /** The cell of a statement (made on first use); undefined for a key that is not a statement. */
  cellFor(id: string): StatementCell | undefined {
    const cells = this.cells;
    let cell = cells.get(id);
    if (!cell && this.#from.isStatement(id)) {
      cell = new StatementCell();
      cells.set(id, cell);
    }
    return cell;
  }
}
