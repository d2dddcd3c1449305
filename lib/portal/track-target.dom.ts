import type { FindOptions } from './find-target';
import { onFrameDocuments } from './frames.dom';
import { onPageChange } from './page-changes.dom';

/** Laid out and not hidden by CSS: what a person can see and click. */
export function isShown(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const rect = el.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}

/** What a person sees on the page, a same-host frame's content (an e-form in an iframe) included. */
export const SEEN: FindOptions = { isShown, frames: true };

export interface TrackCallbacks {
  /** The target was found, or found again after the portal re-rendered it (a new element). */
  onFound(el: Element): void;
  /** The element shown so far left the page and nothing replaces it yet. */
  onLost(): void;
  /** Nothing found within the budget. Tracking goes on: a late target still calls onFound. */
  onMissing(): void;
}

/**
 * Keeps a portal element in hand while the portal renders late and re-renders
 * often: resolves now, again on every DOM change while not found, and again
 * when the element held so far is detached or hidden (React replaced it).
 * Returns a function that stops tracking.
 */
export function trackTarget(resolve: () => Element | null, budgetMs: number, callbacks: TrackCallbacks, root: Node = document): () => void {
  let current: Element | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let missed = false;

  const armBudget = () => {
    if (timer !== null || missed) return;
    timer = setTimeout(() => {
      timer = null;
      if (current) return;
      missed = true;
      callbacks.onMissing();
    }, budgetMs);
  };

  const check = () => {
    if (current?.isConnected && isShown(current)) return;
    const found = resolve();
    if (found === current) return;
    const hadOne = current !== null;
    current = found;
    if (found) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      callbacks.onFound(found);
    } else {
      if (hadOne) callbacks.onLost();
      armBudget();
    }
  };

  // The shared observer sees attributes too: dialogs open and close by data-state/hidden/aria-hidden, not only by insertion.
  const stopPage = onPageChange(check, root);
  // A target in a same-host frame (an e-form in an iframe) changes there, where the page's observer does not see.
  const stopFrames =
    root.nodeType === Node.DOCUMENT_NODE
      ? onFrameDocuments(root as Document, (frameDocument) => {
          queueMicrotask(check);
          return onPageChange(check, frameDocument);
        })
      : () => {};
  const stop = () => {
    stopPage();
    stopFrames();
  };
  check();
  if (!current) armBudget();
  return () => {
    stop();
    if (timer !== null) clearTimeout(timer);
  };
}
