import type { HandlerMap } from '@/lib/messaging/router';
import { SlipData } from '@/lib/precheck/slip';
import { citizenWrite } from '../session-scope';
import { slipItem } from '../storage';

export const slipHandlers: HandlerMap<'slip/set' | 'slip/get' | 'slip/open'> = {
  'slip/set'(message) {
    return citizenWrite(message.sessionId, async () => {
      await slipItem.setValue(message.slip);
      return null;
    });
  },
  async 'slip/get'() {
    const stored = SlipData.safeParse(await slipItem.getValue());
    return stored.success ? stored.data : null;
  },
  async 'slip/open'() {
    await browser.tabs.create({ url: browser.runtime.getURL('/slip.html') });
    return null;
  },
};
