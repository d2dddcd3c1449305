import { z } from 'zod/mini';

/**
 * Background → content scripts of an other portal's tab: the user revoked
 * these origins in Cài đặt. The scripts already on such a page stop and take
 * their UI off it (new pages get none: the registration is gone too).
 */
export const OtherPortalRevoked = z.object({ type: z.literal('other-portal/revoked'), origins: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(100)) });
export type OtherPortalRevoked = z.infer<typeof OtherPortalRevoked>;
