import type { GuideDefInput } from '../schema';

/**
 * The upload step alone, row by row from the procedure's checklist, on
 * whichever filing system the user is on (the portal's one-page filing or the
 * Ministry of Justice wizard's Bước 3).
 */
export const uploadChecklist: GuideDefInput = {
  id: 'upload-checklist',
  title: { vi: 'đính kèm giấy tờ', en: 'attaching the papers' },
  items: [
    { uploads: 'portal-form', branch: 'portal-form' },
    { uploads: 'moj', branch: 'moj' },
  ],
  notices: [
    {
      id: 'too-large',
      when: 'filing.tooLargeToast',
      page: { kinds: ['filing-form'] },
      title: { vi: 'Tệp lớn hơn 2 MB', en: 'The file is over 2 MB' },
      body: {
        vi: 'Cổng chỉ nhận tệp dưới 2 MB. Chụp lại giấy tờ với độ phân giải thấp hơn, hoặc lưu ảnh dạng JPG chất lượng vừa, rồi tải lên lại.',
        en: 'The portal only accepts files under 2 MB. Photograph the paper at a lower resolution, or save it as a medium-quality JPG, then upload again.',
      },
    },
  ],
};
