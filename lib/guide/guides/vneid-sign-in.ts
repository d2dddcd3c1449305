import type { GuideDefInput, PageRule } from '../schema';

const PORTAL_PAGES: PageRule = { kinds: ['home', 'procedure-detail', 'procedure-search', 'agency-choice'], site: 'portal' };
const SSO: PageRule = { kinds: ['sign-in'], site: 'vneid' };
/** Back from VNeID, the portal itself may still ask (captures of 2026): on whichever portal page the user returns to. */
const BACK_ON_PORTAL: PageRule = { kinds: ['sign-in', 'home', 'procedure-detail', 'procedure-search', 'agency-choice', 'filing-form'], site: 'portal' };

/** Signing in to the portal with a VNeID level 2 account (ID number + password, OTP, consent). */
export const vneidSignIn: GuideDefInput = {
  id: 'vneid-sign-in',
  title: { vi: 'đăng nhập bằng VNeID', en: 'signing in with VNeID' },
  items: [
    {
      id: 'open',
      page: PORTAL_PAGES,
      target: { entry: 'header.signIn' },
      title: { vi: 'Đăng nhập bằng VNeID', en: 'Sign in with VNeID' },
      body: {
        vi: 'Bấm “Đăng nhập”. Cổng sẽ mở trang đăng nhập VNeID. Bạn cần tài khoản định danh điện tử mức 2; chưa có thì mang CCCD gắn chip đến công an xã/phường để kích hoạt.',
        en: 'Click “Đăng nhập” (sign in). The portal opens the VNeID sign-in page. You need a level 2 electronic ID account; if you have none, take your chip ID card (CCCD) to the commune/ward police to activate it.',
      },
      completion: { type: 'click' },
      // Already signed in: the button is gone, nothing to do here.
      missing: { waitMs: 4000, fallback: 'skip' },
    },
    {
      id: 'id-number',
      page: SSO,
      target: { entry: 'sso.idNumber' },
      title: { vi: 'Nhập số định danh cá nhân', en: 'Enter your personal ID number' },
      body: {
        vi: 'Nhập 12 số định danh cá nhân (số CCCD) của người nộp hồ sơ.',
        en: 'Enter the 12-digit personal ID number (the CCCD number) of the person filing.',
      },
      completion: { type: 'value' },
    },
    {
      id: 'password',
      page: SSO,
      target: { entry: 'sso.password' },
      title: { vi: 'Nhập mật khẩu VNeID', en: 'Enter the VNeID password' },
      body: {
        vi: 'Nhập mật khẩu của ứng dụng VNeID (không phải mật khẩu điện thoại). Quên mật khẩu thì lấy lại trong ứng dụng VNeID.',
        en: 'Enter the VNeID app password (not the phone’s). If forgotten, reset it in the VNeID app.',
      },
      completion: { type: 'value' },
    },
    {
      id: 'submit',
      page: SSO,
      target: { entry: 'sso.submit' },
      title: { vi: 'Bấm “Đăng nhập”', en: 'Click “Đăng nhập”' },
      body: { vi: 'Bấm “Đăng nhập” để nhận mã xác nhận.', en: 'Click “Đăng nhập” to receive a confirmation code.' },
      completion: { type: 'appears', entry: 'sso.otp' },
    },
    {
      id: 'otp',
      page: SSO,
      target: { entry: 'sso.otp' },
      title: { vi: 'Nhập mã xác nhận', en: 'Enter the confirmation code' },
      body: {
        vi: 'Nhập mã 6 số được gửi về điện thoại đã đăng ký với VNeID. Mã chỉ dùng được trong vài phút.',
        en: 'Enter the 6-digit code sent to the phone registered with VNeID. It expires after a few minutes.',
      },
      completion: { type: 'value' },
    },
    {
      id: 'otp-submit',
      page: SSO,
      target: { entry: 'sso.otpSubmit' },
      title: { vi: 'Bấm “Xác nhận”', en: 'Click “Xác nhận”' },
      body: { vi: 'Bấm “Xác nhận” để gửi mã.', en: 'Click “Xác nhận” (confirm) to send the code.' },
      completion: { type: 'appears', entry: 'sso.consent' },
    },
    {
      id: 'consent',
      page: SSO,
      target: { entry: 'sso.consent' },
      title: { vi: 'Đồng ý chia sẻ thông tin', en: 'Agree to share your data' },
      body: {
        vi: 'Đọc nội dung rồi đánh dấu “Tôi đã đọc và hiểu rõ…”. Cổng chỉ nhận các thông tin đã liệt kê để điền sẵn hồ sơ cho bạn.',
        en: 'Read the text, then tick “Tôi đã đọc và hiểu rõ…” (I have read). The portal receives only the listed data, to pre-fill your dossier.',
      },
      completion: { type: 'value' },
    },
    {
      id: 'confirm-share',
      page: SSO,
      target: { entry: 'sso.confirmShare' },
      title: { vi: 'Bấm “Xác nhận chia sẻ”', en: 'Click “Xác nhận chia sẻ”' },
      body: {
        vi: 'Bấm “Xác nhận chia sẻ”. Bạn sẽ được đưa trở lại Cổng Dịch vụ công, đã đăng nhập.',
        en: 'Click “Xác nhận chia sẻ” (confirm sharing). You return to the portal, signed in.',
      },
      completion: { type: 'click' },
    },
  ],
  notices: [
    {
      id: 'not-level-2',
      when: 'sso.notLevel2',
      page: SSO,
      title: { vi: 'Tài khoản chưa định danh mức 2', en: 'The account is not level 2' },
      body: {
        vi: 'Nộp hồ sơ trực tuyến cần tài khoản định danh điện tử mức 2. Mang CCCD gắn chip đến công an xã/phường (nơi cư trú hoặc nơi gần nhất) để được kích hoạt mức 2; khi đã kích hoạt, quay lại đây và đăng nhập. Trong lúc chờ, bạn vẫn có thể nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã.',
        en: 'Online filing needs a level 2 electronic ID account. Take your chip ID card (CCCD) to the commune/ward police (where you live or the nearest) to activate level 2, then come back and sign in. Meanwhile you can still file in person at the commune Public Administration Service Center.',
      },
    },
    {
      id: 'portal-consent',
      when: 'portal.consentModal',
      page: BACK_ON_PORTAL,
      title: { vi: 'Cổng hỏi đồng ý chia sẻ dữ liệu', en: 'The portal asks to share your data' },
      body: {
        vi: 'Cổng cần dữ liệu từ tài khoản VNeID của bạn để điền sẵn hồ sơ. Đọc rồi bấm “Đồng ý” để tiếp tục; nếu không đồng ý, bạn không nộp trực tuyến được nhưng vẫn nộp trực tiếp được.',
        en: 'The portal needs data from your VNeID account to fill in the dossier. Read it, then click “Đồng ý” (agree) to go on; without it you cannot file online, but can still file in person.',
      },
    },
    {
      id: 'portal-passcode',
      when: 'portal.passcodeModal',
      page: BACK_ON_PORTAL,
      title: { vi: 'Nhập passcode VNeID', en: 'Enter your VNeID passcode' },
      body: {
        vi: 'Nhập passcode 6 số bạn đã đặt trong ứng dụng VNeID (không phải mã OTP vừa nhận). Quên passcode: đặt lại trong ứng dụng VNeID.',
        en: 'Enter the 6-digit passcode you set in the VNeID app (not the OTP you just received). Forgot it: reset it in the VNeID app.',
      },
    },
  ],
};
