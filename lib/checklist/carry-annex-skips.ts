import { fold } from '@/lib/text';
import type { ChecklistItem } from './schema';

/** A skip the catalog holds because Phụ lục I/II of NQ 66.7 names the paper for this very procedure. */
export const isAnnexSkip = (item: ChecklistItem): boolean => item.action === 'skip' && (item.reasonCodes ?? []).some((r) => r.code === 'held.annex');

/**
 * A checklist read from the procedure's page, with the per-procedure skips
 * the catalog derived from the annexes carried over: the page words its rows
 * as the portal does and knows nothing of the annexes, so without them the
 * freshest copy would tell the citizen to upload papers the law says nobody
 * may ask for. A page row the catalog decided by the annex (same name) takes
 * the catalog's decision; a skip line the catalog added after a row goes
 * right after that row on the page, or at the end when the page has no such
 * row. Carrying twice changes nothing.
 */
export function carryAnnexSkips<T extends ChecklistItem>(
  pageItems: readonly T[],
  catalogItems: readonly T[],
  /** False where each page item stands for one upload row (the filing page): decisions only, no added lines. */
  { addUnlisted = true } = {},
): T[] {
  const key = (item: ChecklistItem) => fold(item.name);
  const annexed = new Map<string, T>();
  for (const item of catalogItems) if (isAnnexSkip(item) && !annexed.has(key(item))) annexed.set(key(item), item);
  // Nothing read from the page: the reader's "could not read" must stand, not a list of skips alone.
  if (!annexed.size || !pageItems.length) return [...pageItems];
  const pageKeys = new Set(pageItems.map(key));
  // The skip lines the page has no row for, by the catalog row they follow (null: no such row on the page).
  const after = new Map<string | null, T[]>();
  let previous: string | null = null;
  for (const item of catalogItems) {
    const k = key(item);
    if (annexed.get(k) === item && !pageKeys.has(k)) {
      const anchor = previous !== null && pageKeys.has(previous) ? previous : null;
      after.set(anchor, [...(after.get(anchor) ?? []), item]);
    }
    if (!isAnnexSkip(item) || pageKeys.has(k)) previous = k;
  }
  const out: T[] = [];
  for (const item of pageItems) {
    out.push(annexed.get(key(item)) ?? item);
    out.push(...(after.get(key(item)) ?? []));
    after.delete(key(item)); // a row the page repeats carries them once
  }
  if (!addUnlisted) return pageItems.map((item) => annexed.get(key(item)) ?? item);
  return [...out, ...(after.get(null) ?? [])];
}
