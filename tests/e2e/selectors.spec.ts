import type { Frame, Page } from '@playwright/test';
import { SELECTOR_NAMES, SELECTORS, type SelectorName } from '../../lib/portal/selectors';
import { caseIdOf } from '../support/replica/api';
import { detailUrl } from '../support/replica/procedures';
import {
  CAPTURED,
  chooseAgency,
  listboxButton,
  pick,
  declareBirth,
  giveVneidConsent,
  MOJ_LIST,
  samplePdf,
  setKnobs,
  signInWithVneid,
  submitVneidCredentials,
  submitVneidOtp,
  VNEID,
} from '../support/replica/steps';
import { probe } from '../support/selector-probe';
import { expect, PROCEDURES, test } from './fixtures';

/**
 * The selector registry against the replica's real DOM, page by page, with
 * the resolver the overlay runs: each entry resolves to its `expected` count,
 * and each of its fallbacks (visible text, structure) finds the same element
 * on its own. A change of the portal's markup that breaks an entry, or a
 * registry edit that breaks a fallback, fails here.
 */
const ON = {
  detail: ['header.signIn', 'detail.agencyBlock', 'detail.provinceSelect', 'detail.wardSelect', 'detail.agencySubmit'],
  services: ['detail.serviceList', 'detail.submitOnline'],
  handOff: ['detail.handOffConfirm'],
  credentials: ['sso.idNumber', 'sso.password', 'sso.submit'],
  notLevel2: ['sso.notLevel2'],
  otp: ['sso.otp', 'sso.otpSubmit'],
  consent: ['sso.consent', 'sso.confirmShare'],
  portalModals: ['portal.consentModal'],
  passcode: ['portal.passcodeModal'],
  filing: ['filing.heading', 'filing.applicantBlock', 'filing.uploadButton', 'filing.resultMethod', 'filing.submit'],
  lienthong: ['lienthong.applicantBlock', 'lienthong.uploadButton', 'lienthong.submit'],
  tooLarge: ['filing.tooLargeToast'],
  mojList: ['moj.openGeneral'],
  general: ['moj.generalDialog', 'moj.generalConfirm'],
  step1: ['moj.stepper', 'moj.ownerIdentity', 'moj.next'],
  step2: ['moj.declarationForm'],
  step3: ['moj.attachButton'],
  wallet: ['moj.documentDialog', 'moj.uploadFromDevice', 'moj.addToWallet'],
  fromDevice: ['moj.uploadContainer', 'moj.documentName'],
  step4: ['moj.resultSwitches', 'moj.submit'],
  success: ['success.code'],
} satisfies Record<string, SelectorName[]>;

test('every registry entry is checked on some replica page below', () => {
  const covered = new Set<string>(Object.values(ON).flat());
  expect(SELECTOR_NAMES.filter((name) => !covered.has(name))).toEqual([]);
});

/**
 * `variant`: a page in another of the shapes the portal is rolled out in, where a
 * level (say, the classic CSS hook) may rightly find nothing: then only some
 * strategy has to find the element, and none may point elsewhere.
 */
async function expectEntries(page: Page | Frame, names: SelectorName[], { variant = false } = {}) {
  for (const name of names) {
    // The replica renders late, as the portal does: wait for the count, then look closely.
    await expect.poll(async () => (await probe(page, [name]))[0]?.count, { message: name }).toBe(SELECTORS[name].expected);
  }
  for (const result of await probe(page, names)) {
    expect(result.strategies.some((st) => st.agrees), `${result.name}: some strategy finds it`).toBe(true);
    for (const level of ['css', 'text', 'structural']) {
      const strategies = result.strategies.filter((s) => s.via === level);
      if (strategies.length === 0 || (variant && strategies.every((st) => st.found === 0))) continue;
      // At least one strategy of each declared level works here, and none points at something else.
      expect(strategies.some((s) => s.agrees), `${result.name}: a ${level} strategy finds it`).toBe(true);
      expect(strategies.filter((s) => s.found > 0 && !s.agrees), `${result.name}: ${level} points elsewhere`).toEqual([]);
    }
  }
}

