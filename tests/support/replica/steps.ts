import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import { caseIdOf } from './api';

/**
 * Steps a person takes on the replica, shared by the e2e tests and
 * `npm start -- --headless`. Selectors are the ones the notes give for the
 * real sites (roles, visible text, data-e2e), never the replica's classes.
 */

/** The knobs of tests/fixtures/portal/_shared/assets/ui.js (see the comment at its top). */
export interface ReplicaKnobs {
  wardDelayMs?: number;
  dialogFailsFirstClick?: boolean;
  toastMs?: number;
  uploadDelayMs?: number;
  lookupDelayMs?: number;
  lateMs?: Partial<Record<'home' | 'search' | 'detail' | 'services' | 'filing-form' | 'filing-papers' | 'signin' | 'wizard', number>>;
  overload?: boolean;
  wizardStep?: 1 | 2 | 3 | 4 | null;
  agencyPicker?: 'listbox' | 'input';
  singlePicker?: boolean;
  filingUrl?: 'case' | 'formality';
  resultSelect?: 'listbox' | 'handmade';
  uploadRows?: 'title' | 'eform';
  mobileTable?: boolean;
  eformFrame?: boolean;
  justiceLabels?: 'classic' | 'captured';
  portalModals?: boolean;
  portalCivilStatus?: string[];
  provincialFiling?: Record<string, string>;
}

/** The live portal's shapes as captured in 2026, all at once (the knobs above, at their "captured" values). */
export const CAPTURED: ReplicaKnobs = {
  agencyPicker: 'input',
  filingUrl: 'formality',
  resultSelect: 'handmade',
  uploadRows: 'eform',
  mobileTable: true,
  justiceLabels: 'captured',
  portalModals: true,
};

/** The replica's VNeID rules (tests/fixtures/portal/_shared/assets/citizen.js). */
export const VNEID = { id: '001090012345', notLevel2Id: '000090012345', password: 'matkhau', otp: '123456', name: 'Nguyễn Văn An' } as const;

export const MOJ_LIST = 'https://dichvucongnganhtuphap.moj.gov.vn/danh-sach-thu-tuc';

/** Sets the knobs for every page the target loads from now on. */
export async function setKnobs(target: BrowserContext | Page, knobs: ReplicaKnobs): Promise<void> {
  await target.addInitScript((value) => {
    (window as unknown as { __REPLICA__: unknown }).__REPLICA__ = value;
  }, knobs);
}

/** A listbox button by the text of its first `<span class="truncate">` (its value or placeholder). */
export const listboxButton = (page: Page, text: string) =>
  page.locator('button[aria-haspopup="listbox"]').filter({ has: page.locator('span.truncate', { hasText: text }) });

/** Opens a listbox and picks an option (with or without role="option"), waiting for late options as a person would. */
export async function pick(page: Page, button: Locator, option: string): Promise<void> {
  await button.click();
  await page.locator('ul[role="listbox"] li', { hasText: option }).first().click({ timeout: 20_000 });
}

export async function submitVneidCredentials(page: Page, id: string = VNEID.id): Promise<void> {
  await page.getByLabel('Số định danh cá nhân').fill(id);
  await page.getByLabel('Mật khẩu').fill(VNEID.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

export async function submitVneidOtp(page: Page, otp: string = VNEID.otp): Promise<void> {
  await page.getByLabel('Mã xác nhận').fill(otp);
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
}

export async function giveVneidConsent(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: /Tôi đã đọc và hiểu rõ nội dung, mục đích/ }).check();
  await page.getByRole('button', { name: 'Xác nhận chia sẻ' }).click();
}

/** The whole VNeID round trip, starting on the sign-in page. */
export async function signInWithVneid(page: Page, id: string = VNEID.id): Promise<void> {
  await submitVneidCredentials(page, id);
  await submitVneidOtp(page);
  await giveVneidConsent(page);
}

