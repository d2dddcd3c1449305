import type { HandlerMap } from '@/lib/messaging/router';
import { detectPageFromUrl, type PageKind } from '@/lib/portal/page-kind';
import { guideActive } from './guide';
import { errorMessage } from '@/lib/error-message';
import { currentSessionId, inCitizenOrder, STALE_SESSION } from '../session-scope';
import { noteActivity, notePortalPage, noteProcedure } from './session';

/**
 * Page kinds on which the overlay shows something (the card, the checklist, the file pre-check); while a guide runs, every portal page.
 * On a granted other portal, every page: the generic reader looks for a papers table and upload controls anywhere.
 */
const OVERLAY_KINDS = new Set<PageKind>(['procedure-detail', 'filing-form', 'wizard-step-3', 'document-dialog']);

export const pageHandlers: HandlerMap<'page/seen' | 'procedure/seen' | 'page/activity'> = {
  async 'page/seen'(message, sender) {
    // Session activity is bookkeeping: a storage failure there must not keep the overlay off the page.
    // A late report of the previous citizen's page (stale id) is refused there; the page still gets the current id.
    await notePortalPage(message.kind, message.url, message.sessionId).catch((error: unknown) => {
      if (errorMessage(error) !== STALE_SESSION) console.warn('page/seen: session not updated', error);
    });
    const sessionId = await inCitizenOrder(currentSessionId);
    const tabId = sender.tab?.id;
    const otherPortal = detectPageFromUrl(message.url).site === 'other-portal';
    if (tabId === undefined || !(OVERLAY_KINDS.has(message.kind) || otherPortal || (await guideActive()))) return { overlay: false, sessionId };
    if (!message.overlayLoaded) {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: ['/content-scripts/overlay.js'],
      });
    }
    return { overlay: true, sessionId };
  },
  async 'procedure/seen'(message) {
    await noteProcedure(message.procedure, message.sessionId);
    return null;
  },
  async 'page/activity'() {
    await noteActivity();
    return null;
  },
};
