import { z } from 'zod';
import { SlipData } from '../precheck/slip';
import { SessionId } from '../session/model';

/** The consolidated supplement list, kept by the background for the slip page (session storage: per citizen). */
export const slipRequests = [
  z.object({ type: z.literal('slip/set'), sessionId: SessionId, slip: SlipData }),
  z.object({ type: z.literal('slip/get') }),
  /** Opens the slip page in a tab (a content script may not open extension pages itself). */
  z.object({ type: z.literal('slip/open') }),
] as const;

export interface SlipResponses {
  'slip/set': null;
  'slip/get': SlipData | null;
  'slip/open': null;
}
