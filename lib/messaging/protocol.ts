import { z } from 'zod';
import { type CatalogResponses, catalogRequests } from './catalog';
import { type GuideResponses, guideRequests } from './guide';
import { type PageResponses, pageRequests } from './page';
import { type ReturnedResponses, returnedRequests } from './returned';
import { type SessionResponses, sessionRequests } from './session';
import { type SettingsResponses, settingsRequests } from './settings';
import { type SlipResponses, slipRequests } from './slip';

/**
 * Every message a UI or content script may send to the background, which owns
 * state. Each domain declares its requests and responses in its own file;
 * anything not matching this union is dropped by the router.
 */
export const Request = z.discriminatedUnion('type', [
  ...pageRequests,
  ...settingsRequests,
  ...sessionRequests,
  ...returnedRequests,
  ...slipRequests,
  ...catalogRequests,
  ...guideRequests,
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

/** What each request answers with. */
export interface Responses
  extends PageResponses,
    SettingsResponses,
    SessionResponses,
    ReturnedResponses,
    SlipResponses,
    CatalogResponses,
    GuideResponses {}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };
