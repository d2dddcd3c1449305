import type { AnnexEntry } from '@/lib/knowledge';
import { readProcedureHeader } from '@/lib/portal/procedure-header';
import { fold } from '@/lib/text';
import { buildChecklist, type ChecklistResult, type RawRow } from './build';
import { type Counts, parseCountCell } from './counts';
import { FORM_FILE_EXTENSION } from './form';

const SECTION_TITLE = 'thanh phan ho so';

const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

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

/** The header row (null when only `data-title` cells name the columns) and its columns, when `table` is a papers table. */
function dossierHeader(table: Element, rule: TableRule): { row: Element | null; columns: (Column | null)[] } | null {
  const row = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!row) return null;
  const columns = Array.from(row.children).map((cell) => columnOf(textOf(cell)));
  if (rule === 'published') return columns.includes('name') && columns.includes('form') && columns.includes('count') ? { row, columns } : null;
  if (columns.includes('name') && (columns.includes('count') || columns.includes('form'))) return { row, columns };
  const titled = Array.from(table.querySelectorAll('td[data-title]')).map((cell) => columnOf(cell.getAttribute('data-title') ?? ''));
  return titled.includes('name') && (titled.includes('count') || titled.includes('form')) ? { row: null, columns: [] } : null;
}

/**
 * The case title shown before a table: the nearest earlier element with text,
 * climbing out of wrappers (new portal: title element then table; old portal:
 * div.title beside div.content). Null at the section heading or when untitled ("--").
 */
function caseTitle(table: Element): string | null {
  let node: Element | null = table;
  for (let depth = 0; node && depth < 4; depth++) {
    let prev: Element | null = node.previousElementSibling;
    while (prev) {
      if (prev.tagName === 'TABLE' || prev.querySelector('table')) return null;
      const text = textOf(prev);
      if (text) return /^h[1-6]$/i.test(prev.tagName) && fold(text) === SECTION_TITLE ? null : text;
      prev = prev.previousElementSibling;
    }
    node = node.parentElement;
  }
  return null;
}

function rowOf(tr: Element, columns: (Column | null)[], group: string | null): RawRow | null {
  const cells = Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  if (cells.length === 0) return null;
  // Old-portal cells name their column (data-title); otherwise position decides.
  const column = (cell: Element, i: number): Column | null => {
    const titled = cell.getAttribute('data-title');
    return titled ? columnOf(titled) : (columns[i] ?? null);
  };
  let name = '';
  let counts: Counts | null = null;
  const forms: string[] = [];
  cells.forEach((cell, i) => {
    const col = column(cell, i);
    const text = textOf(cell);
    const asCount = text ? parseCountCell(text) : null;
    if (col === 'name' && !name) name = text;
    else if (asCount && !counts && (col === 'count' || col === 'form' || col === null)) counts = asCount;
    else if (col === 'form' || col === null) {
      const links = Array.from(cell.querySelectorAll('a')).map(textOf).filter(Boolean);
      forms.push(...(links.length ? links : FORM_FILE_EXTENSION.test(text) ? [text] : []));
    }
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
    for (const table of Array.from(root.querySelectorAll('table'))) {
      const header = dossierHeader(table, rule);
      if (!header) continue;
      tables++;
      const group = caseTitle(table);
      for (const tr of Array.from(table.querySelectorAll('tr'))) {
        if (tr === header.row || tr.closest('table') !== table || tr.closest('thead')) continue;
        const row = rowOf(tr, header.columns, group);
        if (row) rows.push(row);
      }
    }
    const unread = tables === 0 ? ['Không tìm thấy bảng “Thành phần hồ sơ” trên trang.'] : [];
    return buildChecklist(procedure, rows, unread, (procedure?.code && annexOf(procedure.code)) || []);
  } catch (error) {
    return buildChecklist(null, [], [`Không đọc được trang: ${error instanceof Error ? error.message : String(error)}`]);
  }
}
