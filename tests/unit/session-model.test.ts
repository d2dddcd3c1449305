import { describe, expect, it } from 'vitest';
import { readAllJsonl } from '../../scripts/shared-data';
import {
  AssistedSession,
  addNotReady,
  addProcedure,
  addSubmittedPage,
  automaticEnd,
  newSession,
  sessionDeadline,
  touchSession,
} from '@/lib/session/model';
import { DEFAULT_SETTINGS, parseStoredSettings } from '@/lib/settings';

const T0 = Date.UTC(2025, 6, 1, 2, 0);
const MIN = 60_000;

describe('session lifecycle rules', () => {
  it('starts with the given priority, nothing listed, activity at the start', () => {
    const s = newSession('a', T0, true);
    expect(s).toMatchObject({ id: 'a', startedAt: T0, lastActivityAt: T0, priority: true, procedures: [], notReady: [] });
    expect(AssistedSession.parse(s)).toEqual(s);
  });

  it('activity moves the deadline forward and never back', () => {
    const s = newSession('a', T0, false);
    const later = touchSession(s, T0 + 10 * MIN);
    expect(sessionDeadline(later, 15)).toBe(T0 + 25 * MIN);
    expect(touchSession(later, T0 + MIN).lastActivityAt).toBe(T0 + 10 * MIN);
  });

  it('times out only once the configured inactivity has passed', () => {
    const s = touchSession(newSession('a', T0, false), T0 + 5 * MIN);
    const at = (now: number, timeoutMinutes = DEFAULT_SETTINGS.sessionTimeoutMinutes) =>
      automaticEnd(s, { now, timeoutMinutes, browserStartup: false });
    expect(DEFAULT_SETTINGS.sessionTimeoutMinutes).toBe(15);
    expect(at(T0 + 19 * MIN)).toBeNull();
    expect(at(T0 + 20 * MIN - 1)).toBeNull();
    expect(at(T0 + 20 * MIN)).toBe('timeout');
    expect(at(T0 + 7 * MIN, 2)).toBe('timeout');
    expect(at(T0 + 7 * MIN, 3)).toBeNull();
  });

  it('a session left over when the browser starts always ends, however fresh', () => {
    const s = newSession('a', T0, false);
    expect(automaticEnd(s, { now: T0 + 1, timeoutMinutes: 480, browserStartup: true })).toBe('restart');
  });

  it('the timeout setting is bounded and falls back to the default when stored badly', () => {
    expect(parseStoredSettings({ sessionTimeoutMinutes: 30 }).sessionTimeoutMinutes).toBe(30);
    expect(parseStoredSettings({ sessionTimeoutMinutes: 0 }).sessionTimeoutMinutes).toBe(15);
    expect(parseStoredSettings({ sessionTimeoutMinutes: '20', lang: 'en' })).toMatchObject({ sessionTimeoutMinutes: 15, lang: 'en' });
  });
});

describe('what a session remembers about its citizen', () => {
  it('lists each real procedure once, in the order first seen', async () => {
    const records = (await readAllJsonl<{ code: string; name: string }>('procedures.jsonl')).slice(0, 3);
    let s = newSession('a', T0, false);
    const added: boolean[] = [];
    for (const { code, name } of [...records, ...records.slice(0, 1)]) {
      const step = addProcedure(s, { code, name });
      s = step.session;
      added.push(step.added);
    }
    expect(added).toEqual([true, true, true, false]);
    expect(s.procedures.map((p) => p.code)).toEqual(records.map((r) => r.code));
  });

  it('is on the procedure recognised last, even one seen before; a session stored before that knew none', async () => {
    const [a, b] = (await readAllJsonl<{ code: string; name: string }>('procedures.jsonl')).slice(0, 2);
    if (!a || !b) throw new Error('no procedures in ../shared/data');
    let s = newSession('a', T0, false);
    expect(s.currentProcedure).toBeNull();
    s = addProcedure(s, a).session;
    s = addProcedure(s, b).session;
    expect(s.currentProcedure).toBe(b.code);
    const back = addProcedure(s, a);
    expect(back).toMatchObject({ added: false, session: { currentProcedure: a.code } });
    // Already on it: nothing changes (so nothing is announced).
    expect(addProcedure(back.session, a).session).toBe(back.session);
    const { currentProcedure: _c, place: _p, ...stored } = s;
    expect(AssistedSession.parse(stored)).toMatchObject({ currentProcedure: null, place: null });
  });

  it('counts each not-ready reason and each success page once', () => {
    let s = newSession('a', T0, false);
    const first = addNotReady(s, 'missing-papers');
    expect(first.added).toBe(true);
    expect(addNotReady(first.session, 'missing-papers')).toEqual({ session: first.session, added: false });
    s = addNotReady(first.session, 'no-vneid-level2').session;
    expect(s.notReady).toEqual(['missing-papers', 'no-vneid-level2']);
    const page = 'https://dichvucongnganhtuphap.moj.gov.vn/ho-so/thanh-cong';
    const once = addSubmittedPage(s, page);
    expect(once.added).toBe(true);
    expect(addSubmittedPage(once.session, page).added).toBe(false);
  });

  it('stored garbage is not a session', () => {
    expect(AssistedSession.safeParse({ id: 'a', startedAt: 'hôm qua' }).success).toBe(false);
    expect(AssistedSession.safeParse(null).success).toBe(false);
  });
});
