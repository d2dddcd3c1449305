import { z } from 'zod/mini';
import type { SlipData } from '../precheck/slip';
import { PAPER_NAME_MAX, REQUESTED_MAX, type ReturnedDossier } from '../session/returned';

const Id = z.string().check(z.minLength(1), z.maxLength(100));

/** Returned dossiers ("yêu cầu bổ sung"): recorded in the open session by the background (handlers/returned.ts). */
export const returnedRequests = [
  /** The papers the agency asked for, as picked from the checklist or typed; the background decides which the state holds. */
  z.object({
    type: z.literal('returned/record'),
    code: Id,
    papers: z.array(z.string().check(z.maxLength(PAPER_NAME_MAX))).check(z.minLength(1), z.maxLength(REQUESTED_MAX)),
  }),
  /** The printable note for one recorded dossier (the slip page renders it). */
  z.object({ type: z.literal('returned/note'), id: Id }),
  /** Opens that note in a tab. */
  z.object({ type: z.literal('returned/open-note'), id: Id }),
] as const;

export interface ReturnedResponses {
  'returned/record': ReturnedDossier;
  'returned/note': SlipData | null;
  'returned/open-note': null;
}