test.beforeEach(async ({ context }) => {
  await setKnobs(context, { wardDelayMs: 200, dialogFailsFirstClick: false, uploadDelayMs: 200, toastMs: 10_000 });
});

test('portal detail page and VNeID sign-in', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(detailUrl(PROCEDURES.khaiSinh.id));
  await expectEntries(page, ON.detail);
  await chooseAgency(page);
  await expectEntries(page, ON.services);

  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expectEntries(page, ON.credentials);
  await submitVneidCredentials(page, VNEID.notLevel2Id);
  await expectEntries(page, ON.notLevel2);
  await submitVneidCredentials(page);
  await expectEntries(page, ON.otp);
  await submitVneidOtp(page);
  await expectEntries(page, ON.consent);
  await giveVneidConsent(page);

  await chooseAgency(page);
  await expectEntries(page, ON.services);
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().click();
  await expectEntries(page, ON.handOff);
});

test('the one-page filing', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${caseIdOf(PROCEDURES.tamTru.id, 0)}`);
  await signInWithVneid(page);
  await expectEntries(page, ON.filing);
  const chooser = page.waitForEvent('filechooser');
  await page.locator('button[title="Tải lên file"]').first().click();
  await (await chooser).setFiles(samplePdf('giay-to.pdf', 3 * 1024 * 1024));
  await expectEntries(page, ON.tooLarge);
});

test('the Ministry of Justice wizard', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${MOJ_LIST}?vneid=1&MaTTHCDP=${PROCEDURES.khaiSinh.code}&MaTTHC=${PROCEDURES.khaiSinh.code}&MaCoQuanThucHien=H26.107&keyword=`);
  await signInWithVneid(page);
  await expectEntries(page, ON.mojList);
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expectEntries(page, ON.general);
  await page.locator('button[data-e2e="confirm-button-information"]').click();
  await expectEntries(page, ON.step1);
  await page.locator('button[data-e2e="btn-next"]').click();
  await expectEntries(page, ON.step2);
  await declareBirth(page);
  await page.locator('button[data-e2e="btn-next"]').click();
  await expectEntries(page, ON.step3);
  await page.getByRole('button', { name: 'Chọn tệp đính kèm' }).first().click();
  await expectEntries(page, ON.wallet);
  await page.getByRole('button', { name: 'Tải lên từ thiết bị' }).click();
  await expectEntries(page, ON.fromDevice);
});

test('the captured shapes: pickers that turn into inputs, portal modals after VNeID, e-form rows with a hidden mobile copy, the hand-made result select', async ({
  context,
}) => {
  await setKnobs(context, { ...CAPTURED, wardDelayMs: 200, dialogFailsFirstClick: false, uploadDelayMs: 200, toastMs: 10_000 });
  const page = await context.newPage();
  await page.goto(detailUrl(PROCEDURES.tamTru.id));
  await expectEntries(page, ON.detail);
  await pick(page, listboxButton(page, '-- Chọn Tỉnh/ Thành phố --'), 'Thành phố Hà Nội');
  // The chosen province is now an input with a clear button: still the province picker, and the ward one still found.
  await expect(page.locator('section input[value="Thành phố Hà Nội"]')).toBeVisible();
  await expectEntries(page, ON.detail);
  await pick(page, listboxButton(page, '-- Chọn Phường/ Xã --'), 'Phường Ba Đình');
  await expect(page.locator('button[aria-haspopup="listbox"]')).toHaveCount(0);
  await expectEntries(page, ['detail.agencyBlock', 'detail.provinceSelect', 'detail.wardSelect', 'detail.agencySubmit']);
  await page.getByRole('button', { name: 'Đồng ý' }).click();
  await expectEntries(page, ON.services);

  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().click();
  await signInWithVneid(page);
  await expectEntries(page, ON.portalModals);
  await page.getByRole('dialog').getByRole('button', { name: 'Đồng ý' }).click();
  await expectEntries(page, ON.passcode);
  await page.getByRole('dialog').getByLabel('Passcode').fill('246810');
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await page.waitForURL(/\/nop-ho-so\?formalityId=/);
  await expect(page.getByRole('columnheader', { name: 'Loại bản' })).toBeVisible();
  // Three rows on screen, three more in the hidden mobile copy: only the visible ones count.
  await expect(page.locator('button:text-is("Chọn tệp tin")')).toHaveCount(6);
  await expectEntries(page, ON.filing, { variant: true });
  await expect(page.getByRole('button', { name: 'Lưu hồ sơ', exact: true })).toBeVisible();
});

