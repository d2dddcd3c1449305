import AxeBuilder from '@axe-core/playwright';
import { detailUrl } from '../support/replica/procedures';
import { expect, PROCEDURES, test } from './fixtures';

test('the region lists the birth registration checklist and marks the VNeID-held paper', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(detailUrl(PROCEDURES.khaiSinh.id));
  const host = page.locator('dvc-assistant');
  const region = host.getByRole('region', { name: 'Kiểm tra thành phần hồ sơ' });
  await expect(region).toBeVisible({ timeout: 20_000 });
  // The identity paper, and the residence paper asked only when the database cannot answer (NQ 66.7/2025/NQ-CP, Điều 8).
  await expect(region.getByText('2 giấy tờ không cần nộp')).toBeVisible();
  // Folded, the region already names the paper nobody may ask for and where the state holds it.
  await expect(region.locator('li', { hasText: 'Hộ chiếu/Thẻ căn cước công dân' })).toContainText('Đã có trong VNeID');

  await region.getByRole('button', { name: /^Xem toàn bộ danh sách/ }).click();
  await expect(region.getByRole('heading', { level: 3 })).toHaveText(['Giấy tờ phải nộp', 'Giấy tờ phải xuất trình', 'Lưu ý', 'Giấy tờ chung']);

  const held = region.locator('li', { hasText: 'Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử' });
  await expect(held).toContainText('Không cần nộp');
  await expect(held).toContainText('Đã có trong VNeID');
  // Phụ lục I names this very paper for birth registration: the region cites the annex row, as the side panel does.
  await expect(held).toContainText('Căn cứ: NQ 66.7/2025/NQ-CP, Phụ lục I, số 457');
  await expect(held).toContainText('1 bản chính');

  // Notes stay folded with their case; the declaration is filled online.
  await expect(region.getByText(/^Ghi chú \(\d+\)$/).first()).toBeVisible();
  await expect(region.locator('li', { hasText: 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh' })).toContainText('Điền trực tuyến');

  const axe = await new AxeBuilder({ page }).include('dvc-assistant').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the region follows the portal to another procedure without a page load', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(detailUrl(PROCEDURES.khaiSinh.id));
  const region = page.locator('dvc-assistant').getByRole('region', { name: 'Kiểm tra thành phần hồ sơ' });
  await region.getByRole('button', { name: /^Xem toàn bộ danh sách/ }).click({ timeout: 20_000 });
  await expect(region).toContainText('Giấy tờ phải xuất trình');

  await page.evaluate((url) => {
    history.pushState({}, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, detailUrl(PROCEDURES.tamTru.id));
  await expect(page.locator('dvc-assistant').getByTestId('procedure-name')).toHaveText(PROCEDURES.tamTru.name, { timeout: 20_000 });
  // A new procedure starts folded again, already naming what the state holds.
  await expect(region.locator('li', { hasText: 'Thông tin chứng minh về chỗ ở hợp pháp được khai thác' })).toContainText('Đã có trong VNeID', {
    timeout: 20_000,
  });
  await region.getByRole('button', { name: /^Xem toàn bộ danh sách/ }).click();
  await expect(region).toContainText('Hồ sơ đăng ký tạm trú gồm');
  await expect(region).not.toContainText('Giấy tờ phải xuất trình');
  const held = region.locator('li', { hasText: 'Thông tin chứng minh về chỗ ở hợp pháp được khai thác' });
  await expect(held).toContainText('Đã có trong VNeID');
});

test('the region carries the annexes\' skips the page does not word: the papers Phụ lục I of NQ 66.7 names for permanent residence', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(detailUrl(PROCEDURES.thuongTru.id));
  const region = page.locator('dvc-assistant').getByRole('region', { name: 'Kiểm tra thành phần hồ sơ' });
  // The portal's own rows for 1.004222 name neither paper as a row of its own; the catalog's annex decisions add them.
  for (const paper of ['Giấy xác nhận tình trạng hôn nhân', 'Giấy chứng nhận kết hôn']) {
    const line = region.locator('li', { has: page.getByText(paper, { exact: true }) });
    await expect(line).toContainText('Đã có trong CSDL hộ tịch điện tử', { timeout: 20_000 });
  }
});
