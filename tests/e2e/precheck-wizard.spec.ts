import { PROCEDURES } from '../support/replica/procedures';
import { MOJ_LIST, paperRow, scrollToFormEndUntil, setKnobs } from '../support/replica/steps';
import { handPdf } from '../support/generate-files';
import { expect, test } from './fixtures';

test('Justice wizard step 3: a password-protected PDF picked in the document dialog is flagged on its row', async ({ context }) => {
  const page = await context.newPage();
  await setKnobs(page, { wizardStep: 3, uploadDelayMs: 100 });
  await page.goto(`${MOJ_LIST}?vneid=1&MaTTHC=${PROCEDURES.khaiSinh.code}`);
  const host = page.locator('dvc-assistant');
  await expect(host).toHaveCount(1);

  await paperRow(page, 'Giấy chứng sinh;').getByRole('button', { name: 'Chọn tệp đính kèm' }).click();
  const wallet = page.getByRole('dialog', { name: 'Danh sách tài liệu điện tử' });
  await wallet.getByRole('button', { name: 'Tải lên từ thiết bị' }).click();
  await page.locator('#upload-container input[type="file"]').setInputFiles({
    name: 'giay-chung-sinh.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(handPdf({ encrypt: true })),
  });
  const row = host.getByRole('article', { name: /^Giấy chứng sinh;/ });
  await expect(row).toContainText('giay-chung-sinh.pdf');
  await expect(row).toContainText('Tệp PDF có mật khẩu');
  // Read-only: the dialog still has the file the user picked.
  await expect(wallet.getByText('giay-chung-sinh.pdf')).toBeVisible();
  await wallet.getByRole('button', { name: 'Quay lại' }).click();
  const summary = host.getByRole('complementary', { name: 'Trước khi nộp' });
  await scrollToFormEndUntil(page, () => expect(summary).toContainText('1 tệp không đọc được', { timeout: 2_000 }));
  await expect(summary.getByRole('listitem').filter({ hasText: /^Giấy chứng sinh;/ })).toHaveCount(1);
});
