import type { FileFacts } from '../inspect';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

/** A PDF whose trailer names an /Encrypt dictionary: officials may be unable to open or print it. */
export function checkEncrypted(facts: FileFacts, { t }: CheckContext): CheckResult | null {
  if (!facts.pdf || facts.pdf.damage === 'truncated') return null;
  return facts.pdf.encrypted
    ? { code: 'encrypted', level: 'error', message: t('precheck.encrypted.error') }
    : { code: 'encrypted', level: 'ok', message: t('precheck.encrypted.ok') };
}
