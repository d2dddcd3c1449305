import type { Page } from '@playwright/test';
import { SELECTOR_NAMES, SELECTORS, type SelectorName } from '../../lib/portal/selectors';
import { caseIdOf } from '../support/replica/api';
import { detailUrl } from '../support/replica/procedures';
import {
  chooseAgency,
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
  filing: ['filing.applicantBlock', 'filing.uploadButton', 'filing.resultMethod', 'filing.submit'],
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

async function expectEntries(page: Page, names: SelectorName[]) {
  for (const name of names) {
    // The replica renders late, as the portal does: wait for the count, then look closely.
    await expect.poll(async () => (await probe(page, [name]))[0]?.count, { message: name }).toBe(SELECTORS[name].expected);
  }
  for (const result of await probe(page, names)) {
    for (const level of ['css', 'text', 'structural']) {
      const strategies = result.strategies.filter((s) => s.via === level);
      if (strategies.length === 0) continue;
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

test('the wizard’s last step and the success screen', async ({ context }) => {
  const page = await context.newPage();
  await setKnobs(page, { wizardStep: 4 });
  await page.goto(`${MOJ_LIST}?MaTTHC=${PROCEDURES.khaiSinh.code}`);
  await expectEntries(page, ON.step4);
  await page.getByRole('switch').first().click();
  await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await expectEntries(page, ON.success);
});
