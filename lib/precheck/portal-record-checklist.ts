import type { Checklist, ChecklistItem } from '../checklist/schema';

/**
 * Stand-in until the checklist engine lands on main: a plain checklist from
 * a portal record (one line of portal-api.jsonl). Every counted row is an
 * `upload` paper (`present` under a "xuất trình" case), the rest are notes;
 * nothing is classified as held by the state. Delete once
 * `checklistFromPortalRecord` is available.
 */
export function checklistFromPortalRecordStandIn(record: unknown): Checklist {
  const r = (record && typeof record === 'object' && 'data' in record ? (record as { data: unknown }).data : record) as {
    code?: string;
    name?: string;
    executionCases?: { name?: string | null; profileComponents?: { name?: string | null; originalQty?: number; copyQty?: number }[] | null }[] | null;
  };
  const items: ChecklistItem[] = [];
  for (const c of r.executionCases ?? []) {
    const title = (c.name ?? '').trim();
    const group = title && title !== '--' ? title : null;
    for (const p of c.profileComponents ?? []) {
      const name = (p.name ?? '').replace(/^[\s\-+•]+/, '').trim();
      if (!name) continue;
      const counted = (p.originalQty ?? 0) + (p.copyQty ?? 0) > 0;
      items.push({
        name,
        kind: counted ? 'paper' : 'note',
        group,
        original: counted ? (p.originalQty ?? 0) : null,
        copies: counted ? (p.copyQty ?? 0) : null,
        form: null,
        action: /xuất trình/i.test(title) ? 'present' : 'upload',
        heldBy: null,
        reason: '',
        legalBasis: null,
      });
    }
  }
  return { procedure: r.name ? { code: r.code ?? '', name: r.name } : null, items };
}
