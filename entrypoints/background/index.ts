import { describeFailure } from './failure-message';
import { createRouter, type Handlers } from '@/lib/messaging/router';
import { pageHandlers } from './handlers/page';
import { installSessionLifecycle, sessionHandlers } from './handlers/session';
import { settingsHandlers } from './handlers/settings';

/** One handler group per domain; the type makes a missing handler a compile error. */
const handlers: Handlers = { ...pageHandlers, ...settingsHandlers, ...sessionHandlers };

export default defineBackground(() => {
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  installSessionLifecycle();
  const route = createRouter(handlers, browser.runtime.id, describeFailure);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
});
