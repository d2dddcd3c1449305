import type { GuideDefInput } from '../schema';
import { tooLargeNotice } from './notices';

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
  notices: [tooLargeNotice],
};
