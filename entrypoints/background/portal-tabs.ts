import { REQUIRED_MATCHES } from '@/lib/portal/hosts';

/**
 * Sends a message to the content scripts of every open portal tab. A tab
 * without a listener (no overlay yet, a page still loading) is skipped: it
 * asks the background for what it needs when it starts.
 */
export async function tellPortalTabs(message: unknown): Promise<void> {
  const tabs = await browser.tabs.query({ url: REQUIRED_MATCHES }).catch(() => []);
  await Promise.all(
    tabs.map(async (tab) => {
      try {
        if (tab.id !== undefined) await browser.tabs.sendMessage(tab.id, message);
      } catch {
        // No listener in that tab.
      }
    }),
  );
}
