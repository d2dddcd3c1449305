import { z } from 'zod';
import { ProcedureRef } from '../checklist/schema';
import { SessionId } from '../session/model';
import { PAGE_KINDS } from '../portal/page-kind';

export const pageRequests = [
  z.object({
    type: z.literal('page/seen'),
    url: z.string().max(4096),
    kind: z.enum(PAGE_KINDS),
    procedureId: z.string().max(200).nullable(),
    /** The overlay script is already running in this tab's page. */
    overlayLoaded: z.boolean(),
    /** The session this tab last learned; null on a page that has not asked yet (a fresh load is the current citizen's). */
    sessionId: z.nullable(SessionId),
  }),
  z.object({ type: z.literal('procedure/seen'), sessionId: SessionId, procedure: ProcedureRef }),
  /** The user is typing in a portal form: an assisted session is still in use (no data, just the fact). */
  z.object({ type: z.literal('page/activity') }),
] as const;

export interface PageResponses {
  'page/seen': { overlay: boolean; sessionId: string };
  'procedure/seen': null;
  'page/activity': null;
}
