import { caseIdOf } from '../support/replica/api';
import { allRecordSummaries, portalRecordJson } from '../support/replica/records';
import {
  attachInWallet,
  chooseAgency,
  declareBirth,
  giveVneidConsent,
  listboxButton,
  MOJ_LIST,
  paperRow,
  pick,
  samplePdf,
  setKnobs,
  signInWithVneid,
  submitVneidCredentials,
  submitVneidOtp,
  uploadOnFiling,
  VNEID,
} from '../support/replica/steps';
import { expect, PROCEDURES, test } from './fixtures';

/**
 * The replica itself behaves like the real sites as ../shared/portal-notes.md
 * describes them (the extension's own behaviour is tested elsewhere).
 */

interface PortalRecord {
  name: string;
  code: string;
  executionCases: { name: string; profileComponents: { name: string; originalQty: number; copyQty: number }[] }[];
  legalBases: unknown[];
}

const record = (id: string) => JSON.parse(portalRecordJson(id) ?? 'null') as PortalRecord;

const SECTIONS = [
  'Trình Tự Thực Hiện',
  'Cách Thức Thực Hiện',
  'Thành phần hồ sơ',
  'Căn cứ pháp lý',
  'Cơ quan thực hiện',
  'Yêu cầu, điều kiện thực hiện',
  'Kết quả xử lý',
  'Từ khóa',
  'Mô tả',
];

test('VNeID sign-in: ID + password, OTP 123456, consent, back signed in; a non-level-2 account is refused', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://dichvucong.gov.vn/');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/^https:\/\/sso\.dancuquocgia\.gov\.vn\/auth\?.*redirect_uri=https%3A%2F%2Fdichvucong\.gov\.vn%2Fsso/);

  await submitVneidCredentials(page, VNEID.notLevel2Id);
  await expect(page.getByRole('alert')).toHaveText('Tài khoản chưa được định danh điện tử mức độ 2');
  await expect(page.getByText('Sử dụng ứng dụng VNeID để quét mã QR')).toBeHidden();
  await page.getByRole('button', { name: /quét mã QR/ }).click();
  await expect(page.getByText('Sử dụng ứng dụng VNeID để quét mã QR')).toBeVisible();
  await page.getByRole('button', { name: /quét mã QR/ }).click();

  await submitVneidCredentials(page);
  await expect(page.getByRole('heading', { name: 'Nhập mã xác nhận' })).toBeVisible();
  await submitVneidOtp(page, '000000');
  await expect(page.getByRole('alert')).toHaveText('Mã xác nhận không chính xác');
  await submitVneidOtp(page);
  await expect(page.getByRole('button', { name: 'Xác nhận chia sẻ' })).toBeDisabled();
  await giveVneidConsent(page);

  await expect(page).toHaveURL('https://dichvucong.gov.vn/');
  await expect(page.getByText(VNEID.name)).toBeVisible();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
});

test('search finds procedures by name without diacritics and links to their detail page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://dichvucong.gov.vn/');
  await page.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' }).fill('dang ky khai sinh');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem-thu-tuc-hanh-chinh\?keyword=dang%20ky%20khai%20sinh$/);
  await page.getByRole('link', { name: PROCEDURES.khaiSinh.name, exact: true }).click();
  await expect(page).toHaveURL(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCEDURES.khaiSinh.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROCEDURES.khaiSinh.name);
});

