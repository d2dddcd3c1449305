import { foldLabel } from './text-match';

/**
 * The upload rows of a filing page, read from its DOM: the one-page filing's
 * papers table (each row's `Tải lên file` button shares one file input) and
 * the Justice wizard's Bước 3 (each row's `Chọn tệp đính kèm` opens the
 * document dialog). Visible text and attributes only; pure over the given root.
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

const FILING_TRIGGER = 'button[title="Tải lên file"]';
const WIZARD_TRIGGER_TEXT = foldLabel('Chọn tệp đính kèm');
const REQUIRED_MARK = 'Bắt buộc';
const COUNTS = /\d+\s*bản\s*(chính|sao)/i;

/** Whether an element is (inside) a row's upload button. */
export function uploadTriggerOf(target: Element): Element | null {
  const filing = target.closest(FILING_TRIGGER);
  if (filing) return filing;
  const button = target.closest('button');
  return button && foldLabel(button.textContent ?? '') === WIZARD_TRIGGER_TEXT ? button : null;
}

function triggers(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('button')).filter((b) => uploadTriggerOf(b) === b);
}

function readRow(trigger: Element, index: number): UploadRow {
  const row = trigger.closest('tr') ?? trigger.parentElement ?? trigger;
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

/** Every upload row, in page order. Rows of the wizard without the mark are `required: null` only when no row has it. */
export function readUploadRows(root: ParentNode): UploadRow[] {
  const rows = triggers(root).map(readRow);
  const marked = rows.some((r) => r.required);
  return marked ? rows.map((r) => ({ ...r, required: Boolean(r.required) })) : rows;
}

/** The row whose upload button this is. */
export function uploadRowOfTrigger(trigger: Element, root: ParentNode): UploadRow | null {
  const index = triggers(root).indexOf(trigger);
  return index < 0 ? null : (readUploadRows(root)[index] ?? null);
}
