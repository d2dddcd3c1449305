import { expect, PROCEDURES, test } from './fixtures';

test('the overlay recognises the procedure on a replica detail page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCEDURES.khaiSinh.id}`);
  const host = page.locator('dvc-assistant');
  await expect(host).toHaveCount(1);
  // Open shadow root: Playwright's CSS locators pierce it, as assistive tech does.
  await expect(host.getByTestId('procedure-name')).toHaveText(PROCEDURES.khaiSinh.name);
  await expect(host.getByText(`Mã thủ tục: ${PROCEDURES.khaiSinh.code}`)).toBeVisible();
  const mode = await host.evaluate((el) => el.shadowRoot?.mode);
  expect(mode).toBe('open');
});

test('the overlay stays away from pages that need nothing', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://dichvucong.gov.vn/');
  await expect(page.getByRole('heading', { name: 'Cổng Dịch vụ công Quốc gia' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.locator('dvc-assistant')).toHaveCount(0);
});
