import type { ChecklistItem } from '../checklist/schema';
import type { CatalogItem } from './schema';

/** One case ("trường hợp") of a checklist, in the order the portal lists them. */
export interface ChecklistCase {
  title: string | null;
  items: CatalogItem[];
}

export function groupByCase(items: readonly CatalogItem[]): ChecklistCase[] {
  const cases: ChecklistCase[] = [];
  for (const item of items) {
    const last = cases[cases.length - 1];
    if (last && last.title === item.group) last.items.push(item);
    else cases.push({ title: item.group, items: [item] });
  }
  return cases;
}

/** Identifies a paper within its procedure for the "đã có" ticks (the same name may recur in two cases). */
export function ownedKey(item: Pick<ChecklistItem, 'group' | 'name'>): string {
  return `${item.group ?? ''}\u241f${item.name}`;
}

/** A paper the citizen must have in hand: to digitize and upload, or to show at the counter. */
export const needsBringing = (item: ChecklistItem) =>
  item.kind === 'paper' && (item.action === 'upload' || item.action === 'present');

/**
 * How many of the papers every applicant needs are at hand: papers needed
 * only in some cases do not count, and alternatives ("one of") count once.
 */
export function readiness(items: readonly CatalogItem[], owned: ReadonlySet<string>): { owned: number; total: number } {
  const units = new Map<string, boolean>();
  for (const item of items) {
    if (!needsBringing(item) || item.conditional) continue;
    const unit = item.oneOf ?? ownedKey(item);
    units.set(unit, (units.get(unit) ?? false) || owned.has(ownedKey(item)));
  }
  return { owned: [...units.values()].filter(Boolean).length, total: units.size };
}

/** Stable, unique keys for list rendering: the text itself, numbered when it repeats. */
export function withKeys<T>(list: readonly T[], text: (value: T) => string): { key: string; value: T }[] {
  const seen = new Map<string, number>();
  return list.map((value) => {
    const base = text(value);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, value };
  });
}
