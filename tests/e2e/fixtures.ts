import { type BrowserContext, test as base, expect, type Locator } from '@playwright/test';
import { extensionId, launchWithExtension } from '../support/launch';

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take a destructured first argument.
  context: async ({}, use) => {
    const context = await launchWithExtension();
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