test('an e-form in a same-host frame: its upload rows resolve in the frame, none in the page around it', async ({ context }) => {
  await setKnobs(context, { uploadRows: 'eform', eformFrame: true, wardDelayMs: 200, dialogFailsFirstClick: false, uploadDelayMs: 200, toastMs: 10_000 });
  const page = await context.newPage();
  await page.goto(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${caseIdOf(PROCEDURES.tamTru.id, 0)}`);
  await signInWithVneid(page);
  await expect(page.frameLocator('iframe[title="Biểu mẫu điện tử"]').getByRole('button', { name: 'Chọn tệp tin' })).toHaveCount(3);
  const frame = page.frame({ url: /\/eform\.html$/ });
  if (!frame) throw new Error('the e-form frame is not there');
  await expectEntries(frame, ['filing.uploadButton'], { variant: true });
  await expectEntries(page, ['filing.heading', 'filing.applicantBlock', 'filing.resultMethod', 'filing.submit']);
  expect((await probe(page, ['filing.uploadButton']))[0]?.count).toBe(0);
});

test('a province-level procedure with one picker: no ward list to point at', async ({ context }) => {
  await setKnobs(context, { singlePicker: true, agencyPicker: 'input', wardDelayMs: 200 });
  const page = await context.newPage();
  await page.goto(detailUrl(PROCEDURES.chungThuc.id));
  await expectEntries(page, ['detail.agencyBlock', 'detail.provinceSelect', 'detail.agencySubmit']);
  expect((await probe(page, ['detail.wardSelect']))[0]?.count).toBe(0);
  await expect(page.getByRole('radio', { name: 'Sở' })).toBeChecked();
  await pick(page, listboxButton(page, '-- Chọn Tỉnh/ Thành phố --'), 'Thành phố Hà Nội');
  await expectEntries(page, ['detail.agencyBlock', 'detail.provinceSelect', 'detail.agencySubmit']);
  expect((await probe(page, ['detail.wardSelect']))[0]?.count).toBe(0);
});

test('liên thông: its form, papers table and result screen', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`https://lienthong.dichvucong.gov.vn/#/ke-khai/${PROCEDURES.lienThongKhaiSinh.code}`);
  await expectEntries(page, ON.lienthong);
  await expect(page.getByLabel('Số định danh')).toHaveAttribute('readonly', '');
  await page.getByLabel('Tên người được khai sinh').fill('Bảo Anh');
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(page.getByText(/^Số hồ sơ: G22\.99\.08-/)).toBeVisible();
  await expectEntries(page, ON.success);
});

test('the Justice wizard with the captured labels: “Xem trước” on step 2, another label on step 3', async ({ context }) => {
  const page = await context.newPage();
  await setKnobs(page, { justiceLabels: 'captured', wizardStep: 2 });
  await page.goto(`${MOJ_LIST}?MaTTHC=${PROCEDURES.khaiSinh.code}`);
  await expectEntries(page, [...ON.step2, 'moj.next']);
  await expect(page.locator('button[data-e2e="btn-next"]')).toHaveText('Xem trước');
  await declareBirth(page);
  await page.locator('button[data-e2e="btn-next"]').click();
  await expectEntries(page, [...ON.step3, 'moj.next']);
  await expect(page.locator('button[data-e2e="btn-next"]')).not.toHaveText('Bước tiếp theo');
});

test('the wizard’s last step and the success screen', async ({ context }) => {
  const page = await context.newPage();
  await setKnobs(page, { wizardStep: 4 });
  await page.goto(`${MOJ_LIST}?MaTTHC=${PROCEDURES.khaiSinh.code}`);
  await expectEntries(page, ON.step4);
  await page.getByRole('switch').first().click();
  await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await expectEntries(page, ON.success);
});
