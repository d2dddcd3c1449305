import type { Page } from '@playwright/test';
import { axeFindings, focused, hasVisibleFocus, scrollsSideways, tabTo, zoom200 } from '../support/a11y';
import { textPdf } from '../support/generate-files';
import { caseIdOf } from '../support/replica/api';
import { detailUrl } from '../support/replica/procedures';
import { scrollToFormEndUntil, setKnobs, uploadOnFiling, VNEID } from '../support/replica/steps';
import { SAMPLE_SLIP } from '../support/sample-slip';
import { currentSessionId, expect, PROCEDURES, sendFromExtensionPage, switchOn, test, openSidePanel } from './fixtures';

const REGION = 'Kiểm tra thành phần hồ sơ';
/** The held-paper alert's button that lets the user go on with the upload. */
const alertButton = /^Vẫn tải lên/;



/** The replica's one-page filing for Đăng ký tạm trú (3 upload rows, the first held by the state), signed in. */
async function openFiling(page: Page) {
  await setKnobs(page, { uploadDelayMs: 100, toastMs: 1000 });
  await page.goto('https://dichvucong.gov.vn/');
  await page.evaluate((id) => localStorage.setItem('replica.session', JSON.stringify({ id, since: Date.now() })), VNEID.id);
  await page.goto(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${caseIdOf(PROCEDURES.tamTru.id, 0)}`);
  await expect(page.locator('button[title="Tải lên file"]')).toHaveCount(3);
}
const DESKTOP = { width: 1280, height: 860 };

async function openDetail(page: Page) {
  await page.goto(detailUrl(PROCEDURES.khaiSinh.id));
  const region = page.locator('dvc-assistant').getByRole('region', { name: REGION });
  await expect(region.getByRole('button', { name: /^Xem toàn bộ danh sách/ })).toBeVisible({ timeout: 20_000 });
  return region;
}

async function expectNoSeriousViolations(page: Page, include?: string) {
  const { serious, passed } = await axeFindings(page, include);
  expect(serious).toEqual([]);
  // Text contrast was measured, not skipped.
  expect(passed).toContain('color-contrast');
}

test.describe('axe (WCAG 2.1 A/AA): no serious or critical violations', () => {
  test('the overlay on a detail page, folded and unfolded, normal and large text', async ({ context, extensionId }) => {
    const page = await context.newPage();
    const region = await openDetail(page);
    await expectNoSeriousViolations(page, 'dvc-assistant');

    await region.getByRole('button', { name: /^Xem toàn bộ danh sách/ }).click();
    await region.getByText(/^Ghi chú \(\d+\)$/).first().click();
    await expectNoSeriousViolations(page, 'dvc-assistant');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Cỡ chữ').selectOption('large');
    await options.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(options.getByRole('status')).toHaveText('Đã lưu cài đặt.');
    await options.close();
    const large = await openDetail(page);
    await expect(page.locator('dvc-assistant .dvc-root')).toHaveAttribute('data-text-size', 'large');
    await large.getByRole('button', { name: /^Xem toàn bộ danh sách/ }).click();
    await expectNoSeriousViolations(page, 'dvc-assistant');
  });

  test('the side panel in personal mode, during an assisted session with its tallies, and after it', async ({ context, extensionId }) => {
    const panel = await openSidePanel(context, extensionId);
    const bar = panel.getByRole('region', { name: 'Phiên hỗ trợ' });
    await expect(bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' })).toBeVisible();
    await expectNoSeriousViolations(panel);

    await bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' }).click();
    await switchOn(bar.getByRole('switch', { name: /Ưu tiên/ }));
    await expect(bar.getByText('ƯU TIÊN — phục vụ trước')).toBeVisible();
    await panel.getByText('Thống kê hỗ trợ (ẩn danh)').click();
    await expect(panel.getByRole('row', { name: 'Tại bộ phận một cửa 1 0 0' })).toBeVisible();
    await expectNoSeriousViolations(panel);

    await bar.getByRole('button', { name: 'Kết thúc' }).click();
    await expect(bar.getByRole('alert')).toContainText('Dữ liệu của công dân đã được xóa');
    await expectNoSeriousViolations(panel);
  });

  test('the side panel search, its results and a procedure with its checklist', async ({ context, extensionId }) => {
    const panel = await openSidePanel(context, extensionId);
    await panel.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('dang ky khai sinh');
    await expect(panel.getByRole('button', { name: PROCEDURES.khaiSinh.name, exact: true })).toBeVisible();
    await expectNoSeriousViolations(panel);
    await panel.getByRole('button', { name: PROCEDURES.khaiSinh.name, exact: true }).click();
    await panel.getByRole('region', { name: 'Thành phần hồ sơ' }).getByRole('checkbox').first().check();
    await expectNoSeriousViolations(panel);
  });

  test('the pre-check on the one-page filing: a row message, the held-paper alert, the summary', async ({ context }) => {
    const page = await context.newPage();
    await openFiling(page);
    await uploadOnFiling(page, 1, { name: 'hop-dong-thue-nha.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await textPdf(1)) });
    await expect(page.locator('dvc-assistant').getByRole('alert')).toContainText('đã có trên VNeID');
    await scrollToFormEndUntil(page, () =>
      expect(page.locator('dvc-assistant').getByRole('complementary', { name: 'Trước khi nộp' })).toBeVisible({ timeout: 2_000 }),
    );
    await expectNoSeriousViolations(page, 'dvc-assistant');
  });

  test('the slip page with a list', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/slip.html`);
    await sendFromExtensionPage(page, { type: 'slip/set', sessionId: await currentSessionId(page), slip: SAMPLE_SLIP });
    await page.reload();
    await expect(page.getByTestId('slip-needed')).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  for (const name of ['options', 'slip']) {
    test(`the ${name} page`, async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  }
});

