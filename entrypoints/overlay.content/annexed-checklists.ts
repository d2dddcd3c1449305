import { carryAnnexSkips } from '@/lib/checklist/carry-annex-skips';
import type { ChecklistItem } from '@/lib/checklist/schema';
import { ask } from '@/lib/messaging/client';

/**
 * What the page shows, with the catalog's per-procedure skips from the
 * annexes of NQ 66.7 carried over (lib/checklist/carry-annex-skips.ts), so
 * the overlay gives the advice the side panel gives. Each procedure is asked
 * for once per page; until the answer comes (or if it fails) the page's own
 * reading stands, and `onArrived` lets the caller draw again.
 */
export function annexedChecklists(onArrived: () => void) {
  const known = new Map<string, ChecklistItem[] | null>();
  return <T extends ChecklistItem>(procedure: { code?: string | null; name?: string | null } | null, items: readonly T[], options?: { addUnlisted: boolean }): T[] => {
    const ref = procedure?.code ? { code: procedure.code } : procedure?.name ? { name: procedure.name } : null;
    if (!ref) return [...items];
    const key = JSON.stringify(ref);
    if (!known.has(key)) {
      known.set(key, null);
      ask({ type: 'catalog/annexed-checklist', ...ref }).then(
        ({ items: catalogItems }) => {
          known.set(key, catalogItems);
          if (catalogItems.length) onArrived();
        },
        () => {},
      );
    }
    const catalogItems = known.get(key);
    return catalogItems?.length ? carryAnnexSkips(items, catalogItems as T[], options) : [...items];
  };
}
