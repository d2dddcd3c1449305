import { z } from 'zod/mini';
import { ProcedureRef } from '../checklist/schema';
import { RETURNED_MAX, ReturnedDossier } from './returned';
import { NotReadyReason, PlaceName } from './tally';

/**
 * Assisted sessions: one citizen at a time at a counter or a community
 * session. Personal mode (a citizen at home) is simply "no session open".
 */
export type SessionMode = 'assisted' | 'personal';

/** Inactivity timeout bounds, in minutes (a setting). */
export const SESSION_TIMEOUT_MINUTES = { min: 1, max: 480, default: 15 } as const;

/** Caps keep a forgotten session's record small. */
const MAX_LISTED = 100;
const Timestamp = z.int().check(z.nonnegative());

/**
 * Which citizen a write belongs to. Every wipe draws a new one; an assisted
 * session's id is the one drawn when it started. Pages learn it and send it
 * with each per-citizen write, so a late write of the previous citizen is refused.
 */
export const SessionId = z.string().check(z.minLength(1), z.maxLength(100));

export const AssistedSession = z.object({
  id: SessionId,
  startedAt: Timestamp,
  lastActivityAt: Timestamp,
  /** Elderly, people with disabilities, pregnant women: served first. Which of them is not recorded. */
  priority: z.boolean(),
  /** Procedures looked at for this citizen, first seen first (public catalog data). */
  procedures: z.array(ProcedureRef).check(z.maxLength(MAX_LISTED)),
  /** Why the citizen could not file online yet, each counted once per session. */
  notReady: z.array(NotReadyReason),
  /** Success pages already counted, so a reload is not a second dossier. */
  submittedPages: z.array(z.string().check(z.maxLength(4096))).check(z.maxLength(MAX_LISTED)),
  /** Dossiers the agency sent back for more papers, as recorded (a session stored before this field has none). */
  returned: z._default(z.array(ReturnedDossier).check(z.maxLength(RETURNED_MAX)), []),
  /** The procedure recognised last: the one the session's outcomes (submitted, not ready) are counted for. */
  currentProcedure: z._default(z.nullable(z.string().check(z.maxLength(100))), null),
  /** A community session's place ("buổi hỗ trợ cộng đồng"); null at the counter. Counted in the tallies with it. */
  place: z._default(z.nullable(PlaceName), null),
});
export type AssistedSession = z.infer<typeof AssistedSession>;

/** `not-started`: a new session was refused because the wipe before it failed (the previous person's data may remain). */
export const SESSION_END_REASONS = ['ended', 'timeout', 'restart', 'not-started'] as const;
export const SessionEndReason = z.enum(SESSION_END_REASONS);
export type SessionEndReason = z.infer<typeof SessionEndReason>;

/** What is left after a session ends: when and why, and whether the wipe finished. Nothing about the citizen. */
export const SessionEnd = z.object({
  reason: SessionEndReason,
  at: Timestamp,
  /** Stores that could not be wiped (empty when everything was removed). */
  wipeErrors: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(50)),
});
export type SessionEnd = z.infer<typeof SessionEnd>;

/** What the UIs are told. */
export interface SessionView {
  mode: SessionMode;
  session: AssistedSession | null;
  /** What per-citizen writes must carry now (the assisted session's id, or personal mode's since the last wipe). */
  sessionId: string;
  /** Set after an assisted session ended, until the helper dismisses the sign-out reminder. */
  lastEnd: SessionEnd | null;
  timeoutMinutes: number;
}

export function newSession(id: string, now: number, priority: boolean, place: string | null = null): AssistedSession {
  return {
    id,
    startedAt: now,
    lastActivityAt: now,
    priority,
    procedures: [],
    notReady: [],
    submittedPages: [],
    returned: [],
    currentProcedure: null,
    place,
  };
}

export const touchSession = (session: AssistedSession, now: number): AssistedSession => ({
  ...session,
  lastActivityAt: Math.max(session.lastActivityAt, now),
});

/** When the session ends on its own unless something happens before. */
export const sessionDeadline = (session: AssistedSession, timeoutMinutes: number) =>
  session.lastActivityAt + timeoutMinutes * 60_000;

/**
 * The end rules besides "Kết thúc": a session left over when the browser
 * starts ends (restart), and one idle past the timeout ends (timeout).
 */
export function automaticEnd(
  session: AssistedSession,
  { now, timeoutMinutes, browserStartup }: { now: number; timeoutMinutes: number; browserStartup: boolean },
): SessionEndReason | null {
  if (browserStartup) return 'restart';
  return now >= sessionDeadline(session, timeoutMinutes) ? 'timeout' : null;
}

/**
 * Adds a procedure once and makes it the current one; `added` tells whether it
 * is new to this session (and so counted).
 */
export function addProcedure(session: AssistedSession, procedure: ProcedureRef) {
  const current = session.currentProcedure === procedure.code ? session : { ...session, currentProcedure: procedure.code };
  if (session.procedures.some((p) => p.code === procedure.code) || session.procedures.length >= MAX_LISTED) {
    return { session: current, added: false };
  }
  return { session: { ...current, procedures: [...session.procedures, procedure] }, added: true };
}

export function addNotReady(session: AssistedSession, reason: NotReadyReason) {
  if (session.notReady.includes(reason)) return { session, added: false };
  return { session: { ...session, notReady: [...session.notReady, reason] }, added: true };
}

export function addSubmittedPage(session: AssistedSession, url: string) {
  if (session.submittedPages.includes(url) || session.submittedPages.length >= MAX_LISTED) {
    return { session, added: false };
  }
  return { session: { ...session, submittedPages: [...session.submittedPages, url] }, added: true };
}

/** Adds a returned dossier; `added` is false when the session already holds as many as it keeps. */
export function addReturned(session: AssistedSession, record: ReturnedDossier) {
  if (session.returned.length >= RETURNED_MAX) return { session, added: false };
  return { session: { ...session, returned: [...session.returned, record] }, added: true };
}
