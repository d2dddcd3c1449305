import { REQUIRED_MATCHES } from '@/lib/portal/hosts';
import { detectPageFromUrl } from '@/lib/portal/page-kind';
import { ask } from '@/lib/messaging/client';

/**
 * The eager content script: small on purpose. It only classifies the page and
 * tells the background, which injects the React overlay when the page needs it.
 */
export default defineContentScript({
  matches: REQUIRED_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let overlayLoaded = false;
    const report = async () => {
      const page = detectPageFromUrl(location.href);
      try {
        const reply = await ask({
          type: 'page/seen',
          url: location.href,
          kind: page.kind,
          procedureId: page.procedureId,
          overlayLoaded,
        });
        if (reply.overlay) overlayLoaded = true;
      } catch {
        // The background may be restarting; the next navigation reports again.
      }
    };
    void report();
    ctx.addEventListener(window, 'wxt:locationchange', () => void report());
  },
});
