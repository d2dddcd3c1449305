import { z } from 'zod';
import { ProcedureRef } from '../checklist/schema';
import { PAGE_KINDS } from '../portal/page-kind';
import { Settings } from '../settings';

/**
 * Every message a UI or content script may send to the background, which owns
 * state. Anything not matching this schema is dropped by the router.
 */
export const Request = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page/seen'),
    url: z.string().max(4096),
    kind: z.enum(PAGE_KINDS),
    procedureId: z.string().max(200).nullable(),
    /** The overlay script is already running in this tab's page. */
    overlayLoaded: z.boolean(),
  }),
  z.object({ type: z.literal('procedure/seen'), procedure: ProcedureRef }),
  z.object({ type: z.literal('settings/get') }),
  z.object({ type: z.literal('settings/set'), settings: Settings.partial() }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

/** What each request answers with. */
export interface Responses {
  'page/seen': { overlay: boolean };
  'procedure/seen': null;
  'settings/get': Settings;
  'settings/set': Settings;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };
