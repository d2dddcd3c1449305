import { useEffect, useRef } from 'react';
import { appliesTo, type GuideView, type PageInfo } from '@/lib/guide/engine';
import type { Step } from '@/lib/guide/schema';
import { findTarget } from '@/lib/portal/find-target';
import { onPageChange } from '@/lib/portal/page-changes.dom';
import { isSelectorName, SELECTORS } from '@/lib/portal/selectors';
import { SEEN } from '@/lib/portal/track-target.dom';

const present = (step: Step) =>
  step.target !== null && isSelectorName(step.target.entry) && findTarget(document, SELECTORS[step.target.entry], step.target.row, SEEN) !== null;

/**
 * A later step (within the view's look-ahead) whose target is on this page
 * while the current step's is not: the user is already there — they went
 * faster than the guide, or did it another way.
 */
export function stepAhead(view: GuideView, page: PageInfo): Step | null {
  if (present(view.step)) return null;
  return view.ahead.find((s) => appliesTo(s, page) && present(s)) ?? null;
}

/**
 * While the current step's target is gone (it was there and went away) or
 * missing (its budget ran out), watches for the user being further on and
 * calls `onAhead` once with that step.
 */
export function useLookahead(view: GuideView, page: PageInfo, active: boolean, onAhead: (stepId: string) => void) {
  const report = useRef(onAhead);
  report.current = onAhead;
  useEffect(() => {
    if (!active) return;
    let done = false;
    const check = () => {
      const ahead = done ? null : stepAhead(view, page);
      if (!ahead) return;
      done = true;
      report.current(ahead.id);
    };
    check();
    const stop = onPageChange(check);
    return () => {
      done = true;
      stop();
    };
  }, [view, page, active]);
}
