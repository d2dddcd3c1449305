import type { FindOptions } from './find-target';
import { foldLabel } from './text-match';

/** What upload buttons say on the portals seen so far, folded ("Chọn tệp", "Tải lên", "Đính kèm"…). */
const UPLOAD_WORDS = /^(chon (tep|file|tai lieu)|tai (len|tep|file)|dinh kem|them (tep|file)|upload|browse)\b/;
const CONTROLS = 'input[type="file"], button, a, [role="button"], label';
const ROW = 'tr, [role="row"], li';

// Tag and attribute tests, not instanceof: pure over the given root (no browser globals).
const isFileInput = (el: Element | null) => el?.tagName === 'INPUT' && el.getAttribute('type')?.toLowerCase() === 'file';

function isUploadControl(el: Element): boolean {
  if (el.tagName === 'INPUT') return isFileInput(el);
  const forId = el.tagName === 'LABEL' ? el.getAttribute('for') : null;
  if (forId && isFileInput(el.ownerDocument.getElementById(forId))) return true;
  const text = foldLabel(el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent || '');
  return text.length < 40 && UPLOAD_WORDS.test(text);
}

/**
 * Upload rows of a page the extension was not written for: every file input
 * and every button that says it uploads, taken as the row (table row, list
 * item) it sits in — the row is the trigger, so a click anywhere in it, on
 * the button or on a bare file input, tells which paper a file is for. A
 * control outside any row stands for itself. Shown controls only, once per
 * row, in page order.
 */
export function genericUploadTriggers(root: ParentNode, options: FindOptions = {}): Element[] {
  const rows = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll(CONTROLS))) {
    if (el.closest('[hidden], [aria-hidden="true"], [inert]') || !isUploadControl(el)) continue;
    // A hidden file input opened by a button beside it counts through the button.
    if (options.isShown && !options.isShown(el)) continue;
    rows.add(el.closest(ROW) ?? el);
  }
  return [...rows];
}
