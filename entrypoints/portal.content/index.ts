import { ask } from '@/lib/messaging/client';
import type { CitizenWiped } from '@/lib/messaging/session';
import { REQUIRED_MATCHES } from '@/lib/portal/hosts';
import { detectPageFromDom } from '@/lib/portal/page-dom';
import { detectPageFromUrl } from '@/lib/portal/page-kind';
import { recordEarlyPicks } from '@/lib/precheck/early-picks.dom';

/** Quiet time after the last DOM change before re-classifying (the portals re-render in bursts). */
const DOM_SETTLE_MS = 300;
/** Typing is reported at most this often: enough to keep an assisted session's inactivity timeout away. */
const ACTIVITY_EVERY_MS = 60_000;

/**
 * The eager content script: small on purpose. It only classifies the page
 * (URL, refined by the DOM: wizard steps, dialogs, success screens live in
 * the DOM) and tells the background, which injects the React overlay when
 * the page needs it. It reports again when the URL or the kind changes.
 * It starts with the document so files picked before the overlay arrives
 * are kept for it (lib/precheck/early-picks.dom.ts); the page is classified
 * once its HTML is parsed.
 */
export default defineContentScript({
  matches: REQUIRED_MATCHES,
  runAt: 'document_start',
  async main(ctx) {
    ctx.onInvalidated(recordEarlyPicks(document));
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    let overlayLoaded = false;
    // The session this tab's reports belong to: learned from the answers and from every wipe.
    let sessionId: string | null = null;
    const onWiped = (message: unknown) => {
      const wiped = message as Partial<CitizenWiped> | null;
      if (wiped?.type === 'citizen/wiped' && typeof wiped.sessionId === 'string') sessionId = wiped.sessionId;
    };
    browser.runtime.onMessage.addListener(onWiped);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onWiped));
    let reported = '';
    const reportNow = async () => {
      const page = detectPageFromUrl(location.href);
      const kind = detectPageFromDom(document, page);
      const key = `${kind} ${location.href}`;
      if (key === reported) return;
      reported = key;
      const asked = sessionId;
      try {
        const reply = await ask({ type: 'page/seen', url: location.href, kind, procedureId: page.procedureId, overlayLoaded, sessionId });
        if (reply.overlay) overlayLoaded = true;
        // Unless a wipe was heard meanwhile: its id is newer than this answer.
        if (sessionId === asked) sessionId = reply.sessionId;
      } catch {
        // The background may be restarting; the next change reports again.
        reported = '';
      }
    };
    // One report at a time: two in flight (the page's kind changing while it renders) would both
    // say the overlay is not loaded yet, and the background would inject it twice (two cards).
    let reporting: Promise<void> = Promise.resolve();
    const report = () => {
      reporting = reporting.then(reportNow);
      return reporting;
    };
    void report();
    ctx.addEventListener(window, 'wxt:locationchange', () => void report());
    // A citizen typing a long form is still being helped, though no page changes for many minutes.
    let activityAt = 0;
    ctx.addEventListener(
      document,
      'input',
      () => {
        if (Date.now() - activityAt < ACTIVITY_EVERY_MS) return;
        activityAt = Date.now();
        void ask({ type: 'page/activity' }).catch(() => {});
      },
      { capture: true },
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void report(), DOM_SETTLE_MS);
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'data-state', 'aria-current'],
    });
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(timer);
    });
  },
});