for (const [slug, procedure] of Object.entries(PROCEDURES)) {
  test(`detail page of ${procedure.code} (${slug}) renders its portal record`, async ({ context }) => {
    const data = record(procedure.id);
    const page = await context.newPage();
    await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${procedure.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.name);
    // Label/value pairs: the label element's whole text, the value its next sibling.
    const value = (label: string) => page.locator(`xpath=//span[normalize-space(.)="${label}"]/following-sibling::*[1]`);
    await expect(value('Tên thủ tục')).toHaveText(data.name);
    await expect(value('Mã thủ tục')).toHaveText(data.code);
    // Scoped to the page's <main>: the overlay (in its own shadow root) has headings too.
    await expect(page.locator('main').getByRole('heading', { level: 2 })).toHaveText(SECTIONS);

    const dossier = page.locator('section', { has: page.getByRole('heading', { name: 'Thành phần hồ sơ' }) });
    const tables = dossier.getByRole('table');
    await expect(tables).toHaveCount(data.executionCases.length);
    for (const [i, executionCase] of data.executionCases.entries()) {
      const table = tables.nth(i);
      await expect(table.getByRole('columnheader')).toHaveText(['Tên giấy tờ', 'Mẫu đơn, tờ khai', 'Số lượng']);
      await expect(table.locator('tbody tr')).toHaveCount(executionCase.profileComponents.length);
      await expect(table.locator('xpath=preceding-sibling::p[1]')).toHaveText(executionCase.name.trim() || '--');
    }
    const legal = page.locator('section', { has: page.getByRole('heading', { name: 'Căn cứ pháp lý' }) }).getByRole('table');
    await expect(legal.getByRole('columnheader')).toHaveText(['Tên văn bản pháp lý', 'Mã văn bản']);
    await expect(legal.locator('tbody tr')).toHaveCount(data.legalBases.length);

    await expect(page.locator('div', { hasText: /^Chọn cơ quan thực hiện$/ })).toBeVisible();
    await expect(listboxButton(page, '-- Chọn Tỉnh/ Thành phố --')).toBeVisible();
    await expect(listboxButton(page, '-- Chọn Phường/ Xã --')).toBeDisabled();
    await expect(page.getByText('Hệ thống chỉ hiển thị những cơ quan đã áp dụng dịch vụ công trực tuyến')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Đồng ý' })).toBeVisible();
    await expect(page.locator('#root footer')).toContainText('Cơ quan chủ quản: Trung tâm dữ liệu quốc gia - Bộ Công an');
    await expect(page.locator('#root footer')).toContainText('18001096');
    await expect(page.locator('#root header')).toHaveCSS('position', 'fixed');
  });
}

test('any portal record renders as a detail page (every 400th of portal-api.jsonl)', async ({ context }) => {
  const page = await context.newPage();
  const sample = [...allRecordSummaries()].filter((_, i) => i % 400 === 0);
  expect(sample.length).toBeGreaterThan(10);
  for (const summary of sample) {
    const data = record(summary.id);
    await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${summary.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.name.trim());
    const dossier = page.locator('section', { has: page.getByRole('heading', { name: 'Thành phần hồ sơ' }) });
    await expect(dossier.getByRole('table')).toHaveCount(data.executionCases.length);
  }
});

test('counts are written as the real page writes them', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCEDURES.tamTru.id}`);
  const row = (paper: string) => page.getByRole('row').filter({ hasText: paper });
  await expect(row('Văn bản đề nghị đăng ký tạm trú').getByRole('cell').last()).toHaveText('1 bản chính,1 bản sao');
  await expect(row('Ví dụ: Trường hợp giấy tờ').getByRole('cell').last()).toHaveText('0 bản chính');
  await expect(row('Tờ khai thay đổi thông tin cư trú (Mẫu CT01').first().getByRole('link')).toHaveText('1.MuCT01banhnhkmtheoThngts53.doc');
  await expect(page.locator('dvc-assistant')).toHaveCount(1);
});

test('the ward list arrives late, and options are chosen on mousedown', async ({ context }) => {
  const page = await context.newPage();
  await setKnobs(page, { wardDelayMs: 2500 });
  await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCEDURES.tamTru.id}`);
  await pick(page, listboxButton(page, '-- Chọn Tỉnh/ Thành phố --'), 'Thành phố Hà Nội');
  await listboxButton(page, '-- Chọn Phường/ Xã --').click();
  const list = page.locator('ul[role="listbox"]');
  await expect(list).toHaveText('Không có dữ liệu');
  await expect(list.getByRole('option')).toHaveCount(0);
  await expect(list.getByRole('option', { name: 'Phường Ba Đình' })).toBeVisible();
  await list.getByRole('option', { name: 'Phường Ba Đình' }).dispatchEvent('mousedown');
  await expect(list).toHaveCount(0);
  await expect(page.locator('button[aria-haspopup="listbox"] > span.truncate')).toHaveText(['Thành phố Hà Nội', 'Phường Ba Đình']);
  await page.getByRole('button', { name: 'Đồng ý' }).click();
  await expect(page.locator('div', { hasText: /^Danh sách dịch vụ công$/ })).toBeVisible();
  await expect(page.locator('#_r_1_')).toHaveAttribute('placeholder', 'Nhập từ khóa tìm kiếm dịch vụ công');
  // Signed out, "Nộp trực tuyến" goes to VNeID first.
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().click();
  await expect(page).toHaveURL(/^https:\/\/sso\.dancuquocgia\.gov\.vn\/auth/);
});

