import type { Page } from '@playwright/test';
import { detailUrl } from '../support/replica/procedures';
import {
  CAPTURED,
  filingUploadButtons,
  listboxButton,
  pick,
  samplePdf,
  setKnobs,
  signInWithVneid,
  uploadOnFiling,
  VNEID,
} from '../support/replica/steps';
import { assistant, expect, guideCard, guideCardButton as cardButton, PROCEDURES, test } from './fixtures';

/**
 * The portal as captured on the live sites in 2026 (portal-notes.md, last
 * section): liên thông, civil status filed on /nop-ho-so, pickers that turn
 * into inputs, e-form rows with a hidden mobile copy, the safe 2 MB limit.
 */
const card = guideCard;
const expectStep = (page: Page, title: string | RegExp) => expect(card(page).getByRole('heading', { level: 2 })).toHaveText(title);
const LIENTHONG = `https://lienthong.dichvucong.gov.vn/#/ke-khai/${PROCEDURES.lienThongKhaiSinh.code}`;

/** Signed in on the portal without the VNeID round trip (the sign-in itself is the replica's own test). */
async function signedIn(page: Page) {
  await page.goto('https://dichvucong.gov.vn/');
  await page.evaluate((id) => localStorage.setItem('replica.session', JSON.stringify({ id, since: Date.now() })), VNEID.id);
}

/** The card points at `target` (it is anchored and the spotlight sits on it). */
async function expectAnchoredOn(page: Page, target: ReturnType<Page['locator']>) {
  await expect(card(page)).toHaveAttribute('data-anchored', 'true');
  await expect(async () => {
    const [t, ring] = await Promise.all([target.boundingBox(), assistant(page).getByTestId('guide-spotlight').boundingBox()]);
    if (!t || !ring) throw new Error('not laid out yet');
    expect(Math.abs(ring.x + 6 - t.x)).toBeLessThan(2);
    expect(Math.abs(ring.y + 6 - t.y)).toBeLessThan(2);
  }).toPass();
}

const bytes = (name: string, size: number) => samplePdf(name, size);

test.beforeEach(async ({ context }) => {
  await setKnobs(context, { ...CAPTURED, wardDelayMs: 300, uploadDelayMs: 100, dialogFailsFirstClick: false, toastMs: 10_000 });
});

