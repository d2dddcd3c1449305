import { z } from 'zod';
import type { AnnexEntry } from '@/lib/knowledge';
import { buildChecklist, type ChecklistResult, type RawRow } from './build';
import { cleanGroupTitle } from './name';

const count = z.number().int().nonnegative().catch(0);

/** The part of the portal API record (`data` of /api/thu-tuc-hanh-chinh/<uuid>) the checklist reads. */
export const PortalRecord = z.object({
  code: z.string().catch(''),
  name: z.string().catch(''),
  executionCases: z
    .array(
      z.object({
        name: z.string().nullish(),
        profileComponents: z
          .array(
            z.object({
              name: z.string().nullish(),
              originalQty: count.optional(),
              copyQty: count.optional(),
              attachments: z.array(z.object({ fileName: z.string().nullish() }).passthrough()).nullish(),
            }),
          )
          .nullish(),
      }),
    )
    .nullish(),
});
export type PortalRecord = z.infer<typeof PortalRecord>;

/** Accepts the record itself or the API envelope `{ code: "OK", data: record }`. */
function unwrap(input: unknown): unknown {
  if (input && typeof input === 'object' && 'data' in input && !('executionCases' in input)) {
    return (input as { data: unknown }).data;
  }
  return input;
}

/**
 * Checklist from the portal's own record (one line of portal-api.jsonl, or its
 * API envelope); `annex` is what NQ 66.7/2025/NQ-CP's annexes say of it.
 */
export function checklistFromPortalRecord(input: unknown, annex: readonly AnnexEntry[] = []): ChecklistResult {
  const parsed = PortalRecord.safeParse(unwrap(input));
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'bản ghi';
    return buildChecklist(null, [], [`Bản ghi không đúng cấu trúc dữ liệu của Cổng (${where}); không đọc được thành phần hồ sơ.`]);
  }
  const record = parsed.data;
  const procedure = record.name ? { code: record.code, name: record.name } : null;
  const cases = record.executionCases ?? [];
  const rows: RawRow[] = [];
  const unread: string[] = [];
  if (cases.length === 0) unread.push('Bản ghi không có thành phần hồ sơ.');
  for (const c of cases) {
    const components = c.profileComponents ?? [];
    // A case without papers is an explanation in the portal's table layout: keep its title as a note of that case.
    if (components.length === 0 && cleanGroupTitle(c.name)) {
      rows.push({ group: c.name ?? null, name: c.name ?? '', counts: { original: 0, copies: 0 }, forms: [] });
      continue;
    }
    for (const p of components) {
      rows.push({
        group: c.name ?? null,
        name: p.name ?? '',
        counts: { original: p.originalQty ?? 0, copies: p.copyQty ?? 0 },
        forms: (p.attachments ?? []).map((a) => a.fileName?.trim() ?? '').filter(Boolean),
      });
    }
  }
  return buildChecklist(procedure, rows, unread, annex);
}
