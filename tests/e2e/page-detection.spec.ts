import type { Page } from '@playwright/test';
import { Window } from 'happy-dom';
import { detectPageFromDom, detectSignInStep } from '../../lib/portal/page-dom';
import { detectPageFromUrl, type PageKind } from '../../lib/portal/page-kind';
import { caseIdOf } from '../support/replica/api';
import {
  attachInWallet,
  paperRow,
  chooseAgency,
  giveVneidConsent,
  MOJ_LIST,
  setKnobs,
  submitVneidCredentials,
  submitVneidOtp,
  VNEID,
} from '../support/replica/steps';
import { expect, PROCEDURES, test } from './fixtures';

/**
 * The page detectors run on what the replica pages really render: the live
 * page's HTML is parsed in Node (happy-dom, no scripts) and classified by the
 * same pure functions the content script uses.
 */
async function snapshot(page: Page) {
  const window = new Window({
    url: page.url(),
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const document = new window.DOMParser().parseFromString(await page.content(), 'text/html') as unknown as Document;
  const result = { kind: detectPageFromDom(document, detectPageFromUrl(page.url())), signIn: detectSignInStep(document) };
  await window.happyDOM.close();
  return result;
}

const kindOf = async (page: Page): Promise<PageKind> => (await snapshot(page)).kind;

test('VNeID sign-in steps, including an account without level 2', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCEDURES.khaiSinh.id}`);
  await page.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor();
  expect(await kindOf(page)).toBe('procedure-detail');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Mật khẩu').waitFor();
  expect(await snapshot(page)).toEqual({ kind: 'sign-in', signIn: 'credentials' });
  await submitVneidCredentials(page, VNEID.notLevel2Id);
  await page.getByRole('alert').waitFor();
  expect(await snapshot(page)).toEqual({ kind: 'sign-in', signIn: 'not-level-2' });
  await submitVneidCredentials(page);
  await page.getByRole('heading', { name: 'Nhập mã xác nhận' }).waitFor();
  expect(await snapshot(page)).toEqual({ kind: 'sign-in', signIn: 'otp' });
  await submitVneidOtp(page);
  await page.getByRole('button', { name: 'Xác nhận chia sẻ' }).waitFor();
  expect(await snapshot(page)).toEqual({ kind: 'sign-in', signIn: 'consent' });
  await giveVneidConsent(page);
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  expect(await snapshot(page)).toEqual({ kind: 'procedure-detail', signIn: null });
});

test('the one-page filing turns into the success screen', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${caseIdOf(PROCEDURES.tamTru.id, 0)}`);
  await submitVneidCredentials(page);
  await submitVneidOtp(page);
  await giveVneidConsent(page);
  await page.getByRole('button', { name: 'Lưu và nộp hồ sơ' }).waitFor();
  expect(await kindOf(page)).toBe('filing-form');
  await page.getByRole('textbox', { name: 'Họ, chữ đệm và tên' }).fill('Trần Thị Bình');
  await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).last().fill('001195054321');
  await page.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' }).pressSequentially('02031995');
  await page.getByRole('button', { name: 'Lưu và nộp hồ sơ' }).click();
  await page.getByRole('heading', { name: 'Nộp hồ sơ thành công' }).waitFor();
  expect(await kindOf(page)).toBe('success');
});

test('the hand-off to the civil-status system: VNeID again, Thông tin chung, steps 1 and 2', async ({ context }) => {
  const page = await context.newPage();
  await setKnobs(page, { dialogFailsFirstClick: false, uploadDelayMs: 100 });
  await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCEDURES.khaiSinh.id}`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await submitVneidCredentials(page);
  await submitVneidOtp(page);
  await giveVneidConsent(page);
  await chooseAgency(page);
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().click();
  await page.getByRole('dialog', { name: 'Thông báo' }).getByRole('button', { name: 'Đồng ý' }).click();
  await page.waitForURL(/^https:\/\/sso\.dancuquocgia\.gov\.vn\//);
  expect(await kindOf(page)).toBe('sign-in');
  await submitVneidCredentials(page);
  await submitVneidOtp(page);
  await giveVneidConsent(page);
  await page.waitForURL(`${MOJ_LIST}?**`);
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).waitFor();
  expect(await kindOf(page)).toBe('wizard-general');

  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await page.getByRole('dialog', { name: 'Thông tin chung' }).waitFor();
  expect(await kindOf(page)).toBe('wizard-general');
  await page.locator('button[data-e2e="confirm-button-information"]').click();
  await page.getByRole('heading', { name: 'Thông tin định danh' }).waitFor();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await kindOf(page)).toBe('wizard-step-1');
  await page.locator('button[data-e2e="btn-next"]').click();
  await page.getByRole('button', { name: 'Xem trước' }).waitFor();
  expect(await kindOf(page)).toBe('wizard-step-2');
});

for (const step of [2, 3, 4] as const) {
  test(`the wizard opened at step ${step} is detected as that step`, async ({ context }) => {
    const page = await context.newPage();
    await setKnobs(page, { wizardStep: step });
    await page.goto(`${MOJ_LIST}?vneid=1&MaTTHC=${PROCEDURES.khaiSinh.code}`);
    await page.locator('button[data-e2e="btn-next"]').waitFor();
    expect(await kindOf(page)).toBe(`wizard-step-${step}`);
  });
}

test('the document dialog over step 3, and success after step 4', async ({ context }) => {
  const page = await context.newPage();
  await setKnobs(page, { wizardStep: 3, uploadDelayMs: 100 });
  await page.goto(`${MOJ_LIST}?vneid=1&MaTTHC=${PROCEDURES.khaiSinh.code}`);
  await page.getByRole('button', { name: 'Chọn tệp đính kèm' }).first().click();
  await page.getByRole('dialog', { name: 'Danh sách tài liệu điện tử' }).waitFor();
  expect(await kindOf(page)).toBe('document-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Quay lại' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await kindOf(page)).toBe('wizard-step-3');
  await attachInWallet(page, paperRow(page, 'Giấy chứng sinh;'), 'Giấy chứng sinh');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.locator('button[data-e2e="btn-next"]').click();
  await page.getByRole('switch', { name: 'Nhận kết quả trực tuyến' }).click();
  expect(await kindOf(page)).toBe('wizard-step-4');
  await page.locator('button[data-e2e="btn-next"]').click();
  await page.getByRole('heading', { name: 'Gửi hồ sơ thành công' }).waitFor();
  expect(await kindOf(page)).toBe('success');
});
