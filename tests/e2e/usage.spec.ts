import type { Locator, Page } from '@playwright/test';
import { axeFindings } from '../support/a11y';
import { expect, test, openSidePanel } from './fixtures';

const QUESTION = 'Bạn dùng tiện ích để…';
const USAGE = {
  personal: 'tự làm thủ tục của mình',
  counter: 'hỗ trợ công dân tại bộ phận một cửa',
  volunteer: 'hỗ trợ người dân như tình nguyện viên',
} as const;

const searchBox = (panel: Page) => panel.getByRole('searchbox', { name: 'Tìm thủ tục' });
const sessionBar = (panel: Page) => panel.getByRole('region', { name: 'Phiên hỗ trợ' });

/** `first` comes before `then` in the page (what a reader and the Tab key meet first). */
async function expectBefore(first: Locator, then: Locator) {
  const handle = await then.elementHandle();
  expect(await first.evaluate((a, b) => Boolean(a.compareDocumentPosition(b as Node) & Node.DOCUMENT_POSITION_FOLLOWING), handle)).toBe(
    true,
  );
}

async function expectClean(panel: Page) {
  const { serious, passed } = await axeFindings(panel);
  expect(serious).toEqual([]);
  expect(passed).toContain('color-contrast');
}

/** Answers the question in Cài đặt, as a person changing their mind would. */
async function chooseInOptions(page: Page, extensionId: string, label: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const question = page.getByRole('group', { name: QUESTION });
  await question.getByRole('radio', { name: label }).check();
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu cài đặt.');
}

test('first run asks who is using it; a citizen at home meets the search first and no staff controls', async ({
  context,
  extensionId,
}) => {
  const panel = await openSidePanel(context, extensionId);
  const question = panel.getByRole('group', { name: QUESTION });
  await expect(question).toBeVisible();
  await expectBefore(question, searchBox(panel));
  await expectClean(panel);

  // Keyboard: the question's radios are reachable and chosen with the arrow keys and Space.
  await question.getByRole('radio', { name: USAGE.personal }).focus();
  await panel.keyboard.press('Space');
  await expect(question).toBeHidden();
  await expect(searchBox(panel)).toBeVisible();
  await expect(sessionBar(panel)).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Xóa dữ liệu của tôi' })).toBeHidden();
  await expect(panel.getByText('Thống kê hỗ trợ (ẩn danh)')).toHaveCount(0);

  // Remembered: the next opening goes straight to the search.
  await panel.reload();
  await expect(searchBox(panel)).toBeFocused();
  await expect(question).toHaveCount(0);
  await expect(sessionBar(panel)).toHaveCount(0);
});

test('personal, chosen in Cài đặt: the citizen’s own wipe is tucked away, not gone', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await chooseInOptions(options, extensionId, USAGE.personal);
  await expectClean(options);

  const panel = await openSidePanel(context, extensionId);
  await expect(searchBox(panel)).toBeFocused();
  await expect(panel.getByRole('button', { name: 'Xóa dữ liệu của tôi' })).toBeHidden();
  await panel.getByText('Dữ liệu của bạn trên máy này').click();
  await panel.getByRole('button', { name: 'Xóa dữ liệu của tôi' }).click();
  await panel.getByRole('button', { name: 'Xóa dữ liệu', exact: true }).click();
  await expect(panel.getByText('Đã xóa dữ liệu của bạn khỏi tiện ích.')).toBeVisible();
  await expectClean(panel);
});

for (const usage of ['counter', 'volunteer'] as const) {
  test(`${usage}: the session bar comes first`, async ({ context, extensionId }) => {
    const options = await context.newPage();
    await chooseInOptions(options, extensionId, USAGE[usage]);
    const panel = await openSidePanel(context, extensionId);
    const bar = sessionBar(panel);
    await expect(bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' })).toBeVisible();
    await expect(panel.getByRole('group', { name: QUESTION })).toHaveCount(0);
    await expectBefore(bar, searchBox(panel));
    await expectClean(panel);
  });
}

test('switching to personal mid-session loses nothing: the open session stays in sight until it ends, the tallies stay', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await chooseInOptions(options, extensionId, USAGE.counter);
  const panel = await openSidePanel(context, extensionId);
  const bar = sessionBar(panel);
  await bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' }).click();
  await expect(bar.getByText('Đang hỗ trợ một công dân')).toBeVisible();

  await chooseInOptions(options, extensionId, USAGE.personal);
  await panel.reload();
  await expect(bar.getByText('Đang hỗ trợ một công dân')).toBeVisible();
  await bar.getByRole('button', { name: 'Kết thúc' }).click();
  await bar.getByRole('button', { name: 'Đã đăng xuất xong' }).click();
  await expect(bar).toHaveCount(0);
  await expect(searchBox(panel)).toBeVisible();

  await chooseInOptions(options, extensionId, USAGE.counter);
  await panel.reload();
  await panel.getByText('Thống kê hỗ trợ (ẩn danh)').click();
  await expect(panel.getByRole('row', { name: 'Tại bộ phận một cửa 1 0 0' })).toBeVisible();
});
