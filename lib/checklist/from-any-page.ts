import type { AnnexEntry } from '@/lib/knowledge';
import { readOtherPortalProcedure } from '@/lib/portal/other-portal-procedure';
import type { ChecklistResult } from './build';
import { checklistFromTables } from './from-document';

/**
 * Checklist from a page the extension was not written for (a provincial or
 * ministry portal): any table headed like a papers list ("Tên giấy tờ",
 * "Thành phần hồ sơ", "Số lượng", or old-portal `data-title` cells), read by
 * the same engine as the national portal's. When no such table is there,
 * `unread` says so and the checklist is empty.
 */
export function checklistFromAnyPage(root: ParentNode, annexOf?: (code: string) => readonly AnnexEntry[] | undefined): ChecklistResult {
  return checklistFromTables(root, 'any', () => readOtherPortalProcedure(root), annexOf);
}
