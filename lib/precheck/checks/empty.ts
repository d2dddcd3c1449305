import type { FileFacts } from '../inspect';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

/** A 0-byte file: a failed copy or download. */
export function checkEmpty(facts: FileFacts, { t }: CheckContext): CheckResult {
  return facts.size === 0
    ? { code: 'empty', level: 'error', message: t('precheck.empty.error') }
    : { code: 'empty', level: 'ok', message: t('precheck.empty.ok') };
}
