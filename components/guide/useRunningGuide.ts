import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { type GuideEvent, type GuideView, supersedes } from '@/lib/guide/engine';
import { isGuideChanged, reportGuideEvent } from '@/lib/guide/guide-client.dom';
import { errorMessage } from '@/lib/error-message';
import { ask } from '@/lib/messaging/client';
import { useSessionId } from '../session/SessionIdContext';

/**
 * The guide running in the browser, for an extension page (the side panel):
 * read from the background, which owns it, and read again whenever the
 * background says it changed (a step done on the portal, a stop, a new guide).
 */
export function useRunningGuide() {
  const [view, setView] = useState<GuideView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = useRef<GuideView | null>(null);

  const apply = useCallback((next: GuideView | null) => {
    if (!supersedes(next, shown.current)) return;
    shown.current = next;
    setView(next);
    setError(null);
  }, []);
  const fail = useCallback((reason: unknown) => setError(errorMessage(reason)), []);
  const sessionId = useSessionId();

  useEffect(() => {
    const refresh = () => void ask({ type: 'guide/get' }).then(apply, fail);
    refresh();
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (isGuideChanged(message, sender)) refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [apply, fail]);

  const send = useCallback(
    (event: GuideEvent) =>
      void Promise.resolve()
        .then(() => reportGuideEvent(event, sessionId()))
        .then(apply, fail),
    [apply, fail, sessionId],
  );
  return { view, error, send };
}