test('the whole guide on a civil-status procedure filed on /nop-ho-so, with pickers that turn into inputs and the portal’s own modals', async ({
  context,
}) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  await page.goto(detailUrl(PROCEDURES.khaiTu.id));
  await assistant(page).getByRole('button', { name: 'Hướng dẫn nộp trực tuyến' }).click();
  await expectStep(page, 'Đăng nhập bằng VNeID');
  await page.locator('header').getByRole('button', { name: 'Đăng nhập' }).click();
  await expectStep(page, 'Nhập số định danh cá nhân');
  await signInWithVneid(page);
  // Back on the portal, which asks on its own: the card says what each modal is.
  await expect(card(page).getByRole('region', { name: 'Cổng hỏi đồng ý chia sẻ dữ liệu' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Xác nhận đồng ý chia sẻ dữ liệu' }).getByRole('button', { name: 'Đồng ý' }).click();
  await expect(card(page).getByRole('region', { name: 'Nhập passcode VNeID' })).toBeVisible();
  const passcode = page.getByRole('dialog', { name: 'Vui lòng nhập passcode' });
  await passcode.getByLabel('Passcode').fill('246810');
  await passcode.getByRole('button', { name: 'Xác nhận' }).click();

  // The pickers become inputs once chosen: each step still completes and the next finds its target.
  await expectStep(page, 'Chọn tỉnh/thành phố');
  await pick(page, listboxButton(page, '-- Chọn Tỉnh/ Thành phố --'), 'Thành phố Hà Nội');
  await expectStep(page, 'Chọn phường/xã');
  await expectAnchoredOn(page, listboxButton(page, '-- Chọn Phường/ Xã --'));
  await pick(page, listboxButton(page, '-- Chọn Phường/ Xã --'), 'Phường Ba Đình');
  await expectStep(page, 'Xác nhận nơi nộp');
  await expect(page.locator('button[aria-haspopup="listbox"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await expectStep(page, 'Bấm “Nộp trực tuyến”');
  // Death registration files on the portal itself: nobody tells the user it moves to the Justice site.
  await expect(card(page)).not.toContainText('Bộ Tư pháp”');
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().click();
  await expectStep(page, 'Thông tin người nộp đã có sẵn');
  await expect(page).toHaveURL(/\/nop-ho-so\?formalityId=/);
  await cardButton(page, 'Tiếp theo').click();

  // The papers, row by row, on "Chọn tệp tin" rows: the card points at the visible row, not the hidden mobile copy.
  await expectStep(page, /^Tải lên: Giấy báo tử/);
  const deathRow = page.getByRole('row', { name: /^1 - Giấy báo tử/ });
  await expectAnchoredOn(page, deathRow.getByRole('button', { name: 'Chọn tệp tin' }));
  const chooser = page.waitForEvent('filechooser');
  await deathRow.getByRole('button', { name: 'Chọn tệp tin' }).click();
  await (await chooser).setFiles(bytes('giay-bao-tu.pdf', 4096));
  // The picked file completes the paper's step by itself; the remaining papers' steps are moved on by hand.
  await expect(card(page).getByRole('heading', { level: 2 })).not.toHaveText(/^Tải lên: Giấy báo tử/);
  for (let i = 0; i < 30; i++) {
    const title = (await card(page).getByRole('heading', { level: 2 }).textContent()) ?? '';
    if (!/^(Tải lên|Không tải lên|Mang bản chính)/.test(title)) break;
    await cardButton(page, 'Tiếp theo').click();
    await expect(card(page).getByRole('heading', { level: 2 })).not.toHaveText(title);
  }
  // The hand-made "Hình thức nhận kết quả" (no id, name or role) is still a target.
  await expectStep(page, 'Chọn cách nhận kết quả');
  await expectAnchoredOn(page, page.getByText('Hình thức nhận kết quả', { exact: true }).locator('..'));
  await cardButton(page, 'Tiếp theo').click();
  await expectStep(page, 'Bấm “Lưu và nộp hồ sơ”');
  await expectAnchoredOn(page, page.getByRole('button', { name: 'Lưu và nộp hồ sơ' }));
  await page.getByRole('textbox', { name: 'Họ, chữ đệm và tên' }).fill('Trần Văn Cường');
  await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).last().fill('001050011111');
  await page.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' }).pressSequentially('02031950');
  await page.getByRole('button', { name: 'Lưu và nộp hồ sơ' }).click();
  await expectStep(page, 'Ghi lại mã hồ sơ');
  await expectAnchoredOn(page, page.getByText(/^Mã hồ sơ:/));
});

test('the whole guide on liên thông: the detail page, straight to the liên thông form, its rows, its dossier number', async ({ context }) => {
  test.setTimeout(150_000);
  const page = await context.newPage();
  await signedIn(page);
  await page.goto(detailUrl(PROCEDURES.lienThongKhaiSinh.id));
  await assistant(page).getByRole('button', { name: 'Hướng dẫn nộp trực tuyến' }).click();
  await expectStep(page, 'Chọn tỉnh/thành phố');
  await pick(page, listboxButton(page, '-- Chọn Tỉnh/ Thành phố --'), 'Thành phố Hà Nội');
  await pick(page, listboxButton(page, '-- Chọn Phường/ Xã --'), 'Phường Ba Đình');
  await expectStep(page, 'Xác nhận nơi nộp');
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await expectStep(page, 'Bấm “Nộp trực tuyến”');
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().click();

  await expect(page).toHaveURL(LIENTHONG);
  await expectStep(page, 'Cổng liên thông: thông tin người yêu cầu');
  await expectAnchoredOn(page, page.getByRole('heading', { name: 'Thông tin người yêu cầu', exact: true }).locator('..'));
  await cardButton(page, 'Tiếp theo').click();
  // The declarations are filled in the form (no step); the papers to upload get one each, on liên thông's rows.
  await expectStep(page, /^Tải lên: Trường hợp trẻ em không đăng ký thường trú/);
  await cardButton(page, 'Tiếp theo').click();
  await expectStep(page, /^Tải lên: Giấy chứng sinh/);
  const row = page.getByRole('row').filter({ hasText: 'Giấy chứng sinh' });
  await expectAnchoredOn(page, row.getByRole('button', { name: 'Chọn tệp' }));
  const chooser = page.waitForEvent('filechooser');
  await row.getByRole('button', { name: 'Chọn tệp' }).click();
  await (await chooser).setFiles(bytes('giay-chung-sinh.pdf', 4096));
  await expectStep(page, 'Bấm “Nộp hồ sơ”');
  await expectAnchoredOn(page, page.getByRole('button', { name: 'Nộp hồ sơ' }));
  await page.getByLabel('Tên người được khai sinh').fill('Bảo Anh');
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expectStep(page, 'Ghi lại mã hồ sơ');
  await expectAnchoredOn(page, page.getByText(/^Số hồ sơ: G22\.99\.08-/));
});

test('pre-check on e-form rows: “Chọn tệp tin” rows read once (not the hidden mobile copy), a 2,050,000-byte file flagged against 2,000,000 bytes', async ({
  context,
}) => {
  const page = await context.newPage();
  await signedIn(page);
  await page.goto(`https://dichvucong.gov.vn/nop-ho-so?formalityId=${PROCEDURES.tamTru.id}`);
  await expect(filingUploadButtons(page)).toHaveCount(3);
  const host = assistant(page);
  await uploadOnFiling(page, 2, bytes('to-khai-ct01.pdf', 2_050_000));
  // The portal's own check (2 MiB) lets it through; ours, on the safe side, does not, and says which limit.
  const row = host.getByRole('article', { name: /^Tờ khai thay đổi thông tin cư trú/ });
  await expect(row).toContainText('to-khai-ct01.pdf');
  await expect(row).toContainText('Tệp nặng 2.050.000 byte, quá giới hạn 2MB (2.000.000 byte) của trang nộp hồ sơ trên Cổng Dịch vụ công quốc gia');
  await expect(host.getByRole('article', { name: 'Giấy tờ khác' })).toHaveCount(0);
  // Three papers on screen, three more in the hidden copy: the summary counts the visible ones.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const summary = host.getByRole('complementary', { name: 'Trước khi nộp' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('listitem').first()).toBeVisible();
  const listed = await summary.getByRole('listitem').allTextContents();
  expect(new Set(listed).size).toBe(listed.length);
});

test('pre-check on liên thông: the 2.6MB per paper type, on the safe side, over two files of one row', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(LIENTHONG);
  const row = page.getByRole('row').filter({ hasText: 'Giấy chứng sinh' });
  const chooser = page.waitForEvent('filechooser');
  await row.getByRole('button', { name: 'Chọn tệp' }).click();
  // 2,650,000 bytes: under the site's 2.6 MiB, over 2,600,000.
  await (await chooser).setFiles([bytes('chung-sinh-1.pdf', 1_400_000), bytes('chung-sinh-2.pdf', 1_250_000)]);
  const checked = assistant(page).getByRole('article', { name: /^Giấy chứng sinh/ });
  await expect(checked).toContainText('chung-sinh-2.pdf');
  await expect(checked).toContainText('quá giới hạn 2.6MB (2.600.000 byte) cho một loại giấy tờ của Cổng dịch vụ công liên thông');
  await expect(page.getByRole('row').filter({ hasText: 'Giấy chứng sinh' })).toContainText('chung-sinh-2.pdf');
});
