import type { GuideDefInput } from '../schema';

type NoticeInput = NonNullable<GuideDefInput['notices']>[number];

/** The portal's "Vui lòng chọn tệp nhỏ hơn 2MB!" toast, said in plain words with what to do. */
export const tooLargeNotice: NoticeInput = {
  id: 'too-large',
  when: 'filing.tooLargeToast',
  page: { kinds: ['filing-form'] },
  title: { vi: 'Tệp lớn hơn 2 MB', en: 'The file is over 2 MB' },
  body: {
    vi: 'Cổng chỉ nhận tệp dưới 2 MB. Chụp lại giấy tờ với độ phân giải thấp hơn, hoặc lưu ảnh dạng JPG chất lượng vừa, rồi tải lên lại.',
    en: 'The portal only accepts files under 2 MB. Photograph the paper at a lower resolution, or save it as a medium-quality JPG, then upload again.',
  },
};
