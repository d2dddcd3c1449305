import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { portalRecordJson } from '../support/replica/records';
import { detailUrl } from '../support/replica/procedures';
import { assistant, expect, guideCard, PROCEDURES, test, openSidePanel } from './fixtures';

const { khaiSinh } = PROCEDURES;

const openPanel = async (context: BrowserContext, extensionId: string): Promise<Page> => {
  const panel = await openSidePanel(context, extensionId);
  return panel;
};

/** Searches accent-free and opens the procedure named `name` from the results. */
async function openProcedure(panel: Page, query: string, name: string) {
  await panel.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill(query);
  await panel.getByRole('button', { name, exact: true }).click();
  await expect(panel.getByRole('heading', { level: 2, name })).toBeFocused();
}

test('side panel: find a procedure accent-free, tick the papers at hand, find the ticks after a reload', async ({
  context,
  extensionId,
}) => {
  const panel = await openSidePanel(context, extensionId);

  const openKhaiSinh = async () => {
    const search = panel.getByRole('searchbox', { name: 'Tìm thủ tục' });
    await search.fill('dang ky khai sinh');
    const results = panel.getByRole('list').filter({ has: panel.getByRole('button', { name: khaiSinh.name }) });
    // The exact procedure comes first, before its variants ("… có yếu tố nước ngoài", "… lưu động").
    await expect(results.getByRole('button').first()).toHaveAccessibleName(khaiSinh.name);
    await results.getByRole('button', { name: khaiSinh.name, exact: true }).click();
    await expect(panel.getByRole('heading', { level: 2, name: khaiSinh.name })).toBeFocused();
  };

  await openKhaiSinh();
  await expect(panel.getByText(`Mã thủ tục: ${khaiSinh.code}`)).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Mở thủ tục trên Cổng Dịch vụ công' })).toHaveAttribute(
    'href',
    `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${khaiSinh.id}`,
  );
  const checklist = panel.getByRole('region', { name: 'Thành phần hồ sơ' });
  const boxes = checklist.getByRole('checkbox', { name: /^Đã có / });
  expect(await boxes.count()).toBeGreaterThanOrEqual(2);
  const first = boxes.nth(0);
  const second = boxes.nth(1);
  // "Đã có" followed by the paper's name.
  const firstName = await first.evaluate((box) =>
    (box.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => box.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
  await first.check();
  await second.check();
  await second.uncheck();
  await expect(checklist.getByRole('status')).toContainText(/Đã có \d+\/\d+ giấy tờ bắt buộc/);

  // Every item says what to do with it, in plain words.
  // (Khai sinh has no paper to bring since NQ 66.7/2025: the residence proof is asked only if the agency cannot retrieve it.)
  for (const action of ['Điền trực tuyến', 'Tải lên', 'Không cần nộp — đã có trên VNeID']) {
    await expect(checklist.getByText(action, { exact: true }).first()).toBeVisible();
  }
  expect((await new AxeBuilder({ page: panel }).analyze()).violations).toEqual([]);

  await panel.reload();
  await openKhaiSinh();
  const again = panel.getByRole('region', { name: 'Thành phần hồ sơ' }).getByRole('checkbox', { name: /^Đã có / });
  await expect(again.nth(0)).toBeChecked();
  await expect(again.nth(1)).not.toBeChecked();

  // "Chuẩn bị trước": the plain list for home, same ticks.
  await panel.getByRole('button', { name: 'Chuẩn bị trước' }).click();
  await expect(panel.getByRole('heading', { level: 2, name: `Chuẩn bị trước: ${khaiSinh.name}` })).toBeFocused();
  await expect(panel.getByRole('checkbox', { name: firstName, exact: true })).toBeChecked();
  await expect(panel.getByRole('button', { name: 'In hoặc lưu thành PDF' })).toBeVisible();
});

test('side panel works with no network at all', async ({ context, extensionId }) => {
  await context.route('**/*', (route) =>
    route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort('internetdisconnected'),
  );
  await context.setOffline(true);
  const panel = await openSidePanel(context, extensionId);
  const search = panel.getByRole('searchbox', { name: 'Tìm thủ tục' });
  await search.fill('cap lai cccd');
  await expect(panel.getByRole('button', { name: 'Cấp lại thẻ căn cước', exact: true })).toBeVisible();
  // Enter opens the first result; "Quay lại" returns to the search as it was.
  await search.press('Enter');
  await expect(panel.getByRole('heading', { level: 2, name: 'Cấp lại thẻ căn cước' })).toBeFocused();
  await panel.getByRole('button', { name: /Quay lại tìm thủ tục/ }).click();
  await expect(search).toHaveValue('cap lai cccd');
});

test('a detail page the user opens brings the portal’s latest checklist into the side panel', async ({ context, extensionId }) => {
  // The portal has since published one more paper for this procedure than the bundled catalog knows.
  const NEW_PAPER = 'Văn bản xác nhận thông tin cư trú do Công an cấp xã cấp (mới bổ sung)';
  const record = JSON.parse(portalRecordJson(khaiSinh.id) ?? 'null');
  record.executionCases[0].profileComponents.push({ ...record.executionCases[0].profileComponents[0], name: NEW_PAPER, attachments: [] });
  await context.route(`https://dichvucong.gov.vn/api/thu-tuc-hanh-chinh/${khaiSinh.id}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ code: 'OK', data: record }) }),
  );

  const panel = await openPanel(context, extensionId);
  await openProcedure(panel, 'dang ky khai sinh', khaiSinh.name);
  await expect(panel.getByRole('region', { name: 'Thành phần hồ sơ' })).not.toContainText(NEW_PAPER);

  const page = await context.newPage();
  await page.goto(detailUrl(khaiSinh.id));
  const region = assistant(page).getByRole('region', { name: 'Kiểm tra thành phần hồ sơ' });
  await region.getByRole('button', { name: /^Xem toàn bộ danh sách/ }).click({ timeout: 20_000 });
  await expect(region).toContainText(NEW_PAPER);

  // The overlay reports the page in the background; the panel shows it the next time it opens the procedure.
  await expect(async () => {
    await panel.reload();
    await openProcedure(panel, 'dang ky khai sinh', khaiSinh.name);
    await expect(panel.getByRole('region', { name: 'Thành phần hồ sơ' })).toContainText(NEW_PAPER, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(panel.getByText(/^Theo trang thủ tục trên Cổng, xem ngày/)).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Mở thủ tục trên Cổng Dịch vụ công' })).toHaveAttribute('href', detailUrl(khaiSinh.id));
});

test('the running guide shows in the side panel with its step and controls, in step with the card', async ({ context, extensionId }) => {
  const panel = await openPanel(context, extensionId);
  const running = panel.getByRole('region', { name: /^Đang hướng dẫn: / });
  await expect(panel.getByRole('searchbox', { name: 'Tìm thủ tục' })).toBeVisible();
  await expect(running).toHaveCount(0);

  const page = await context.newPage();
  await page.goto(detailUrl(khaiSinh.id));
  await assistant(page).getByRole('button', { name: 'Hướng dẫn nộp trực tuyến' }).click();
  const cardTitle = guideCard(page).getByRole('heading', { level: 2 });
  await expect(cardTitle).toHaveText('Đăng nhập bằng VNeID');
  const cardStep = await guideCard(page).getByText(/^Bước \d+\/\d+$/).textContent();

  // The panel learns of the guide without a reload, and shows where the user is.
  const panelTitle = running.getByRole('heading', { level: 3 });
  await expect(panelTitle).toHaveText('Đăng nhập bằng VNeID');
  await expect(running.getByText(/^Bước \d+\/\d+$/)).toHaveText(cardStep ?? '');
  await expect(running.getByRole('button', { name: 'Quay lại', exact: true })).toBeDisabled();
  expect((await new AxeBuilder({ page: panel }).analyze()).violations).toEqual([]);

  // "Tiếp theo" in the panel moves the guide on, and the card on the portal page follows.
  await running.getByRole('button', { name: 'Tiếp theo', exact: true }).click();
  await expect(panelTitle).not.toHaveText('Đăng nhập bằng VNeID');
  const next = await panelTitle.textContent();
  await expect(cardTitle).toHaveText(next ?? '');
  await expect(running.getByText(/^Bước \d+\/\d+$/)).not.toHaveText(cardStep ?? '');

  // A step done on the page moves the panel too: "Quay lại" on the card.
  await guideCard(page).getByRole('button', { name: 'Quay lại', exact: true }).click();
  await expect(panelTitle).toHaveText('Đăng nhập bằng VNeID');

  // Stopping from the panel takes the card off the page.
  await running.getByRole('button', { name: 'Tắt hướng dẫn', exact: true }).click();
  await expect(running).toHaveCount(0);
  await expect(guideCard(page)).toHaveCount(0);
  await expect(panel.getByRole('searchbox', { name: 'Tìm thủ tục' })).toBeVisible();
});
