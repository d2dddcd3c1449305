import { currentValue } from '@/lib/portal/control-value';
import { asFileInput, onFrameDocuments } from '@/lib/portal/frames.dom';
import { onPageChange } from '@/lib/portal/page-changes.dom';
import type { ActionKind } from './schema';

/** One thing the user did on the page. */
interface UserAction {
  type: 'click' | 'change' | 'drop';
  path: EventTarget[];
  at: number;
  files: number;
  /** It already completed a step: it cannot complete the next one too. */
  used: boolean;
}

/**
 * Actions of the last moments are kept: the step they complete may reach the
 * page a little after them (the background answers asynchronously, and may
 * be waking up), and a fast user must not be left behind.
 */
const RECENT_MS = 3000;
let recent: UserAction[] = [];
const subscribers = new Set<(action: UserAction) => void>();

function record(event: Event) {
  const type = event.type as UserAction['type'];
  const files = type === 'drop' ? ((event as DragEvent).dataTransfer?.files.length ?? 0) : (asFileInput(event.target)?.files?.length ?? 0);
  const action: UserAction = { type, path: event.composedPath(), at: performance.now(), files, used: false };
  recent = [...recent.filter((a) => action.at - a.at < RECENT_MS), action];
  for (const notify of subscribers) notify(action);
}

/**
 * Listens to the user's clicks, changes and drops on the page, in the capture
 * phase (the portal's handlers cannot hide them) and passively (we never
 * change or stop an event), in same-host frames too (an e-form in an
 * iframe). Installed once by the overlay for its lifetime.
 */
export function recordUserActions(doc: Document): () => void {
  const types = ['click', 'change', 'drop'] as const;
  const listenOn = (target: Document) => {
    for (const type of types) target.addEventListener(type, record, { capture: true, passive: true });
    return () => {
      for (const type of types) target.removeEventListener(type, record, { capture: true });
    };
  };
  const stopPage = listenOn(doc);
  const stopFrames = onFrameDocuments(doc, listenOn);
  return () => {
    stopPage();
    stopFrames();
    recent = [];
  };
}

/** Whether an action completes a step of this kind on this target (value steps also check the value). */
function matches(action: UserAction, target: Element, kind: ActionKind): boolean {
  const onTarget = action.path.includes(target);
  if (kind === 'click') return action.type === 'click' && onTarget;
  if (kind === 'file') return action.files > 0 && (action.type === 'change' || onTarget);
  return kind === 'value' && onTarget && action.type !== 'drop';
}

/**
 * Calls `report` once when the user's own action completes the step: a click
 * on the target, a file chosen, or a value entered in the target (typing
 * counts on "change", leaving the field, so the card does not move mid-word).
 * Actions of the last moments count too, once each. `shownBefore`: what the
 * element this target replaced showed (the portal turns a chosen picker into
 * an input): a different value in its place is a value entered.
 */
export function observeCompletion(target: Element, kind: Exclude<ActionKind, 'appears'>, report: () => void, shownBefore?: string): () => void {
  let done = false;
  const before = shownBefore ?? currentValue(target);
  const filled = () => currentValue(target).trim() !== '';
  const finish = (action: UserAction | null) => {
    if (done) return;
    done = true;
    if (action) action.used = true;
    report();
  };
  const consider = (action: UserAction, replay: boolean) => {
    if (done || action.used || !matches(action, target, kind)) return;
    if (kind !== 'value') return finish(action);
    // A click on a switch or checkbox changes it after this listener runs.
    queueMicrotask(() => {
      if (filled() && (replay || currentValue(target) !== before)) finish(action);
    });
  };
  if (kind === 'value' && shownBefore !== undefined && filled() && currentValue(target) !== shownBefore) {
    finish(null);
    return () => {};
  }
  for (const action of recent) consider(action, true);
  const live = (action: UserAction) => consider(action, false);
  subscribers.add(live);
  // Custom lists (the portal's listboxes) show the choice as the button's text, without a change event.
  const stopObserving = kind === 'value' ? onPageChange(() => currentValue(target) !== before && filled() && finish(null), target) : () => {};
  return () => {
    subscribers.delete(live);
    stopObserving();
  };
}
