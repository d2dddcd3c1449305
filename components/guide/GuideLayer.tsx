import { useEffect, useRef, useState } from 'react';
import { appliesTo, type GuideEvent, type GuideView, type PageInfo } from '@/lib/guide/engine';
import { observeCompletion } from '@/lib/guide/observe-completion.dom';
import { currentValue } from '@/lib/portal/control-value';
import { revealTarget } from '@/lib/guide/reveal.dom';
import { speak, stopSpeaking } from '@/lib/guide/speech.dom';
import type { Lang } from '@/lib/i18n';
import { inLang } from '@/lib/i18n/localized';
import { resolveEntry } from '@/lib/portal/find-target';
import { isSelectorName, SELECTORS } from '@/lib/portal/selectors';
import { SEEN, trackTarget } from '@/lib/portal/track-target.dom';
import { useT } from '../I18nContext';
import { handOffCopy } from './hand-off-copy';
import { Spotlight } from './Spotlight';
import { StepCard } from './StepCard';
import { stepAhead, useLookahead } from './useLookahead';
import { useNotices } from './useNotices';
import { useTrackedTarget } from './useTrackedTarget';
import { useVoice } from './useVoice';

export interface GuideLayerProps {
  view: GuideView;
  page: PageInfo;
  lang: Lang;
  /** Read each new step aloud (settings.readAloud). */
  readAloud: boolean;
  /** The overlay's host element, so its own nodes are not taken for the page's header. */
  host: Element | null;
  /** Bumped when the user starts the guide from our button: the card takes focus then, never on page actions. */
  focusRequest: number;
  onEvent(event: GuideEvent): void;
}

/** How long a table must show without a paper's row before the paper counts as not part of this filing. */
const ROW_SETTLE_MS = 800;

/** The step points at a paper's row, and the table is there without that row: not a paper of this filing. */
function isRowAbsent(step: GuideView['step']): boolean {
  const target = step.target;
  if (!target?.row || !isSelectorName(target.entry)) return false;
  return (resolveEntry(document, SELECTORS[target.entry], SEEN)?.elements.length ?? 0) > 0;
}

/**
 * The guide on a portal page: finds the step's target, spotlights it, places
 * the card beside it, reports the user's actions and missing targets to the
 * background (which owns progress), and degrades to a floating card.
 */
export function GuideLayer({ view, page, lang, readAloud, host, focusRequest, onEvent }: GuideLayerProps) {
  const t = useT();
  const { step } = view;
  const applies = appliesTo(step, page);
  const stepKey = `${view.guideId}|${step.id}|${page.kind}|${page.url}`;
  const tracked = useTrackedTarget(step.target, step.missing.waitMs, applies, stepKey);
  const notices = useNotices(view.notices, page);
  const voice = useVoice(lang);
  const [reading, setReading] = useState(false);
  const [closedStep, setClosedStep] = useState<string | null>(null);
  const [cardFocused, setCardFocused] = useState(false);
  const [focusTick, setFocusTick] = useState(focusRequest);
  const focusedTick = useRef(0);
  const revealed = useRef('');
  // What this step's target showed when first found: when the portal replaces the element, the new one is compared with it.
  const shown = useRef<{ stepKey: string; value: string } | null>(null);
  const report = useRef(onEvent);
  report.current = onEvent;

  // A step that skips itself when missing shows nothing while the background moves on.
  const rowAbsent = tracked.state === 'missing' && isRowAbsent(step);
  const missing = step.missing.fallback === 'float' && !rowAbsent && (tracked.state === 'missing' || (view.missing && tracked.state !== 'found'));
  useLookahead(view, page, applies && (tracked.state === 'lost' || tracked.state === 'missing'), (aheadId) =>
    report.current({ type: 'target-ahead', stepId: step.id, aheadId, page }),
  );

  // Only changes of the target's state are news; the page and view are read at that moment.
  const latest = useRef({ page, view, viewMissing: view.missing });
  latest.current = { page, view, viewMissing: view.missing };

  // A table without this paper's row is known as soon as the table has settled: no need to wait the whole budget.
  useEffect(() => {
    if (!applies || tracked.element || !step.target?.row) return;
    const timer = setTimeout(() => {
      const { view: now, page: here } = latest.current;
      if (isRowAbsent(now.step)) report.current({ type: 'target-missing', stepId: now.step.id, page: here, rowAbsent: true });
    }, ROW_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [applies, tracked.element, step.target?.row]);

  // Not there within its budget: either the user is already further on, or it is really missing.
  useEffect(() => {
    if (tracked.state === 'missing' && !stepAhead(latest.current.view, latest.current.page)) {
      report.current({ type: 'target-missing', stepId: step.id, page: latest.current.page, rowAbsent: isRowAbsent(latest.current.view.step) });
    } else if (tracked.state === 'found' && latest.current.viewMissing) report.current({ type: 'target-found', stepId: step.id });
  }, [tracked.state, step.id]);

  useEffect(() => {
    const el = tracked.element;
    if (!el) return;
    if (revealed.current !== stepKey) {
      revealed.current = stepKey;
      revealTarget(el, host);
    }
    const kind = step.completion.type;
    if (kind !== 'click' && kind !== 'value' && kind !== 'file') return;
    const before = shown.current?.stepKey === stepKey ? shown.current.value : undefined;
    if (before === undefined) shown.current = { stepKey, value: currentValue(el) };
    return observeCompletion(el, kind, () => report.current({ type: 'action-observed', stepId: step.id, action: kind }), before);
  }, [tracked.element, stepKey, step.completion.type, step.id, host]);

  // "appears" steps end when another element shows up (the OTP field, a dialog), wherever the target is.
  const appears = step.completion.type === 'appears' ? step.completion.entry : null;
  useEffect(() => {
    if (!applies || !appears || !isSelectorName(appears)) return;
    const entry = SELECTORS[appears];
    let reported = false;
    const stop = trackTarget(() => resolveEntry(document, entry, SEEN)?.elements[0] ?? null, 0, {
      onFound: () => {
        if (reported) return;
        reported = true;
        report.current({ type: 'action-observed', stepId: step.id, action: 'appears' });
      },
      onLost: () => {},
      onMissing: () => {},
    });
    return stop;
  }, [applies, appears, step.id]);

  useEffect(() => setFocusTick(focusRequest), [focusRequest]);

  // Filing went on at another portal and the user is there: the card says where, and what the assistant does there.
  const handOff = page.site === 'other-portal' ? handOffCopy(view, t, lang) : null;
  const title = handOff?.title ?? inLang(step.title, lang);
  const body = handOff?.body ?? inLang(step.body, lang);
  const readText = `${t('guide.card.progress', { n: view.index, total: view.total })}. ${title}. ${body}`;
  // Each new step is read once when read-aloud is on; re-renders of the same step are not.
  const readTextRef = useRef(readText);
  readTextRef.current = readText;
  const spokenStep = useRef('');
  useEffect(() => {
    if (!readAloud || !voice || spokenStep.current === step.id) return;
    spokenStep.current = step.id;
    setReading(true);
    speak(readTextRef.current, voice, () => setReading(false));
  }, [step.id, readAloud, voice]);
  useEffect(() => stopSpeaking, []);

  const entryName = step.target?.entry;
  const what = entryName && isSelectorName(entryName) ? inLang(SELECTORS[entryName].describe, lang) : '';
  // While the target may still arrive (within its budget), nothing shows: no card pointing at nothing —
  // unless the keyboard is in the card (the user pressed "Tiếp theo"), which must not lose its focus.
  const searching = applies && step.target !== null && !tracked.element && !missing;
  const waiting = searching && notices.length === 0 && !cardFocused;
  const status = handOff
    ? null
    : !applies
    ? t('guide.card.elsewhere')
    : missing
      ? `${t('guide.card.missing', { what })} ${t('guide.card.missingHint')}`
      : searching
        ? t('guide.card.searching', { what })
        : null;
  const closed = closedStep === step.id;
  const progress = t('guide.card.progress', { n: view.index, total: view.total });

  return (
    <>
      <p className="dvc-visually-hidden" aria-live="polite">
        {`${progress}: ${title}`}
      </p>
      {!waiting && !closed && tracked.element && <Spotlight target={tracked.element} />}
      {!waiting && !closed && (
        <StepCard
          name={t('guide.card.name', { title: inLang(view.title, lang) })}
          index={view.index}
          total={view.total}
          title={title}
          body={body}
          status={status}
          notices={notices.map((n) => ({ id: n.id, title: inLang(n.title, lang), body: inLang(n.body, lang) }))}
          anchor={applies ? tracked.element : null}
          canBack={view.canBack}
          voiceReady={voice === undefined ? undefined : voice !== null}
          reading={reading}
          takeFocus={focusTick > focusedTick.current}
          onFocused={() => {
            focusedTick.current = focusTick;
          }}
          onNext={() => onEvent({ type: 'next', stepId: step.id, page })}
          onBack={() => onEvent({ type: 'back', stepId: step.id })}
          onStop={() => onEvent({ type: 'stop' })}
          onClose={() => setClosedStep(step.id)}
          onFocusChange={setCardFocused}
          onRead={() => {
            if (reading || !voice) {
              stopSpeaking();
              setReading(false);
            } else {
              setReading(true);
              speak(readText, voice, () => setReading(false));
            }
          }}
        />
      )}
      {closed && (
        <button
          type="button"
          className="dvc-guide-reopen"
          onClick={() => {
            setClosedStep(null);
            setFocusTick((n) => n + 1);
          }}
        >
          {t('guide.card.reopen', { n: view.index, total: view.total })}
        </button>
      )}
    </>
  );
}
