// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPageFromDom, detectSignInStep } from '@/lib/portal/page-dom';
import { detectPageFromUrl } from '@/lib/portal/page-kind';

const doc = (body: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');

const JUSTICE = detectPageFromUrl('https://dichvucongnganhtuphap.moj.gov.vn/danh-sach-thu-tuc?vneid=1&MaTTHC=1.001193');
const FILING = detectPageFromUrl('https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=019d2bf7-770b-734d-b7fb-ca5e00000000');
const DETAIL = detectPageFromUrl('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7');
const VNEID_OTHER = detectPageFromUrl('https://sso.dancuquocgia.gov.vn/xac-thuc');

/** A stepper like the MoJ wizard's: numbered items, done ones showing ✓. */
function stepper({ done = 0, current = null as number | null } = {}) {
  const titles = ['Thông tin chủ hồ sơ', 'Kê khai thông tin', 'Thành phần hồ sơ', 'Thông tin nhận kết quả'];
  const items = titles.map((title, i) => {
    const n = i + 1;
    const mark = n === current ? ' aria-current="step"' : '';
    return `<li class="x1 y${n}"${mark}><span>${n <= done ? '✓' : n}</span><span>${title}</span></li>`;
  });
  return `<ol class="flex gap-2">${items.join('')}</ol>`;
}

const dialog = (title: string, state = 'open') =>
  `<div role="dialog" aria-labelledby="t" data-state="${state}"><h2 id="t">${title}</h2><button>Xác nhận</button></div>`;

describe('detectPageFromDom on the civil-status wizard', () => {
  it.each([
    [1, stepper({ current: 1 }), 'wizard-step-1'],
    [2, stepper({ done: 1, current: 2 }), 'wizard-step-2'],
    [3, stepper({ done: 2, current: 3 }), 'wizard-step-3'],
    [4, stepper({ done: 3, current: 4 }), 'wizard-step-4'],
  ])('reads step %i from aria-current', (_n, html, kind) => {
    expect(detectPageFromDom(doc(`<main>${html}<h3>Thông tin định danh</h3></main>`), JUSTICE)).toBe(kind);
  });

  it('trusts aria-current over ✓ when the user went back to an earlier step', () => {
    expect(detectPageFromDom(doc(stepper({ done: 3, current: 2 })), JUSTICE)).toBe('wizard-step-2');
  });

  it('without aria-current, takes the first step not marked ✓', () => {
    expect(detectPageFromDom(doc(stepper({ done: 2 })), JUSTICE)).toBe('wizard-step-3');
    expect(detectPageFromDom(doc(stepper({ done: 0 })), JUSTICE)).toBe('wizard-step-1');
  });

  it('matches step titles regardless of case and diacritics spacing, not class names', () => {
    const html = stepper({ done: 1 }).replace('Kê khai thông tin', '  KÊ KHAI THÔNG TIN ');
    expect(detectPageFromDom(doc(html), JUSTICE)).toBe('wizard-step-2');
  });

  it('is not a step when the stepper is incomplete, hidden or all done', () => {
    expect(detectPageFromDom(doc(stepper({ current: 2 }).replace('Thông tin nhận kết quả', 'Nhận kết quả')), JUSTICE)).toBe('wizard-general');
    expect(detectPageFromDom(doc(`<div hidden>${stepper({ current: 2 })}</div>`), JUSTICE)).toBe('wizard-general');
    expect(detectPageFromDom(doc(stepper({ done: 4 })), JUSTICE)).toBe('wizard-general');
    expect(detectPageFromDom(doc('<h2>Thành phần hồ sơ</h2><h2>Kê khai thông tin</h2>'), JUSTICE)).toBe('wizard-general');
  });

  it('sees the open "Thông tin chung" dialog, not a closed one', () => {
    expect(detectPageFromDom(doc(dialog('Thông tin chung')), JUSTICE)).toBe('wizard-general');
    expect(detectPageFromDom(doc(stepper({ current: 1 }) + dialog('Thông tin chung', 'closed')), JUSTICE)).toBe('wizard-step-1');
  });

  it('sees the open "Danh sách tài liệu điện tử" dialog over step 3', () => {
    expect(detectPageFromDom(doc(stepper({ done: 2, current: 3 }) + dialog('Danh sách tài liệu điện tử')), JUSTICE)).toBe('document-dialog');
    const labelled = '<div role="dialog" aria-label="Danh sách tài liệu điện tử"><p>Tải lên từ thiết bị</p></div>';
    expect(detectPageFromDom(doc(stepper({ done: 2, current: 3 }) + labelled), JUSTICE)).toBe('document-dialog');
  });

  it('ignores dialogs with other titles, hidden ones and inline display:none', () => {
    expect(detectPageFromDom(doc(stepper({ done: 1, current: 2 }) + dialog('Xem trước tờ khai')), JUSTICE)).toBe('wizard-step-2');
    const hidden = `<div style="display: none">${dialog('Danh sách tài liệu điện tử')}</div>`;
    expect(detectPageFromDom(doc(stepper({ done: 2, current: 3 }) + hidden), JUSTICE)).toBe('wizard-step-3');
  });

  it('sees the success screen', () => {
    expect(detectPageFromDom(doc('<h1>Gửi hồ sơ thành công</h1><p>Mã hồ sơ: HT-1</p>'), JUSTICE)).toBe('success');
    expect(detectPageFromDom(doc('<h1>Gửi hồ sơ <b>thành công!</b></h1>'), JUSTICE)).toBe('success');
    expect(detectPageFromDom(doc(`${stepper({ done: 3, current: 4 })}<p hidden>Gửi hồ sơ thành công</p>`), JUSTICE)).toBe('wizard-step-4');
    expect(detectPageFromDom(doc(`${stepper({ done: 3, current: 4 })}<p>Sau khi gửi hồ sơ thành công, bạn sẽ nhận mã hồ sơ.</p>`), JUSTICE)).toBe(
      'wizard-step-4',
    );
  });

  it('sees a VNeID step asked again by the ministry system', () => {
    expect(detectPageFromDom(doc('<h1>Nhập mã xác nhận</h1><input name="otp">'), JUSTICE)).toBe('sign-in');
  });
});

describe('detectPageFromDom on liên thông', () => {
  const LIENTHONG = detectPageFromUrl('https://lienthong.dichvucong.gov.vn/#/ke-khai/2.000987');
  it('reads its result screen, which has no "thành công", from "Số hồ sơ: G22.99.08-…"', () => {
    expect(detectPageFromDom(doc('<h2>Kết quả</h2><p>Số hồ sơ: G22.99.08-261007-0001</p><p>Ngày hẹn trả dự kiến: 10/10/2026</p>'), LIENTHONG)).toBe('success');
  });
  it('is still the form while the number is not shown, or only mentioned', () => {
    expect(detectPageFromDom(doc('<h3>Thông tin người yêu cầu</h3><p>Số hồ sơ sẽ được gửi qua email.</p>'), LIENTHONG)).toBe('filing-form');
    expect(detectPageFromDom(doc('<p hidden>Số hồ sơ: G22.99.08-1</p>'), LIENTHONG)).toBe('filing-form');
  });
});

describe('detectPageFromDom on the portal', () => {
  it('turns the one-page filing into success once it says so', () => {
    expect(detectPageFromDom(doc('<h1>Nộp hồ sơ thành công</h1>'), FILING)).toBe('success');
    expect(detectPageFromDom(doc('<h1>Nộp hồ sơ trực tuyến</h1><button>Lưu và nộp hồ sơ</button>'), FILING)).toBe('filing-form');
  });

  it('leaves pages whose kind the URL settles alone', () => {
    expect(detectPageFromDom(doc(`${stepper({ current: 2 })}<h1>Nộp hồ sơ thành công</h1>`), DETAIL)).toBe('procedure-detail');
  });
});

describe('detectSignInStep', () => {
  const credentials = '<label for="u">Số định danh cá nhân</label><input id="u"><label for="p">Mật khẩu</label><input id="p" type="password"><button>Đăng nhập</button>';

  it.each([
    ['credentials', credentials],
    ['otp', '<h1>Nhập mã xác nhận</h1><input maxlength="6"><button>Xác nhận</button>'],
    ['consent', '<input type="checkbox"><label>Tôi đã đọc và hiểu rõ…</label><button disabled>Xác nhận chia sẻ</button>'],
    ['not-level-2', `${credentials}<p role="alert">Tài khoản chưa được định danh điện tử mức độ 2</p>`],
    ['not-level-2', `${credentials}<div role="alert"><span>Tài khoản chưa định danh mức 2.</span></div>`],
  ])('%s', (step, html) => {
    expect(detectSignInStep(doc(html))).toBe(step);
  });

  it('is null where no sign-in step shows', () => {
    expect(detectSignInStep(doc('<h1>Cổng Dịch vụ công Quốc gia</h1><button>Đăng nhập</button>'))).toBeNull();
    expect(detectSignInStep(doc('<div hidden><input type="password"></div>'))).toBeNull();
    expect(detectSignInStep(doc(`${credentials}<p role="alert" hidden>Tài khoản chưa được định danh điện tử mức độ 2</p>`))).toBe('credentials');
    expect(detectSignInStep(doc('<p>Mã xác nhận đã được gửi, hãy nhập mã xác nhận bên dưới</p>'))).toBeNull();
  });

  it('makes any VNeID page showing a step a sign-in page', () => {
    expect(VNEID_OTHER.kind).toBe('unknown');
    expect(detectPageFromDom(doc('<h1>Nhập mã xác nhận</h1>'), VNEID_OTHER)).toBe('sign-in');
    expect(detectPageFromDom(doc('<h1>Trang không tồn tại</h1>'), VNEID_OTHER)).toBe('unknown');
  });
});
