import { describeFailure } from './failure-message';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { catalog, catalogHandlers, startCatalog } from './handlers/catalog';
import { guideHandlers } from './handlers/guide';
import { pageHandlers } from './handlers/page';
import { createReturnedHandlers } from './handlers/returned';
import { installSessionLifecycle, sessionHandlers } from './handlers/session';
import { settingsHandlers } from './handlers/settings';
import { slipHandlers } from './handlers/slip';
import { installOtherPortals } from './other-portals';

/** One handler group per domain; the type makes a missing handler a compile error. */
const handlers: Handlers = {
  ...pageHandlers,
  ...settingsHandlers,
  ...sessionHandlers,
  ...createReturnedHandlers(catalog),
  ...slipHandlers,
  ...catalogHandlers,
  ...guideHandlers,
};

export default defineBackground(() => {
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  installSessionLifecycle();
  installOtherPortals();
  startCatalog();
  const route = createRouter(handlers, browser.runtime.id, describeFailure);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
});
