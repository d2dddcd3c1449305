import { type FindOptions, resolveEntry } from './find-target';
import { frameDocuments } from './frames.dom';
import { SELECTORS, type SelectorName } from './selectors';

/**
 * The upload rows of a filing page, read from its DOM through the selector
 * registry: every known row trigger — the one-page filing's `Tải lên file`
 * (one shared file input) or an e-form row's `Chọn tệp tin`, the Justice
 * wizard's `Chọn tệp đính kèm` (opens the document dialog), liên thông's
 * `Chọn tệp`. Visible rows only: the portal's mobile layout keeps a hidden
 * copy of the table; rows of an e-form in a same-host frame count where the
 * frame sits (lib/portal/frames.dom.ts). Pure over the given root.
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

export interface UploadRowOptions extends FindOptions {
  /** Where a page's row triggers come from: the registry's entries (default), or lib/portal/generic-upload.ts on other portals. */
  findTriggers?: (root: ParentNode, options: FindOptions) => Element[];
}

const inPageOrder = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/** The row triggers of one document, once each, in page order. */
function triggersIn(root: ParentNode, options: UploadRowOptions): Element[] {
  if (options.findTriggers) return options.findTriggers(root, options);
  const found = new Set<Element>();
  for (const name of UPLOAD_TRIGGERS) for (const el of resolveEntry(root, SELECTORS[name], options)?.elements ?? []) found.add(el);
  return [...found].sort(inPageOrder);
}

/** Every row trigger on the page, a same-host frame's (an e-form in an iframe) where the frame sits. */
function triggers(root: ParentNode, options: UploadRowOptions): Element[] {
  const frames = frameDocuments(root);
  const own = triggersIn(root, options);
  if (!frames.length) return own;
  const inFrame = new Map(frames.map((f) => [f.frame, triggersIn(f.document, options)]));
  return [...own, ...inFrame.keys()].sort(inPageOrder).flatMap((el) => inFrame.get(el) ?? [el]);
}

/** The row trigger an element is (or is inside of), or null. */
export function uploadTriggerOf(target: Element, root: ParentNode, options: UploadRowOptions = {}): Element | null {
  return triggers(root, options).find((trigger) => trigger.contains(target)) ?? null;
}

const text = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Where an upload row shows on the page: what the overlay places its results beside. */
export interface UploadRowElements {
  row: Element;
  /** The cell naming the paper ("Tên giấy tờ"), when the row has one apart. */
  nameCell: Element | null;
  /** The cell holding the row's trigger. */
  triggerCell: Element;
  countsCell: Element | null;
  /** The table the row is in (the row itself when it is in none): what the results follow as it scrolls or re-lays out. */
  table: Element;
}

function rowElements(trigger: Element): UploadRowElements {
  // A generic trigger (lib/portal/generic-upload.ts) is the row itself, a list item included.
  const row = trigger.matches('tr, [role="row"], li') ? trigger : (trigger.closest('tr, [role="row"]') ?? trigger.parentElement ?? trigger);
  const cells = Array.from(row.children);
  const countsCell = cells.find((c) => COUNTS.test(text(c)) && !c.contains(trigger)) ?? null;
  const nameCell =
    cells.find((c) => c !== countsCell && !c.contains(trigger) && !c.querySelector('ul, li') && text(c).length > 2 && !/^\d+$/.test(text(c))) ??
    null;
  return { row, nameCell, countsCell, triggerCell: cells.find((c) => c.contains(trigger)) ?? trigger, table: row.closest('table') ?? row };
}

/** Every visible upload row's elements, keyed as readUploadRows keys them. */
export function uploadRowElements(root: ParentNode, options: FindOptions = {}): Map<string, UploadRowElements> {
  return new Map(triggers(root, options).map((trigger, index) => [String(index), rowElements(trigger)]));
}

function readRow(trigger: Element, index: number): UploadRow {
  const { row, nameCell, countsCell } = rowElements(trigger);
  // Without the list bullet the portal's names start with ("- Giấy chứng sinh").
  const label = (nameCell ? text(nameCell).replace(REQUIRED_MARK, '') : text(row)).replace(/^[-–+*•\s]+/, '').trim();
  const required = row.textContent?.includes(REQUIRED_MARK) ?? false;
  return { key: String(index), label, countsText: countsCell ? text(countsCell) : null, required: required || null };
}

/** Every visible upload row, in page order. Rows without the "Bắt buộc" mark are `required: null` only when no row has it. */
export function readUploadRows(root: ParentNode, options: UploadRowOptions = {}): UploadRow[] {
  const rows = triggers(root, options).map(readRow);
  const marked = rows.some((r) => r.required);
  return marked ? rows.map((r) => ({ ...r, required: Boolean(r.required) })) : rows;
}

/** The row whose upload button this is. */
export function uploadRowOfTrigger(trigger: Element, root: ParentNode, options: UploadRowOptions = {}): UploadRow | null {
  const index = triggers(root, options).indexOf(trigger);
  return index < 0 ? null : (readUploadRows(root, options)[index] ?? null);
}
