import type { BrowserContext, Worker } from '@playwright/test';

/** The extension's MV3 service worker (the background). */
export async function backgroundOf(context: BrowserContext, extensionId: string): Promise<Worker> {
  const own = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`);
  return context.serviceWorkers().find((w) => own(w.url())) ?? (await context.waitForEvent('serviceworker', (w) => own(w.url())));
}
