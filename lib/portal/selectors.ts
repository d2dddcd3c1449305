import type { SelectorEntry } from './selector-schema';

/**
 * The selector registry: every element of the portal, the VNeID sign-in and
 * the Ministry of Justice wizard that the extension points at, by name.
 * Labels are verbatim from ../shared/portal-notes.md. Each entry lists CSS
 * (ARIA roles, data-e2e, title, name — never utility classes), then visible
 * Vietnamese text, then structure; `expected` is its match count on the
 * replica (tests/e2e/selectors.spec.ts checks it on every replica page).
 * A portal change should be a one-entry edit here.
 */
const BUTTONS = 'button, a, [role="button"]';
// guess: the portal's own consent and passcode modals (Ant Design style) carry role="dialog", as Ant Design's do.
const DIALOG = '[role="dialog"]';
/**
 * A picker of "Chọn cơ quan thực hiện": a listbox button before a choice; after
 * it React puts an input with a clear (×) button in its place (captures of 2026).
 * The "Sở" radio and the services search box are not pickers.
 */
const PICKER = 'button[aria-haspopup="listbox"], input:not([type="radio"], [placeholder="Nhập từ khóa tìm kiếm dịch vụ công"]):has(+ button)';
// guess: the block's title sits in a <section> with its pickers (the real markup of the block was not captured).
const AGENCY_PICKERS = { within: 'section > :is(div, h2, h3, h4)', equals: 'Chọn cơ quan thực hiện', up: 'section', down: PICKER };
// The same pickers, in a form :has() accepts (it takes no :has() inside).
const AGENCY_BLOCK = 'section:has(button[aria-haspopup="listbox"], input:not([type="radio"], [placeholder="Nhập từ khóa tìm kiếm dịch vụ công"]) + button)';
/** Pages where the portal itself (not the VNeID host) may block with its own modals after the OTP. */
const PORTAL_PAGES = ['home', 'procedure-search', 'procedure-detail', 'agency-choice', 'sign-in', 'filing-form'] as const;

