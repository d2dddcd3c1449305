import { z } from 'zod/mini';

/** Stable check identifiers: the CLI's `code` and what the UI keys on (see design.md). */
export const CHECK_CODES = [
  'empty',
  'type-mismatch',
  'corrupt',
  'encrypted',
  'pages',
  'too-large',
  'duplicate',
  'low-resolution',
  'too-dark',
  'blurred',
  'rotated',
  'held-by-state',
] as const;
export const CheckCode = z.enum(CHECK_CODES);
export type CheckCode = z.infer<typeof CheckCode>;

export const CheckLevel = z.enum(['ok', 'info', 'warn', 'error']);
export type CheckLevel = z.infer<typeof CheckLevel>;

/** One check's outcome, with a message in plain language saying what to do. */
export const CheckResult = z.object({ code: CheckCode, level: CheckLevel, message: z.string() });
export type CheckResult = z.infer<typeof CheckResult>;

export const Verdict = z.enum(['ok', 'warn', 'error']);
export type Verdict = z.infer<typeof Verdict>;

/** A file's verdict is its worst check; `info` does not count against it. */
export function verdictOf(checks: readonly CheckResult[]): Verdict {
  if (checks.some((c) => c.level === 'error')) return 'error';
  if (checks.some((c) => c.level === 'warn')) return 'warn';
  return 'ok';
}
