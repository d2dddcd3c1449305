import type { ProcedureRef } from '../checklist/schema';
import { foldLabel } from './text-match';

const FILING_HEADING = foldLabel('Nộp hồ sơ trực tuyến');

/**
 * The procedure a filing page is for, as the page shows it: the one-page
 * filing puts the procedure's name under its "Nộp hồ sơ trực tuyến" heading.
 * The code is not shown there (empty). Null when the page does not say.
 */
export function readFilingProcedure(root: ParentNode): ProcedureRef | null {
  const heading = Array.from(root.querySelectorAll('h1')).find((h) => foldLabel(h.textContent ?? '') === FILING_HEADING);
  const name = heading?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
  return name ? { code: '', name } : null;
}

const SUBMIT_TEXTS = ['Lưu và nộp hồ sơ', 'Gửi hồ sơ', 'Bước tiếp theo'].map(foldLabel);

/** The page's own submit (or next-step) button, where the missing-items summary belongs. */
export function findSubmitButton(root: ParentNode): Element | null {
  const buttons = Array.from(root.querySelectorAll('button'));
  return (
    buttons.find((b) => foldLabel(b.textContent ?? '') === SUBMIT_TEXTS[0]) ??
    buttons.find((b) => b.matches('[data-e2e="btn-next"]') && !b.closest('[hidden]')) ??
    null
  );
}
