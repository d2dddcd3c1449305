import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { errorMessage } from '@/lib/error-message';
import { ask } from '@/lib/messaging/client';
import { SessionChanged } from '@/lib/messaging/session';
import type { SessionView } from '@/lib/session/model';
import type { Usage } from '@/lib/settings';
import { type MonthReport, reportCodes } from '@/lib/session/monthly-report';
import { monthKey, normalizePlace } from '@/lib/session/tally';
import { useT } from '../I18nContext';
import { ClearPersonalButton, SessionBar } from './SessionBar';
import { SessionIdContext } from './SessionIdContext';
import { exportMonthCsv } from '../report/exportCsv';
import { useProcedureNames } from '../report/useProcedureNames';
import { TallyReport } from './TallyReport';
import './session.css';

/** How often the helper's clicks and keys in the panel count as session activity. */
const TOUCH_EVERY_MS = 30_000;
const CLOCK_TICK_MS = 15_000;

/** The current time, ticking while `active`. */
function useNow(active: boolean) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** While a session is open, the helper working in the panel keeps it alive. */
function useHelperActivity(active: boolean, onView: (view: SessionView) => void) {
  useEffect(() => {
    if (!active) return;
    let last = 0;
    const touch = () => {
      if (Date.now() - last < TOUCH_EVERY_MS) return;
      last = Date.now();
      ask({ type: 'session/touch' }).then(onView, () => {});
    };
    document.addEventListener('pointerdown', touch);
    document.addEventListener('keydown', touch);
    return () => {
      document.removeEventListener('pointerdown', touch);
      document.removeEventListener('keydown', touch);
    };
  }, [active, onView]);
}

/**
 * The side panel's session layer: the session bar on top, the tallies below,
 * and in between the panel's own content, remounted whenever the citizen
 * changes (start, end, personal wipe) so no in-memory state carries over.
 * A citizen at home (`usage` personal) sees the content first and no staff
 * controls, unless a session is still open or just ended (switching hides
 * nothing the helper must finish).
 */
export function SessionScope({ usage, children }: { usage: Usage | null; children: React.ReactNode }) {
  const t = useT();
  const [view, setView] = useState<SessionView | null>(null);
  const [citizen, setCitizen] = useState(0);
  const shownSession = useRef<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [month, setMonth] = useState(() => monthKey(new Date()));
  const [report, setReport] = useState<MonthReport | null>(null);
  const [tallyStatus, setTallyStatus] = useState('');
  const names = useProcedureNames(report ? reportCodes(report) : []);
  // Kept while the panel is open: a volunteer helps many people in a row at the same place.
  const [community, setCommunity] = useState<{ on: boolean; place: string } | null>(null);
  const communityNow = community ?? { on: usage === 'volunteer', place: '' };
  const now = useNow(view?.mode === 'assisted');

  const show = useCallback((next: SessionView) => {
    // A new id is a new citizen (a session started or ended, a personal wipe): the body starts afresh.
    const id = next.sessionId;
    if (shownSession.current !== undefined && shownSession.current !== id) setCitizen((n) => n + 1);
    shownSession.current = id;
    setView(next);
  }, []);
  const refresh = useCallback(() => {
    ask({ type: 'session/get' }).then(show, () => {});
    ask({ type: 'tally/month', month }).then(setReport, () => {});
  }, [show, month]);

  useEffect(refresh, [refresh]);
  useEffect(() => {
    const onChanged = (message: unknown) => {
      if (SessionChanged.safeParse(message).success) refresh();
    };
    browser.runtime.onMessage.addListener(onChanged);
    return () => browser.runtime.onMessage.removeListener(onChanged);
  }, [refresh]);
  useHelperActivity(view?.mode === 'assisted', show);

  const act = async (run: () => Promise<SessionView | undefined>) => {
    setBusy(true);
    setStatus('');
    try {
      const next = await run();
      if (next) show(next);
    } catch (error) {
      setStatus(t('error.generic', { error: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  const clearPersonal = () =>
    act(async () => {
      const { view: next, wipeErrors } = await ask({ type: 'session/clear-personal' });
      setCitizen((n) => n + 1);
      setStatus(wipeErrors.length ? t('session.wipeIncomplete', { details: wipeErrors.join('; ') }) : t('session.cleared'));
      return next;
    });


  const resetTallies = async () => {
    try {
      await ask({ type: 'tally/reset' });
      setTallyStatus(t('tally.resetDone'));
    } catch (error) {
      setTallyStatus(t('error.generic', { error: errorMessage(error) }));
    }
    refresh();
  };

  const personal = usage === 'personal' && !view?.session && !view?.lastEnd;
  return (
    <>
      {view && !personal && (
        <SessionBar
          view={view}
          now={now}
          busy={busy}
          status={status}
          community={communityNow}
          onCommunityChange={setCommunity}
          onStart={() => {
            const place = communityNow.on ? normalizePlace(communityNow.place) : null;
            if (place === '') return setStatus(t('session.placeNeeded'));
            void act(() => ask({ type: 'session/start', priority: false, place }));
          }}
          onEnd={() => act(() => ask({ type: 'session/end' }))}
          onPriorityChange={(priority) => {
            // Shown at once (the switch flips under the finger); the background's answer confirms it.
            setView((v) => (v?.session ? { ...v, session: { ...v.session, priority } } : v));
            void act(() => ask({ type: 'session/set-priority', sessionId: view.sessionId, priority }));
          }}
          onNotReady={(reason) =>
            act(async () => {
              await ask({ type: 'tally/record', sessionId: view.sessionId, event: { kind: 'not-ready', reason } });
              return ask({ type: 'session/get' });
            })
          }
          onRecordReturned={(code, papers) => ask({ type: 'returned/record', code, papers })}
          onOpenReturnedNote={(id) => void act(async () => void (await ask({ type: 'returned/open-note', id })))}
          onDismissReminder={() => act(() => ask({ type: 'session/dismiss-reminder' }))}
          onClearPersonal={clearPersonal}
        />
      )}
      <SessionIdContext.Provider value={view?.sessionId ?? null}>
        <Fragment key={citizen}>{children}</Fragment>
      </SessionIdContext.Provider>
      {personal ? (
        <details className="dvc-tally">
          <summary>{t('usage.privacy')}</summary>
          <p className="dvc-hint">{t('session.personalMode')}</p>
          <ClearPersonalButton onConfirm={clearPersonal} />
          <p role="status">{status}</p>
        </details>
      ) : (
        <TallyReport
          month={month}
          report={report}
          status={tallyStatus}
          onMonthChange={setMonth}
          names={names}
          onExport={async () => setTallyStatus(await exportMonthCsv(month, t))}
          onOpenPrint={() => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html?month=${month}`) })}
          onReset={resetTallies}
        />
      )}
    </>
  );
}