test.describe('200% zoom', () => {
  test('extension pages reflow without sideways scrolling (side panel at 320 CSS px)', async ({ context, extensionId }) => {
    const page = await context.newPage();
    for (const [name, window] of [
      ['options', DESKTOP],
      ['slip', DESKTOP],
      // A side panel widened to 640 px, at 200%: WCAG's reflow width of 320 CSS px.
      ['sidepanel', { width: 640, height: 860 }],
    ] as const) {
      const cdp = await zoom200(page, window);
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (name === 'sidepanel') {
        await page.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' }).click();
        await page.getByText('Thống kê hỗ trợ (ẩn danh)').click();
        await expect(page.getByRole('button', { name: 'Kết thúc' })).toBeVisible();
        // The longest names and checklists the catalog has.
        await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('chung thuc ban sao tu ban chinh');
        await page.getByRole('button', { name: PROCEDURES.chungThuc.name, exact: true }).click();
        await expect(page.getByRole('region', { name: 'Thành phần hồ sơ' })).toBeVisible();
      }
      expect(await page.evaluate(() => innerWidth), name).toBe(window.width / 2);
      expect(await scrollsSideways(page), `${name} scrolls sideways`).toBe(false);
      await cdp.detach();
    }
  });

  test('the overlay stays inside a 640 × 430 CSS px viewport (1280 × 860 at 200%) and never scrolls sideways', async ({ context }) => {
    const page = await context.newPage();
    await zoom200(page, DESKTOP);
    const region = await openDetail(page);
    await region.getByRole('button', { name: /^Xem toàn bộ danh sách/ }).click();
    await expect(region.getByRole('heading', { level: 3 }).first()).toBeVisible();
    const boxes = await page.locator('dvc-assistant').evaluate((host) => {
      const dock = host.shadowRoot?.querySelector('.dvc-dock');
      if (!dock) throw new Error('no dock');
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      return {
        dock: rect(dock),
        cards: Array.from(dock.querySelectorAll('.dvc-card'), rect),
        sideways: Array.from([dock, ...dock.querySelectorAll('*')]).filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible').length,
        viewport: { width: innerWidth, height: innerHeight },
      };
    });
    expect(boxes.viewport).toEqual({ width: 640, height: 430 });
    for (const box of [boxes.dock, ...boxes.cards]) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(640);
    }
    expect(boxes.dock.top).toBeGreaterThanOrEqual(0);
    expect(boxes.dock.bottom).toBeLessThanOrEqual(430);
    expect(boxes.sideways).toBe(0);
  });
});

