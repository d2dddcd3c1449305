import { browser } from 'wxt/browser';
import type { ChecklistItem, ProcedureRef } from '../checklist/schema';
import { ask } from '../messaging/client';
import { GuideChanged } from '../messaging/guide';
import { readPage, watchPage } from './current-page.dom';
import { type GuideEvent, type GuideView, type PageInfo, supersedes } from './engine';
import { watchHandOff } from './hand-off.dom';
import type { GuideId } from './guides';

export interface GuideConnection {
  /** Reports an event (user action, page change, navigation button) to the background. */
  send(event: GuideEvent): void;
  start(guideId: GuideId, procedure: ProcedureRef | null, items: ChecklistItem[] | null): Promise<void>;
  dispose(): void;
}

/** Reports an event to the background, which owns progress; the answer is the guide as it now is. */
export function reportGuideEvent(event: GuideEvent, sessionId: string): Promise<GuideView | null> {
  return event.type === 'stop' ? ask({ type: 'guide/stop', sessionId }) : ask({ type: 'guide/advance', sessionId, event });
}

/** Whether a message is the background's "the guide changed" (only ever from this extension). */
export const isGuideChanged = (message: unknown, sender: { id?: string }): boolean =>
  sender.id === browser.runtime.id && GuideChanged.safeParse(message).success;

/**
 * The page's side of the guide: the background owns progress; this reports
 * the page and the user's actions, and hands every fresh view to `onChange`.
 * Views are ordered by revision, so a slow answer never undoes a newer one.
 * `sessionId` gives the id the tab's writes carry (lib/messaging/session-id-client.ts).
 */
export function connectGuide(
  onChange: (view: GuideView | null, page: PageInfo) => void,
  sessionId: () => Promise<string>,
): GuideConnection {
  let page = readPage();
  let shown: GuideView | null = null;
  let disposed = false;

  const apply = (view: GuideView | null) => {
    if (disposed || !supersedes(view, shown)) return;
    shown = view;
    onChange(view, page);
  };
  const refresh = () => void ask({ type: 'guide/get' }).then(apply, () => {});
  const send = (event: GuideEvent) =>
    void sessionId()
      .then((id) => reportGuideEvent(event, id))
      .then(apply, () => {});

  // Arriving on a page is news for the guide (a reload resumes; a new page may move it on).
  send({ type: 'page-changed', page });
  // Sent even before the first answer: a guide not known here yet may be running.
  const stopWatching = watchPage((now) => {
    page = now;
    onChange(shown, page);
    send({ type: 'page-changed', page });
  });
  // Leaving for another portal while a guide runs: the background remembers it, to resume when the user is back.
  const stopHandOff = watchHandOff((url) => {
    if (shown) send({ type: 'handed-off', url });
  });
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (isGuideChanged(message, sender)) refresh();
  };
  browser.runtime.onMessage.addListener(onMessage);
  const onVisible = () => document.visibilityState === 'visible' && refresh();
  document.addEventListener('visibilitychange', onVisible);

  return {
    send,
    async start(guideId, procedure, items) {
      apply(await ask({ type: 'guide/start', sessionId: await sessionId(), guideId, procedure, items, page }));
    },
    dispose() {
      disposed = true;
      stopWatching();
      stopHandOff();
      browser.runtime.onMessage.removeListener(onMessage);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
