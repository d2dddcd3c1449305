/** The shipped guides' ids, apart from their data: pages name a guide without carrying its steps. */
export const GUIDE_IDS = ['online-submission', 'vneid-sign-in', 'upload-checklist'] as const;
export type GuideId = (typeof GUIDE_IDS)[number];
