import { carryAnnexSkips, isAnnexSkip } from '@/lib/checklist/carry-annex-skips';
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
  return <T extends ChecklistItem>(procedure: { code?: string | null; name: string } | null, items: readonly T[], options?: { addUnlisted: boolean }): T[] => {
    // Nothing read from the page: nothing to carry onto (an unreadable page's fallback asks for itself).
    if (!procedure?.name || !items.length) return [...items];
    const ref = { code: procedure.code || null, name: procedure.name };
    const key = JSON.stringify(ref);
    if (!known.has(key)) {
      known.set(key, null);
      // By code, else by exact name (a filing page shows only the name): lib/catalog/match-procedure.ts.
      ask({ type: 'catalog/match', ...ref }).then(
        ({ procedure: match }) => {
          const catalogItems = match?.checklist?.items ?? [];
          known.set(key, catalogItems);
          if (catalogItems.some(isAnnexSkip)) onArrived();
        },
        () => {},
      );
    }
    const catalogItems = known.get(key);
    return catalogItems?.length ? carryAnnexSkips(items, catalogItems as T[], options) : [...items];
  };
}
