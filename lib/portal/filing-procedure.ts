import type { ProcedureRef } from '../checklist/schema';
import { type FindOptions, resolveEntry } from './find-target';
import { SELECTORS, type SelectorName } from './selectors';

/**
 * The procedure a filing page is for, as the page shows it: the one-page
 * filing puts the procedure's name under its "Nộp hồ sơ trực tuyến" heading.
 * The code is not shown there (empty). Null when the page does not say.
 */
export function readFilingProcedure(root: ParentNode): ProcedureRef | null {
  const heading = resolveEntry(root, SELECTORS['filing.heading'])?.elements[0];
  const name = heading?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
  return name ? { code: '', name } : null;
}

/** The page's own submit (or next-step) buttons, most specific first: never "Lưu hồ sơ" (a draft) beside them. */
const SUBMITS: readonly SelectorName[] = ['filing.submit', 'moj.next', 'moj.submit', 'lienthong.submit'];

/** The page's own submit (or next-step) button, where the missing-items summary belongs. */
export function findSubmitButton(root: ParentNode, options: FindOptions = {}): Element | null {
  for (const name of SUBMITS) {
    const found = resolveEntry(root, SELECTORS[name], options)?.elements[0];
    if (found) return found;
  }
  return null;
}
