import { backgroundOf } from '../support/background';
import { expect, test } from './fixtures';

/** The extension API inside the service worker, where `evaluate` runs. */
declare const chrome: typeof import('wxt/browser').browser;

test('options: a save into a full storage says so in Vietnamese and keeps the saved settings', async ({ context, extensionId }) => {
  const background = await backgroundOf(context, extensionId);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Cỡ chữ').selectOption('large');
  await options.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(options.getByRole('status')).toHaveText('Đã lưu cài đặt.');

  // Fill chrome.storage.local to its real quota (10 MB without unlimitedStorage): any write that grows fails.
  await background.evaluate(async () => {
    const room = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
    await chrome.storage.local.set({ filler: 'x'.repeat(room - 'filler'.length - '""'.length) });
  });

  await options.getByLabel('Ngôn ngữ').selectOption('en');
  await options.getByLabel(/Địa chỉ cập nhật danh mục/).fill('https://danhmuc.example.vn/thu-tuc.json');
  await options.getByRole('button', { name: 'Lưu cài đặt' }).click();
  const status = options.getByRole('status');
  await expect(status).toContainText('Không lưu được cài đặt: Bộ nhớ của trình duyệt dành cho tiện ích đã đầy');
  await expect(status).toContainText('Những gì đã lưu trước đó vẫn còn nguyên');
  await expect(status).not.toContainText(/quota|Error/i);
  // The form keeps what the user chose, so nothing has to be redone once there is room.
  await expect(options.getByLabel('Ngôn ngữ')).toHaveValue('en');

  await options.reload();
  await expect(options.getByRole('heading', { name: 'Cài đặt' })).toBeVisible();
  await expect(options.getByLabel('Cỡ chữ')).toHaveValue('large');
  await expect(options.getByLabel('Ngôn ngữ')).toHaveValue('vi');
  await expect(options.getByLabel(/Địa chỉ cập nhật danh mục/)).toHaveValue('');

  await background.evaluate(() => chrome.storage.local.remove('filler'));
  await options.getByLabel('Ngôn ngữ').selectOption('en');
  await options.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(options.getByRole('status')).toHaveText('Settings saved.');
  await expect(options.getByRole('heading', { name: 'Settings' })).toBeVisible();
});
