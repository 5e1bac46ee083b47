// The promise that no annotation is ever out of sight: each stored annotation of an article is either drawn
// on its text or listed under Unplaced, exactly once. Pure, so the state that draws and the tests that check
// it use the same definition.

export interface PlacementReport {
  /** Stored but neither drawn nor listed under Unplaced: lost from view. */
  missing: string[];
  /** Drawn and listed under Unplaced at once, or counted twice in one of them. */
  twice: string[];
  /** Shown but not stored (a stale or foreign annotation). */
  unknown: string[];
}

/** Compares what is stored with what is drawn and what is listed as unplaced; every list is empty when all is well. */
export function checkPlacement(stored: Iterable<string>, drawn: Iterable<string>, unplaced: Iterable<string>): PlacementReport {
  const seen = new Map<string, number>();
  for (const id of drawn) seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const id of unplaced) seen.set(id, (seen.get(id) ?? 0) + 1);
  const storedIds = new Set(stored);
  const report: PlacementReport = { missing: [], twice: [], unknown: [] };
  for (const id of storedIds) if (!seen.has(id)) report.missing.push(id);
  for (const [id, n] of seen) {
    if (n > 1) report.twice.push(id);
    if (!storedIds.has(id)) report.unknown.push(id);
  }
  return report;
}

/** A sentence for a failed check, or null when every annotation is shown exactly once. */
export function placementProblem(report: PlacementReport): string | null {
  const parts: string[] = [];
  if (report.missing.length) parts.push(`${report.missing.length} neither drawn nor unplaced (${report.missing.slice(0, 5).join(', ')})`);
  if (report.twice.length) parts.push(`${report.twice.length} shown twice (${report.twice.slice(0, 5).join(', ')})`);
  if (report.unknown.length) parts.push(`${report.unknown.length} shown but not stored (${report.unknown.slice(0, 5).join(', ')})`);
  return parts.length ? `Annotations out of sight: ${parts.join('; ')}.` : null;
}