test('one-page filing: locked applicant, lookup, the 2 MB and type toasts, files per row, postal fields, success', async ({ context }) => {
  const page = await context.newPage();
  await setKnobs(page, { toastMs: 1500, uploadDelayMs: 200, lookupDelayMs: 200, wardDelayMs: 200 });
  await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCEDURES.tamTru.id}`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await signInWithVneid(page);
  await chooseAgency(page);
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().click();
  await expect(page).toHaveURL(`https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${caseIdOf(PROCEDURES.tamTru.id, 0)}`);

  const question = (name: string) => page.locator(`.sd-question[data-name^="${name}__"]`).getByRole('textbox');
  // As captured: the submitter is citizenName/citizenIdentity, the person the dossier is about citizenNDK_*.
  await expect(question('citizenName')).toHaveValue(VNEID.name);
  await expect(question('citizenName')).not.toBeEditable();
  await expect(question('citizenIdentity')).toHaveValue(VNEID.id);
  await expect(question('kinhGui')).not.toBeEditable();
  await expect(question('citizenNDK_GioiTinh')).toHaveValue('');
  await question('citizenNDK_HoVaTen').fill('Trần Thị Bình');
  await question('citizenNDK_SoDinhDanh').fill('001195054321');
  await question('citizenNDK_NgaySinh').pressSequentially('02031995');
  await expect(question('citizenNDK_NgaySinh')).toHaveValue('02/03/1995');
  await expect(question('citizenNDK_GioiTinh')).toHaveValue('Nữ');
  await expect(question('citizenNDK_GioiTinh')).not.toBeEditable();
  await expect(question('citizenNDK_HoVaTen')).not.toBeEditable();

  const papers = record(PROCEDURES.tamTru.id).executionCases[0]?.profileComponents.length ?? 0;
  await expect(page.locator('button[title="Tải lên file"]')).toHaveCount(papers);
  await expect(page.locator('input[type="file"]')).toHaveCount(1);
  await expect(page.locator('input[type="file"]')).not.toHaveAttribute('multiple');

  await uploadOnFiling(page, 2, samplePdf('anh-chup.pdf', 2 * 1024 * 1024));
  const toast = page.locator('.Toastify__toast[role="alert"]');
  await expect(toast).toHaveText('Vui lòng chọn tệp nhỏ hơn 2MB!');
  await expect(toast).toHaveCount(0);
  await uploadOnFiling(page, 2, { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await expect(toast).toHaveText('Vui lòng chọn tệp đúng định dạng!');
  await uploadOnFiling(page, 2, samplePdf('to-khai-CT01.pdf'));
  await uploadOnFiling(page, 2, samplePdf('to-khai-CT01-trang-2.pdf'));
  const row3 = page.getByRole('row').filter({ has: page.locator('button[title="Tải lên file"]') }).nth(2);
  await expect(row3.getByRole('listitem')).toHaveText(['to-khai-CT01.pdf', 'to-khai-CT01-trang-2.pdf']);

  const receive = page.getByRole('button', { name: 'Hình thức nhận kết quả' });
  await expect(receive.locator('span.truncate')).toHaveText('Trả kết quả tại bộ phận tiếp nhận và trả kết quả');
  await expect(page.getByText('THÔNG TIN NHẬN KẾT QUẢ')).toBeHidden();
  await pick(page, receive, 'Trả kết quả qua đường bưu điện');
  await expect(page.getByText('THÔNG TIN NHẬN KẾT QUẢ')).toBeVisible();
  await pick(page, receive, 'Trả kết quả trên môi trường mạng (kết quả có ký số)');

  await page.getByRole('button', { name: 'Lưu và nộp hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: 'Nộp hồ sơ thành công' })).toBeVisible();
  await expect(page.getByText(/^Mã hồ sơ:/)).toHaveText(/^Mã hồ sơ: G22\.99-\d{6}-\d{4}$/);
});

test('civil-status hand-off and the MoJ wizard: second click, steps, document dialog, required papers, success', async ({ context }) => {
  const page = await context.newPage();
  await setKnobs(page, { uploadDelayMs: 1500, toastMs: 3000 });
  await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCEDURES.khaiSinh.id}`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await signInWithVneid(page);
  await chooseAgency(page);
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).first().click();
  await page.getByRole('dialog', { name: 'Thông báo' }).getByRole('button', { name: 'Đồng ý' }).click();
  // The ministry system asks VNeID again, then lists the procedure by its code.
  await expect(page).toHaveURL(/^https:\/\/sso\.dancuquocgia\.gov\.vn\/auth\?.*moj\.gov\.vn%2Fsso/);
  await signInWithVneid(page);
  await expect(page).toHaveURL(`${MOJ_LIST}?vneid=1&MaTTHCDP=${PROCEDURES.khaiSinh.code}&MaTTHC=${PROCEDURES.khaiSinh.code}&MaCoQuanThucHien=H26.107&keyword=`);

  const open = page.getByRole('button', { name: 'Nộp hồ sơ' });
  const general = page.getByRole('dialog', { name: 'Thông tin chung' });
  await open.click();
  await page.waitForTimeout(500);
  await expect(general).toHaveCount(0);
  await open.click();
  await expect(general).toBeVisible();
  await expect(general).toHaveAttribute('data-state', 'open');
  await expect(general.getByRole('radio', { name: 'Làm thủ tục cho người khác' })).toBeVisible();
  await general.locator('button[data-e2e="confirm-button-information"]').click();

  const next = page.locator('button[data-e2e="btn-next"]');
  const stepper = page.getByRole('list', { name: 'Các bước nộp hồ sơ' }).getByRole('listitem');
  await expect(stepper).toHaveText(['1Thông tin chủ hồ sơ', '2Kê khai thông tin', '3Thành phần hồ sơ', '4Thông tin nhận kết quả']);
  await expect(page.getByRole('textbox', { name: 'Số định danh cá nhân' })).toHaveValue(VNEID.id);
  await expect(page.getByRole('textbox', { name: 'Số định danh cá nhân' })).toBeDisabled();
  await next.click();

  await next.click();
  await expect(page.locator('.Toastify__toast')).toHaveText('Vui lòng xem trước và xác nhận tờ khai');
  await declareBirth(page);
  await next.click();

  await expect(page.getByRole('columnheader')).toHaveText(['STT', 'Tên thành phần hồ sơ', 'Đính kèm tệp tin']);
  const required = page.getByRole('row').filter({ hasText: 'Bắt buộc' });
  await expect(required).toHaveCount(2);
  await next.click();
  await expect(page.locator('.Toastify__toast').last()).toHaveText('Vui lòng đính kèm đủ Hồ sơ bắt buộc');

  await paperRow(page, 'Giấy chứng sinh;').getByRole('button', { name: 'Chọn tệp đính kèm' }).click();
  const wallet = page.getByRole('dialog', { name: 'Danh sách tài liệu điện tử' });
  await expect(wallet).toBeVisible();
  await expect(wallet.getByRole('button', { name: 'Ký số' })).toBeHidden();
  await wallet.getByRole('button', { name: 'Tải lên từ thiết bị' }).click();
  await expect(wallet.getByText('Tạo tệp đính kèm từ nhiều hình ảnh')).toBeVisible();
  await page.locator('#upload-container input[type="file"]').setInputFiles(samplePdf('giay-chung-sinh.pdf'));
  await expect(page.locator('input[name="documentName"]')).toHaveValue('giay-chung-sinh.pdf');
  await wallet.getByRole('button', { name: 'Thêm vào ví & Chọn' }).click();
  await expect(wallet.getByText('Tên tài liệu không hợp lệ')).toBeVisible();
  await page.locator('input[name="documentName"]').fill('Giấy chứng sinh');
  await wallet.getByRole('button', { name: 'Thêm vào ví & Chọn' }).click();
  await expect(wallet.getByRole('button', { name: 'Đang tải lên' })).toBeDisabled();
  await expect(wallet).toHaveCount(0);
  await expect(paperRow(page, 'Giấy chứng sinh;')).toContainText('(giay-chung-sinh.pdf)');

  await page.getByRole('button', { name: 'Thêm thành phần hồ sơ' }).click();
  await expect(page.locator('input[maxlength="1000"]')).toBeFocused();
  await page.locator('input[maxlength="1000"]').fill('Giấy xác nhận của trạm y tế');
  await attachInWallet(page, page.getByRole('row').last(), 'Giấy xác nhận');
  await expect(wallet).toHaveCount(0);
  await next.click();

  await expect(stepper.nth(0)).toContainText('✓');
  await expect(stepper.nth(2)).toContainText('✓');
  await expect(stepper.nth(3)).toHaveAttribute('aria-current', 'step');
  const switches = page.getByRole('switch');
  await expect(switches).toHaveCount(3);
  for (const name of ['Nhận kết quả bản giấy có đóng dấu', 'Nhận kết quả trực tuyến', 'Dịch vụ bưu chính công ích']) {
    await expect(page.getByRole('switch', { name })).toHaveAttribute('aria-checked', 'false');
  }
  await expect(next).toHaveText('Gửi hồ sơ');
  await next.click();
  await expect(page.locator('.Toastify__toast').last()).toHaveText('Vui lòng chọn hình thức nhận kết quả');
  await page.getByRole('switch', { name: 'Dịch vụ bưu chính công ích' }).click();
  await expect(page.getByRole('textbox', { name: 'Địa chỉ nhận' })).toBeVisible();
  await next.click();
  await expect(page.getByRole('heading', { name: 'Gửi hồ sơ thành công' })).toBeVisible();
  await expect(page.getByText(/^Mã hồ sơ:/)).toHaveText(/^Mã hồ sơ: HT\d{6}-\d{6}$/);
});

test('the overload knob answers every replica host with the "quá nhiều truy cập" page', async ({ context }) => {
  const page = await context.newPage();
  await setKnobs(page, { overload: true });
  for (const url of ['https://dichvucong.gov.vn/', 'https://sso.dancuquocgia.gov.vn/auth?redirect_uri=x', `${MOJ_LIST}?MaTTHC=1.001193`]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Hệ thống đang có quá nhiều truy cập' })).toBeVisible();
  }
});
