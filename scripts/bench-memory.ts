import type { BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../tests/support/launch';

const DETAIL_URL = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';

/** JS heap in use on the replica detail page after a forced GC. */
async function detailPageHeap(context: BrowserContext, withOverlay: boolean): Promise<number> {
  const page = await context.newPage();
  await page.goto(DETAIL_URL);
  await page.getByText('Tên thủ tục').first().waitFor();
  if (withOverlay) await page.locator('dvc-assistant').getByTestId('procedure-name').waitFor();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return usedSize;
}

/**
 * The content scripts' JS heap: the detail page's heap with the extension
 * minus the same page without it (page and isolated worlds share one heap).
 */
export async function benchMemory() {
  const measure = async (extension: boolean) => {
    const context = await launchWithExtension({ extension });
    try {
      return await detailPageHeap(context, extension);
    } finally {
      await context.close();
    }
  };
  const without = await measure(false);
  const withExtension = await measure(true);
  return { contentScriptHeapBytes: Math.max(0, withExtension - without), pageHeapWithoutExtensionBytes: without };
}
