import { waitFor } from '@/lib/portal/dom-wait';
import { onPageChange } from '@/lib/portal/page-changes.dom';
import type { ChecklistResult } from './build';
import { checklistFromDocument } from './from-document';
import { Checklist } from './schema';

export interface WatchOptions {
  /** How long to wait for the "Thành phần hồ sơ" table before giving up on this page. */
  timeoutMs: number;
  /** Quiet time after the page changes before reading it again (the portal re-renders in bursts). */
  settleMs: number;
  /**
   * Give up on the table sooner once the page has not changed for this long:
   * where it may well never come (pages of other portals), the user hears so
   * in seconds, and a table rendered later still replaces the message.
   */
  quietMs?: number;
}

const sameChecklist = (a: ChecklistResult, b: ChecklistResult) =>
  JSON.stringify(Checklist.parse(a.checklist)) === JSON.stringify(Checklist.parse(b.checklist));

/**
 * Reads the detail page's checklist once its table appears, then again
 * whenever the page re-renders it differently. `onChange` gets each new
 * result — also an empty one, whose `unread` says what was missing, when the
 * table never appears within the budget or disappears later; the returned
 * function stops watching. The page's own text is only ever read, never
 * written back as markup.
 */
export function watchChecklist(
  document: Document,
  onChange: (result: ChecklistResult) => void,
  options: WatchOptions,
  /** The reader: the national portal's detail page by default, lib/checklist/from-any-page.ts on other portals. */
  read: (root: ParentNode) => ChecklistResult = checklistFromDocument,
): () => void {
  let stopped = false;
  let last: ChecklistResult | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const readFound = () => {
    const result = read(document);
    return result.checklist.items.length ? result : null;
  };
  const publish = (result: ChecklistResult) => {
    if (stopped || (last && sameChecklist(last, result))) return;
    last = result;
    onChange(result);
  };
  let stopObserving = () => {};
  const reread = () => {
    clearTimeout(timer);
    timer = setTimeout(() => publish(read(document)), options.settleMs);
  };
  void waitFor(document.body, readFound, options.timeoutMs, options.quietMs).then((first) => {
    if (stopped) return;
    publish(first ?? read(document));
    stopObserving = onPageChange(reread, document);
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    stopObserving();
  };
}
