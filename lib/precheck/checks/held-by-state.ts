import type { ChecklistItem } from '../../checklist/schema';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

/**
 * The row is for a paper the state already holds (the checklist engine
 * classified it `skip`, naming where): a reminder, never a block — staff may
 * still ask for it when the database lookup fails.
 */
export function checkHeldByState(item: ChecklistItem | null | undefined, { t }: CheckContext): CheckResult | null {
  if (!item || (item.action !== 'skip' && item.heldBy === null)) return null;
  const held = t('precheck.held.warn', { heldBy: item.heldBy ?? t('precheck.held.someDatabase') });
  const message = item.legalBasis ? `${held} ${t('precheck.held.basis', { legalBasis: item.legalBasis })}` : held;
  return { code: 'held-by-state', level: 'warn', message };
}
