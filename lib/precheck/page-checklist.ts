import { classifyItem } from '../checklist/classify';
import type { Checklist, ProcedureRef } from '../checklist/schema';
import type { UploadRow } from '../portal/upload-rows';
import type { ItemWithAlternatives } from './missing';

const count = (text: string | null, word: 'chính' | 'sao') => {
  const match = text ? new RegExp(`(\\d+)\\s*bản\\s*${word}`, 'i').exec(text) : null;
  return match ? Number(match[1]) : null;
};

function itemOf(row: UploadRow, procedure: ProcedureRef | null): ItemWithAlternatives {
  const original = count(row.countsText, 'chính');
  const copies = count(row.countsText, 'sao');
  // "0 bản chính" rows are explanations the portal lays out as rows.
  const kind = original === 0 && (copies ?? 0) === 0 ? 'note' : 'paper';
  return {
    name: row.label,
    kind,
    group: null,
    original: kind === 'note' ? null : original,
    copies: kind === 'note' ? null : copies,
    form: null,
    ...classifyItem({ name: row.label, kind, group: null, procedureName: procedure?.name ?? null }),
    ...(row.required === false ? { conditional: true } : {}),
  };
}

/**
 * The checklist of the papers a filing page asks for, from its upload rows,
 * each classified by the checklist engine (so a row for a paper the state
 * holds is `skip`, naming where): what the held-by-state reminder, the
 * missing-items summary and the slip work from on that page. Rows the
 * Justice wizard does not mark "Bắt buộc" are needed only in some case;
 * rows counted "0 bản chính" are notes.
 */
export function checklistFromUploadRows(procedure: ProcedureRef | null, rows: readonly UploadRow[]): Checklist & { items: ItemWithAlternatives[] } {
  return { procedure, items: rows.map((row) => itemOf(row, procedure)) };
}
