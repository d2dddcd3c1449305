import { PDFDocument } from 'pdf-lib';
import { SAMPLE_SLIP as slip } from '../support/sample-slip';
import { currentSessionId, expect, sendFromExtensionPage, test } from './fixtures';


test('the slip page lists every paper to supplement, the papers the state holds, and prints on A4', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await sendFromExtensionPage(options, { type: 'slip/set', sessionId: await currentSessionId(options), slip });
  expect(reply).toEqual({ ok: true, data: null });

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/slip.html`);
  await expect(page.getByRole('heading', { name: 'Danh sách giấy tờ cần bổ sung' })).toBeVisible();
  await expect(page.getByText('Thủ tục: Thủ tục đăng ký khai sinh')).toBeVisible();
  await expect(page.getByText('Ngày lập: 23/11/2026')).toBeVisible();
  const needed = page.getByTestId('slip-needed').locator(':scope > li');
  await expect(needed).toHaveCount(3);
  for (const [i, paper] of slip.needed.entries()) await expect(needed.nth(i)).toContainText(paper.name);
  await expect(needed.nth(0)).toContainText('Cần: 1 bản chính');
  await expect(needed.nth(1)).toContainText('mật khẩu');
  await expect(needed.nth(1)).toContainText('theo mẫu Mẫu TK khai sinh.doc');
  await expect(needed.nth(2)).toContainText('Cần: 1 bản sao');
  await expect(page.getByTestId('slip-held')).toContainText('đã có trên CSDLQG về dân cư; căn cứ: Nghị định 104/2022/NĐ-CP');
  await expect(page.getByText('Cán bộ tiếp nhận (ký, ghi rõ họ tên)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeVisible();

  // The page's own @page rule decides the paper: A4 (595 × 842 pt), the button left off.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeHidden();
  const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
  const { width, height } = pdf.getPage(0).getSize();
  expect(Math.round(width)).toBe(595);
  expect(Math.round(height)).toBe(842);
});

test('the slip page says what to do when there is no list yet', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/slip.html`);
  await expect(page.getByRole('status')).toContainText('Chưa có danh sách');
});
