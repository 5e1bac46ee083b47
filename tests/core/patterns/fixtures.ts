// Small hand-made tables for the pattern exports' tests.
import type { PatternTable } from '../../../src-renderer/core/patterns/table';

export const matrix: PatternTable = {
  kind: 'matrix',
  title: 'Tag matrix',
  rowsLabel: 'Tags',
  columnsLabel: 'Articles',
  rows: [
    { key: 't1', label: 'Type', depth: 0, color: '#2563eb' },
    { key: 't2', label: 'Type/Claim', depth: 1, color: '#dc2626' },
    { key: 't3', label: 'Actor <"Putin" & co>', depth: 0 },
  ],
  columns: [
    { key: 'a1', label: 'Drought, "dry" & hot' },
    { key: 'a2', label: '=HYPERLINK("http://evil")' },
  ],
  counts: [
    [3, 0],
    [2, 0],
    [0, 7],
  ],
  caption: 'Collection: Caucasus',
};

export const timeline: PatternTable = {
  kind: 'timeline',
  title: 'Timeline',
  rowsLabel: 'Tags',
  columnsLabel: 'Months',
  rows: [
    { key: 't1', label: 'Type/Claim', color: '#dc2626' },
    { key: 't2', label: 'Type/Denial' },
  ],
  columns: [
    { key: '2026-01', label: '2026-01' },
    { key: '2026-02', label: '2026-02' },
    { key: '2026-03', label: '2026-03' },
  ],
  counts: [
    [1, 0, 4],
    [0, 2, 0],
  ],
};
