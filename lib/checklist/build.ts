import type { AnnexEntry } from '@/lib/knowledge';
import { fold } from '@/lib/text';
import { addAnnexSkips } from './annex-skips';
import { classifyItem } from './classify';
import { type Counts, countsFromWording, UNKNOWN_COUNTS } from './counts';
import { formFromWording, joinFormFiles } from './form';
import { cleanGroupTitle, cleanItemName } from './name';
import { isNoteRow } from './note';
import type { ChecklistEntry, DetailedChecklist, ProcedureRef } from './schema';

/** One row as a source gives it, before cleaning and classification. */
export interface RawRow {
  /** Case title as written ("* Giấy tờ phải nộp:", "--", "") or null. */
  group: string | null;
  name: string;
  /** The row's count cell; null when the source has none for this row. */
  counts: Counts | null;
  /** Template file names attached to the row. */
  forms: readonly string[];
}

export interface ChecklistResult {
  checklist: DetailedChecklist;
  /** What could not be read, in Vietnamese (truncated text, rows without a count, …). */
  unread: string[];
}

const CONDITIONAL_OPENING = /^(\(?\s*)?(trong truong hop|truong hop|doi voi|neu|rieng)\b/;
const CONDITIONAL_ANYWHERE = /\b(neu co|trong truong hop|doi voi truong hop|truong hop co)\b/;
const ONE_OF = /\bmot trong (cac|nhung|hai|ba)\b/;

function isConditional(name: string, group: string | null): boolean {
  const text = fold(name);
  return CONDITIONAL_OPENING.test(text) || CONDITIONAL_ANYWHERE.test(text) || (group !== null && CONDITIONAL_OPENING.test(fold(group)));
}

/** Direct-filing paper form vs online interactive form of the same declaration: one of the two is enough. */
function declarationChannel(name: string): 'direct' | 'online' | null {
  const text = fold(name);
  if (/\b(mau (ho tich )?dien tu tuong tac|bieu mau dien tu)\b/.test(text)) return 'online';
  if (/^to khai\b/.test(text) && /\b(hinh thuc truc tiep|truc tiep hoac gui)\b/.test(text)) return 'direct';
  return null;
}

/**
 * Cleans, groups and classifies rows into the checklist every source ends up
 * as. Never throws: rows that cannot be read are reported in `unread`.
 * `annex`: what Phụ lục I/II of NQ 66.7/2025/NQ-CP say of this procedure.
 */
export function buildChecklist(
  procedure: ProcedureRef | null,
  rows: readonly RawRow[],
  unread: string[] = [],
  annex: readonly AnnexEntry[] = [],
): ChecklistResult {
  const items: ChecklistEntry[] = [];
  let blank = 0;
  let uncounted = 0;
  for (const row of rows) {
    const name = cleanItemName(row.name);
    if (!name) {
      blank++;
      continue;
    }
    const group = cleanGroupTitle(row.group);
    const kind = isNoteRow(name, row.counts ?? UNKNOWN_COUNTS, group) ? 'note' : 'paper';
    // The portal writes "0 bản chính" for rows whose count it does not know; the wording may still say it.
    const uncountedRow = !row.counts || (row.counts.original === 0 && row.counts.copies === 0);
    const counts = kind === 'paper' && uncountedRow ? countsFromWording(name) : (row.counts ?? UNKNOWN_COUNTS);
    const countable = kind === 'paper';
    if (kind === 'paper' && !row.counts && counts.original === null && counts.copies === null) uncounted++;
    const classification = classifyItem({ name, kind, group, procedureName: procedure?.name ?? null, annex });
    items.push({
      name,
      kind,
      group,
      original: countable ? counts.original : null,
      copies: countable ? counts.copies : null,
      form: joinFormFiles(row.forms) ?? (kind === 'paper' ? formFromWording(name) : null),
      ...classification,
      conditional: kind === 'paper' && isConditional(name, group),
      oneOf: group !== null && ONE_OF.test(fold(group)) ? group : null,
    });
  }
  pairDeclarations(items);
  addAnnexSkips(items, annex);
  const notes = [...unread];
  if (blank) notes.push(`Bỏ qua ${blank} dòng không có tên giấy tờ.`);
  if (uncounted) notes.push(`Không ghi số lượng bản cho ${uncounted} giấy tờ.`);
  return { checklist: { procedure, items }, unread: notes };
}

function pairDeclarations(items: ChecklistEntry[]): void {
  const byGroup = new Map<string, ChecklistEntry[]>();
  for (const item of items) {
    if (item.action !== 'fill' || !declarationChannel(item.name)) continue;
    const key = item.group ?? '';
    byGroup.set(key, [...(byGroup.get(key) ?? []), item]);
  }
  for (const [group, declarations] of byGroup) {
    const channels = new Set(declarations.map((d) => declarationChannel(d.name)));
    if (channels.size < 2) continue;
    for (const d of declarations) d.oneOf = `${group || 'Tờ khai'} — tờ khai giấy hoặc biểu mẫu điện tử`;
  }
}
