import type { Translate } from '../i18n';
import type { CheckCode, CheckResult, Verdict } from './types';

/** Errors that mean the file cannot be opened at all (as opposed to too big or the wrong kind). */
const UNREADABLE: readonly CheckCode[] = ['empty', 'corrupt', 'encrypted'];

/**
 * The short lines shown before the portal's submit button and on the slip:
 * "Còn thiếu 2 giấy tờ", "1 tệp không đọc được", … or one all-clear line.
 */
export function summaryLines(
  missingCount: number,
  files: readonly { verdict: Verdict; checks: readonly CheckResult[] }[],
  t: Translate,
): string[] {
  const unreadable = files.filter((f) => f.checks.some((c) => c.level === 'error' && UNREADABLE.includes(c.code))).length;
  const needFix = files.filter((f) => f.verdict === 'error').length - unreadable;
  const review = files.filter((f) => f.verdict === 'warn').length;
  const lines: string[] = [];
  if (missingCount > 0) lines.push(t('precheck.summary.missing', { count: missingCount }));
  if (unreadable > 0) lines.push(t('precheck.summary.unreadable', { count: unreadable }));
  if (needFix > 0) lines.push(t('precheck.summary.needFix', { count: needFix }));
  if (review > 0) lines.push(t('precheck.summary.review', { count: review }));
  return lines.length ? lines : [t('precheck.summary.allGood')];
}
