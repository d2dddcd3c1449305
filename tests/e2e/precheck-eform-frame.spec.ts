import type { Page } from '@playwright/test';
import { caseIdOf } from '../support/replica/api';
import { PROCEDURES } from '../support/replica/procedures';
import { setKnobs, VNEID } from '../support/replica/steps';
import { textPdf, truncate } from '../support/generate-files';
import { expect, test } from './fixtures';

/**
 * The e-form of a filing page in a same-host iframe (captures of 2026; the
 * replica's `eformFrame` knob): the overlay runs in the top document only,
 * and reads the frame's rows and picks from there.
 */
async function openFramedFiling(page: Page, procedureId: string) {
  await setKnobs(page, { uploadDelayMs: 100, toastMs: 1000, uploadRows: 'eform', eformFrame: true });
  await page.goto('https://dichvucong.gov.vn/');
  await page.evaluate((id) => localStorage.setItem('replica.session', JSON.stringify({ id, since: Date.now() })), VNEID.id);
  await page.goto(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${caseIdOf(procedureId, 0)}`);
  return page.frameLocator('iframe[title="Biểu mẫu điện tử"]');
}

// Đăng ký thường trú, first case: the vehicle papers are the one required row.
const VEHICLE = /^Giấy chứng nhận đăng ký phương tiện/;

test('an e-form in a same-host frame: its rows make the summary, and a file attached there gets its verdict beside its row', async ({ context }) => {
  const page = await context.newPage();
  const form = await openFramedFiling(page, PROCEDURES.thuongTru.id);
  const buttons = form.getByRole('button', { name: 'Chọn tệp tin', exact: true });
  await expect(buttons).toHaveCount(2);
  // No upload row in the top document: whatever the overlay knows of rows, it read in the frame.
  await expect(page.getByRole('button', { name: 'Chọn tệp tin', exact: true })).toHaveCount(0);
  const host = page.locator('dvc-assistant');
  const summary = host.getByRole('complementary', { name: 'Trước khi nộp' });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(summary.getByRole('listitem')).toHaveText(['Còn thiếu 1 giấy tờ', VEHICLE]);

  await buttons.nth(1).scrollIntoViewIfNeeded();
  const chooser = page.waitForEvent('filechooser');
  await buttons.nth(1).click();
  const bytes = await textPdf(2, { title: 'dang-ky-xe.pdf' });
  await (await chooser).setFiles({ name: 'dang-ky-xe.pdf', mimeType: 'application/pdf', buffer: Buffer.from(truncate(bytes, 0.6)) });
  const result = host.getByRole('article', { name: VEHICLE });
  await expect(result).toContainText('dang-ky-xe.pdf');
  await expect(result).toContainText('Tệp PDF bị thiếu phần cuối');
  // Beside its row in the frame (not in the dock, not at the frame's origin): the frame's offset is counted.
  const row = form.getByRole('row').filter({ hasText: 'Giấy chứng nhận đăng ký phương tiện' });
  await expect(form.getByRole('row').filter({ hasText: 'Giấy chứng nhận đăng ký phương tiện' }).getByText('dang-ky-xe.pdf')).toBeVisible();
  await expect
    .poll(async () => {
      const [card, line] = await Promise.all([result.boundingBox(), row.boundingBox()]);
      return card && line ? card.y >= line.y && card.y <= line.y + line.height + 40 : false;
    })
    .toBe(true);
});
