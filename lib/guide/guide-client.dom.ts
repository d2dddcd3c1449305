import { browser } from 'wxt/browser';
import type { ChecklistItem, ProcedureRef } from '../checklist/schema';
import { ask } from '../messaging/client';
import { GuideChanged } from '../messaging/guide';
import { readPage, watchPage } from './current-page.dom';
import type { GuideEvent, GuideView, PageInfo } from './engine';
import type { GuideId } from './guides';

export interface GuideConnection {
  /** Reports an event (user action, page change, navigation button) to the background. */
  send(event: GuideEvent): void;
  start(guideId: GuideId, procedure: ProcedureRef | null, items: ChecklistItem[] | null): Promise<void>;
  dispose(): void;
}

/**
 * The page's side of the guide: the background owns progress; this reports
 * the page and the user's actions, and hands every fresh view to `onChange`.
 * Views are ordered by revision, so a slow answer never undoes a newer one.
 */
export function connectGuide(onChange: (view: GuideView | null, page: PageInfo) => void): GuideConnection {
  let page = readPage();
  let shown: GuideView | null = null;
  let disposed = false;

  const apply = (view: GuideView | null) => {
    if (disposed) return;
    if (view && shown && view.guideId === shown.guideId && view.revision < shown.revision) return;
    shown = view;
    onChange(view, page);
  };
  const refresh = () => void ask({ type: 'guide/get' }).then(apply, () => {});
  const send = (event: GuideEvent) => {
    const reply = event.type === 'stop' ? ask({ type: 'guide/stop' }) : ask({ type: 'guide/advance', event });
    void reply.then(apply, () => {});
  };

  // Arriving on a page is news for the guide (a reload resumes; a new page may move it on).
  send({ type: 'page-changed', page });
  // Sent even before the first answer: a guide not known here yet may be running.
  const stopWatching = watchPage((now) => {
    page = now;
    onChange(shown, page);
    send({ type: 'page-changed', page });
  });
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && GuideChanged.safeParse(message).success) refresh();
  };
  browser.runtime.onMessage.addListener(onMessage);
  const onVisible = () => document.visibilityState === 'visible' && refresh();
  document.addEventListener('visibilitychange', onVisible);

  return {
    send,
    async start(guideId, procedure, items) {
      apply(await ask({ type: 'guide/start', guideId, procedure, items, page }));
    },
    dispose() {
      disposed = true;
      stopWatching();
      browser.runtime.onMessage.removeListener(onMessage);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
