import { backgroundOf, emptyFiller, fillStorage } from '../support/background';
import { caseIdOf } from '../support/replica/api';
import { scrollToFormEndUntil, setKnobs, VNEID } from '../support/replica/steps';
import { expect, PROCEDURES, test } from './fixtures';

test('options: a save into a full storage says so in Vietnamese and keeps the saved settings', async ({ context, extensionId }) => {
  const background = await backgroundOf(context, extensionId);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Cỡ chữ').selectOption('large');
  await options.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(options.getByRole('status')).toHaveText('Đã lưu cài đặt.');

  // chrome.storage.local filled to its real quota (10 MB without unlimitedStorage): a write that grows fails.
  await fillStorage(background, 'local');

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

  await emptyFiller(background, 'local');
  await options.getByLabel('Ngôn ngữ').selectOption('en');
  await options.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(options.getByRole('status')).toHaveText('Settings saved.');
  await expect(options.getByRole('heading', { name: 'Settings' })).toBeVisible();
});

test('filing page: a slip the background cannot keep (session storage full) is said on the summary, nothing thrown', async ({
  context,
  extensionId,
}) => {
  const background = await backgroundOf(context, extensionId);
  const page = await context.newPage();
  const thrown: string[] = [];
  page.on('pageerror', (error) => thrown.push(error.message));
  await setKnobs(page, { uploadDelayMs: 100 });
  await page.goto('https://dichvucong.gov.vn/');
  await page.evaluate((id) => localStorage.setItem('replica.session', JSON.stringify({ id, since: Date.now() })), VNEID.id);
  await page.goto(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${caseIdOf(PROCEDURES.thuongTru.id, 0)}`);
  await expect(page.locator('button[title="Tải lên file"]')).toHaveCount(2);
  // The summary sits by the submit button, at the end of the form.
  const summary = page.locator('dvc-assistant').getByRole('complementary', { name: 'Trước khi nộp' });
  await scrollToFormEndUntil(page, () =>
    expect(summary.getByRole('button', { name: 'Xem danh sách giấy tờ cần bổ sung' })).toBeVisible({ timeout: 2_000 }),
  );

  await fillStorage(background, 'session');
  const opened: string[] = [];
  context.on('page', (p) => opened.push(p.url()));
  await summary.getByRole('button', { name: 'Xem danh sách giấy tờ cần bổ sung' }).click();
  await expect(summary.getByRole('alert')).toContainText('Bộ nhớ của trình duyệt dành cho tiện ích đã đầy');
  expect(opened).toEqual([]);
  expect(thrown).toEqual([]);

  await emptyFiller(background, 'session');
  const slipOpened = context.waitForEvent('page');
  await summary.getByRole('button', { name: 'Xem danh sách giấy tờ cần bổ sung' }).click();
  await expect((await slipOpened).getByText('Thủ tục: Đăng ký thường trú')).toBeVisible();
  await expect(summary.getByRole('alert')).toHaveCount(0);
});
