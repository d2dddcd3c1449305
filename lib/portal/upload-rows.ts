import { type FindOptions, resolveEntry } from './find-target';
import { SELECTORS, type SelectorName } from './selectors';

/**
 * The upload rows of a filing page, read from its DOM through the selector
 * registry: every known row trigger — the one-page filing's `Tải lên file`
 * (one shared file input) or an e-form row's `Chọn tệp tin`, the Justice
 * wizard's `Chọn tệp đính kèm` (opens the document dialog), liên thông's
 * `Chọn tệp`. Visible rows only: the portal's mobile layout keeps a hidden
 * copy of the table. Pure over the given root.
 */
export interface UploadRow {
  /** Position among the page's upload rows, as a string key. */
  key: string;
  /** The paper's name as the row shows it. */
  label: string;
  /** The row's count cell ("1 bản chính, 1 bản sao"), when it has one. */
  countsText: string | null;
  /** The row says "Bắt buộc" (the Justice wizard marks required rows); null when the page does not mark them. */
  required: boolean | null;
}

/**
 * Registry entries whose matches open a row's file choice.
 * guess: an e-form row's `Chọn tệp tin` leads to a file input the pre-check sees (the captures do not say what it opens).
 */
export const UPLOAD_TRIGGERS: readonly SelectorName[] = ['filing.uploadButton', 'moj.attachButton', 'lienthong.uploadButton'];

const REQUIRED_MARK = 'Bắt buộc';
const COUNTS = /\d+\s*bản\s*(chính|sao)/i;

/** Every row trigger on the page, once each, in page order. */
function triggers(root: ParentNode, options: FindOptions): Element[] {
  const found = new Set<Element>();
  for (const name of UPLOAD_TRIGGERS) for (const el of resolveEntry(root, SELECTORS[name], options)?.elements ?? []) found.add(el);
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The row trigger an element is (or is inside of), or null. */
export function uploadTriggerOf(target: Element, root: ParentNode, options: FindOptions = {}): Element | null {
  return triggers(root, options).find((trigger) => trigger.contains(target)) ?? null;
}

function readRow(trigger: Element, index: number): UploadRow {
  const row = trigger.closest('tr, [role="row"]') ?? trigger.parentElement ?? trigger;
  const cells = Array.from(row.children);
  const text = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
  const countsCell = cells.find((c) => COUNTS.test(text(c)) && !c.contains(trigger));
  const nameCell = cells.find(
    (c) => c !== countsCell && !c.contains(trigger) && !c.querySelector('ul, li') && text(c).length > 2 && !/^\d+$/.test(text(c)),
  );
  // Without the list bullet the portal's names start with ("- Giấy chứng sinh").
  const label = (nameCell ? text(nameCell).replace(REQUIRED_MARK, '') : text(row)).replace(/^[-–+*•\s]+/, '').trim();
  const required = row.textContent?.includes(REQUIRED_MARK) ?? false;
  return { key: String(index), label, countsText: countsCell ? text(countsCell) : null, required: required || null };
}

/** Every visible upload row, in page order. Rows without the "Bắt buộc" mark are `required: null` only when no row has it. */
export function readUploadRows(root: ParentNode, options: FindOptions = {}): UploadRow[] {
  const rows = triggers(root, options).map(readRow);
  const marked = rows.some((r) => r.required);
  return marked ? rows.map((r) => ({ ...r, required: Boolean(r.required) })) : rows;
}

/** The row whose upload button this is. */
export function uploadRowOfTrigger(trigger: Element, root: ParentNode, options: FindOptions = {}): UploadRow | null {
  const index = triggers(root, options).indexOf(trigger);
  return index < 0 ? null : (readUploadRows(root, options)[index] ?? null);
}