/** "Chọn cơ quan thực hiện": province, then the late ward list, then Đồng ý / Nộp hồ sơ. */
export async function chooseAgency(page: Page, province = 'Thành phố Hà Nội', ward = 'Phường Ba Đình'): Promise<void> {
  await pick(page, listboxButton(page, '-- Chọn Tỉnh/ Thành phố --'), province);
  await pick(page, listboxButton(page, '-- Chọn Phường/ Xã --'), ward);
  await page.getByRole('button', { name: /^(Đồng ý|Nộp hồ sơ)$/ }).click();
}

/** Bước 2 of the MoJ wizard for khai sinh: fill, `Xem trước`, `Xác nhận`. */
export async function declareBirth(page: Page): Promise<void> {
  await page.getByLabel('Họ, chữ đệm, tên người được khai sinh').fill('Nguyễn Bảo Anh');
  await page.getByLabel('Ngày, tháng, năm sinh').pressSequentially('01022025');
  await pick(page, page.getByRole('button', { name: 'Giới tính' }), 'Nữ');
  await page.getByLabel('Nơi sinh').fill('Bệnh viện Phụ sản Hà Nội');
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
}

/** The one-page filing of a procedure's case, already signed in on the replica (the sign-in has its own tests). */
export async function openSignedInFiling(page: Page, procedureId: string, caseIndex = 0): Promise<void> {
  await page.goto('https://dichvucong.gov.vn/');
  await page.evaluate((id) => localStorage.setItem('replica.session', JSON.stringify({ id, since: Date.now() })), VNEID.id);
  await page.goto(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${caseIdOf(procedureId, caseIndex)}`);
}

/** A small valid PDF-like file for upload fields. */
export const samplePdf = (name: string, bytes = 2048) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(Math.max(0, bytes - 9), 32)]),
});

/** The visible row buttons of the one-page filing: "Tải lên file" icons, or e-form rows' "Chọn tệp tin". */
export const filingUploadButtons = (page: Page) => page.locator('button[title="Tải lên file"]:visible, button:text-is("Chọn tệp tin"):visible');

/** The upload button on paper row `row` of the one-page filing, through the page's one shared file input. */
export async function uploadOnFiling(page: Page, row: number, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await filingUploadButtons(page).nth(row).click();
  await (await chooser).setFiles(file);
}

/** Back from VNeID with the `portalModals` knob: the portal's own consent, then passcode. */
export async function passPortalModals(page: Page): Promise<void> {
  await page.getByRole('dialog', { name: 'Xác nhận đồng ý chia sẻ dữ liệu' }).getByRole('button', { name: 'Đồng ý' }).click();
  const passcode = page.getByRole('dialog', { name: 'Vui lòng nhập passcode' });
  await passcode.getByLabel('Passcode').fill('246810');
  await passcode.getByRole('button', { name: 'Xác nhận' }).click();
}

/** Bước 3: "Chọn tệp đính kèm" on `row`, then upload from the device under `documentName`. */
export async function attachInWallet(page: Page, row: Locator, documentName: string): Promise<void> {
  await row.getByRole('button', { name: 'Chọn tệp đính kèm' }).click();
  const wallet = page.getByRole('dialog', { name: 'Danh sách tài liệu điện tử' });
  await wallet.getByRole('button', { name: 'Tải lên từ thiết bị' }).click();
  await page.locator('#upload-container input[type="file"]').setInputFiles(samplePdf(`${documentName}.pdf`));
  await page.locator('input[name="documentName"]').fill(documentName);
  await wallet.getByRole('button', { name: 'Thêm vào ví & Chọn' }).click();
}

/** The Bước 3 row naming `paper`. */
export const paperRow = (page: Page, paper: string) => page.getByRole('row').filter({ hasText: paper });

/**
 * Scrolls to the end of the form, again and again while its late blocks
 * still make it grow, until `target` (e.g. the summary by the submit button) shows.
 */
export async function scrollToFormEndUntil(page: Page, target: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await target();
  }).toPass({ timeout: 30_000 });
}
