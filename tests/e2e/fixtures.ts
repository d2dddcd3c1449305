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

/** Real procedures of ../shared/data/portal-api.jsonl used across the e2e tests. */
export const PROCEDURES = {
  khaiSinh: { id: '019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7', code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
} as const;
