import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { caseIdOf } from './api';
import { detailUrl, PROCEDURES } from './procedures';
import {
  attachInWallet,
  paperRow,
  chooseAgency,
  declareBirth,
  giveVneidConsent,
  samplePdf,
  setKnobs,
  signInWithVneid,
  submitVneidCredentials,
  submitVneidOtp,
  uploadOnFiling,
  VNEID,
} from './steps';

/**
 * Walks every replica page a person meets on the way to a filed dossier and
 * saves a screenshot of each, with the extension's overlay where the product
 * shows one (`npm start -- --headless`). The online-filing guide is started
 * first, so its step card runs on every page after it; pages where the card
 * did not show are returned with the files written.
 */
export async function tourReplica(context: BrowserContext, outDir: string): Promise<{ files: string[]; withoutCard: string[] }> {
  const files: string[] = [];
  // Quicker than the defaults, still showing late wards, uploads and toasts.
  await setKnobs(context, { wardDelayMs: 600, uploadDelayMs: 500, toastMs: 8000 });
  const page = await context.newPage();

  const withoutCard: string[] = [];
  const shot = async (name: string, overlayExpected = false) => {
    // The overlay comes from the background a moment after the page settles; while the guide runs, so does its card.
    const card = page.locator('dvc-assistant').getByRole('dialog', { name: /^Hướng dẫn/ });
    const shown = await card
      .waitFor({ state: 'visible', timeout: overlayExpected ? 15_000 : 8_000 })
      .then(() => true)
      .catch(() => false);
    if (!shown) withoutCard.push(name);
    await page.waitForTimeout(500);
    const file = path.join(outDir, `${String(files.length + 1).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    files.push(file);
  };
  const ready = (heading: string | RegExp) => page.getByRole('heading', { name: heading }).first().waitFor();

  // The guide first: it is what the person follows through every page below.
  await page.goto(detailUrl(PROCEDURES.tamTru.id));
  await ready('Thành phần hồ sơ');
  await page.locator('dvc-assistant').getByRole('button', { name: 'Hướng dẫn nộp trực tuyến' }).click();
  await page.goto('https://dichvucong.gov.vn/');
  await ready('Cổng Dịch vụ công Quốc gia');
  await shot('home');
  await page.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' }).fill('khai sinh');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Tìm thấy' }).waitFor();
  await shot('search-khai-sinh');

  for (const [slug, procedure] of Object.entries(PROCEDURES)) {
    await page.goto(detailUrl(procedure.id));
    await ready('Thành phần hồ sơ');
    await shot(`detail-${slug}`, true);
  }

  await page.goto(detailUrl(PROCEDURES.tamTru.id));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Mật khẩu').waitFor();
  await shot('vneid-sign-in');
  await submitVneidCredentials(page, VNEID.notLevel2Id);
  await page.getByRole('alert').waitFor();
  await shot('vneid-not-level-2');
  await submitVneidCredentials(page);
  await ready('Nhập mã xác nhận');
  await shot('vneid-otp');
  await submitVneidOtp(page);
  await ready('Xác nhận chia sẻ thông tin');
  await page.getByRole('checkbox').check();
  await shot('vneid-consent');
  await giveVneidConsent(page);
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();

  await chooseAgency(page);
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().waitFor();
  await page.getByText('Danh sách dịch vụ công', { exact: true }).scrollIntoViewIfNeeded();
  await shot('agency-and-services', true);

  await page.goto(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${caseIdOf(PROCEDURES.tamTru.id, 0)}`);
  await page.getByRole('button', { name: 'Lưu và nộp hồ sơ' }).waitFor();
  await shot('filing-form');
  await page.locator('button[title="Tải lên file"]').first().scrollIntoViewIfNeeded();
  await uploadOnFiling(page, 0, samplePdf('anh-chup-giay-to.pdf', 3 * 1024 * 1024));
  await page.locator('.Toastify__toast').waitFor();
  await shot('filing-2mb-toast');
  await uploadOnFiling(page, 0, samplePdf('to-khai-CT01.pdf'));
  await page.getByText('to-khai-CT01.pdf').waitFor();
  await page.getByRole('textbox', { name: 'Họ, chữ đệm và tên' }).fill('Trần Thị Bình');
  await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).last().fill('001195054321');
  await page.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' }).pressSequentially('02031995');
  await page.getByRole('button', { name: 'Lưu và nộp hồ sơ' }).click();
  await ready('Nộp hồ sơ thành công');
  await shot('filing-success');

  // A second citizen, a civil-status procedure: the guide starts again for it.
  await page.goto(detailUrl(PROCEDURES.khaiSinh.id));
  await ready('Thành phần hồ sơ');
  await page.locator('dvc-assistant').getByRole('button', { name: 'Hướng dẫn nộp trực tuyến' }).click();
  await chooseAgency(page);
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().click();
  await page.getByRole('dialog', { name: 'Thông báo' }).waitFor();
  await shot('hand-off-to-justice', true);
  await page.getByRole('dialog', { name: 'Thông báo' }).getByRole('button', { name: 'Đồng ý' }).click();
  await page.waitForURL(/^https:\/\/sso\.dancuquocgia\.gov\.vn\//);
  await signInWithVneid(page);
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).waitFor();
  await shot('justice-list');
  // The real dialog does not always open on the first click: click until it does.
  const general = page.getByRole('dialog', { name: 'Thông tin chung' });
  for (let i = 0; i < 3 && !(await general.isVisible()); i++) {
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.waitForTimeout(400);
  }
  await shot('justice-general-info');
  await page.locator('button[data-e2e="confirm-button-information"]').click();
  await ready('Thông tin định danh');
  await shot('justice-step-1');
  await page.locator('button[data-e2e="btn-next"]').click();
  await declareBirth(page);
  await shot('justice-step-2');
  await page.locator('button[data-e2e="btn-next"]').click();
  await page.getByRole('columnheader', { name: 'Đính kèm tệp tin' }).waitFor();
  await shot('justice-step-3');
  await paperRow(page, 'Giấy chứng sinh;').getByRole('button', { name: 'Chọn tệp đính kèm' }).click();
  await page.getByRole('button', { name: 'Tải lên từ thiết bị' }).click();
  await page.locator('#upload-container input[type="file"]').setInputFiles(samplePdf('giay-chung-sinh.pdf'));
  await shot('justice-document-dialog');
  await page.getByRole('dialog', { name: 'Danh sách tài liệu điện tử' }).getByRole('button', { name: 'Quay lại' }).click();
  await attachInWallet(page, paperRow(page, 'Giấy chứng sinh;'), 'Giấy chứng sinh');
  await page.getByRole('dialog', { name: 'Danh sách tài liệu điện tử' }).waitFor({ state: 'detached' });
  await page.locator('button[data-e2e="btn-next"]').click();
  await page.getByRole('switch', { name: 'Nhận kết quả trực tuyến' }).click();
  await shot('justice-step-4');
  await page.locator('button[data-e2e="btn-next"]').click();
  await ready('Gửi hồ sơ thành công');
  await shot('justice-success');
  // Liên thông: the birth + residence + health insurance form, reached from its detail page with its own guide.
  await page.goto(detailUrl(PROCEDURES.lienThongKhaiSinh.id));
  await ready('Thành phần hồ sơ');
  await page.locator('dvc-assistant').getByRole('button', { name: 'Hướng dẫn nộp trực tuyến' }).click();
  await chooseAgency(page);
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().click();
  await ready(/^Thêm mới hồ sơ dịch vụ công liên thông/);
  await shot('lienthong-form', true);
  await page.close();
  return { files, withoutCard };
}
