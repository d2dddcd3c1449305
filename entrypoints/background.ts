import { createRouter, type Handlers } from '@/lib/messaging/router';
import { settingsItem } from '@/lib/storage/items';
import { parseStoredSettings, Settings } from '@/lib/settings';

/** Page kinds on which the overlay shows something (the card, the checklist, guidance). */
const OVERLAY_KINDS = new Set(['procedure-detail']);

async function readSettings() {
  return parseStoredSettings(await settingsItem.getValue());
}

const handlers: Handlers = {
  async 'page/seen'(message, sender) {
    const tabId = sender.tab?.id;
    const wanted = OVERLAY_KINDS.has(message.kind);
    if (!wanted || tabId === undefined) return { overlay: false };
    if (!message.overlayLoaded) {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: ['/content-scripts/overlay.js'],
      });
    }
    return { overlay: true };
  },
  async 'procedure/seen'() {
    return null;
  },
  async 'settings/get'() {
    return readSettings();
  },
  async 'settings/set'(message) {
    const next = Settings.parse({ ...(await readSettings()), ...message.settings });
    await settingsItem.setValue(next);
    return next;
  },
};

export default defineBackground(() => {
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  const route = createRouter(handlers, browser.runtime.id);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
});
