import { storage } from 'wxt/utils/storage';
import type { ProcedureRef } from '@/lib/checklist/schema';
import type { HandlerMap } from '@/lib/messaging/router';
import { SESSION_CHANGED } from '@/lib/messaging/session';
import type { PageKind } from '@/lib/portal/page-kind';
import { reportCsv, reportCsvFilename } from '@/lib/session/csv';
import { monthReport } from '@/lib/session/monthly-report';
import { asksForStateHeld, type ReturnedDossier } from '@/lib/session/returned';
import {
  AssistedSession,
  addNotReady,
  addProcedure,
  addReturned,
  addSubmittedPage,
  automaticEnd,
  newSession,
  SessionEnd,
  type SessionEndReason,
  type SessionView,
  sessionDeadline,
  touchSession,
} from '@/lib/session/model';
import {
  dayKey,
  type HelperEvent,
  PROCEDURE_CODE,
  parseStoredTallies,
  recordTally,
  type TallyEvent,
  type TallyScope,
} from '@/lib/session/tally';
import { citizenWrite, currentSessionId, inCitizenOrder, wipeCitizenData } from '../session-scope';
import { sessionEndItem, sessionItem, talliesItem } from '../storage';
import { readSettings } from './settings';

const TIMEOUT_ALARM = 'session-timeout';


/** Tells open extension pages to re-read; nobody listening is fine. */
function announceChange() {
  browser.runtime.sendMessage({ type: SESSION_CHANGED }).catch(() => {});
}

const timeoutMinutes = async () => (await readSettings()).sessionTimeoutMinutes;

/**
 * Where the session's events are counted: its place, and the procedure the
 * event is about (a returned dossier names its own) or else the one the
 * session is on. Nothing about the citizen.
 */
function scopeOf(session: AssistedSession, event: TallyEvent, returnedCode?: string): TallyScope {
  if (event.kind === 'session' || event.kind === 'procedure') return { place: session.place, code: null };
  return { place: session.place, code: returnedCode ?? session.currentProcedure };
}

/**
 * Writes the session and, when the change counts an event, the tallies in one
 * storage call: a failed write (storage full) leaves both as they were.
 */
async function saveSession(session: AssistedSession, counted?: TallyEvent | null, returnedCode?: string) {
  const tallies = counted
    ? recordTally(parseStoredTallies(await talliesItem.getValue()), dayKey(new Date()), counted, scopeOf(session, counted, returnedCode))
    : null;
  await storage.setItems([{ item: sessionItem, value: session }, ...(tallies ? [{ item: talliesItem, value: tallies }] : [])]);
}

async function scheduleTimeout(session: AssistedSession) {
  await browser.alarms.create(TIMEOUT_ALARM, { when: sessionDeadline(session, await timeoutMinutes()) });
}

async function endSession(reason: SessionEndReason) {
  await browser.alarms.clear(TIMEOUT_ALARM);
  const wipeErrors = await wipeCitizenData();
  await sessionEndItem.setValue(SessionEnd.parse({ reason, at: Date.now(), wipeErrors }));
  announceChange();
}

/** The open session, after applying the end rules: an expired or leftover session is ended here. */
async function currentSession({ browserStartup = false } = {}): Promise<AssistedSession | null> {
  const stored = AssistedSession.safeParse(await sessionItem.getValue());
  if (!stored.success) return null;
  const session = stored.data;
  const reason = automaticEnd(session, { now: Date.now(), timeoutMinutes: await timeoutMinutes(), browserStartup });
  if (!reason) return session;
  await endSession(reason);
  return null;
}

async function view(): Promise<SessionView> {
  const session = await currentSession();
  const lastEnd = SessionEnd.safeParse(await sessionEndItem.getValue());
  return {
    mode: session ? 'assisted' : 'personal',
    session,
    sessionId: await currentSessionId(),
    lastEnd: lastEnd.success ? lastEnd.data : null,
    timeoutMinutes: await timeoutMinutes(),
  };
}

interface SessionChange {
  session: AssistedSession;
  /** The tally event this change counts, if any. */
  counted?: TallyEvent | null;
  /** A returned dossier's own procedure, which its count goes to. */
  returnedCode?: string;
}

/**
 * Applies a change to the open session, touching it; without a session it does
 * nothing. Returns whether an event was counted. Pages are told when more than
 * the activity time changed (the `add*` rules return the same object when not).
 */
async function updateSession(change: (s: AssistedSession) => SessionChange) {
  const session = await currentSession();
  if (!session) return false;
  const touched = touchSession(session, Date.now());
  const next = change(touched);
  await saveSession(next.session, next.counted, next.returnedCode);
  if (next.counted || next.session !== touched) announceChange();
  return Boolean(next.counted);
}

function countOnce(session: AssistedSession, event: HelperEvent): SessionChange {
  if (event.kind !== 'not-ready') return { session, counted: event };
  const { session: next, added } = addNotReady(session, event.reason);
  return { session: next, counted: added ? event : null };
}

/**
 * A portal page was seen (content script): activity, and a success page counts
 * a submitted dossier once. A page that has not learned the session id yet
 * (`null`: it has just loaded) is the current citizen's.
 */
