import { type FileAnalysis, analyzeFile } from './analyze-file';
import type { CheckContext } from './checks/context';
import { withCrossFileChecks } from './cross-file';
import type { PrecheckInput } from './inspect';
import type { PrecheckRow } from './row';
import { type CheckResult, type Verdict, verdictOf } from './types';

export interface FileToCheck {
  input: PrecheckInput;
  row: PrecheckRow | null;
}

export interface FileResult {
  name: string;
  verdict: Verdict;
  checks: CheckResult[];
}

/**
 * Checks a batch of files together (the CLI, the bench): each file alone,
 * then duplicates and per-paper totals across them. `analyze` lets a caller
 * spread the per-file work over workers.
 */
export async function precheckFiles(
  files: readonly FileToCheck[],
  ctx: CheckContext,
  analyze: (file: FileToCheck) => Promise<FileAnalysis> = (f) => analyzeFile(f.input, f.row, ctx),
): Promise<FileResult[]> {
  const analyses = await Promise.all(files.map(analyze));
  const checks = withCrossFileChecks(
    analyses.map((analysis, i) => ({ analysis, row: files[i]?.row ?? null })),
    ctx,
  );
  return analyses.map((a, i) => {
    const list = checks[i] ?? a.checks;
    return { name: a.name, verdict: verdictOf(list), checks: list };
  });
}
