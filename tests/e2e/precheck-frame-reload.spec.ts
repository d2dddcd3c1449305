import type { Frame, Page } from '@playwright/test';
import { REQUEST_TIMEOUT_MS } from '../../lib/precheck/frame-protocol';
import { textPdf } from '../support/generate-files';
import { PROCEDURES } from '../support/replica/procedures';
import { openSignedInFiling, setKnobs, uploadOnFiling } from '../support/replica/steps';
import { expect, test } from './fixtures';

const pdf = async (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(await textPdf(2, { title: name })) });

/** The overlay's hidden pre-check frame (an extension page inside the overlay's shadow root). */
async function precheckFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/precheck-frame.html'))).toBe(true);
  return page.frames().find((f) => f.url().includes('/precheck-frame.html')) as Frame;
}

test('a pre-check frame reloaded while a file is being checked gets that file again, and its verdict comes', async ({ context }) => {
  const page = await context.newPage();
  await setKnobs(page, { uploadDelayMs: 100, toastMs: 1000 });
  await openSignedInFiling(page, PROCEDURES.thuongTru.id);
  await expect(page.locator('button[title="Tải lên file"]')).toHaveCount(2);
  const host = page.locator('dvc-assistant');
  // A first paper checked: the frame is up.
  await uploadOnFiling(page, 0, await pdf('xac-nhan.pdf'));
  await expect(host.locator('article[data-row-key="0"]')).toContainText('Tệp ổn');

  // The frame's worker never gets what is posted to it from now on: the next file stays in flight until the frame is reloaded.
  const stalled = await precheckFrame(page);
  await stalled.evaluate(() => {
    Worker.prototype.postMessage = () => undefined;
  });
  await uploadOnFiling(page, 1, await pdf('dang-ky-xe.pdf'));
  const card = host.locator('article[data-row-key="1"]');
  await expect(card).toContainText('Đang kiểm tra…');
  // The frame's document starts over (as when the page moves the overlay): a fresh worker, and a new port to connect.
  await stalled.evaluate(() => location.reload());

  // Sent again to the fresh worker and answered (unsent, the overlay would give the file up after REQUEST_TIMEOUT_MS).
  await expect(card).toContainText('Tệp ổn', { timeout: REQUEST_TIMEOUT_MS });
  await expect(card).not.toContainText('Không kiểm tra được tệp này');
});
