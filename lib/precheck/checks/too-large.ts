import { formatBytes } from '../format-bytes';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

/**
 * Size against the filing system's per-file limit. Over a documented limit
 * the portal refuses the file (error); over a guessed one it may (warning).
 */
export function checkSize(size: number, { t, lang, rules }: CheckContext): CheckResult | null {
  if (size === 0) return null;
  const params = { size: formatBytes(size, lang), limit: formatBytes(rules.maxFileBytes, lang) };
  if (size <= rules.maxFileBytes) return { code: 'too-large', level: 'ok', message: t('precheck.size.ok', params) };
  return rules.documented
    ? { code: 'too-large', level: 'error', message: t('precheck.size.error', params) }
    : { code: 'too-large', level: 'warn', message: t('precheck.size.guess', params) };
}

/** The liên thông portal's limit on all files of one paper together; null when within it or not limited. */
export function checkRowTotal(sizes: readonly number[], { t, lang, rules }: CheckContext): CheckResult | null {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (rules.maxRowBytes === null || sizes.length < 2 || total <= rules.maxRowBytes) return null;
  const params = { size: formatBytes(total, lang), limit: formatBytes(rules.maxRowBytes, lang) };
  return { code: 'too-large', level: rules.documented ? 'error' : 'warn', message: t('precheck.size.rowTotal', params) };
}