const registry = {
  'header.signIn': {
    describe: { vi: 'nút “Đăng nhập” ở góc trên bên phải', en: 'the “Đăng nhập” (sign in) button at the top right' },
    pages: ['home', 'procedure-detail', 'procedure-search', 'agency-choice'],
    css: [{ css: 'header [data-e2e="btn-login"]' }],
    text: [{ within: `header :is(${BUTTONS})`, equals: 'Đăng nhập' }],
    structural: [],
    expected: 1,
  },
  'detail.agencyBlock': {
    describe: { vi: 'khung “Chọn cơ quan thực hiện”', en: 'the “Chọn cơ quan thực hiện” (choose the agency) box' },
    pages: ['procedure-detail', 'agency-choice'],
    css: [],
    text: [{ within: 'section', contains: 'Chọn cơ quan thực hiện' }],
    structural: [{ css: AGENCY_BLOCK }],
    expected: 1,
  },
  'detail.provinceSelect': {
    describe: { vi: 'ô “-- Chọn Tỉnh/ Thành phố --”', en: 'the “-- Chọn Tỉnh/ Thành phố --” (province) list' },
    pages: ['procedure-detail', 'agency-choice'],
    css: [],
    text: [
      { within: 'button[aria-haspopup="listbox"]', contains: 'Chọn Tỉnh/ Thành phố' },
      { ...AGENCY_PICKERS, nth: 0 },
    ],
    structural: [{ css: `${AGENCY_BLOCK} :is(${PICKER})`, nth: 0 }],
    expected: 1,
  },
  'detail.wardSelect': {
    describe: { vi: 'ô “-- Chọn Phường/ Xã --”', en: 'the “-- Chọn Phường/ Xã --” (ward/commune) list' },
    pages: ['procedure-detail', 'agency-choice'],
    css: [],
    // Province-level procedures show one picker only: then there is no second one, and the step skips itself.
    text: [
      { within: 'button[aria-haspopup="listbox"]', contains: 'Chọn Phường/ Xã' },
      { ...AGENCY_PICKERS, nth: 1 },
    ],
    structural: [{ css: `${AGENCY_BLOCK} :is(${PICKER})`, nth: 1 }],
    expected: 1,
  },
  'detail.agencySubmit': {
    describe: { vi: 'nút “Nộp hồ sơ” (hoặc “Đồng ý”) dưới ô chọn cơ quan', en: 'the “Nộp hồ sơ” / “Đồng ý” button under the agency lists' },
    pages: ['procedure-detail', 'agency-choice'],
    css: [],
    text: [
      { within: `${AGENCY_BLOCK} button`, equals: 'Nộp hồ sơ' },
      { within: `${AGENCY_BLOCK} button`, equals: 'Đồng ý' },
    ],
    structural: [{ css: `${AGENCY_BLOCK} > button:last-child` }],
    expected: 1,
  },
  'detail.serviceList': {
    describe: { vi: 'danh sách “Danh sách dịch vụ công”', en: 'the “Danh sách dịch vụ công” (online services) list' },
    pages: ['procedure-detail', 'agency-choice'],
    css: [],
    text: [{ within: 'section', contains: 'Danh sách dịch vụ công' }],
    structural: [{ css: 'section:has(input[placeholder="Nhập từ khóa tìm kiếm dịch vụ công"])' }],
    expected: 1,
  },
  'detail.submitOnline': {
    describe: { vi: 'nút “Nộp trực tuyến” trong “Danh sách dịch vụ công”', en: 'the “Nộp trực tuyến” (file online) button in the service list' },
    pages: ['procedure-detail', 'agency-choice'],
    css: [],
    text: [{ within: BUTTONS, equals: 'Nộp trực tuyến' }],
    structural: [{ css: 'section:has(input[placeholder="Nhập từ khóa tìm kiếm dịch vụ công"]) li button' }],
    expected: 3,
  },
  'detail.handOffConfirm': {
    describe: { vi: 'nút “Đồng ý” để chuyển sang hệ thống của Bộ Tư pháp', en: 'the “Đồng ý” button that hands over to the Ministry of Justice system' },
    pages: ['procedure-detail', 'agency-choice'],
    css: [],
    text: [{ within: `${DIALOG} button`, equals: 'Đồng ý' }],
    structural: [],
    expected: 1,
  },
  'sso.idNumber': {
    describe: { vi: 'ô “Số định danh cá nhân”', en: 'the personal ID number field' },
    pages: ['sign-in'],
    css: [{ css: 'input[name="username"]' }, { css: 'input[autocomplete="username"]' }],
    text: [{ within: 'input', contains: 'Số định danh cá nhân' }],
    structural: [{ css: 'form:has(input[type="password"]) input:not([type="password"])', nth: 0 }],
    expected: 1,
  },
  'sso.password': {
    describe: { vi: 'ô “Mật khẩu” VNeID', en: 'the VNeID password field' },
    pages: ['sign-in'],
    css: [{ css: 'input[name="password"]' }],
    text: [{ within: 'input', equals: 'Mật khẩu' }],
    structural: [{ css: 'form input[type="password"]' }],
    expected: 1,
  },
  'sso.submit': {
    describe: { vi: 'nút “Đăng nhập” của VNeID', en: 'the VNeID “Đăng nhập” button' },
    pages: ['sign-in'],
    css: [{ css: 'form:has(input[type="password"]) button[type="submit"]' }],
    text: [{ within: 'button', equals: 'Đăng nhập' }],
    structural: [],
    expected: 1,
  },
  'sso.otp': {
    describe: { vi: 'ô “Nhập mã xác nhận” (6 số gửi về điện thoại)', en: 'the “Nhập mã xác nhận” (6-digit code) field' },
    pages: ['sign-in'],
    css: [{ css: 'input[name="otp"]' }, { css: 'input[autocomplete="one-time-code"]' }],
    text: [{ within: 'input', contains: 'Mã xác nhận' }],
    structural: [{ css: 'input[inputmode="numeric"][maxlength="6"]' }],
    expected: 1,
  },
  'sso.otpSubmit': {
    describe: { vi: 'nút “Xác nhận” dưới ô mã', en: 'the “Xác nhận” button under the code' },
    pages: ['sign-in'],
    css: [{ css: 'form:has(input[name="otp"]) button[type="submit"]' }],
    text: [{ within: 'form:has(input[maxlength="6"]) button', equals: 'Xác nhận' }],
    structural: [{ css: 'form:has(input[maxlength="6"]) button[type="submit"]' }],
    expected: 1,
  },
  'sso.consent': {
    describe: {
      vi: 'ô đánh dấu “Tôi đã đọc và hiểu rõ nội dung…”',
      en: 'the “Tôi đã đọc và hiểu rõ nội dung…” (I have read) checkbox',
    },
    pages: ['sign-in'],
    css: [],
    text: [{ within: 'input[type="checkbox"], [role="checkbox"]', contains: 'Tôi đã đọc và hiểu rõ' }],
    structural: [{ css: 'input[type="checkbox"]' }],
    expected: 1,
  },
  'sso.confirmShare': {
    describe: { vi: 'nút “Xác nhận chia sẻ”', en: 'the “Xác nhận chia sẻ” (confirm sharing) button' },
    pages: ['sign-in'],
    css: [],
    text: [{ within: 'button', equals: 'Xác nhận chia sẻ' }],
    structural: [],
    expected: 1,
  },
  'sso.notLevel2': {
    describe: { vi: 'thông báo tài khoản chưa định danh mức 2', en: 'the “account is not level 2” message' },
    pages: ['sign-in'],
    css: [],
    text: [
      { within: '[role="alert"]', contains: 'mức độ 2' },
      { within: '[role="alert"]', contains: 'mức 2' },
    ],
    structural: [],
    expected: 1,
  },
  'portal.consentModal': {
    describe: { vi: 'hộp thoại đồng ý chia sẻ dữ liệu của Cổng', en: 'the portal’s data-sharing consent dialog' },
    pages: [...PORTAL_PAGES],
    css: [],
    // guess: the wording; the captures only say "data-sharing consent", Ant Design style.
    text: [{ within: DIALOG, contains: 'đồng ý chia sẻ' }],
    structural: [],
    expected: 1,
  },
  'portal.passcodeModal': {
    describe: { vi: 'hộp thoại “nhập passcode” của Cổng', en: 'the portal’s “nhập passcode” dialog' },
    pages: [...PORTAL_PAGES],
    css: [],
    text: [{ within: DIALOG, contains: 'passcode' }],
    structural: [],
    expected: 1,
  },
  'filing.heading': {
    describe: { vi: 'tiêu đề “Nộp hồ sơ trực tuyến” và tên thủ tục dưới nó', en: 'the “Nộp hồ sơ trực tuyến” heading and the procedure’s name under it' },
    pages: ['filing-form'],
    css: [],
    text: [{ within: 'h1', equals: 'Nộp hồ sơ trực tuyến' }],
    structural: [],
    expected: 1,
  },
  'filing.applicantBlock': {
    describe: { vi: 'phần “Thông tin người nộp” (điền sẵn từ VNeID)', en: 'the “Thông tin người nộp” (applicant) block, filled from VNeID' },
    pages: ['filing-form'],
    css: [{ css: '[data-name="thongTinNguoiNop"]' }],
    text: [{ within: 'h1, h2, h3, h4, h5, legend', equals: 'Thông tin người nộp', up: '[data-name], section, fieldset' }],
    structural: [],
    expected: 1,
  },
  'filing.uploadButton': {
    describe: {
      vi: 'nút “Tải lên file” (hoặc “Chọn tệp tin”) ở dòng giấy tờ',
      en: 'the “Tải lên file” / “Chọn tệp tin” (upload) button on the paper’s row',
    },
    pages: ['filing-form'],
    css: [{ css: 'button[title="Tải lên file"]' }],
    // E-form rows (with a "Loại bản" column) say "Chọn tệp tin"; a hidden (mobile) copy of the table never counts.
    // guess: "Chọn tệp tin" opens the system file picker (it may open the document wallet: not confirmed).
    text: [
      { within: 'button', equals: 'Tải lên file' },
      { within: 'button', equals: 'Chọn tệp tin' },
    ],
    structural: [{ css: 'table tbody tr td:last-child > button' }],
    expected: 3,
  },
  'filing.tooLargeToast': {
    describe: { vi: 'thông báo “Vui lòng chọn tệp nhỏ hơn 2MB!”', en: 'the “Vui lòng chọn tệp nhỏ hơn 2MB!” (file too large) message' },
    pages: ['filing-form'],
    css: [],
    text: [{ within: '[role="alert"]', contains: 'nhỏ hơn 2MB' }],
    structural: [],
    expected: 1,
  },
  'filing.resultMethod': {
    describe: { vi: 'ô “Hình thức nhận kết quả”', en: 'the “Hình thức nhận kết quả” (how to receive the result) list' },
    pages: ['filing-form'],
    css: [],
    // Or a hand-made select outside the form, with no id, name or role: its label's block.
    text: [
      { within: 'button[aria-haspopup="listbox"], [role="combobox"], select', equals: 'Hình thức nhận kết quả' },
      { within: 'label, span, div, p', equals: 'Hình thức nhận kết quả', up: 'div' },
    ],
    structural: [],
    expected: 1,
  },
  'filing.submit': {
    describe: { vi: 'nút “Lưu và nộp hồ sơ”', en: 'the “Lưu và nộp hồ sơ” (save and submit) button' },
    pages: ['filing-form'],
    css: [],
    text: [{ within: 'button', equals: 'Lưu và nộp hồ sơ' }],
    structural: [],
    expected: 1,
  },
  'lienthong.applicantBlock': {
    describe: { vi: 'phần “Thông tin người yêu cầu” (lấy từ VNeID)', en: 'the “Thông tin người yêu cầu” (requester, from VNeID) block' },
    pages: ['filing-form'],
    css: [],
    // guess: a titled section or Material card; only the title and its read-only fields were captured.
    text: [{ within: 'h2, h3, h4, legend, mat-card-title', equals: 'Thông tin người yêu cầu', up: 'section, fieldset, mat-card' }],
    structural: [],
    expected: 1,
  },
  'lienthong.uploadButton': {
    describe: { vi: 'nút “Chọn tệp” ở dòng giấy tờ', en: 'the “Chọn tệp” (choose a file) button on the paper’s row' },
    pages: ['filing-form'],
    css: [],
    // guess: the label of liên thông's upload button.
    text: [{ within: BUTTONS, equals: 'Chọn tệp' }],
    structural: [],
    expected: 5,
  },
  'lienthong.submit': {
    describe: { vi: 'nút “Nộp hồ sơ” cuối trang liên thông', en: 'the “Nộp hồ sơ” (submit) button at the end of the liên thông form' },
    pages: ['filing-form'],
    css: [],
    // guess: the label.
    text: [{ within: 'button', equals: 'Nộp hồ sơ' }],
    structural: [],
    expected: 1,
  },
  'moj.openGeneral': {
    describe: { vi: 'nút “Nộp hồ sơ” ở dòng thủ tục', en: 'the “Nộp hồ sơ” (file) button on the procedure’s row' },
    pages: ['wizard-general'],
    css: [],
    text: [{ within: 'table button', equals: 'Nộp hồ sơ' }],
    structural: [],
    expected: 1,
  },
  'moj.generalDialog': {
    describe: { vi: 'hộp thoại “Thông tin chung”', en: 'the “Thông tin chung” (general information) dialog' },
    pages: ['wizard-general'],
    css: [{ css: `${DIALOG}:has(button[data-e2e="confirm-button-information"])` }],
    text: [{ within: DIALOG, contains: 'Thông tin chung' }],
    structural: [],
    expected: 1,
  },
  'moj.generalConfirm': {
    describe: { vi: 'nút “Xác nhận” của hộp thoại “Thông tin chung”', en: 'the “Xác nhận” button of the “Thông tin chung” dialog' },
    pages: ['wizard-general'],
    css: [{ css: 'button[data-e2e="confirm-button-information"]' }],
    text: [{ within: `${DIALOG} button`, equals: 'Xác nhận' }],
    structural: [],
    expected: 1,
  },
  'moj.stepper': {
    describe: { vi: 'thanh các bước (1 đến 4) ở đầu trang', en: 'the step bar (1 to 4) at the top' },
    pages: ['wizard-step-1', 'wizard-step-2', 'wizard-step-3', 'wizard-step-4'],
    css: [{ css: 'ol:has(> li[aria-current="step"])' }],
    text: [{ within: 'li span, li div', equals: 'Thông tin chủ hồ sơ', up: 'ol, ul, [role="list"]' }],
    structural: [],
    expected: 1,
  },
  'moj.ownerIdentity': {
    describe: { vi: 'phần “Thông tin định danh” (lấy từ VNeID)', en: 'the “Thông tin định danh” (identity, from VNeID) block' },
    pages: ['wizard-step-1'],
    css: [],
    text: [{ within: 'h2, h3, h4, legend', equals: 'Thông tin định danh', up: 'div, section, fieldset' }],
    structural: [],
    expected: 1,
  },
  'moj.declarationForm': {
    describe: { vi: 'tờ khai điện tử ở Bước 2', en: 'the electronic declaration form in step 2' },
    pages: ['wizard-step-2'],
    css: [],
    text: [{ within: 'h2, h3, h4', contains: 'Tờ khai', up: 'div, section, form' }],
    structural: [],
    expected: 1,
  },
  'moj.next': {
    describe: { vi: 'nút “Bước tiếp theo”', en: 'the “Bước tiếp theo” (next step) button' },
    pages: ['wizard-step-1', 'wizard-step-2', 'wizard-step-3'],
    css: [{ css: 'button[data-e2e="btn-next"]' }],
    // One data-e2e for every step, labelled "Bước tiếp theo" (step 1), "Xem trước" (step 2) or otherwise (step 3).
    // guess: "Tiếp tục" on step 3.
    text: [
      { within: 'button', equals: 'Bước tiếp theo' },
      { within: 'button', equals: 'Xem trước' },
      { within: 'button', equals: 'Tiếp tục' },
    ],
    structural: [],
    expected: 1,
  },
  'moj.attachButton': {
    describe: { vi: 'nút “Chọn tệp đính kèm” ở dòng giấy tờ', en: 'the “Chọn tệp đính kèm” (attach a file) button on the paper’s row' },
    pages: ['wizard-step-3'],
    css: [],
    text: [{ within: BUTTONS, equals: 'Chọn tệp đính kèm' }],
    structural: [{ css: 'table tbody tr td:last-child > button' }],
    expected: 7,
  },
  'moj.documentDialog': {
    describe: { vi: 'hộp thoại “Danh sách tài liệu điện tử”', en: 'the “Danh sách tài liệu điện tử” (document wallet) dialog' },
    pages: ['document-dialog'],
    css: [{ css: `${DIALOG}:has(#upload-container)` }],
    text: [{ within: DIALOG, contains: 'Danh sách tài liệu điện tử' }],
    structural: [],
    expected: 1,
  },
  'moj.uploadFromDevice': {
    describe: { vi: 'nút “Tải lên từ thiết bị”', en: 'the “Tải lên từ thiết bị” (upload from this device) button' },
    pages: ['document-dialog'],
    css: [],
    text: [{ within: `${DIALOG} :is(${BUTTONS}, label)`, equals: 'Tải lên từ thiết bị' }],
    structural: [],
    expected: 1,
  },
  'moj.uploadContainer': {
    describe: { vi: 'khung chọn tệp (hiện ra sau khi bấm “Tải lên từ thiết bị”)', en: 'the file box (shown after “Tải lên từ thiết bị”)' },
    pages: ['document-dialog'],
    css: [{ css: '#upload-container' }],
    text: [],
    structural: [{ css: `${DIALOG} div:has(> input[type="file"])` }],
    expected: 1,
  },
  'moj.documentName': {
    describe: { vi: 'ô “Tên tài liệu”', en: 'the “Tên tài liệu” (document name) field' },
    pages: ['document-dialog'],
    css: [{ css: 'input[name="documentName"]' }],
    text: [{ within: `${DIALOG} input`, equals: 'Tên tài liệu' }],
    structural: [],
    expected: 1,
  },
  'moj.addToWallet': {
    describe: { vi: 'nút “Thêm vào ví & Chọn”', en: 'the “Thêm vào ví & Chọn” (add to wallet and choose) button' },
    pages: ['document-dialog'],
    css: [],
    text: [{ within: `${DIALOG} button`, contains: 'Thêm vào ví' }],
    structural: [],
    expected: 1,
  },
  'moj.resultSwitches': {
    describe: { vi: 'các công tắc cách nhận kết quả', en: 'the switches for how to receive the result' },
    pages: ['wizard-step-4'],
    css: [{ css: 'button[role="switch"]' }, { css: '[role="switch"]' }],
    text: [],
    structural: [],
    expected: 3,
  },
  'moj.submit': {
    describe: { vi: 'nút “Gửi hồ sơ” (hoặc “Thanh toán”)', en: 'the “Gửi hồ sơ” (send) or “Thanh toán” (pay) button' },
    pages: ['wizard-step-4'],
    css: [{ css: 'button[data-e2e="btn-next"]' }],
    text: [
      { within: 'button', equals: 'Gửi hồ sơ' },
      { within: 'button', equals: 'Thanh toán' },
    ],
    structural: [],
    expected: 1,
  },
  'success.code': {
    describe: { vi: 'mã hồ sơ trên màn hình “Gửi hồ sơ thành công”', en: 'the dossier code on the success screen' },
    pages: ['success'],
    css: [],
    // No attribute of the real success screens is known: the text ("Mã hồ sơ: …", liên thông "Số hồ sơ: G22.99.08-…").
    // guess: the one-page filing's success screen says "Mã hồ sơ" (only liên thông's "Số hồ sơ" was captured).
    text: [
      { within: 'p, dd, div, span', contains: 'Mã hồ sơ' },
      { within: 'p, dd, div, span', contains: 'Số hồ sơ' },
    ],
    structural: [],
    expected: 1,
  },
} satisfies Record<string, SelectorEntry>;

export type SelectorName = keyof typeof registry;

/**
 * The registry as shipped: typed here, validated against SelectorEntry by
 * tests/unit/guides.test.ts rather than on every page load (the
 * overlay carries no schema for it).
 */
export const SELECTORS: Record<SelectorName, SelectorEntry> = registry;

export const SELECTOR_NAMES = Object.keys(SELECTORS) as SelectorName[];

export const isSelectorName = (name: string): name is SelectorName => Object.hasOwn(SELECTORS, name);
