// The pattern views' numbers: matrix, co-occurrence and timeline over compact passage facts. Pure.
export * from './facts';
export * from './table';
export { tagRows, filterArticles, dayOf, periodOf, periodStart, type Granularity } from './axes';
export { computeMatrix, type MatrixGrouping } from './matrix';
export { computeCooccurrence, type CooccurrenceMode } from './cooccurrence';
export { computeTimeline, type TimelineLanes } from './timeline';
export type { PatternResult } from './grid';
export { nextCell, firstCell, countName, type Arrow } from './navigate';
export { SAFE_PALETTE, withSafeColours } from './palette';
