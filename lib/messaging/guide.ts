import { z } from 'zod/mini';
import { ChecklistItem, ProcedureRef } from '../checklist/schema';
import { GuideEvent, type GuideView, PageInfo } from '../guide/engine';
import { GUIDE_IDS } from '../guide/guides/ids';
import { SessionId } from '../session/model';

/** The events a page or the side panel reports; stopping has its own message. */
const AdvanceEvent = GuideEvent.check(z.refine((e) => e.type !== 'stop', 'use guide/stop'));

export const guideRequests = [
  z.object({
    type: z.literal('guide/start'),
    sessionId: SessionId,
    guideId: z.enum(GUIDE_IDS),
    procedure: z.nullable(ProcedureRef),
    /** The procedure's checklist rows, for the upload steps (null: generic upload step). */
    items: z.nullable(z.array(ChecklistItem).check(z.maxLength(200))),
    /** Where the user starts, so steps already done here are passed. */
    page: z.nullable(PageInfo),
  }),
  z.object({ type: z.literal('guide/get') }),
  z.object({ type: z.literal('guide/advance'), sessionId: SessionId, event: AdvanceEvent }),
  z.object({ type: z.literal('guide/stop'), sessionId: SessionId }),
] as const;

/** Every answer is the guide as a page should show it, or null when no guide is running. */
export interface GuideResponses {
  'guide/start': GuideView;
  'guide/get': GuideView | null;
  'guide/advance': GuideView | null;
  'guide/stop': null;
}

/**
 * What the background pushes to portal tabs when the guide changes (another
 * tab, the side panel, a stop). It carries no data: the page asks `guide/get`.
 */
export const GuideChanged = z.object({ type: z.literal('guide/changed'), revision: z.nullable(z.int()) });
export type GuideChanged = z.infer<typeof GuideChanged>;
