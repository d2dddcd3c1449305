import type { FileAnalysis } from './analyze-file';
import type { CheckContext } from './checks/context';
import { checkDuplicates } from './checks/duplicate';
import { checkHeldByState } from './checks/held-by-state';
import { checkRowTotal } from './checks/too-large';
import type { PrecheckRow } from './row';
import type { CheckResult } from './types';

export interface AttachedFile {
  analysis: FileAnalysis;
  /** Null when files are not tied to upload rows (the CLI). `item`: the row's paper as known now. */
  row: Pick<PrecheckRow, 'key' | 'label' | 'item'> | null;
}

/**
 * Adds the checks that need every attached file (byte-identical copies, the
 * per-paper total size limit) or the row's paper (held by the state). Pure
 * and cheap, so the overlay re-runs it on every render: a file read before
 * the page's checklist was known gets its reminder when the checklist arrives.
 * Returns each file's complete check list, in the order given.
 */
export function withCrossFileChecks(files: readonly AttachedFile[], ctx: CheckContext): CheckResult[][] {
  const duplicates = checkDuplicates(
    files.map((f) => ({ name: f.analysis.name, sha256: f.analysis.sha256, row: f.row })),
    ctx,
  );
  return files.map((file, i) => {
    const checks = [...file.analysis.checks];
    const rowSizes = file.row ? files.filter((f) => f.row?.key === file.row?.key).map((f) => f.analysis.size) : [];
    const rowTotal = checkRowTotal(rowSizes, ctx);
    if (rowTotal && !checks.some((c) => c.code === 'too-large' && c.level !== 'ok')) {
      const at = checks.findIndex((c) => c.code === 'too-large');
      checks.splice(at < 0 ? checks.length : at, at < 0 ? 0 : 1, rowTotal);
    }
    const held = checkHeldByState(file.row?.item, ctx);
    if (held) checks.push(held);
    const duplicate = duplicates[i];
    if (duplicate) checks.push(duplicate);
    return checks;
  });
}
