import type { GuideDefInput, PageRule } from '../schema';
import { tooLargeNotice } from './notices';

const DETAIL: PageRule = { kinds: ['procedure-detail'], site: 'portal' };
const FILING: PageRule = { kinds: ['filing-form'], site: 'portal' };
const LIENTHONG: PageRule = { kinds: ['filing-form'], site: 'lienthong' };

/**
 * The whole online submission, across the portal, VNeID sign-in and the
 * filing system the procedure uses. After “Nộp trực tuyến” the user lands on
 * the portal's one-page filing (most procedures, and the newer civil-status
 * ones), on the liên thông portal, or on the Ministry of Justice wizard: the
 * engine follows whichever branch the page shows, never the sector alone.
 */
export const onlineSubmission: GuideDefInput = {
  id: 'online-submission',
  title: { vi: 'nộp hồ sơ trực tuyến', en: 'filing online' },
  items: [
    { include: 'vneid-sign-in' },
    {
      id: 'province',
      page: DETAIL,
      target: { entry: 'detail.provinceSelect' },
      title: { vi: 'Chọn tỉnh/thành phố', en: 'Choose the province' },
      body: {
        vi: 'Trong khung “Chọn cơ quan thực hiện”, chọn tỉnh/thành phố nơi bạn muốn nộp hồ sơ. Từ 1/7/2025 bạn có thể nộp ở bất kỳ xã/phường nào trong tỉnh, không phụ thuộc nơi cư trú.',
        en: 'In the “Chọn cơ quan thực hiện” box, choose the province where you want to file. Since 1 July 2025 you can file at any commune or ward of the province, wherever you live.',
      },
      completion: { type: 'value' },
    },
    {
      id: 'ward',
      page: DETAIL,
      target: { entry: 'detail.wardSelect' },
      title: { vi: 'Chọn phường/xã', en: 'Choose the ward or commune' },
      body: {
        vi: 'Chọn phường/xã sẽ giải quyết hồ sơ. Danh sách có thể tải chậm vài giây sau khi chọn tỉnh; hệ thống chỉ hiện những nơi đã nhận hồ sơ trực tuyến.',
        en: 'Choose the ward or commune that will handle the dossier. The list can take a few seconds after the province; only places that accept online filing are shown.',
      },
      completion: { type: 'value' },
      // Province-level procedures show one picker only: nothing to choose here then.
      missing: { waitMs: 5000, fallback: 'skip' },
    },
    {
      id: 'agency-submit',
      page: DETAIL,
      target: { entry: 'detail.agencySubmit' },
      title: { vi: 'Xác nhận nơi nộp', en: 'Confirm where to file' },
      body: {
        vi: 'Bấm “Nộp hồ sơ” (hoặc “Đồng ý”) để xem các dịch vụ công của nơi đã chọn.',
        en: 'Click “Nộp hồ sơ” (or “Đồng ý”) to see the online services of the chosen place.',
      },
      completion: { type: 'appears', entry: 'detail.serviceList' },
    },
    {
      id: 'submit-online',
      page: DETAIL,
      target: { entry: 'detail.submitOnline' },
      title: { vi: 'Bấm “Nộp trực tuyến”', en: 'Click “Nộp trực tuyến”' },
      body: {
        vi: 'Trong “Danh sách dịch vụ công”, bấm “Nộp trực tuyến” ở dịch vụ đúng với trường hợp của bạn. Tùy thủ tục, trang nộp hồ sơ mở ngay trên Cổng, trên Cổng liên thông hoặc trên hệ thống của Bộ Tư pháp; hướng dẫn đi theo bạn. Nếu trang mở trên cổng dịch vụ công của tỉnh hoặc của bộ, ở đó Trợ lý chỉ đọc danh sách giấy tờ và kiểm tra tệp (khi bạn bật trong bảng bên, mục “Cổng dịch vụ công khác”), không hướng dẫn từng bước; quay lại Cổng này để tiếp tục hướng dẫn.',
        en: 'In “Danh sách dịch vụ công”, click “Nộp trực tuyến” (file online) on the service matching your case. Depending on the procedure, the filing page opens on the portal itself, on the liên thông portal or on the Ministry of Justice system; the guide follows you. If it opens on a province’s or a ministry’s portal, the assistant there only reads the list of papers and checks files (once you turn it on in the side panel, “Cổng dịch vụ công khác”), with no step-by-step guide; come back to this portal to go on with the guide.',
      },
      completion: { type: 'click' },
      missing: { waitMs: 10_000, fallback: 'float' },
    },
    {
      id: 'hand-off',
      page: DETAIL,
      target: { entry: 'detail.handOffConfirm' },
      title: { vi: 'Chuyển sang hệ thống Bộ Tư pháp', en: 'Go on to the Ministry of Justice system' },
      body: {
        vi: 'Cổng chuyển thủ tục này sang hệ thống dịch vụ công của Bộ Tư pháp. Bấm “Đồng ý”; hệ thống đó có thể yêu cầu đăng nhập VNeID lại.',
        en: 'The portal hands this procedure over to the Ministry of Justice system. Click “Đồng ý” (agree); that system may ask you to sign in with VNeID again.',
      },
      completion: { type: 'click' },
      // Other procedures go straight to the portal's own filing page: no hand-off to show.
      missing: { waitMs: 3000, fallback: 'skip' },
    },
    {
      id: 'pf-applicant',
      branch: 'portal-form',
      page: FILING,
      target: { entry: 'filing.applicantBlock' },
      title: { vi: 'Thông tin người nộp đã có sẵn', en: 'Your details are already filled in' },
      body: {
        vi: 'Các ô bị khóa được điền từ VNeID và Cơ sở dữ liệu quốc gia về dân cư: Nhà nước đã có những thông tin này, bạn không cần nộp giấy tờ để chứng minh. Điền các ô còn trống của tờ khai.',
        en: 'The locked fields come from VNeID and the national population database: the state already holds this data, so no paper is needed to prove it. Fill in the remaining fields of the form.',
      },
      completion: { type: 'manual' },
    },
    { uploads: 'portal-form', branch: 'portal-form' },
    {
      id: 'pf-result',
      branch: 'portal-form',
      page: FILING,
      target: { entry: 'filing.resultMethod' },
      title: { vi: 'Chọn cách nhận kết quả', en: 'Choose how to receive the result' },
      body: {
        vi: 'Chọn nhận tại bộ phận tiếp nhận, qua bưu điện (điền địa chỉ nhận) hoặc trên môi trường mạng (kết quả có ký số).',
        en: 'Collect at the service desk, by post (fill in the delivery address) or online (digitally signed result).',
      },
      completion: { type: 'manual' },
    },
    {
      id: 'pf-submit',
      branch: 'portal-form',
      page: FILING,
      target: { entry: 'filing.submit' },
      title: { vi: 'Bấm “Lưu và nộp hồ sơ”', en: 'Click “Lưu và nộp hồ sơ”' },
      body: {
        vi: 'Kiểm tra lại tờ khai và các tệp đính kèm, rồi bấm “Lưu và nộp hồ sơ”.',
        en: 'Check the form and the attached files, then click “Lưu và nộp hồ sơ” (save and submit).',
      },
      completion: { type: 'page', kinds: ['success'] },
    },
    {
      id: 'lt-requester',
      branch: 'lienthong',
      page: LIENTHONG,
      target: { entry: 'lienthong.applicantBlock' },
      title: { vi: 'Cổng liên thông: thông tin người yêu cầu', en: 'The liên thông portal: the requester' },
      body: {
        vi: 'Một hồ sơ liên thông làm nhiều thủ tục cùng lúc. Các ô bị khóa lấy từ VNeID: Nhà nước đã có những thông tin này. Điền các phần còn lại của tờ khai (người được khai sinh, nơi cư trú, thẻ bảo hiểm y tế…).',
        en: 'One liên thông dossier does several procedures at once. The locked fields come from VNeID: the state already holds this data. Fill in the rest of the form (the child, residence, health insurance card…).',
      },
      completion: { type: 'manual' },
    },
    { uploads: 'lienthong', branch: 'lienthong' },
    {
      id: 'lt-submit',
      branch: 'lienthong',
      page: LIENTHONG,
      target: { entry: 'lienthong.submit' },
      title: { vi: 'Bấm “Nộp hồ sơ”', en: 'Click “Nộp hồ sơ”' },
      body: {
        vi: 'Kiểm tra lại tờ khai và các tệp (mỗi loại giấy tờ tổng cộng không quá 2.6MB), rồi bấm “Nộp hồ sơ”.',
        en: 'Check the form and the files (at most 2.6MB in total per type of paper), then click “Nộp hồ sơ” (submit).',
      },
      completion: { type: 'page', kinds: ['success'] },
    },
    { include: 'vneid-sign-in', from: 'id-number', prefix: 'moj-sign-in', branch: 'moj' },
    {
      id: 'moj-open',
      branch: 'moj',
      page: { kinds: ['wizard-general'], site: 'justice' },
      target: { entry: 'moj.openGeneral' },
      title: { vi: 'Bấm “Nộp hồ sơ”', en: 'Click “Nộp hồ sơ”' },
      body: {
        vi: 'Trên hệ thống Bộ Tư pháp, bấm “Nộp hồ sơ” ở dòng thủ tục. Nếu chưa thấy hộp thoại “Thông tin chung” hiện ra, hãy bấm lại một lần nữa.',
        en: 'On the Ministry of Justice system, click “Nộp hồ sơ” on the procedure’s row. If the “Thông tin chung” dialog does not open, click once more.',
      },
      completion: { type: 'appears', entry: 'moj.generalDialog' },
    },
    {
      id: 'moj-general',
      branch: 'moj',
      page: { kinds: ['wizard-general'], site: 'justice' },
      target: { entry: 'moj.generalConfirm' },
      title: { vi: 'Kiểm tra “Thông tin chung”', en: 'Check “Thông tin chung”' },
      body: {
        vi: 'Kiểm tra cấp thực hiện, tỉnh, thủ tục và cơ quan tiếp nhận. Nếu bạn nộp thay người khác, chọn “Làm thủ tục cho người khác”. Rồi bấm “Xác nhận”.',
        en: 'Check the level, province, procedure and receiving agency. If you file for someone else, choose “Làm thủ tục cho người khác”. Then click “Xác nhận” (confirm).',
      },
      completion: { type: 'page', kinds: ['wizard-step-1'] },
    },
    {
      id: 'moj-owner',
      branch: 'moj',
      page: { kinds: ['wizard-step-1'], site: 'justice' },
      target: { entry: 'moj.ownerIdentity' },
      title: { vi: 'Bước 1 – Thông tin chủ hồ sơ', en: 'Step 1 – Dossier owner' },
      body: {
        vi: 'Phần “Thông tin định danh” đã lấy từ VNeID. Bổ sung ngày cấp, nơi cấp giấy tờ, số điện thoại, email và địa chỉ.',
        en: '“Thông tin định danh” (identity) comes from VNeID. Add the issue date and place, phone, email and address.',
      },
      completion: { type: 'manual' },
    },
    {
      id: 'moj-owner-next',
      branch: 'moj',
      page: { kinds: ['wizard-step-1'], site: 'justice' },
      target: { entry: 'moj.next' },
      title: { vi: 'Bấm “Bước tiếp theo”', en: 'Click “Bước tiếp theo”' },
      body: {
        vi: 'Khi đã điền đủ, bấm “Bước tiếp theo”. Ô có dấu * là bắt buộc.',
        en: 'When everything is filled in, click “Bước tiếp theo” (next step). Fields marked * are required.',
      },
      completion: { type: 'page', kinds: ['wizard-step-2'] },
    },
    {
      id: 'moj-declare',
      branch: 'moj',
      page: { kinds: ['wizard-step-2'], site: 'justice' },
      target: { entry: 'moj.declarationForm' },
      title: { vi: 'Bước 2 – Kê khai tờ khai điện tử', en: 'Step 2 – The electronic declaration' },
      body: {
        vi: 'Điền tờ khai, bấm “Xem trước” để kiểm tra, ký số nếu có, rồi “Xác nhận”. Tờ khai sẽ tự thành tệp PDF trong hồ sơ.',
        en: 'Fill in the declaration, click “Xem trước” (preview) to check it, sign digitally if you can, then “Xác nhận”. It becomes a PDF in the dossier.',
      },
      completion: { type: 'manual' },
    },
    {
      id: 'moj-declare-next',
      branch: 'moj',
      page: { kinds: ['wizard-step-2'], site: 'justice' },
      target: { entry: 'moj.next' },
      title: { vi: 'Sang phần giấy tờ', en: 'Go on to the papers' },
      body: {
        vi: 'Khi tờ khai đã được xác nhận, bấm nút này (“Bước tiếp theo”, hoặc “Xem trước” trên một số phiên bản) để sang phần giấy tờ.',
        en: 'Once the declaration is confirmed, click this button (“Bước tiếp theo”, or “Xem trước” on some versions) to go on to the papers.',
      },
      completion: { type: 'page', kinds: ['wizard-step-3'] },
    },
    { uploads: 'moj', branch: 'moj' },
    {
      id: 'moj-papers-next',
      branch: 'moj',
      page: { kinds: ['wizard-step-3'], site: 'justice' },
      target: { entry: 'moj.next' },
      title: { vi: 'Sang bước nhận kết quả', en: 'Go on to receiving the result' },
      body: {
        vi: 'Khi mọi dòng “Bắt buộc” đã có tệp, bấm nút chuyển bước này. Nếu thiếu, cổng báo “Vui lòng đính kèm đủ Hồ sơ bắt buộc”.',
        en: 'When every “Bắt buộc” (required) row has a file, click this button to go on. Otherwise the site says “Vui lòng đính kèm đủ Hồ sơ bắt buộc”.',
      },
      completion: { type: 'page', kinds: ['wizard-step-4'] },
    },
    {
      id: 'moj-result',
      branch: 'moj',
      page: { kinds: ['wizard-step-4'], site: 'justice' },
      target: { entry: 'moj.resultSwitches' },
      title: { vi: 'Bước 4 – Cách nhận kết quả', en: 'Step 4 – How to receive the result' },
      body: {
        vi: 'Bật một cách nhận: bản giấy có đóng dấu (chọn nơi nhận), trực tuyến, hoặc qua bưu chính công ích (điền địa chỉ). Lệ phí, nếu có, hiện ở đây.',
        en: 'Turn on one way: stamped paper copy (choose where to collect), online, or by public postal service (fill in the address). Any fee is shown here.',
      },
      completion: { type: 'manual' },
    },
    {
      id: 'moj-submit',
      branch: 'moj',
      page: { kinds: ['wizard-step-4'], site: 'justice' },
      target: { entry: 'moj.submit' },
      title: { vi: 'Gửi hồ sơ', en: 'Send the dossier' },
      body: {
        vi: 'Không mất phí: bấm “Gửi hồ sơ”. Có phí: bấm “Thanh toán”, đồng ý điều khoản, rồi “Thanh toán & Nộp hồ sơ” và trả bằng mã QR.',
        en: 'Free: click “Gửi hồ sơ”. With a fee: click “Thanh toán”, accept the terms, then “Thanh toán & Nộp hồ sơ” and pay by QR code.',
      },
      completion: { type: 'page', kinds: ['success'] },
    },
    {
      id: 'note-code',
      page: { kinds: ['success'] },
      target: { entry: 'success.code' },
      title: { vi: 'Ghi lại mã hồ sơ', en: 'Write down the dossier code' },
      body: {
        vi: 'Hồ sơ đã được gửi. Ghi lại hoặc chụp mã hồ sơ: dùng mã này ở “Tra cứu hồ sơ” để theo dõi và khi đi nhận kết quả.',
        en: 'The dossier has been sent. Write down or photograph its code: use it in “Tra cứu hồ sơ” (dossier lookup) to follow it and when collecting the result.',
      },
      completion: { type: 'manual' },
    },
    {
      id: 'back-from-other-portal',
      branch: 'other-portal',
      afterHandOff: true,
      page: { kinds: ['home', 'procedure-search', 'procedure-detail', 'agency-choice', 'filing-form', 'dossier-lookup', 'success', 'unknown'], site: 'portal' },
      target: null,
      title: { vi: 'Theo dõi hồ sơ đã nộp ở cổng khác', en: 'Follow the dossier filed on the other portal' },
      body: {
        vi: 'Bạn đã quay lại Cổng Dịch vụ công quốc gia. Nếu đã nộp xong trên cổng của tỉnh hoặc của bộ, ghi lại mã hồ sơ mà cổng đó cấp và dùng ở “Tra cứu hồ sơ” để theo dõi. Nếu chưa nộp được, bấm “Quay lại” để về bước trước.',
        en: 'You are back on the National Public Service Portal. If you finished filing on the province’s or the ministry’s portal, write down the dossier code it gave you and use it in “Tra cứu hồ sơ” (dossier lookup) to follow it. If you could not file, click “Quay lại” (back) to return to the previous step.',
      },
      completion: { type: 'manual' },
    },
  ],
  notices: [tooLargeNotice],
};
