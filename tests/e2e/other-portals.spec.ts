import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { textPdf } from '../support/generate-files';
import { launchWithGrantedOrigins } from '../support/granted-profile';
import { extensionId } from '../support/launch';
import { detailUrl, PROCEDURES } from '../support/replica/procedures';
import { chooseAgency, setKnobs, signInWithVneid } from '../support/replica/steps';
import { assistant, expect, guideCard, guideCardButton, test, openSidePanel } from './fixtures';

/**
 * Provincial and ministry portals: the assistant runs there only on an
 * origin the user granted (see tests/support/granted-profile.ts for how a
 * grant is made without Chrome's prompt). Replica sites of
 * tests/fixtures/portal/<host>/, Đăng ký tạm trú (whose housing proof the
 * state holds on VNeID).
 */
const QUANG_NINH = 'https://dichvucong.quangninh.gov.vn/*';
const OLD_PROVINCIAL = `https://dichvucong.quangninh.gov.vn/dvc/chi-tiet-thu-tuc.jsp?ma=${PROCEDURES.tamTru.code}`;
const HOUSING = /^Thông tin chứng minh về chỗ ở hợp pháp/;

/** Serious or critical axe violations in the assistant's own UI on the page. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('dvc-assistant').analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What the background registered for the other portals, asked from an extension page. */
async function registeredOrigins(context: BrowserContext): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${await extensionId(context)}/options.html`);
    return await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } };
      return (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
    });
  } finally {
    await page.close();
  }
}

async function openOldProvincial(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(OLD_PROVINCIAL);
  await expect(page.getByRole('heading', { level: 1, name: PROCEDURES.tamTru.name })).toBeVisible();
  return page;
}

test.describe('granted', () => {
  let context: BrowserContext;
  test.beforeEach(async () => {
    context = await launchWithGrantedOrigins([QUANG_NINH]);
    // The background registers its detector from the permissions at every start.
    await expect.poll(() => registeredOrigins(context)).toEqual([QUANG_NINH]);
  });
  test.afterEach(async () => {
    await context.close();
  });

  test('old provincial portal: the papers table becomes the checklist region, and a file on a VNeID-held row brings the reminder', async () => {
    const page = await openOldProvincial(context);
    const host = assistant(page);
    const region = host.getByRole('region', { name: 'Kiểm tra thành phần hồ sơ' });
    await expect(region).toContainText('Thông tin chứng minh về chỗ ở hợp pháp');
    // Says what it does here, and offers no step-by-step guide it does not have.
    await expect(region).toContainText('Trang này không có hướng dẫn từng bước');
    await expect(host.getByRole('button', { name: 'Hướng dẫn nộp trực tuyến' })).toHaveCount(0);

    // The row's own file input, clicked as a person would.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('row').filter({ hasText: 'Thông tin chứng minh về chỗ ở hợp pháp' }).locator('input[type="file"]').click();
    await (await chooser).setFiles({ name: 'hop-dong-thue-nha.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await textPdf(2)) });
    const alert = host.getByRole('alert');
    await expect(alert).toContainText('đã có trên VNeID');
    await expect(alert).toContainText(HOUSING);
    await expect(host.getByRole('article', { name: HOUSING })).toContainText('hop-dong-thue-nha.pdf');
  });

  test('revoked in Cài đặt: the assistant leaves the open page, and a new visit gets nothing', async () => {
    const page = await openOldProvincial(context);
    await expect(assistant(page).getByRole('region', { name: 'Kiểm tra thành phần hồ sơ' })).toBeVisible();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${await extensionId(context)}/options.html`);
    const allowed = options.getByRole('region', { name: 'Cổng được phép' });
    await expect(allowed).toContainText('dichvucong.quangninh.gov.vn');
    await allowed.getByRole('button', { name: 'Thu hồi quyền trên dichvucong.quangninh.gov.vn' }).click();
    await expect(allowed).toContainText('Chưa cho phép cổng nào');

    await expect(assistant(page)).toHaveCount(0);
    await expect.poll(() => registeredOrigins(context)).toEqual([]);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: PROCEDURES.tamTru.name })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Thông tin chứng minh về chỗ ở hợp pháp' })).toBeVisible();
    await expect(assistant(page)).toHaveCount(0);
  });
});

