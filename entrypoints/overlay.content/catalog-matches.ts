import { carryAnnexSkips } from '@/lib/checklist/carry-annex-skips';
import type { Checklist, ChecklistItem } from '@/lib/checklist/schema';
import { ask } from '@/lib/messaging/client';

type Named = { code?: string | null; name: string };

/** The catalog's copy of a procedure, as `catalog/match` gave it. */
interface Match {
  procedure: { code: string; name: string };
  items: ChecklistItem[];
}

/**
 * The overlay's one cache of the catalog's answers (`catalog/match`: by code,
 * else exact name, lib/catalog/match-procedure.ts), shared by every feature,
 * so a procedure is asked for once per page whoever needs it. Two uses:
 * the per-procedure skips from the annexes of NQ 66.7 carried onto what the
 * page shows (lib/checklist/carry-annex-skips.ts), and on another portal
 * whose papers could not be read, the catalog's checklist in their place.
 * Until an answer comes (or if it fails) callers get what the page gave;
 * `onArrived` listeners are told when one comes.
 */
export function catalogMatches() {
  const known = new Map<string, Match | null>();
  const listeners = new Set<() => void>();
  const lookUp = (named: Named): Match | null => {
    const ref = { code: named.code || null, name: named.name.slice(0, 2000) };
    const key = JSON.stringify(ref);
    if (!known.has(key)) {
      known.set(key, null);
      ask({ type: 'catalog/match', ...ref }).then(
        ({ procedure }) => {
          if (!procedure?.checklist?.items.length) return;
          known.set(key, { procedure: { code: procedure.code, name: procedure.name }, items: procedure.checklist.items });
          for (const listener of [...listeners]) listener();
        },
        () => {},
      );
    }
    return known.get(key) ?? null;
  };
  return {
    /** `items` with the catalog's annex skips for `procedure` carried over (see carryAnnexSkips for `options`). */
    annexed<T extends ChecklistItem>(procedure: Named | null, items: readonly T[], options?: { addUnlisted: boolean }): T[] {
      // Nothing read from the page: nothing to carry onto (an unreadable page's fallback asks for itself).
      if (!procedure?.name || !items.length) return [...items];
      const match = lookUp(procedure);
      return match ? carryAnnexSkips(items, match.items as T[], options) : [...items];
    },
    /** The catalog's checklist of the procedure a page names, once known. */
    checklistOf(named: Named | null): Checklist | null {
      const match = named?.name ? lookUp(named) : null;
      return match && { procedure: match.procedure, items: match.items };
    },
    /** Calls `listener` when an answer arrives; returns the unsubscribe function. */
    onArrived(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type CatalogMatches = ReturnType<typeof catalogMatches>;
