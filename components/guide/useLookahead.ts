import { useEffect, useRef } from 'react';
import { appliesTo, type GuideView, type PageInfo } from '@/lib/guide/engine';
import { findTarget } from '@/lib/portal/find-target';
import { isSelectorName, SELECTORS } from '@/lib/portal/selectors';
import { isShown } from '@/lib/portal/track-target.dom';

/** How long a never-seen target may be late before later steps are looked for. */
const GRACE_MS = 1500;

/**
 * While the current step's target is absent, watches for a later step's
 * target on this page: if the user is already there (went faster than the
 * guide, or did it another way), `onAhead` moves the guide on. A target that
 * was seen and went away is strong evidence, so it is looked for at once.
 */
export function useLookahead(view: GuideView, page: PageInfo, active: boolean, lost: boolean, onAhead: (stepId: string) => void) {
  const report = useRef(onAhead);
  report.current = onAhead;
  useEffect(() => {
    if (!active) return;
    const candidates = view.ahead.filter((s) => s.target && isSelectorName(s.target.entry) && appliesTo(s, page));
    if (candidates.length === 0) return;
    let done = false;
    const check = () => {
      if (done) return;
      const found = candidates.find((s) => s.target && findTarget(document, SELECTORS[s.target.entry as keyof typeof SELECTORS], s.target.row, { isShown }));
      if (!found) return;
      done = true;
      report.current(found.id);
    };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => {
      check();
      observer.observe(document.body, { childList: true, subtree: true });
    }, lost ? 0 : GRACE_MS);
    return () => {
      done = true;
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [view, page, active, lost]);
}
