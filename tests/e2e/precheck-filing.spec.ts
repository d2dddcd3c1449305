import type { Page } from '@playwright/test';
import { caseIdOf } from '../support/replica/api';
import { PROCEDURES } from '../support/replica/procedures';
import { setKnobs, uploadOnFiling, VNEID } from '../support/replica/steps';
import { textPdf, truncate } from '../support/generate-files';
import { expect, test } from './fixtures';

/** The replica's one-page filing for "Đăng ký tạm trú", signed in (the sign-in itself is the replica's own test). */
async function openFiling(page: Page) {
  await setKnobs(page, { uploadDelayMs: 100, toastMs: 1000 });
  await page.goto('https://dichvucong.gov.vn/');
  await page.evaluate((id) => localStorage.setItem('replica.session', JSON.stringify({ id, since: Date.now() })), VNEID.id);
  await page.goto(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${caseIdOf(PROCEDURES.tamTru.id, 0)}`);
  await expect(page.locator('button[title="Tải lên file"]')).toHaveCount(3);
}

const pdf = async (name: string, cut = 1) => {
  const bytes = await textPdf(2);
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(cut < 1 ? truncate(bytes, cut) : bytes) };
};

const HOUSING = /^Thông tin chứng minh về chỗ ở hợp pháp/;
const DECLARATION = /^Tờ khai thay đổi thông tin cư trú/;

test('one-page filing: a bad file gets its message on its row; the summary and the slip list exactly what is missing', async ({ context }) => {
  const page = await context.newPage();
  await openFiling(page);
  const host = page.locator('dvc-assistant');
  const summary = host.getByRole('complementary', { name: 'Trước khi nộp' });
  // The summary sits below the submit button, at the end of the form: scroll there as a person would.
  const toFormEnd = () => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await toFormEnd();
  // Three rows: an example note ("0 bản chính") and two papers.
  await expect(summary.getByRole('listitem')).toHaveText(['Còn thiếu 2 giấy tờ', HOUSING, DECLARATION]);

  await uploadOnFiling(page, 2, await pdf('to-khai-CT01.pdf', 0.6));
  const row = host.getByRole('article', { name: DECLARATION });
  await expect(row).toContainText('to-khai-CT01.pdf');
  await expect(row).toContainText('Tệp PDF bị thiếu phần cuối');
  await toFormEnd();
  await expect(summary).toContainText('1 tệp không đọc được');
  await expect(summary).toContainText('Còn thiếu 2 giấy tờ');
  // The portal itself took the file: the check never blocks or alters the upload.
  await expect(page.getByRole('row').filter({ hasText: 'Tờ khai thay đổi thông tin cư trú' }).getByText('to-khai-CT01.pdf')).toBeVisible();

  await toFormEnd();
  const slipOpened = context.waitForEvent('page');
  await summary.getByRole('button', { name: 'Xem danh sách giấy tờ cần bổ sung' }).click();
  const slip = await slipOpened;
  const needed = slip.getByTestId('slip-needed').locator(':scope > li');
  await expect(needed).toHaveCount(2);
  await expect(needed.nth(0)).toContainText(HOUSING);
  await expect(needed.nth(0)).toContainText('Chưa nộp');
  await expect(needed.nth(1)).toContainText(DECLARATION);
  await expect(needed.nth(1)).toContainText('Tệp "to-khai-CT01.pdf" chưa dùng được');
  await expect(needed.nth(1)).toContainText('Tệp PDF bị thiếu phần cuối');
  await expect(slip.getByText('Thủ tục: Đăng ký tạm trú')).toBeVisible();

  await page.bringToFront();
  await uploadOnFiling(page, 2, await pdf('to-khai-CT01-ban-dung.pdf'));
  await expect(row).toContainText('Tệp ổn');
  await toFormEnd();
  await expect(summary.getByRole('listitem')).toHaveText(['Còn thiếu 1 giấy tờ', '1 tệp không đọc được', HOUSING]);
});

test('one-page filing: the same file on two rows is flagged on the second', async ({ context }) => {
  const page = await context.newPage();
  await openFiling(page);
  const file = await pdf('giay-to.pdf');
  await uploadOnFiling(page, 1, file);
  await uploadOnFiling(page, 2, { ...file, name: 'giay-to-2.pdf' });
  const row = page.locator('dvc-assistant').getByRole('article', { name: DECLARATION });
  await expect(row).toContainText('giống hệt tệp "giay-to.pdf"');
});
