import { createRouter, type Handlers } from '@/lib/messaging/router';
import { catalogHandlers, startCatalog } from './handlers/catalog';
import { pageHandlers } from './handlers/page';
import { settingsHandlers } from './handlers/settings';

/** One handler group per domain; the type makes a missing handler a compile error. */
const handlers: Handlers = { ...pageHandlers, ...settingsHandlers, ...catalogHandlers };

export default defineBackground(() => {
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  startCatalog();
  const route = createRouter(handlers, browser.runtime.id);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
});
