import { OtherPortalRevoked } from '@/lib/messaging/other-portals';
import { urlUnderPattern } from './other-portals';

/**
 * Stops a content script on an other portal's page when the user revokes
 * that origin: `stop` (the script context's abort) takes its UI off the
 * page. Returns the unsubscribe.
 */
export function stopOnRevoke(stop: () => void): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const revoked = OtherPortalRevoked.safeParse(message);
    if (revoked.success && revoked.data.origins.some((o) => urlUnderPattern(location.href, o))) stop();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
