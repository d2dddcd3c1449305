import type { BrowserContext, Worker } from '@playwright/test';

/** The extension's MV3 service worker (the background). */
export async function backgroundOf(context: BrowserContext, extensionId: string): Promise<Worker> {
  const own = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`);
  return context.serviceWorkers().find((w) => own(w.url())) ?? (await context.waitForEvent('serviceworker', (w) => own(w.url())));
}

/** The part of chrome.storage the fillers use, inside the worker. */
interface Chrome {
  chrome: {
    storage: Record<
      string,
      { set(items: object): Promise<void>; get(keys: null): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> } | undefined
    >;
  };
}

/**
 * Fills a chrome.storage area (`local` or `session`, 10 MB each without
 * unlimitedStorage) until not even 16 more bytes fit, with keys `filler:N`;
 * `emptyFiller` takes them out again. Writes that grow the area then fail as
 * they do on a full profile.
 */
export async function fillStorage(background: Worker, area: 'local' | 'session'): Promise<void> {
  await background.evaluate(async (name) => {
    const store = (globalThis as unknown as Chrome).chrome.storage[name];
    if (!store) throw new Error(`no storage.${name}`);
    let n = 0;
    const fits = (size: number) =>
      store.set({ [`filler:${n++}`]: 'x'.repeat(size) }).then(
        () => true,
        () => false,
      );
    // Whole megabytes while they fit, then one try per halving: the rest is filled to within 16 bytes.
    while (await fits(1 << 20));
    for (let size = 1 << 19; size >= 16; size >>= 1) await fits(size);
  }, area);
}

export async function emptyFiller(background: Worker, area: 'local' | 'session'): Promise<void> {
  await background.evaluate(async (name) => {
    const store = (globalThis as unknown as Chrome).chrome.storage[name];
    if (!store) throw new Error(`no storage.${name}`);
    await store.remove(Object.keys(await store.get(null)).filter((key) => key.startsWith('filler:')));
  }, area);
}

interface Scripting {
  chrome: { scripting: { executeScript(...args: unknown[]): Promise<unknown> } };
  dvcReleaseOverlay?: () => void;
}

/**
 * Holds the background's overlay injections until `release()`, as a busy or
 * waking background would delay them: the page runs on, with only the eager
 * content script, so a test can act before the overlay is there.
 */
export async function holdOverlayInjection(background: Worker): Promise<{ release(): Promise<void> }> {
  await background.evaluate(() => {
    const scope = globalThis as unknown as Scripting;
    const inject = scope.chrome.scripting.executeScript.bind(scope.chrome.scripting);
    const released = new Promise<void>((resolve) => {
      scope.dvcReleaseOverlay = resolve;
    });
    scope.chrome.scripting.executeScript = async (...args: unknown[]) => {
      await released;
      return inject(...args);
    };
  });
  return {
    release: () => background.evaluate(() => (globalThis as unknown as Scripting).dvcReleaseOverlay?.()),
  };
}
