import { useLayoutEffect, useState } from 'react';
import type { TargetRef } from '@/lib/guide/schema';
import { findTarget } from '@/lib/portal/find-target';
import { SELECTORS, isSelectorName } from '@/lib/portal/selectors';
import { SEEN, trackTarget } from '@/lib/portal/track-target.dom';

/** `lost`: it was there and went away (often: the user already moved on). */
export type TargetState = 'searching' | 'found' | 'lost' | 'missing';

/**
 * The live element for a step's target, found through the selector registry
 * and followed while the portal re-renders it. `missing` once the step's
 * budget has run out with nothing found (a late element still turns it to found).
 */
export function useTrackedTarget(target: TargetRef | null, budgetMs: number, active: boolean, stepKey: string) {
  const [state, setState] = useState<{ key: string; element: Element | null; state: TargetState }>({ key: '', element: null, state: 'searching' });
  const entryName = target?.entry;
  const row = target?.row;
  // Layout effect: a target already on the page is found before the first paint, so the card does not flicker.
  useLayoutEffect(() => {
    setState({ key: stepKey, element: null, state: 'searching' });
    if (!active || !entryName || !isSelectorName(entryName)) return;
    const entry = SELECTORS[entryName];
    return trackTarget(() => findTarget(document, entry, row, SEEN), budgetMs, {
      onFound: (element) => setState({ key: stepKey, element, state: 'found' }),
      onLost: () => setState({ key: stepKey, element: null, state: 'lost' }),
      onMissing: () => setState({ key: stepKey, element: null, state: 'missing' }),
    });
  }, [entryName, row, budgetMs, active, stepKey]);
  // Until the effect has run for a new step, the previous step's element must not be shown.
  return state.key === stepKey ? state : { key: stepKey, element: null, state: 'searching' as TargetState };
}