test.describe('granted, pages of other shapes', () => {
  let context: BrowserContext;
  test.beforeEach(async () => {
    context = await launchWithGrantedOrigins(['https://dichvucong.danang.gov.vn/*', 'https://dichvucongbyt.moh.gov.vn/*']);
    await expect.poll(async () => (await registeredOrigins(context)).length).toBe(2);
  });
  test.afterEach(async () => {
    await context.close();
  });

  test('modern provincial SPA: a "Tên thành phần hồ sơ" table is read, and its "Chọn tệp" buttons are the upload rows', async () => {
    const page = await context.newPage();
    await page.goto(`https://dichvucong.danang.gov.vn/thu-tuc/chi-tiet?ma=${PROCEDURES.tamTru.code}`);
    const host = assistant(page);
    // "Tên thành phần hồ sơ | Số lượng", no template column: still the papers table.
    await expect(host.getByRole('region', { name: 'Kiểm tra thành phần hồ sơ' })).toContainText('Thông tin chứng minh về chỗ ở hợp pháp');
    // One shared hidden input, opened by the row's "Chọn tệp".
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('row').filter({ hasText: 'Thông tin chứng minh về chỗ ở hợp pháp' }).getByRole('button', { name: 'Chọn tệp' }).click();
    await (await chooser).setFiles({ name: 'hop-dong.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await textPdf(2)) });
    await expect(host.getByRole('alert')).toContainText('đã có trên VNeID');
    await expect(host.getByRole('article', { name: HOUSING })).toContainText('hop-dong.pdf');
  });

  test('ministry site whose papers are a list: the assistant says plainly it could not read them, and offers the catalog’s checklist of the procedure named', async () => {
    const ministry = await context.newPage();
    await ministry.goto(`https://dichvucongbyt.moh.gov.vn/thu-tuc/chi-tiet?ma=${PROCEDURES.tamTru.code}`);
    await expect(ministry.getByRole('heading', { level: 1, name: PROCEDURES.tamTru.name })).toBeVisible();
    // On another portal a page still for 4 s has said what it will say (OTHER_PORTAL_CHECKLIST_WATCH): the default wait covers it.
    const region = assistant(ministry).getByRole('region', { name: 'Kiểm tra thành phần hồ sơ' });
    await expect(region).toContainText('Trợ lý không đọc được danh sách giấy tờ trên trang này');
    // In its place, the catalog's checklist of the procedure the page names (by its heading: no code printed), saying so.
    await expect(region).toContainText(`Danh sách ở khung này là của thủ tục “${PROCEDURES.tamTru.name}” (mã ${PROCEDURES.tamTru.code})`);
    await expect(region).toContainText('Thông tin chứng minh về chỗ ở hợp pháp');
    await region.getByRole('button', { name: /^Xem toàn bộ danh sách/ }).click();
    await expect(region.getByRole('heading', { level: 3 }).first()).toBeVisible();
    expect(await seriousViolations(ministry)).toEqual([]);
  });
});

test('not granted: nothing is injected, and the side panel explains why and offers to turn it on for that one site', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`https://dichvucong.danang.gov.vn/thu-tuc/chi-tiet?ma=${PROCEDURES.tamTru.code}`);
  await expect(page.getByRole('heading', { level: 1, name: PROCEDURES.tamTru.name })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chọn tệp' }).first()).toBeVisible();
  expect(await registeredOrigins(context)).toEqual([]);
  await expect(assistant(page)).toHaveCount(0);

  const panel = await openSidePanel(context, extensionId);
  const section = panel.getByRole('region', { name: 'Cổng dịch vụ công khác' });
  await expect(section).toContainText('Khi chưa cho phép, Trợ lý không đọc và không hiện gì trên trang đó.');
  await section.getByRole('combobox', { name: 'Trang bạn đang mở' }).selectOption({ label: 'dichvucong.danang.gov.vn' });
  // The request itself opens Chrome's prompt, which a test cannot answer (tests/support/granted-profile.ts).
  await expect(section.getByRole('button', { name: 'Bật trợ lý trên trang này' })).toBeEnabled();
  await expect(assistant(page)).toHaveCount(0);
});

/**
 * The guide up to "Nộp trực tuyến" for Đăng ký tạm trú at a ward of Quảng
 * Ninh, whose filing (in this replica) runs on the province's own portal.
 */
async function fileUpToHandOff(context: BrowserContext): Promise<Page> {
  await setKnobs(context, { wardDelayMs: 300, provincialFiling: { 'Tỉnh Quảng Ninh': 'https://dichvucong.quangninh.gov.vn' } });
  const page = await context.newPage();
  await page.goto(detailUrl(PROCEDURES.tamTru.id));
  await assistant(page).getByRole('button', { name: 'Hướng dẫn nộp trực tuyến' }).click();
  await expect(guideCard(page).getByRole('heading', { level: 2 })).toHaveText('Đăng nhập bằng VNeID');
  await page.locator('header').getByRole('button', { name: 'Đăng nhập' }).click();
  await signInWithVneid(page);
  await chooseAgency(page, 'Tỉnh Quảng Ninh', 'Phường Trung tâm (mô phỏng)');
  await expect(guideCard(page).getByRole('heading', { level: 2 })).toHaveText('Bấm “Nộp trực tuyến”');
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().click();
  await expect(page).toHaveURL(/^https:\/\/dichvucong\.quangninh\.gov\.vn\//);
  await expect(page.getByRole('heading', { level: 1, name: PROCEDURES.tamTru.name })).toBeVisible();
  return page;
}

/** Back on the national portal in the same tab: the guide is at the step after the hand-off, and "Quay lại" returns to "Nộp trực tuyến". */
async function expectResumedAfterGoingBack(page: Page) {
  await page.goBack();
  await expect(page).toHaveURL(detailUrl(PROCEDURES.tamTru.id));
  const heading = guideCard(page).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Theo dõi hồ sơ đã nộp ở cổng khác');
  await expect(guideCard(page)).toContainText('Tra cứu hồ sơ');
  await guideCardButton(page, 'Quay lại').click();
  await expect(heading).toHaveText('Bấm “Nộp trực tuyến”');
}

test('guide hand-off to a granted provincial portal: the card there names the site and what the assistant does; back on the national portal, the guide resumes after it', async () => {
  test.setTimeout(120_000);
  const context = await launchWithGrantedOrigins([QUANG_NINH]);
  try {
    await expect.poll(() => registeredOrigins(context)).toEqual([QUANG_NINH]);
    const page = await fileUpToHandOff(context);
    const card = guideCard(page);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('Tiếp tục trên Cổng dịch vụ công tỉnh Quảng Ninh');
    await expect(card).toContainText('Cổng dịch vụ công tỉnh Quảng Ninh (dichvucong.quangninh.gov.vn)');
    await expect(card).toContainText('kiểm tra tệp');
    await expect(card).toContainText('chưa có hướng dẫn từng bước');
    // Not pointing at anything on a page it has no guide for.
    await expect(card).not.toContainText('Bước này làm ở trang khác');
    expect(await seriousViolations(page)).toEqual([]);
    // Reachable by keyboard like every card: its buttons take focus and Enter works them.
    await guideCardButton(page, 'Tiếp theo').focus();
    await expect(guideCardButton(page, 'Tiếp theo')).toBeFocused();
    await expectResumedAfterGoingBack(page);
  } finally {
    await context.close();
  }
});

test('guide hand-off to a portal not granted: nothing runs there, the side panel names the site, and the guide resumes on return', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const page = await fileUpToHandOff(context);
  await expect(assistant(page)).toHaveCount(0);
  const panel = await openSidePanel(context, extensionId);
  const guide = panel.getByRole('region', { name: /^Đang hướng dẫn/ });
  await expect(guide.getByRole('heading', { level: 3 })).toHaveText('Tiếp tục trên Cổng dịch vụ công tỉnh Quảng Ninh');
  await expect(guide).toContainText('(dichvucong.quangninh.gov.vn)');
  await panel.close();
  await page.bringToFront();
  await expectResumedAfterGoingBack(page);
});
