// Moving through a pattern view's cells with the arrow keys: to the next non-empty cell in the direction
// pressed (empty cells hold nothing to open), staying put at the edge. Pure.

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/**
 * The cell to focus after `key` from (row, column) among `counts`' non-empty cells: along the row for
 * left and right (Home, End: its first and last), and for up and down the nearest non-empty cell of the
 * next row that has one, by column distance. Null when there is none that way.
 */
export function nextCell(counts: readonly (readonly number[])[], row: number, column: number, key: Arrow): [number, number] | null {
  const line = counts[row] ?? [];
  switch (key) {
    case 'ArrowLeft':
      for (let c = column - 1; c >= 0; c--) if (line[c]! > 0) return [row, c];
      return null;
    case 'ArrowRight':
      for (let c = column + 1; c < line.length; c++) if (line[c]! > 0) return [row, c];
      return null;
    case 'Home':
      for (let c = 0; c < column; c++) if (line[c]! > 0) return [row, c];
      return null;
    case 'End':
      for (let c = line.length - 1; c > column; c--) if (line[c]! > 0) return [row, c];
      return null;
    default: {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let r = row + step; r >= 0 && r < counts.length; r += step) {
        const cells = counts[r]!;
        let best = -1;
        for (let c = 0; c < cells.length; c++) if (cells[c]! > 0 && (best < 0 || Math.abs(c - column) < Math.abs(best - column))) best = c;
        if (best >= 0) return [r, best];
      }
      return null;
    }
  }
}

/** The first non-empty cell, reading row by row; null when every cell is empty. */
export function firstCell(counts: readonly (readonly number[])[]): [number, number] | null {
  for (let r = 0; r < counts.length; r++) for (let c = 0; c < counts[r]!.length; c++) if (counts[r]![c]! > 0) return [r, c];
  return null;
}

const THOUSANDS = new Intl.NumberFormat('en');

/** "1 passage", "3 passages", "1,200 places" (one formatter for all: toLocaleString makes one per call). */
export function countName(n: number, one = 'passage', many = `${one}s`): string {
  return `${n < 1000 ? String(n) : THOUSANDS.format(n)} ${n === 1 ? one : many}`;
}
