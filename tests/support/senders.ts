import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SenderInfo } from '@/lib/messaging/senders';

/** What Chrome reports for a message from the side panel (an extension page, no tab). */
export const sidePanelSender = (): SenderInfo => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });

/** What Chrome reports for a message from a content script in a portal tab's top frame. */
export const portalTabSender = (url: string, tabId = 7): SenderInfo => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId: 0, url });
