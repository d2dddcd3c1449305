import { PDFDocument } from 'pdf-lib';
import type { SlipData } from '../../lib/precheck/slip';
import { expect, test } from './fixtures';

const slip: SlipData = {
  procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
  date: '2026-11-23',
  needed: [
    { name: 'Giấy chứng sinh', reason: 'missing', original: 1, copies: 0, form: null, file: null, problems: [] },
    {
      name: 'Tờ khai đăng ký khai sinh',
      reason: 'unusable',
      original: 1,
      copies: 0,
      form: 'Mẫu TK khai sinh.doc',
      file: 'to-khai.pdf',
      problems: ['Tệp PDF có mật khẩu: hãy gỡ mật khẩu (mở tệp rồi lưu ra PDF mới) rồi tải lại.'],
    },
    { name: 'Văn bản ủy quyền', reason: 'missing', original: 0, copies: 1, form: null, file: null, problems: [] },
  ],
  heldByState: [{ name: 'Giấy tờ chứng minh nơi cư trú', heldBy: 'CSDLQG về dân cư', legalBasis: 'Nghị định 104/2022/NĐ-CP' }],
};

test('the slip page lists every paper to supplement, the papers the state holds, and prints on A4', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await options.evaluate((data) => {
    const ext = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome;
    return ext.runtime.sendMessage({ type: 'slip/set', slip: data });
  }, slip);
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
