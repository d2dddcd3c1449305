import AxeBuilder from '@axe-core/playwright';
import { expect, PROCEDURES, test } from './fixtures';

const { khaiSinh } = PROCEDURES;

test('side panel: find a procedure accent-free, tick the papers at hand, find the ticks after a reload', async ({
  context,
  extensionId,
}) => {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);

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
  for (const action of ['Điền trực tuyến', 'Tải lên', 'Mang bản chính', 'Không cần nộp — đã có trên VNeID']) {
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
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const search = panel.getByRole('searchbox', { name: 'Tìm thủ tục' });
  await search.fill('cap lai cccd');
  await expect(panel.getByRole('button', { name: 'Cấp lại thẻ căn cước', exact: true })).toBeVisible();
  // Enter opens the first result; "Quay lại" returns to the search as it was.
  await search.press('Enter');
  await expect(panel.getByRole('heading', { level: 2, name: 'Cấp lại thẻ căn cước' })).toBeFocused();
  await panel.getByRole('button', { name: /Quay lại tìm thủ tục/ }).click();
  await expect(search).toHaveValue('cap lai cccd');
});
