import type { ChecklistItem } from '../checklist/schema';
import type { FileAnalysis } from './analyze-file';
import type { CheckContext } from './checks/context';
import { withCrossFileChecks } from './cross-file';
import type { PrecheckRow } from './row';
import { type CheckResult, type Verdict, verdictOf } from './types';

/**
 * The files picked on one filing page, in the order picked, while they are
 * being checked and after. Lives in the overlay's memory only: nothing of the
 * files is stored (the hash stays in memory for the duplicate check).
 */
export interface PickedFile {
  id: number;
  name: string;
  row: Pick<PrecheckRow, 'key' | 'label'> | null;
  /** Null while the worker is still checking it. */
  analysis: FileAnalysis | null;
}

export interface CheckedFile {
  id: number;
  name: string;
  rowKey: string | null;
  verdict: Verdict;
  checks: CheckResult[];
}

/**
 * The checked files with the checks that compare files (duplicates, per-paper
 * totals) and the row's paper (held by the state) added. `itemOfRow` is the
 * page's checklist as read now: a file checked before it was known is judged
 * again on the next call.
 */
export function checkedFiles(
  picked: readonly PickedFile[],
  ctx: CheckContext,
  itemOfRow: (key: string) => ChecklistItem | null = () => null,
): CheckedFile[] {
  const done = picked.filter((p): p is PickedFile & { analysis: FileAnalysis } => p.analysis !== null);
  const checks = withCrossFileChecks(
    done.map((p) => ({ analysis: p.analysis, row: p.row && { ...p.row, item: itemOfRow(p.row.key) } })),
    ctx,
  );
  return done.map((p, i) => {
    const list = checks[i] ?? p.analysis.checks;
    return { id: p.id, name: p.name, rowKey: p.row?.key ?? null, verdict: verdictOf(list), checks: list };
  });
}

/** Rows that have at least one usable file (a file with an error does not count as attached). */
export function coveredRowKeys(files: readonly CheckedFile[]): Set<string> {
  return new Set(files.filter((f) => f.verdict !== 'error' && f.rowKey !== null).map((f) => f.rowKey as string));
}
