import type { Lang } from '../../i18n';
import { formatBytes } from '../format-bytes';
import type { SiteRules } from '../limits';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

const exactBytes = (bytes: number, lang: Lang) => `${bytes.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')} byte`;

/** Near the limit a rounded size would read like the limit itself: say it to the byte. */
const sizeText = (size: number, limit: number, lang: Lang) => (Math.abs(size - limit) < limit * 0.1 ? exactBytes(size, lang) : formatBytes(size, lang));

/** Which limit applies, in the user's words: "2MB (2.000.000 byte) của trang nộp hồ sơ trên Cổng…". */
function limitParams(size: number, limit: number, rules: SiteRules, { t, lang }: CheckContext) {
  return { size: sizeText(size, limit, lang), limit: `${rules.stated} (${exactBytes(limit, lang)})`, system: t(`precheck.system.${rules.site}`) };
}

/**
 * Size against the filing system's per-file limit. Over a documented limit
 * the portal refuses the file (error); over a guessed one it may (warning).
 */
export function checkSize(size: number, context: CheckContext): CheckResult | null {
  const { t, rules } = context;
  if (size === 0) return null;
  const params = limitParams(size, rules.maxFileBytes, rules, context);
  if (size <= rules.maxFileBytes) return { code: 'too-large', level: 'ok', message: t('precheck.size.ok', params) };
  return rules.documented
    ? { code: 'too-large', level: 'error', message: t('precheck.size.error', params) }
    : { code: 'too-large', level: 'warn', message: t('precheck.size.guess', params) };
}

/** The liên thông portal's limit on all files of one paper together; null when within it or not limited. */
export function checkRowTotal(sizes: readonly number[], context: CheckContext): CheckResult | null {
  const { t, rules } = context;
  const total = sizes.reduce((a, b) => a + b, 0);
  if (rules.maxRowBytes === null || sizes.length < 2 || total <= rules.maxRowBytes) return null;
  const params = limitParams(total, rules.maxRowBytes, rules, context);
  return { code: 'too-large', level: rules.documented ? 'error' : 'warn', message: t('precheck.size.rowTotal', params) };
}
