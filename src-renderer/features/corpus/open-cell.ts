// Opening a pattern view's cell: its passages become the centre pane's next step ('cell-passages').
import type { AppState } from '../../app/context';
import type { PatternKind } from '../../core/patterns';

export async function openPatternCell(app: AppState, kind: PatternKind, row: number, column: number): Promise<void> {
  const key = await app.patterns.openCell(kind, row, column);
  if (key) app.centre.showCorpus({ kind: 'cell-passages', key });
}