export function notePortalPage(kind: PageKind, url: string, sessionId: string | null) {
  const update = () =>
    updateSession((session) => {
      if (kind !== 'success') return { session };
      const { session: next, added } = addSubmittedPage(session, url);
      return { session: next, counted: added ? { kind: 'dossier-submitted' } : null };
    });
  return sessionId === null ? inCitizenOrder(update) : citizenWrite(sessionId, update);
}

/** A procedure was recognised: listed for this citizen and counted once per session. */
export function noteProcedure(procedure: ProcedureRef, sessionId: string) {
  return citizenWrite(sessionId, () =>
    updateSession((session) => {
      const { session: next, added } = addProcedure(session, procedure);
      const countable = added && PROCEDURE_CODE.test(procedure.code);
      return { session: next, counted: countable ? { kind: 'procedure', code: procedure.code } : null };
    }),
  );
}

/**
 * A returned dossier the helper recorded: kept in the session and counted
 * (whether it asked for papers the state holds). Throws without an open
 * session or when the session holds as many as it keeps.
 */
export function noteReturned(record: ReturnedDossier) {
  return inCitizenOrder(async () => {
    const counted = await updateSession((session) => {
      const { session: next, added } = addReturned(session, record);
      const counted: TallyEvent | null = added ? { kind: 'dossier-returned', stateHeld: asksForStateHeld(record) } : null;
      return { session: next, counted, returnedCode: record.procedure.code };
    });
    if (!counted) throw new Error('no-session');
  });
}

/** A returned dossier of the open session, by id; null without a session or such a record. */
export function findReturned(id: string) {
  return inCitizenOrder(async () => (await currentSession())?.returned.find((r) => r.id === id) ?? null);
}

/** The user is working in a portal tab (typing a long form): the session is in use, nothing else changes. */
export function noteActivity() {
  return inCitizenOrder(() => updateSession((session) => ({ session })));
}

/** Alarm (timeout) and browser start (restart) end sessions even with no UI open. */
export function installSessionLifecycle() {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== TIMEOUT_ALARM) return;
    void inCitizenOrder(async () => {
      const session = await currentSession();
      if (session) await scheduleTimeout(session);
    });
  });
  browser.runtime.onStartup.addListener(() => {
    void inCitizenOrder(() => currentSession({ browserStartup: true }));
  });
}

export const sessionHandlers: HandlerMap<
  | 'session/get'
  | 'session/id'
  | 'session/start'
  | 'session/end'
  | 'session/touch'
  | 'session/set-priority'
  | 'session/dismiss-reminder'
  | 'session/clear-personal'
  | 'tally/record'
  | 'tally/month'
  | 'tally/export'
  | 'tally/reset'
> = {
  // Session and tally updates are read-modify-write, and may wipe: one at a time, in the citizen order.
  'session/get': () => inCitizenOrder(view),
  'session/id': () => inCitizenOrder(async () => ({ sessionId: await currentSessionId() })),
  'session/start': (message) =>
    inCitizenOrder(async () => {
      await browser.alarms.clear(TIMEOUT_ALARM);
      // A clean slate: nothing of a previous person (or of personal mode) is visible to this citizen.
      const wipeErrors = await wipeCitizenData();
      if (wipeErrors.length > 0) {
        // Starting anyway would show the next citizen what is left: say what, and let the helper retry.
        await sessionItem.removeValue();
        await sessionEndItem.setValue(SessionEnd.parse({ reason: 'not-started', at: Date.now(), wipeErrors }));
        announceChange();
        return view();
      }
      await sessionEndItem.removeValue();
      // The id the wipe just drew: pages told of the wipe already write for this session.
      const session = newSession(await currentSessionId(), Date.now(), message.priority, message.place ?? null);
      await saveSession(session, { kind: 'session' });
      await scheduleTimeout(session);
      announceChange();
      return view();
    }),
  'session/end': () =>
    inCitizenOrder(async () => {
      if (await currentSession()) await endSession('ended');
      return view();
    }),
  'session/touch': async () => {
    await noteActivity();
    return inCitizenOrder(view);
  },
  'session/set-priority': (message) =>
    citizenWrite(message.sessionId, async () => {
      await updateSession((session) => ({ session: { ...session, priority: message.priority } }));
      return view();
    }),
  'session/dismiss-reminder': () =>
    inCitizenOrder(async () => {
      await sessionEndItem.removeValue();
      announceChange();
      return view();
    }),
  'session/clear-personal': () =>
    inCitizenOrder(async () => {
      if (await currentSession()) throw new Error('session-open');
      const wipeErrors = await wipeCitizenData();
      announceChange();
      return { view: await view(), wipeErrors };
    }),
  'tally/record': (message) =>
    citizenWrite(message.sessionId, async () => ({ counted: await updateSession((session) => countOnce(session, message.event)) })),
  'tally/month': (message) => inCitizenOrder(async () => monthReport(parseStoredTallies(await talliesItem.getValue()), message.month)),
  'tally/export': (message) =>
    inCitizenOrder(async () => {
      const report = monthReport(parseStoredTallies(await talliesItem.getValue()), message.month);
      return { filename: reportCsvFilename(message.month), csv: reportCsv(report) };
    }),
  'tally/reset': () =>
    inCitizenOrder(async () => {
      await talliesItem.removeValue();
      announceChange();
      return null;
    }),
};
