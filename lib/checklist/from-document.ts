import type { AnnexEntry } from '@/lib/knowledge';
import { type PageTable, readPageTables, type TableCell } from '@/lib/portal/page-tables';
import { readProcedureHeader } from '@/lib/portal/procedure-header';
import { fold } from '@/lib/text';
import { buildChecklist, type ChecklistResult, type RawRow } from './build';
import { type Counts, parseCountCell } from './counts';
import { FORM_FILE_EXTENSION } from './form';

const SECTION_TITLE = 'thanh phan ho so';

type Column = 'name' | 'form' | 'count';

function columnOf(label: string): Column | null {
  const f = fold(label);
  // Other portals also head the column "Thành phần hồ sơ" or "Tên thành phần (hồ sơ)".
  if (f.startsWith('ten giay to') || f.startsWith('ten thanh phan') || f === SECTION_TITLE) return 'name';
  if (f.startsWith('mau don')) return 'form';
  if (f.startsWith('so luong')) return 'count';
  return null;
}

/**
 * Which tables are a papers list. `published`: the national portal's detail page, all three columns (Tên giấy tờ |
 * Mẫu đơn, tờ khai | Số lượng) — its filing page's own table (STT | Tên giấy tờ | Số lượng | Tệp đính kèm) is not the
 * published list. `any`: a page the extension was not written for, a name column and a count or form column, named by
 * the header row or by the cells' own `data-title` (old-portal responsive tables).
 */
export type TableRule = 'published' | 'any';

/** The columns, when `table` is a papers table; `byHead`: named by its heading row (else only by `data-title` cells). */
function dossierHeader(table: PageTable, rule: TableRule): { byHead: boolean; columns: (Column | null)[] } | null {
  if (!table.head) return null;
  const columns = table.head.map(columnOf);
  if (rule === 'published') return columns.includes('name') && columns.includes('form') && columns.includes('count') ? { byHead: true, columns } : null;
  if (columns.includes('name') && (columns.includes('count') || columns.includes('form'))) return { byHead: true, columns };
  const titled = table.titles.map(columnOf);
  return titled.includes('name') && (titled.includes('count') || titled.includes('form')) ? { byHead: false, columns: [] } : null;
}

/** The case title shown before a table; null at the section heading or when untitled ("--"). */
function caseTitle(table: PageTable): string | null {
  const before = table.before;
  if (!before) return null;
  return before.heading && fold(before.text) === SECTION_TITLE ? null : before.text;
}

function rowOf(cells: readonly TableCell[], columns: (Column | null)[], group: string | null): RawRow | null {
  if (cells.length === 0) return null;
  // Old-portal cells name their column (data-title); otherwise position decides.
  const column = (cell: TableCell, i: number): Column | null => (cell.title ? columnOf(cell.title) : (columns[i] ?? null));
  let name = '';
  let counts: Counts | null = null;
  const forms: string[] = [];
  cells.forEach((cell, i) => {
    const col = column(cell, i);
    const text = cell.text;
    const asCount = text ? parseCountCell(text) : null;
    if (col === 'name' && !name) name = text;
    else if (asCount && !counts && (col === 'count' || col === 'form' || col === null)) counts = asCount;
    else if (col === 'form' || col === null) forms.push(...(cell.links.length ? cell.links : FORM_FILE_EXTENSION.test(text) ? [text] : []));
  });
  if (!name && !counts) return null;
  return { group, name, counts, forms };
}

/**
 * Checklist from a procedure detail page: the new portal's tables after the
 * "Thành phần hồ sơ" heading and the old portal's `table.table-result`, both
 * recognised by their header cells. Takes the root to read (no browser globals);
 * `annexOf` gives what NQ 66.7/2025/NQ-CP's annexes say of a procedure code.
 */
export function checklistFromDocument(root: ParentNode, annexOf: (code: string) => readonly AnnexEntry[] | undefined = () => undefined): ChecklistResult {
  return checklistFromTables(root, 'published', () => readProcedureHeader(root), annexOf);
}

/**
 * The one table reader behind both: the papers tables `rule` accepts, read
 * row by row into the shared checklist engine; `procedureOf` names the
 * procedure the page is about. Never throws.
 */
export function checklistFromTables(
  root: ParentNode,
  rule: TableRule,
  procedureOf: () => { code: string | null; name: string } | null,
  annexOf: (code: string) => readonly AnnexEntry[] | undefined = () => undefined,
): ChecklistResult {
  try {
    const header = procedureOf();
    const procedure = header ? { code: header.code ?? '', name: header.name } : null;
    const rows: RawRow[] = [];
    let tables = 0;
    for (const table of readPageTables(root)) {
      const header = dossierHeader(table, rule);
      if (!header) continue;
      tables++;
      const group = caseTitle(table);
      for (const tr of table.rows()) {
        if (tr.head && header.byHead) continue;
        const row = rowOf(tr.cells, header.columns, group);
        if (row) rows.push(row);
      }
    }
    const unread = tables === 0 ? ['Không tìm thấy bảng “Thành phần hồ sơ” trên trang.'] : [];
    return buildChecklist(procedure, rows, unread, (procedure?.code && annexOf(procedure.code)) || []);
  } catch (error) {
    return buildChecklist(null, [], [`Không đọc được trang: ${error instanceof Error ? error.message : String(error)}`]);
  }
}
