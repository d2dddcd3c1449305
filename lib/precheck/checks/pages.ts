import type { FileFacts } from '../inspect';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

/** The PDF's page count, so the user can see a page is not missing. */
export function checkPages(facts: FileFacts, { t }: CheckContext): CheckResult | null {
  const pages = facts.pdf?.pages;
  if (pages === null || pages === undefined) return null;
  return { code: 'pages', level: 'info', message: t('precheck.pages.info', { count: pages }) };
}
