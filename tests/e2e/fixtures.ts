import { type BrowserContext, test as base, expect, type Locator, type Page } from '@playwright/test';
import { extensionId, launchWithExtension } from '../support/launch';

export const test = base.extend<{ freshInstall: boolean; context: BrowserContext; extensionId: string }>({
  /** Install the extension in this test's own launch (first-run behaviour), instead of copying the installed profile. */
  freshInstall: [false, { option: true }],
  context: async ({ freshInstall }, use) => {
    const context = await launchWithExtension({ fromTemplate: !freshInstall });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionId(context));
  },
});
export { expect };
export { PROCEDURES } from '../support/replica/procedures';

/**
 * Turns a switch on and waits for where it settles. Not `check()`, which
 * asserts right after the click: a background broadcast may re-render the
 * switch mid-click, and what counts for the user is its settled state.
 */
export async function switchOn(toggle: Locator): Promise<void> {
  await toggle.click();
  await expect(toggle).toBeChecked();
}

/** The extension's overlay on a portal page (the open shadow root's host). */
export const assistant = (page: Page) => page.locator('dvc-assistant');
/** The guide's step card, as a person and assistive technology meet it: the dialog named "Hướng dẫn …". */
export const guideCard = (page: Page) => assistant(page).getByRole('dialog', { name: /^Hướng dẫn/ });
/** A button of the step card, by its exact name ("Tiếp theo", "Quay lại", …). */
export const guideCardButton = (page: Page, name: string) => guideCard(page).getByRole('button', { name, exact: true });

/** Sends a message to the background from an extension page (as the options page or side panel would); the reply envelope. */
export function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage(m);
  }, message);
}

/** The session id per-citizen writes must carry now, as an extension page learns it (`session/get`). */
export async function currentSessionId(page: Page): Promise<string> {
  const reply = (await sendFromExtensionPage(page, { type: 'session/get' })) as { ok: true; data: { sessionId: string } };
  return reply.data.sessionId;
}

/**
 * Sends a message from the extension's content-script world in a portal tab:
 * what a page that subverted the content script (or its renderer) could send.
 * Runs in the isolated world Chrome created for this extension, through the
 * DevTools protocol; the reply envelope.
 */
export async function sendFromContentScript(page: Page, extensionId: string, message: unknown): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable'); // replays the contexts that exist
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.isDefault === false && c.origin === `chrome-extension://${extensionId}`)
      ?? contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId));
    if (!world) throw new Error(`no content-script world of ${extensionId} in ${page.url()}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** The side panel opened as a tab, the way the e2e tests drive it. */
export async function openSidePanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return panel;
}
