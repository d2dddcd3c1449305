import { currentSessionId, inCitizenOrder } from '@/entrypoints/background/session-scope';

/** The id the background expects on per-citizen writes now: what a page learns from `session/get`, `session/id` or a wipe. */
export const sessionIdNow = () => inCitizenOrder(currentSessionId);
