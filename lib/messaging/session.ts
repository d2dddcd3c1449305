import { z } from 'zod/mini';
import { SessionId, type SessionView } from '../session/model';
import type { MonthReport } from '../session/monthly-report';
import { HelperEvent, MonthKey, PlaceName } from '../session/tally';

/** Assisted sessions and anonymous tallies; the background owns both (handlers/session.ts). */
export const sessionRequests = [
  z.object({ type: z.literal('session/get') }),
  /** The id a portal tab's per-citizen writes carry (the overlay asks when it starts; wipes then tell it). */
  z.object({ type: z.literal('session/id') }),
  /** Wipes whatever the extension holds, then opens a new assisted session (with a place: a community session). */
  z.object({ type: z.literal('session/start'), priority: z.boolean(), place: z.optional(z.nullable(PlaceName)) }),
  /** "Kết thúc": wipes everything of the citizen; the view then carries the sign-out reminder. */
  z.object({ type: z.literal('session/end') }),
  /** The helper is still working (keeps the inactivity timeout away). */
  z.object({ type: z.literal('session/touch') }),
  z.object({ type: z.literal('session/set-priority'), sessionId: SessionId, priority: z.boolean() }),
  z.object({ type: z.literal('session/dismiss-reminder') }),
  /** Personal mode's "Xóa dữ liệu của tôi"; refused while an assisted session is open. */
  z.object({ type: z.literal('session/clear-personal') }),
  /** Counted only while an assisted session is open; procedure and not-ready once per session. */
  z.object({ type: z.literal('tally/record'), sessionId: SessionId, event: HelperEvent }),
  z.object({ type: z.literal('tally/month'), month: MonthKey }),
  z.object({ type: z.literal('tally/export'), month: MonthKey }),
  z.object({ type: z.literal('tally/reset') }),
] as const;

export interface SessionResponses {
  'session/get': SessionView;
  'session/id': { sessionId: string };
  'session/start': SessionView;
  'session/end': SessionView;
  'session/touch': SessionView;
  'session/set-priority': SessionView;
  'session/dismiss-reminder': SessionView;
  'session/clear-personal': { view: SessionView; wipeErrors: string[] };
  'tally/record': { counted: boolean };
  'tally/month': MonthReport;
  'tally/export': { filename: string; csv: string };
  'tally/reset': null;
}

/**
 * Sent by the background to its open pages (the side panel) whenever the
 * session or the tallies change, so they re-render and drop a past citizen's
 * in-memory state. Not a request: the background does not receive its own.
 */
export const SESSION_CHANGED = 'session/changed';
export const SessionChanged = z.object({ type: z.literal(SESSION_CHANGED) });

/**
 * Sent by the background to the portal tabs after it wiped the citizen's data
 * (a session started or ended, "Xóa dữ liệu của tôi"): the overlay drops the
 * file names, results and hashes it holds and its pre-check frame, and its
 * writes carry the new session id from now on. The tab itself stays open: it
 * may be a filing in progress.
 */
export const CitizenWiped = z.object({ type: z.literal('citizen/wiped'), sessionId: SessionId });
export type CitizenWiped = z.infer<typeof CitizenWiped>;
