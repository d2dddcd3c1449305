import { type BrowserContext, test as base, expect } from '@playwright/test';
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
