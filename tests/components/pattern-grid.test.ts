// The heat table of the matrix and the co-occurrence in jsdom: named cells, one Tab stop, arrows to the next
// non-empty cell and on to the next page of columns, a click opening the cell of the whole table.
import { render, screen, within } from '@testing-library/svelte';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import PatternGrid from '../../src-renderer/features/corpus/PatternGrid.svelte';
import type { PatternTable } from '../../src-renderer/core/patterns';

/** Two tag rows by 30 article columns; row 0 has passages in columns 0, 2 and 27, row 1 in column 1. */
function table(): PatternTable {
  const columns = Array.from({ length: 30 }, (_, i) => ({ key: `a${i}`, label: `Article ${i}` }));
  const counts = [columns.map((_, i) => (i === 0 ? 3 : i === 2 ? 1 : i === 27 ? 5 : 0)), columns.map((_, i) => (i === 1 ? 2 : 0))];
  return { kind: 'matrix', title: 'Tag matrix', rowsLabel: 'Tags', columnsLabel: 'Articles', rows: [{ key: 'type', label: 'Type', depth: 0 }, { key: 'claim', label: 'Type/Claim', depth: 1 }], columns, counts };
}

describe('PatternGrid', () => {
  it('names cells by their count, keeps one Tab stop, and moves with the arrows across pages', async () => {
    const onopen = vi.fn();
    render(PatternGrid, { table: table(), hasChildren: [true, false], collapsed: new Set<string>(), onopen, ontoggle: () => {} });
    const grid = screen.getByRole('table', { name: 'Tag matrix' });
    expect(within(grid).getAllByRole('rowheader').map((h) => h.textContent?.trim())).toEqual(['▾Type', 'Type/Claim']);
    expect(within(grid).getByRole('button', { name: 'Type' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(grid).getByRole('button', { name: '3 passages' })).toHaveAttribute('tabindex', '0');
    expect(within(grid).getByRole('button', { name: '1 passage' })).toHaveAttribute('tabindex', '-1');
    expect(screen.getByText('Articles 1–25 of 30')).toBeInTheDocument();

    const user = userEvent.setup();
    // The page buttons (Previous is disabled on the first page), the fold button, then one cell.
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Next');
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Type');
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('3 passages');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('1 passage');
    // Past the page's last cell of the row: the next page, at column 27 (the third of page two).
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByText('Articles 26–30 of 30')).toBeInTheDocument();
    await vi.waitFor(() => expect(document.activeElement).toHaveAccessibleName('5 passages'));
    await user.keyboard('{Enter}');
    expect(onopen).toHaveBeenCalledWith(0, 27);
    await user.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(document.activeElement).toHaveAccessibleName('1 passage'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('2 passages');
    await user.click(document.activeElement as HTMLElement);
    expect(onopen).toHaveBeenLastCalledWith(1, 1);
  });
});
