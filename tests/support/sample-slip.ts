import type { SlipData } from '../../lib/precheck/slip';

/** A slip as the pre-check leaves it: papers missing, one unusable with its problem, one held by the state. */
export const SAMPLE_SLIP: SlipData = {
  procedure: { code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
  date: '2026-11-23',
  needed: [
    { name: 'Giấy chứng sinh', reason: 'missing', original: 1, copies: 0, form: null, file: null, problems: [] },
    {
      name: 'Tờ khai đăng ký khai sinh',
      reason: 'unusable',
      original: 1,
      copies: 0,
      form: 'Mẫu TK khai sinh.doc',
      file: 'to-khai.pdf',
      problems: ['Tệp PDF có mật khẩu: hãy gỡ mật khẩu (mở tệp rồi lưu ra PDF mới) rồi tải lại.'],
    },
    { name: 'Văn bản ủy quyền', reason: 'missing', original: 0, copies: 1, form: null, file: null, problems: [] },
  ],
  heldByState: [{ name: 'Giấy tờ chứng minh nơi cư trú', heldBy: 'CSDLQG về dân cư', legalBasis: 'Nghị định 104/2022/NĐ-CP' }],
};