test.describe('keyboard only', () => {
  test('detail page: Tab reaches the card close button and the region toggle, Enter and Space work, focus is visible', async ({ context }) => {
    const page = await context.newPage();
    const region = await openDetail(page);
    const toggle = region.getByRole('button', { name: /^Xem toàn bộ danh sách|^Thu gọn danh sách/ });

    const close = await tabTo(page, (f) => f.inOverlay && f.name === 'Đóng');
    expect(hasVisibleFocus(close), close.outline).toBe(true);
    const toggleFocus = await tabTo(page, (f) => f.inOverlay && f.name.startsWith('Xem toàn bộ danh sách'), { max: 5 });
    expect(hasVisibleFocus(toggleFocus), toggleFocus.outline).toBe(true);

    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(region.getByRole('heading', { level: 3 }).first()).toBeVisible();
    const notes = await tabTo(page, (f) => f.inOverlay && /^Ghi chú \(\d+\)$/.test(f.name), { max: 60 });
    expect(hasVisibleFocus(notes), notes.outline).toBe(true);
    await page.keyboard.press('Space');
    await expect(region.locator('details[open]')).toHaveCount(1);

    await tabTo(page, (f) => f.inOverlay && f.name === 'Thu gọn danh sách', { back: true, max: 60 });
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await tabTo(page, (f) => f.inOverlay && f.name === 'Đóng', { back: true, max: 5 });
    await page.keyboard.press('Enter');
    await expect(page.locator('dvc-assistant').getByTestId('procedure-card')).toHaveCount(0);
    // Focus is not dropped to the top of the page: it moves to the overlay's next control, visibly.
    const after = await focused(page);
    expect(after).toMatchObject({ inOverlay: true, tag: 'button' });
    expect(after && hasVisibleFocus(after), after?.outline).toBe(true);
  });

  test('options: the whole form by keyboard; English after saving', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByLabel('Ngôn ngữ')).toBeVisible();

    const language = await tabTo(page, (f) => f.tag === 'select', { max: 5 });
    expect(hasVisibleFocus(language), language.outline).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Ngôn ngữ')).toHaveValue('en');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Cỡ chữ')).toHaveValue('large');
    const readAloud = await tabTo(page, (f) => f.tag === 'input' && f.name.startsWith('Đọc to hướng dẫn'), { max: 2 });
    expect(hasVisibleFocus(readAloud), readAloud.outline).toBe(true);
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Đọc to hướng dẫn')).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.type('https://danhmuc.example.vn/thu-tuc.json');
    const save = await tabTo(page, (f) => f.name === 'Lưu cài đặt', { max: 3 });
    expect(hasVisibleFocus(save), save.outline).toBe(true);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Settings saved.');
    await expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Read guidance aloud')).toBeChecked();
    await expect(page.getByLabel('Text size')).toHaveValue('large');
    await expect(page.getByLabel(/catalog update URL/)).toHaveValue('https://danhmuc.example.vn/thu-tuc.json');
  });

  test('side panel: find a procedure, tick a paper and come back, by keyboard', async ({ context, extensionId }) => {
    const panel = await openSidePanel(context, extensionId);
    const search = panel.getByRole('searchbox', { name: 'Tìm thủ tục' });
    await expect(search).toBeVisible();
    const box = await tabTo(panel, (f) => f.tag === 'input' && f.name === 'Tìm thủ tục', { max: 20 });
    expect(hasVisibleFocus(box), box.outline).toBe(true);
    await expect(search).toBeFocused();
    await panel.keyboard.type('dang ky khai sinh');
    await expect(panel.getByRole('button', { name: PROCEDURES.khaiSinh.name, exact: true })).toBeVisible();
    const result = await tabTo(panel, (f) => f.name === PROCEDURES.khaiSinh.name, { max: 5 });
    expect(hasVisibleFocus(result), result.outline).toBe(true);
    await panel.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { level: 2, name: PROCEDURES.khaiSinh.name })).toBeFocused();
    const tick = await tabTo(panel, (f) => f.tag === 'input', { max: 20 });
    expect(hasVisibleFocus(tick), tick.outline).toBe(true);
    await panel.keyboard.press('Space');
    await expect(panel.getByRole('region', { name: 'Thành phần hồ sơ' }).getByRole('checkbox').first()).toBeChecked();
    await tabTo(panel, (f) => f.name.includes('Quay lại tìm thủ tục'), { back: true, max: 20 });
    await panel.keyboard.press('Enter');
    await expect(search).toHaveValue('dang ky khai sinh');
  });

  test('one-page filing: the held-paper alert and the slip button by keyboard', async ({ context }) => {
    const page = await context.newPage();
    await openFiling(page);
    await uploadOnFiling(page, 1, { name: 'hop-dong-thue-nha.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await textPdf(1)) });
    const alert = page.locator('dvc-assistant').getByRole('alert');
    await expect(alert).toContainText('đã có trên VNeID');
    const goOn = await tabTo(page, (f) => f.inOverlay && f.tag === 'button' && alertButton.test(f.name));
    expect(hasVisibleFocus(goOn), goOn.outline).toBe(true);
    await page.keyboard.press('Enter');
    await expect(alert).toHaveCount(0);
    // The button is gone, the focus is not: it stays in the overlay.
    expect(await focused(page)).toMatchObject({ inOverlay: true });
    // The summary waits by the submit button, at the end of the form.
    await scrollToFormEndUntil(page, () =>
      expect(page.locator('dvc-assistant').getByRole('complementary', { name: 'Trước khi nộp' })).toBeVisible({ timeout: 2_000 }),
    );
    const slipButton = await tabTo(page, (f) => f.inOverlay && f.name === 'Xem danh sách giấy tờ cần bổ sung', { max: 10 });
    expect(hasVisibleFocus(slipButton), slipButton.outline).toBe(true);
    const slip = page.context().waitForEvent('page');
    await page.keyboard.press('Enter');
    await expect((await slip).getByText('Thủ tục: Đăng ký tạm trú')).toBeVisible();
  });

  test('side panel: an assisted session from start to end by keyboard', async ({ context, extensionId }) => {
    const panel = await openSidePanel(context, extensionId);
    const bar = panel.getByRole('region', { name: 'Phiên hỗ trợ' });
    await expect(bar.getByRole('button', { name: 'Bắt đầu hỗ trợ công dân mới' })).toBeVisible();

    // The panel opens with the focus in the search box; the session bar is above it.
    const start = await tabTo(panel, (f) => f.name === 'Bắt đầu hỗ trợ công dân mới', { back: true, max: 10 });
    expect(hasVisibleFocus(start), start.outline).toBe(true);
    await panel.keyboard.press('Enter');
    await expect(bar.getByRole('button', { name: 'Kết thúc' })).toBeVisible();
    const priority = await tabTo(panel, (f) => f.tag === 'input' && f.name.startsWith('Ưu tiên'), { max: 15 });
    expect(hasVisibleFocus(priority), priority.outline).toBe(true);
    await panel.keyboard.press('Space');
    await expect(bar.getByText('ƯU TIÊN — phục vụ trước')).toBeVisible();
    // The flag shows at once; the bar's buttons are disabled (out of the tab order) until the background has saved it.
    await expect(bar.getByRole('button', { name: 'Còn thiếu giấy tờ' })).toBeEnabled();
    await tabTo(panel, (f) => f.name === 'Còn thiếu giấy tờ', { max: 10 });
    await panel.keyboard.press('Enter');
    await expect(bar.getByRole('button', { name: /Còn thiếu giấy tờ/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(bar.getByRole('button', { name: 'Kết thúc' })).toBeEnabled();
    await tabTo(panel, (f) => f.name === 'Kết thúc', { max: 10 });
    await panel.keyboard.press('Enter');
    await expect(bar.getByRole('alert')).toContainText('Dữ liệu của công dân đã được xóa');
    await tabTo(panel, (f) => f.name === 'Đã đăng xuất xong', { max: 10 });
    await panel.keyboard.press('Enter');
    await expect(bar.getByRole('alert')).toHaveCount(0);
  });
});
